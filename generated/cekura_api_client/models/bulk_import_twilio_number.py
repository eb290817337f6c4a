from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_import_twilio_number_phone_numbers_item import BulkImportTwilioNumberPhoneNumbersItem


T = TypeVar("T", bound="BulkImportTwilioNumber")


@_attrs_define
class BulkImportTwilioNumber:
    twilio_account_sid: str
    """ Twilio Account SID (applies to all numbers unless overridden) """
    phone_numbers: list[BulkImportTwilioNumberPhoneNumbersItem]
    """ List of phone number configurations to import """
    twilio_auth_token: str | Unset = UNSET
    """ Twilio Auth Token (applies to all numbers unless overridden) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        twilio_account_sid = self.twilio_account_sid

        twilio_auth_token: str | Unset = UNSET
        if not isinstance(self.twilio_auth_token, Unset):
            twilio_auth_token = self.twilio_auth_token

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "twilio_account_sid": twilio_account_sid,
                "phone_numbers": phone_numbers,
            }
        )
        if twilio_auth_token is not UNSET:
            field_dict["twilio_auth_token"] = twilio_auth_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("twilio_account_sid", (None, str(self.twilio_account_sid).encode(), "text/plain")))

        if not isinstance(self.twilio_auth_token, Unset):
            files.append(("twilio_auth_token", (None, str(self.twilio_auth_token).encode(), "text/plain")))

        for phone_numbers_item_element in self.phone_numbers:
            files.append(
                ("phone_numbers", (None, json.dumps(phone_numbers_item_element.to_dict()).encode(), "application/json"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_import_twilio_number_phone_numbers_item import BulkImportTwilioNumberPhoneNumbersItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "twilio_account_sid"
            twilio_account_sid = d.pop("twilio_account_sid")
            if not isinstance(twilio_account_sid, (str,)):
                expect(twilio_account_sid, (str,))

            _field = "twilio_auth_token"
            _twilio_auth_token = d.pop("twilio_auth_token", UNSET)
            twilio_auth_token: str | Unset = UNSET
            if not isinstance(_twilio_auth_token, Unset):
                twilio_auth_token = _twilio_auth_token
            if not isinstance(twilio_auth_token, (str, Unset)):
                expect(twilio_auth_token, (str, Unset))

            _field = "phone_numbers"
            phone_numbers = []
            _phone_numbers = d.pop("phone_numbers")
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = BulkImportTwilioNumberPhoneNumbersItem.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

            if not isinstance(phone_numbers, (list,)):
                expect(phone_numbers, (list,))

            bulk_import_twilio_number = cls(
                twilio_account_sid=twilio_account_sid,
                twilio_auth_token=twilio_auth_token,
                phone_numbers=phone_numbers,
            )

            bulk_import_twilio_number.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_import_twilio_number

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
