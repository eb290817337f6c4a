from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData")


@_attrs_define
class ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData:
    """Details of the phone number used for inbound calls"""

    id: int | Unset = UNSET
    """ ID of the inbound phone number """
    number: str | Unset = UNSET
    """ The actual phone number """
    phone_number_id: str | Unset = UNSET
    """ External ID of the phone number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        phone_number_id = self.phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "number"
            number = d.pop("number", UNSET)
            if not isinstance(number, (str, Unset)):
                expect(number, (str, Unset))

            _field = "phone_number_id"
            phone_number_id = d.pop("phone_number_id", UNSET)
            if not isinstance(phone_number_id, (str, Unset)):
                expect(phone_number_id, (str, Unset))

            scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data = cls(
                id=id,
                number=number,
                phone_number_id=phone_number_id,
            )

            scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data

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
