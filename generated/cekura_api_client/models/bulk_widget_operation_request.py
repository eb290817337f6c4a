from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_widget_operation_request_create_item import BulkWidgetOperationRequestCreateItem
    from ..models.bulk_widget_operation_request_update_item import BulkWidgetOperationRequestUpdateItem


T = TypeVar("T", bound="BulkWidgetOperationRequest")


@_attrs_define
class BulkWidgetOperationRequest:
    create: list[BulkWidgetOperationRequestCreateItem] | Unset = UNSET
    """ List of widget data objects to create """
    update: list[BulkWidgetOperationRequestUpdateItem] | Unset = UNSET
    """ List of widget objects with 'id' field for updates """
    delete: list[int] | Unset = UNSET
    """ List of widget IDs to delete """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = []
            for create_item_data in self.create:
                create_item = create_item_data.to_dict()
                create.append(create_item)

        update: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = []
            for update_item_data in self.update:
                update_item = update_item_data.to_dict()
                update.append(update_item)

        delete: list[int] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = self.delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create
        if update is not UNSET:
            field_dict["update"] = update
        if delete is not UNSET:
            field_dict["delete"] = delete

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.create, Unset):
            for create_item_element in self.create:
                files.append(("create", (None, json.dumps(create_item_element.to_dict()).encode(), "application/json")))

        if not isinstance(self.update, Unset):
            for update_item_element in self.update:
                files.append(("update", (None, json.dumps(update_item_element.to_dict()).encode(), "application/json")))

        if not isinstance(self.delete, Unset):
            for delete_item_element in self.delete:
                files.append(("delete", (None, str(delete_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_widget_operation_request_create_item import BulkWidgetOperationRequestCreateItem  # noqa: PLC0415
        from ..models.bulk_widget_operation_request_update_item import BulkWidgetOperationRequestUpdateItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "create"
            _create = d.pop("create", UNSET)
            create: list[BulkWidgetOperationRequestCreateItem] | Unset = UNSET
            if _create is not UNSET:
                create = []
                for create_item_data in _create:
                    create_item = BulkWidgetOperationRequestCreateItem.from_dict(create_item_data)

                    create.append(create_item)

            if not isinstance(create, (list, Unset)):
                expect(create, (list, Unset))

            _field = "update"
            _update = d.pop("update", UNSET)
            update: list[BulkWidgetOperationRequestUpdateItem] | Unset = UNSET
            if _update is not UNSET:
                update = []
                for update_item_data in _update:
                    update_item = BulkWidgetOperationRequestUpdateItem.from_dict(update_item_data)

                    update.append(update_item)

            if not isinstance(update, (list, Unset)):
                expect(update, (list, Unset))

            _field = "delete"
            delete = cast(list[int], d.pop("delete", UNSET))

            if not isinstance(delete, (list, Unset)):
                expect(delete, (list, Unset))

            bulk_widget_operation_request = cls(
                create=create,
                update=update,
                delete=delete,
            )

            bulk_widget_operation_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_widget_operation_request

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
