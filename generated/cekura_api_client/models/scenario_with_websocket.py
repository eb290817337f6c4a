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
        "scenario",
        "websocket_url",
    }
)

T = TypeVar("T", bound="ScenarioWithWebsocket")


@_attrs_define
class ScenarioWithWebsocket:
    scenario: int
    """ Integer ID of the evaluator (scenario) to run. """
    websocket_url: str | Unset = UNSET
    """ WebSocket URL for this specific scenario (must start with ws:// or wss://). Overrides the agent-level
    websocket_url for this run only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "scenario": self.scenario,
        }
        if not isinstance(self.websocket_url, Unset):
            field_dict["websocket_url"] = self.websocket_url
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "scenario"
            scenario: Any = src_dict["scenario"]
            if type(scenario) is not int:
                scenario = checked(scenario, (int,))

            _field = "websocket_url"
            if "websocket_url" in src_dict:
                websocket_url: Any = src_dict["websocket_url"]
                _present += 1
                if type(websocket_url) is not str:
                    websocket_url = checked(websocket_url, (str,))
            else:
                websocket_url = UNSET

            _instance = cls(
                scenario=scenario,
                websocket_url=websocket_url,
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
