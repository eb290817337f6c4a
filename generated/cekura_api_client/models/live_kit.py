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
        "api_secret",
        "url",
        "agent_name",
        "config",
        "tracing_enabled",
        "trigger_url",
        "trigger_secret",
    }
)

T = TypeVar("T", bound="LiveKit")


@_attrs_define
class LiveKit:
    """LiveKit provider configuration."""

    api_secret: str
    """ LiveKit API secret. Required alongside api_key. """
    url: str
    """ LiveKit server WebSocket URL, e.g. wss://acme.livekit.cloud. """
    agent_name: str | Unset = UNSET
    """ LiveKit agent name to connect to. """
    config: Any | Unset = UNSET
    """ Additional LiveKit configuration as a JSON object. """
    tracing_enabled: bool | Unset = UNSET
    """ Enable LiveKit tracing (requires Cekura SDK integrated in your LiveKit agent). """
    trigger_url: str | Unset = UNSET
    """ URL Cekura calls to create outbound phone calls. """
    trigger_secret: str | Unset = UNSET
    """ Optional shared secret sent as the X-CEKURA-SECRET header on trigger URL requests, so your endpoint can
    reject calls it didn't expect. Write-only — responses expose trigger_secret_configured instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "api_secret": self.api_secret,
            "url": self.url,
        }
        if not isinstance(self.agent_name, Unset):
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.config, Unset):
            field_dict["config"] = self.config
        if not isinstance(self.tracing_enabled, Unset):
            field_dict["tracing_enabled"] = self.tracing_enabled
        if not isinstance(self.trigger_url, Unset):
            field_dict["trigger_url"] = self.trigger_url
        if not isinstance(self.trigger_secret, Unset):
            field_dict["trigger_secret"] = self.trigger_secret
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
            _field = "api_secret"
            try:
                api_secret: Any = src_dict["api_secret"]
                if type(api_secret) is not str:
                    api_secret = checked(api_secret, (str,))
            except FIELD_ERRORS as _error:
                api_secret, _found = tolerated(src_dict, "api_secret", _error, _found, "str")

            _field = "url"
            try:
                url: Any = src_dict["url"]
                if type(url) is not str:
                    url = checked(url, (str,))
            except FIELD_ERRORS as _error:
                url, _found = tolerated(src_dict, "url", _error, _found, "str")

            _field = "agent_name"
            try:
                if "agent_name" in src_dict:
                    agent_name: Any = src_dict["agent_name"]
                    _present += 1
                    if type(agent_name) is not str:
                        agent_name = checked(agent_name, (str,))
                else:
                    agent_name = UNSET
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "config"
            try:
                if "config" in src_dict:
                    config: Any = src_dict["config"]
                    _present += 1

                else:
                    config = UNSET
            except FIELD_ERRORS as _error:
                config, _found = tolerated(src_dict, "config", _error, _found, "Any")

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

            _field = "trigger_url"
            try:
                if "trigger_url" in src_dict:
                    trigger_url: Any = src_dict["trigger_url"]
                    _present += 1
                    if type(trigger_url) is not str:
                        trigger_url = checked(trigger_url, (str,))
                else:
                    trigger_url = UNSET
            except FIELD_ERRORS as _error:
                trigger_url, _found = tolerated(src_dict, "trigger_url", _error, _found, "str")

            _field = "trigger_secret"
            try:
                if "trigger_secret" in src_dict:
                    trigger_secret: Any = src_dict["trigger_secret"]
                    _present += 1
                    if type(trigger_secret) is not str:
                        trigger_secret = checked(trigger_secret, (str,))
                else:
                    trigger_secret = UNSET
            except FIELD_ERRORS as _error:
                trigger_secret, _found = tolerated(src_dict, "trigger_secret", _error, _found, "str")

            _instance = cls(
                api_secret=api_secret,
                url=url,
                agent_name=agent_name,
                config=config,
                tracing_enabled=tracing_enabled,
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
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
