from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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
        name = self.name

        description = self.description

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "description"
            description = d.pop("description")
            if not isinstance(description, (str,)):
                expect(description, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            agent_dynamic_variable_write = cls(
                name=name,
                description=description,
                id=id,
            )

            agent_dynamic_variable_write.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_dynamic_variable_write

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
