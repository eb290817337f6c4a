from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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
        scenario = self.scenario

        websocket_url = self.websocket_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario": scenario,
            }
        )
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenario"
            scenario = d.pop("scenario")
            if not isinstance(scenario, (int,)) or isinstance(scenario, bool):
                expect(scenario, (int,))

            _field = "websocket_url"
            websocket_url = d.pop("websocket_url", UNSET)
            if not isinstance(websocket_url, (str, Unset)):
                expect(websocket_url, (str, Unset))

            scenario_with_websocket = cls(
                scenario=scenario,
                websocket_url=websocket_url,
            )

            scenario_with_websocket.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_with_websocket

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
