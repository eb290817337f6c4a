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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "scenario": self.scenario,
        }
        if not isinstance(self.websocket_url, Unset):
            field_dict["websocket_url"] = self.websocket_url
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
            _present = 1
            _field = "scenario"
            try:
                scenario: Any = src_dict["scenario"]
                if type(scenario) is not int:
                    scenario = checked(scenario, (int,))
            except FIELD_ERRORS as _error:
                scenario, _found = tolerated(src_dict, "scenario", _error, _found, "int")

            _field = "websocket_url"
            try:
                if "websocket_url" in src_dict:
                    websocket_url: Any = src_dict["websocket_url"]
                    _present += 1
                    if type(websocket_url) is not str:
                        websocket_url = checked(websocket_url, (str,))
                else:
                    websocket_url = UNSET
            except FIELD_ERRORS as _error:
                websocket_url, _found = tolerated(src_dict, "websocket_url", _error, _found, "str")

            _instance = cls(
                scenario=scenario,
                websocket_url=websocket_url,
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
