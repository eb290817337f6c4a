from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "created": [
                element.to_dict() if type(element) is Widget else written(element, "created", self)
                for element in self.created
            ]
            if type(self.created) is list
            else written(self.created, "created", self),
            "updated": [
                element.to_dict() if type(element) is Widget else written(element, "updated", self)
                for element in self.updated
            ]
            if type(self.updated) is list
            else written(self.updated, "updated", self),
            "deleted": self.deleted,
        }
        if not isinstance(self.errors, Unset):
            field_dict["errors"] = (
                [
                    element.to_dict()
                    if type(element) is BulkWidgetOperationResponseErrorsItem
                    else written(element, "errors", self)
                    for element in self.errors
                ]
                if type(self.errors) is list
                else written(self.errors, "errors", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "created"
            try:
                created: Any = src_dict["created"]
                if type(created) is not list:
                    created = checked(created, (list,))
                created = [Widget.from_dict(element) for element in created]

            except FIELD_ERRORS as _error:
                created, _found = tolerated(
                    src_dict, "created", _error, _found, "list[Widget]", lambda element: Widget.from_dict(element)
                )

            _field = "updated"
            try:
                updated: Any = src_dict["updated"]
                if type(updated) is not list:
                    updated = checked(updated, (list,))
                updated = [Widget.from_dict(element) for element in updated]

            except FIELD_ERRORS as _error:
                updated, _found = tolerated(
                    src_dict, "updated", _error, _found, "list[Widget]", lambda element: Widget.from_dict(element)
                )

            _field = "deleted"
            try:
                deleted: Any = src_dict["deleted"]
                if type(deleted) is not list:
                    deleted = checked(deleted, (list,))
                for _item in deleted:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                deleted, _found = tolerated(
                    src_dict, "deleted", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "errors"
            try:
                if "errors" in src_dict:
                    errors: Any = src_dict["errors"]
                    _present += 1
                    if type(errors) is not list:
                        errors = checked(errors, (list,))
                    errors = [BulkWidgetOperationResponseErrorsItem.from_dict(element) for element in errors]

                else:
                    errors = UNSET
            except FIELD_ERRORS as _error:
                errors, _found = tolerated(
                    src_dict,
                    "errors",
                    _error,
                    _found,
                    "list[BulkWidgetOperationResponseErrorsItem]",
                    lambda element: BulkWidgetOperationResponseErrorsItem.from_dict(element),
                )

            _instance = cls(
                created=created,
                updated=updated,
                deleted=deleted,
                errors=errors,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except FIELD_ERRORS as error:
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
