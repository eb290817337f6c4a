from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "id",
    }
)

T = TypeVar("T", bound="UserInline")


@_attrs_define
class UserInline:
    name: str
    email: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "name": self.name,
            "email": self.email,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "name"
            name: Any = src_dict["name"]
            if type(name) is not str:
                name = checked(name, (str,))

            _field = "email"
            email: Any = src_dict["email"]
            if type(email) is not str:
                email = checked(email, (str,))

            _field = "id"
            if "id" in src_dict:
                id: Any = src_dict["id"]
                _present += 1
                if type(id) is not int:
                    id = checked(id, (int,))
            else:
                id = UNSET

            _instance = cls(
                name=name,
                email=email,
                id=id,
            )
            if len(src_dict) != _present:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
