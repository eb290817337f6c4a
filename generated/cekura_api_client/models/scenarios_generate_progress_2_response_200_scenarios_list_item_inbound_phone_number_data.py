from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "number",
        "phone_number_id",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.number, Unset):
            field_dict["number"] = self.number
        if not isinstance(self.phone_number_id, Unset):
            field_dict["phone_number_id"] = self.phone_number_id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "number"
            try:
                if "number" in src_dict:
                    number: Any = src_dict["number"]
                    _present += 1
                    if type(number) is not str:
                        number = checked(number, (str,))
                else:
                    number = UNSET
            except FIELD_ERRORS as _error:
                number, _found = tolerated(src_dict, "number", _error, _found, "str")

            _field = "phone_number_id"
            try:
                if "phone_number_id" in src_dict:
                    phone_number_id: Any = src_dict["phone_number_id"]
                    _present += 1
                    if type(phone_number_id) is not str:
                        phone_number_id = checked(phone_number_id, (str,))
                else:
                    phone_number_id = UNSET
            except FIELD_ERRORS as _error:
                phone_number_id, _found = tolerated(src_dict, "phone_number_id", _error, _found, "str")

            _instance = cls(
                id=id,
                number=number,
                phone_number_id=phone_number_id,
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
