from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "id",
    }
)

T = TypeVar("T", bound="AgentDynamicVariableWrite")


@_attrs_define
class AgentDynamicVariableWrite:
    """One dynamic variable entry in the v2 agent write payload (request side of `dynamic_variables`)."""

    name: str
    """ Variable name exactly as it appears in the agent context. """
    description: str
    """ What the variable represents and its expected format. """
    id: int | Unset = UNSET
    """ Ignored on write — variables are matched by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
        }
        if not isinstance(self.id, Unset):
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

            _field = "description"
            description: Any = src_dict["description"]
            if type(description) is not str:
                description = checked(description, (str,))

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
                description=description,
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
