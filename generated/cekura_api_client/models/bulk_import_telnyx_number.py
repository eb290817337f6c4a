from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.bulk_import_telnyx_number_phone_numbers_item import BulkImportTelnyxNumberPhoneNumbersItem


T = TypeVar("T", bound="BulkImportTelnyxNumber")


@_attrs_define
class BulkImportTelnyxNumber:
    telnyx_api_key: str
    """ Telnyx API Key (applies to all numbers unless overridden) """
    phone_numbers: list[BulkImportTelnyxNumberPhoneNumbersItem]
    """ List of phone number configurations to import """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        telnyx_api_key = self.telnyx_api_key

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "telnyx_api_key": telnyx_api_key,
                "phone_numbers": phone_numbers,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("telnyx_api_key", (None, str(self.telnyx_api_key).encode(), "text/plain")))

        for phone_numbers_item_element in self.phone_numbers:
            files.append(
                ("phone_numbers", (None, json.dumps(phone_numbers_item_element.to_dict()).encode(), "application/json"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_import_telnyx_number_phone_numbers_item import BulkImportTelnyxNumberPhoneNumbersItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "telnyx_api_key"
            telnyx_api_key = d.pop("telnyx_api_key")
            if not isinstance(telnyx_api_key, (str,)):
                expect(telnyx_api_key, (str,))

            _field = "phone_numbers"
            phone_numbers = []
            _phone_numbers = d.pop("phone_numbers")
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = BulkImportTelnyxNumberPhoneNumbersItem.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

            if not isinstance(phone_numbers, (list,)):
                expect(phone_numbers, (list,))

            bulk_import_telnyx_number = cls(
                telnyx_api_key=telnyx_api_key,
                phone_numbers=phone_numbers,
            )

            bulk_import_telnyx_number.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_import_telnyx_number

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
