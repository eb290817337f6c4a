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
        "pipecat_room_url",
        "pipecat_token",
        "publish_data_message",
    }
)

T = TypeVar("T", bound="SchemaPipecatScenario")


@_attrs_define
class SchemaPipecatScenario:
    """Schema for individual scenario configuration in Pipecat WebRTC runs."""

    scenario: int
    """ ID of the scenario to run """
    pipecat_room_url: str
    """ Pipecat WebRTC room URL to connect to """
    pipecat_token: str | Unset = UNSET
    """ Authentication token for the Pipecat room (optional) """
    publish_data_message: Any | Unset = UNSET
    """ Optional JSON data message to publish during the session """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "scenario": self.scenario,
            "pipecat_room_url": self.pipecat_room_url,
        }
        if not isinstance(self.pipecat_token, Unset):
            field_dict["pipecat_token"] = self.pipecat_token
        if not isinstance(self.publish_data_message, Unset):
            field_dict["publish_data_message"] = self.publish_data_message
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
            _present = 2
            _field = "scenario"
            try:
                scenario: Any = src_dict["scenario"]
                if type(scenario) is not int:
                    scenario = checked(scenario, (int,))
            except FIELD_ERRORS as _error:
                scenario, _found = tolerated(src_dict, "scenario", _error, _found, "int")

            _field = "pipecat_room_url"
            try:
                pipecat_room_url: Any = src_dict["pipecat_room_url"]
                if type(pipecat_room_url) is not str:
                    pipecat_room_url = checked(pipecat_room_url, (str,))
            except FIELD_ERRORS as _error:
                pipecat_room_url, _found = tolerated(src_dict, "pipecat_room_url", _error, _found, "str")

            _field = "pipecat_token"
            try:
                if "pipecat_token" in src_dict:
                    pipecat_token: Any = src_dict["pipecat_token"]
                    _present += 1
                    if type(pipecat_token) is not str:
                        pipecat_token = checked(pipecat_token, (str,))
                else:
                    pipecat_token = UNSET
            except FIELD_ERRORS as _error:
                pipecat_token, _found = tolerated(src_dict, "pipecat_token", _error, _found, "str")

            _field = "publish_data_message"
            try:
                if "publish_data_message" in src_dict:
                    publish_data_message: Any = src_dict["publish_data_message"]
                    _present += 1

                else:
                    publish_data_message = UNSET
            except FIELD_ERRORS as _error:
                publish_data_message, _found = tolerated(src_dict, "publish_data_message", _error, _found, "Any")

            _instance = cls(
                scenario=scenario,
                pipecat_room_url=pipecat_room_url,
                pipecat_token=pipecat_token,
                publish_data_message=publish_data_message,
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
