from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_widget_operation_request_create_item import BulkWidgetOperationRequestCreateItem
    from ..models.bulk_widget_operation_request_update_item import BulkWidgetOperationRequestUpdateItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "create",
        "update",
        "delete",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.create, Unset):
            field_dict["create"] = (
                [
                    element.to_dict()
                    if type(element) is BulkWidgetOperationRequestCreateItem
                    else written(element, "create", self)
                    for element in self.create
                ]
                if type(self.create) is list
                else written(self.create, "create", self)
            )
        if not isinstance(self.update, Unset):
            field_dict["update"] = (
                [
                    element.to_dict()
                    if type(element) is BulkWidgetOperationRequestUpdateItem
                    else written(element, "update", self)
                    for element in self.update
                ]
                if type(self.update) is list
                else written(self.update, "update", self)
            )
        if not isinstance(self.delete, Unset):
            field_dict["delete"] = self.delete
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "create"
            try:
                if "create" in src_dict:
                    create: Any = src_dict["create"]
                    _present += 1
                    if type(create) is not list:
                        create = checked(create, (list,))
                    create = [BulkWidgetOperationRequestCreateItem.from_dict(element) for element in create]

                else:
                    create = UNSET
            except FIELD_ERRORS as _error:
                create, _found = tolerated(
                    src_dict,
                    "create",
                    _error,
                    _found,
                    "list[BulkWidgetOperationRequestCreateItem]",
                    lambda element: BulkWidgetOperationRequestCreateItem.from_dict(element),
                )

            _field = "update"
            try:
                if "update" in src_dict:
                    update: Any = src_dict["update"]
                    _present += 1
                    if type(update) is not list:
                        update = checked(update, (list,))
                    update = [BulkWidgetOperationRequestUpdateItem.from_dict(element) for element in update]

                else:
                    update = UNSET
            except FIELD_ERRORS as _error:
                update, _found = tolerated(
                    src_dict,
                    "update",
                    _error,
                    _found,
                    "list[BulkWidgetOperationRequestUpdateItem]",
                    lambda element: BulkWidgetOperationRequestUpdateItem.from_dict(element),
                )

            _field = "delete"
            try:
                if "delete" in src_dict:
                    delete: Any = src_dict["delete"]
                    _present += 1
                    if type(delete) is not list:
                        delete = checked(delete, (list,))
                    for _item in delete:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    delete = UNSET
            except FIELD_ERRORS as _error:
                delete, _found = tolerated(
                    src_dict, "delete", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _instance = cls(
                create=create,
                update=update,
                delete=delete,
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
    global _imports_pending, BulkWidgetOperationRequestCreateItem, BulkWidgetOperationRequestUpdateItem  # noqa: PLW0603
    from ..models.bulk_widget_operation_request_create_item import BulkWidgetOperationRequestCreateItem  # noqa: PLC0415
    from ..models.bulk_widget_operation_request_update_item import BulkWidgetOperationRequestUpdateItem  # noqa: PLC0415

    _imports_pending = False
