from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "telnyx_phone_number",
        "telnyx_api_key",
        "name",
        "is_sms_enabled",
    }
)

T = TypeVar("T", bound="ImportTelnyxNumber")


@_attrs_define
class ImportTelnyxNumber:
    telnyx_phone_number: str
    """ Phone number in E.164 format (e.g., +14156021922) """
    telnyx_api_key: str | Unset = UNSET
    """ Telnyx API Key (V2) """
    name: str | Unset = UNSET
    """ Optional name for this phone number """
    is_sms_enabled: bool | Unset = False
    """ Enable SMS for this phone number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "telnyx_phone_number": self.telnyx_phone_number,
        }
        if not isinstance(self.telnyx_api_key, Unset):
            field_dict["telnyx_api_key"] = self.telnyx_api_key
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.is_sms_enabled, Unset):
            field_dict["is_sms_enabled"] = self.is_sms_enabled
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("telnyx_phone_number", (None, str(self.telnyx_phone_number).encode(), "text/plain")))

        if not isinstance(self.telnyx_api_key, Unset):
            files.append(("telnyx_api_key", (None, str(self.telnyx_api_key).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.is_sms_enabled, Unset):
            files.append(("is_sms_enabled", (None, str(self.is_sms_enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "telnyx_phone_number"
            try:
                telnyx_phone_number: Any = src_dict["telnyx_phone_number"]
                if type(telnyx_phone_number) is not str:
                    telnyx_phone_number = checked(telnyx_phone_number, (str,))
            except FIELD_ERRORS as _error:
                telnyx_phone_number, _found = tolerated(src_dict, "telnyx_phone_number", _error, _found, "str")

            _field = "telnyx_api_key"
            try:
                if "telnyx_api_key" in src_dict:
                    telnyx_api_key: Any = src_dict["telnyx_api_key"]
                    _present += 1
                    if type(telnyx_api_key) is not str:
                        telnyx_api_key = checked(telnyx_api_key, (str,))
                else:
                    telnyx_api_key = UNSET
            except FIELD_ERRORS as _error:
                telnyx_api_key, _found = tolerated(src_dict, "telnyx_api_key", _error, _found, "str")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "is_sms_enabled"
            try:
                if "is_sms_enabled" in src_dict:
                    is_sms_enabled: Any = src_dict["is_sms_enabled"]
                    _present += 1
                    if type(is_sms_enabled) is not bool:
                        is_sms_enabled = checked(is_sms_enabled, (bool,))
                else:
                    is_sms_enabled = UNSET
            except FIELD_ERRORS as _error:
                is_sms_enabled, _found = tolerated(src_dict, "is_sms_enabled", _error, _found, "bool")

            _instance = cls(
                telnyx_phone_number=telnyx_phone_number,
                telnyx_api_key=telnyx_api_key,
                name=name,
                is_sms_enabled=is_sms_enabled,
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
