from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_widget_operation_response_errors_item import BulkWidgetOperationResponseErrorsItem
    from ..models.widget import Widget


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
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        updated = []
        for updated_item_data in self.updated:
            updated_item = updated_item_data.to_dict()
            updated.append(updated_item)

        deleted = self.deleted

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "updated": updated,
                "deleted": deleted,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_widget_operation_response_errors_item import BulkWidgetOperationResponseErrorsItem  # noqa: PLC0415
        from ..models.widget import Widget  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "created"
            created = []
            _created = d.pop("created")
            for created_item_data in _created:
                created_item = Widget.from_dict(created_item_data)

                created.append(created_item)

            if not isinstance(created, (list,)):
                expect(created, (list,))

            _field = "updated"
            updated = []
            _updated = d.pop("updated")
            for updated_item_data in _updated:
                updated_item = Widget.from_dict(updated_item_data)

                updated.append(updated_item)

            if not isinstance(updated, (list,)):
                expect(updated, (list,))

            _field = "deleted"
            deleted = cast(list[int], d.pop("deleted"))

            if not isinstance(deleted, (list,)):
                expect(deleted, (list,))

            _field = "errors"
            _errors = d.pop("errors", UNSET)
            errors: list[BulkWidgetOperationResponseErrorsItem] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = BulkWidgetOperationResponseErrorsItem.from_dict(errors_item_data)

                    errors.append(errors_item)

            if not isinstance(errors, (list, Unset)):
                expect(errors, (list, Unset))

            bulk_widget_operation_response = cls(
                created=created,
                updated=updated,
                deleted=deleted,
                errors=errors,
            )

            bulk_widget_operation_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_widget_operation_response

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
