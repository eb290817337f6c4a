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
        "pipecat_agent_name",
        "config",
        "room_properties",
        "webhook_url",
        "tracing_enabled",
    }
)

T = TypeVar("T", bound="Pipecat")


@_attrs_define
class Pipecat:
    """Pipecat provider configuration."""

    pipecat_agent_name: str | Unset = UNSET
    """ Name of the Pipecat agent. Required when tracing_enabled is false. """
    config: Any | Unset = UNSET
    """ Additional agent configuration as a JSON object. """
    room_properties: Any | Unset = UNSET
    """ Room properties configuration as a JSON object. """
    webhook_url: str | Unset = UNSET
    """ Webhook URL for Pipecat call events. """
    tracing_enabled: bool | Unset = UNSET
    """ Enable Pipecat tracing (requires Cekura SDK integrated in your Pipecat agent). When true, pipecat_agent_name
    is not required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.pipecat_agent_name, Unset):
            field_dict["pipecat_agent_name"] = self.pipecat_agent_name
        if not isinstance(self.config, Unset):
            field_dict["config"] = self.config
        if not isinstance(self.room_properties, Unset):
            field_dict["room_properties"] = self.room_properties
        if not isinstance(self.webhook_url, Unset):
            field_dict["webhook_url"] = self.webhook_url
        if not isinstance(self.tracing_enabled, Unset):
            field_dict["tracing_enabled"] = self.tracing_enabled
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
            _field = "pipecat_agent_name"
            try:
                if "pipecat_agent_name" in src_dict:
                    pipecat_agent_name: Any = src_dict["pipecat_agent_name"]
                    _present += 1
                    if type(pipecat_agent_name) is not str:
                        pipecat_agent_name = checked(pipecat_agent_name, (str,))
                else:
                    pipecat_agent_name = UNSET
            except FIELD_ERRORS as _error:
                pipecat_agent_name, _found = tolerated(src_dict, "pipecat_agent_name", _error, _found, "str")

            _field = "config"
            try:
                if "config" in src_dict:
                    config: Any = src_dict["config"]
                    _present += 1

                else:
                    config = UNSET
            except FIELD_ERRORS as _error:
                config, _found = tolerated(src_dict, "config", _error, _found, "Any")

            _field = "room_properties"
            try:
                if "room_properties" in src_dict:
                    room_properties: Any = src_dict["room_properties"]
                    _present += 1

                else:
                    room_properties = UNSET
            except FIELD_ERRORS as _error:
                room_properties, _found = tolerated(src_dict, "room_properties", _error, _found, "Any")

            _field = "webhook_url"
            try:
                if "webhook_url" in src_dict:
                    webhook_url: Any = src_dict["webhook_url"]
                    _present += 1
                    if type(webhook_url) is not str:
                        webhook_url = checked(webhook_url, (str,))
                else:
                    webhook_url = UNSET
            except FIELD_ERRORS as _error:
                webhook_url, _found = tolerated(src_dict, "webhook_url", _error, _found, "str")

            _field = "tracing_enabled"
            try:
                if "tracing_enabled" in src_dict:
                    tracing_enabled: Any = src_dict["tracing_enabled"]
                    _present += 1
                    if type(tracing_enabled) is not bool:
                        tracing_enabled = checked(tracing_enabled, (bool,))
                else:
                    tracing_enabled = UNSET
            except FIELD_ERRORS as _error:
                tracing_enabled, _found = tolerated(src_dict, "tracing_enabled", _error, _found, "bool")

            _instance = cls(
                pipecat_agent_name=pipecat_agent_name,
                config=config,
                room_properties=room_properties,
                webhook_url=webhook_url,
                tracing_enabled=tracing_enabled,
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
