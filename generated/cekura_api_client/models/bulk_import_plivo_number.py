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
    from ..models.bulk_import_plivo_number_phone_numbers_item import BulkImportPlivoNumberPhoneNumbersItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "plivo_auth_id",
        "plivo_auth_token",
        "phone_numbers",
    }
)

T = TypeVar("T", bound="BulkImportPlivoNumber")


@_attrs_define
class BulkImportPlivoNumber:
    plivo_auth_id: str
    """ Plivo Auth ID (applies to all numbers unless overridden) """
    phone_numbers: list[BulkImportPlivoNumberPhoneNumbersItem]
    """ List of phone number configurations to import """
    plivo_auth_token: str | Unset = UNSET
    """ Plivo Auth Token (applies to all numbers unless overridden) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "plivo_auth_id": self.plivo_auth_id,
            "phone_numbers": [
                element.to_dict()
                if type(element) is BulkImportPlivoNumberPhoneNumbersItem
                else written(element, "phone_numbers", self)
                for element in self.phone_numbers
            ]
            if type(self.phone_numbers) is list
            else written(self.phone_numbers, "phone_numbers", self),
        }
        if not isinstance(self.plivo_auth_token, Unset):
            field_dict["plivo_auth_token"] = self.plivo_auth_token
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("plivo_auth_id", (None, str(self.plivo_auth_id).encode(), "text/plain")))

        if not isinstance(self.plivo_auth_token, Unset):
            files.append(("plivo_auth_token", (None, str(self.plivo_auth_token).encode(), "text/plain")))

        for phone_numbers_item_element in self.phone_numbers:
            files.append(
                ("phone_numbers", (None, json.dumps(phone_numbers_item_element.to_dict()).encode(), "application/json"))
            )

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
            _present = 2
            _field = "plivo_auth_id"
            try:
                plivo_auth_id: Any = src_dict["plivo_auth_id"]
                if type(plivo_auth_id) is not str:
                    plivo_auth_id = checked(plivo_auth_id, (str,))
            except FIELD_ERRORS as _error:
                plivo_auth_id, _found = tolerated(src_dict, "plivo_auth_id", _error, _found, "str")

            _field = "plivo_auth_token"
            try:
                if "plivo_auth_token" in src_dict:
                    plivo_auth_token: Any = src_dict["plivo_auth_token"]
                    _present += 1
                    if type(plivo_auth_token) is not str:
                        plivo_auth_token = checked(plivo_auth_token, (str,))
                else:
                    plivo_auth_token = UNSET
            except FIELD_ERRORS as _error:
                plivo_auth_token, _found = tolerated(src_dict, "plivo_auth_token", _error, _found, "str")

            _field = "phone_numbers"
            try:
                phone_numbers: Any = src_dict["phone_numbers"]
                if type(phone_numbers) is not list:
                    phone_numbers = checked(phone_numbers, (list,))
                phone_numbers = [BulkImportPlivoNumberPhoneNumbersItem.from_dict(element) for element in phone_numbers]

            except FIELD_ERRORS as _error:
                phone_numbers, _found = tolerated(
                    src_dict,
                    "phone_numbers",
                    _error,
                    _found,
                    "list[BulkImportPlivoNumberPhoneNumbersItem]",
                    lambda element: BulkImportPlivoNumberPhoneNumbersItem.from_dict(element),
                )

            _instance = cls(
                plivo_auth_id=plivo_auth_id,
                plivo_auth_token=plivo_auth_token,
                phone_numbers=phone_numbers,
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
    global _imports_pending, BulkImportPlivoNumberPhoneNumbersItem  # noqa: PLW0603
    from ..models.bulk_import_plivo_number_phone_numbers_item import BulkImportPlivoNumberPhoneNumbersItem  # noqa: PLC0415

    _imports_pending = False
