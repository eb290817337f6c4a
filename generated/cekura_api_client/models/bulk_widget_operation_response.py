from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_widget_operation_response_errors_item import BulkWidgetOperationResponseErrorsItem
    from ..models.widget import Widget


_PROPERTIES: frozenset[str] = frozenset(
    {
        "created",
        "updated",
        "deleted",
        "errors",
    }
)

T = TypeVar("T", bound="BulkWidgetOperationResponse")


@_attrs_define
class BulkWidgetOperationResponse:
    """Response serializer for bulk widget operations.

    Returns the created, updated, and deleted widgets.

    """

    created: list[Widget]
    """ List of created widgets """
    updated: list[Widget]
    """ List of updated widgets """
    deleted: list[int]
    """ List of deleted widget IDs """
    errors: list[BulkWidgetOperationResponseErrorsItem] | Unset = UNSET
    """ List of errors that occurred during operations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "created": [element.to_dict() for element in self.created],
            "updated": [element.to_dict() for element in self.updated],
            "deleted": self.deleted,
        }
        if not isinstance(self.errors, Unset):
            field_dict["errors"] = [element.to_dict() for element in self.errors]
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "created"
            created: Any = src_dict["created"]
            if type(created) is not list:
                created = checked(created, (list,))
            created = [Widget.from_dict(element) for element in created]

            _field = "updated"
            updated: Any = src_dict["updated"]
            if type(updated) is not list:
                updated = checked(updated, (list,))
            updated = [Widget.from_dict(element) for element in updated]

            _field = "deleted"
            deleted: Any = src_dict["deleted"]
            if type(deleted) is not list:
                deleted = checked(deleted, (list,))

            _field = "errors"
            if "errors" in src_dict:
                errors: Any = src_dict["errors"]
                _present += 1
                if type(errors) is not list:
                    errors = checked(errors, (list,))
                errors = [BulkWidgetOperationResponseErrorsItem.from_dict(element) for element in errors]

            else:
                errors = UNSET

            _instance = cls(
                created=created,
                updated=updated,
                deleted=deleted,
                errors=errors,
            )
            if len(src_dict) != _present:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
            raise failure(_field, error) from None
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, BulkWidgetOperationResponseErrorsItem, Widget  # noqa: PLW0603
    from ..models.bulk_widget_operation_response_errors_item import BulkWidgetOperationResponseErrorsItem  # noqa: PLC0415
    from ..models.widget import Widget  # noqa: PLC0415

    _imports_pending = False
