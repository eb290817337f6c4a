from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="CustomTokenObtainPair")


@_attrs_define
class CustomTokenObtainPair:
    api_key: str
    agent_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "agent_id": agent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "api_key"
            api_key = d.pop("api_key")
            if not isinstance(api_key, (str,)):
                expect(api_key, (str,))

            _field = "agent_id"
            agent_id = d.pop("agent_id")
            if not isinstance(agent_id, (int,)) or isinstance(agent_id, bool):
                expect(agent_id, (int,))

            custom_token_obtain_pair = cls(
                api_key=api_key,
                agent_id=agent_id,
            )

            custom_token_obtain_pair.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return custom_token_obtain_pair

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
