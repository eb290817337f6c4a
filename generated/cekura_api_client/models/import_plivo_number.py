from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportPlivoNumber")


@_attrs_define
class ImportPlivoNumber:
    plivo_phone_number: str
    """ Phone number in E.164 format (e.g., +14156021922) """
    plivo_auth_id: str
    """ Plivo Auth ID """
    plivo_auth_token: str | Unset = UNSET
    """ Plivo Auth Token """
    name: str | Unset = UNSET
    """ Optional name for this phone number """
    is_sms_enabled: bool | Unset = False
    """ Enable SMS for this phone number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plivo_phone_number = self.plivo_phone_number

        plivo_auth_id = self.plivo_auth_id

        plivo_auth_token: str | Unset = UNSET
        if not isinstance(self.plivo_auth_token, Unset):
            plivo_auth_token = self.plivo_auth_token

        name = self.name

        is_sms_enabled = self.is_sms_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plivo_phone_number": plivo_phone_number,
                "plivo_auth_id": plivo_auth_id,
            }
        )
        if plivo_auth_token is not UNSET:
            field_dict["plivo_auth_token"] = plivo_auth_token
        if name is not UNSET:
            field_dict["name"] = name
        if is_sms_enabled is not UNSET:
            field_dict["is_sms_enabled"] = is_sms_enabled

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("plivo_phone_number", (None, str(self.plivo_phone_number).encode(), "text/plain")))

        files.append(("plivo_auth_id", (None, str(self.plivo_auth_id).encode(), "text/plain")))

        if not isinstance(self.plivo_auth_token, Unset):
            files.append(("plivo_auth_token", (None, str(self.plivo_auth_token).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.is_sms_enabled, Unset):
            files.append(("is_sms_enabled", (None, str(self.is_sms_enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "plivo_phone_number"
            plivo_phone_number = d.pop("plivo_phone_number")
            if not isinstance(plivo_phone_number, (str,)):
                expect(plivo_phone_number, (str,))

            _field = "plivo_auth_id"
            plivo_auth_id = d.pop("plivo_auth_id")
            if not isinstance(plivo_auth_id, (str,)):
                expect(plivo_auth_id, (str,))

            _field = "plivo_auth_token"
            _plivo_auth_token = d.pop("plivo_auth_token", UNSET)
            plivo_auth_token: str | Unset = UNSET
            if not isinstance(_plivo_auth_token, Unset):
                plivo_auth_token = _plivo_auth_token
            if not isinstance(plivo_auth_token, (str, Unset)):
                expect(plivo_auth_token, (str, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "is_sms_enabled"
            is_sms_enabled = d.pop("is_sms_enabled", UNSET)
            if not isinstance(is_sms_enabled, (bool, Unset)):
                expect(is_sms_enabled, (bool, Unset))

            import_plivo_number = cls(
                plivo_phone_number=plivo_phone_number,
                plivo_auth_id=plivo_auth_id,
                plivo_auth_token=plivo_auth_token,
                name=name,
                is_sms_enabled=is_sms_enabled,
            )

            import_plivo_number.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return import_plivo_number

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
