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
        "twilio_phone_number",
        "twilio_account_sid",
        "twilio_auth_token",
        "name",
        "is_sms_enabled",
    }
)

T = TypeVar("T", bound="ImportTwilioNumber")


@_attrs_define
class ImportTwilioNumber:
    twilio_phone_number: str
    """ Phone number in E.164 format (e.g., +14156021922) """
    twilio_account_sid: str
    """ Twilio Account SID """
    twilio_auth_token: str | Unset = UNSET
    """ Twilio Auth Token """
    name: str | Unset = UNSET
    """ Optional name for this phone number """
    is_sms_enabled: bool | Unset = False
    """ Enable SMS for this phone number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "twilio_phone_number": self.twilio_phone_number,
            "twilio_account_sid": self.twilio_account_sid,
        }
        if not isinstance(self.twilio_auth_token, Unset):
            field_dict["twilio_auth_token"] = self.twilio_auth_token
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

        files.append(("twilio_phone_number", (None, str(self.twilio_phone_number).encode(), "text/plain")))

        files.append(("twilio_account_sid", (None, str(self.twilio_account_sid).encode(), "text/plain")))

        if not isinstance(self.twilio_auth_token, Unset):
            files.append(("twilio_auth_token", (None, str(self.twilio_auth_token).encode(), "text/plain")))

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
            _present = 2
            _field = "twilio_phone_number"
            try:
                twilio_phone_number: Any = src_dict["twilio_phone_number"]
                if type(twilio_phone_number) is not str:
                    twilio_phone_number = checked(twilio_phone_number, (str,))
            except FIELD_ERRORS as _error:
                twilio_phone_number, _found = tolerated(src_dict, "twilio_phone_number", _error, _found, "str")

            _field = "twilio_account_sid"
            try:
                twilio_account_sid: Any = src_dict["twilio_account_sid"]
                if type(twilio_account_sid) is not str:
                    twilio_account_sid = checked(twilio_account_sid, (str,))
            except FIELD_ERRORS as _error:
                twilio_account_sid, _found = tolerated(src_dict, "twilio_account_sid", _error, _found, "str")

            _field = "twilio_auth_token"
            try:
                if "twilio_auth_token" in src_dict:
                    twilio_auth_token: Any = src_dict["twilio_auth_token"]
                    _present += 1
                    if type(twilio_auth_token) is not str:
                        twilio_auth_token = checked(twilio_auth_token, (str,))
                else:
                    twilio_auth_token = UNSET
            except FIELD_ERRORS as _error:
                twilio_auth_token, _found = tolerated(src_dict, "twilio_auth_token", _error, _found, "str")

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
                twilio_phone_number=twilio_phone_number,
                twilio_account_sid=twilio_account_sid,
                twilio_auth_token=twilio_auth_token,
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
