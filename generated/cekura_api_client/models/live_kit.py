from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        api_secret = self.api_secret

        url = self.url

        agent_name = self.agent_name

        config = self.config

        tracing_enabled = self.tracing_enabled

        trigger_url = self.trigger_url

        trigger_secret = self.trigger_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_secret": api_secret,
                "url": url,
            }
        )
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if config is not UNSET:
            field_dict["config"] = config
        if tracing_enabled is not UNSET:
            field_dict["tracing_enabled"] = tracing_enabled
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url
        if trigger_secret is not UNSET:
            field_dict["trigger_secret"] = trigger_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "api_secret"
            api_secret = d.pop("api_secret")
            if not isinstance(api_secret, (str,)):
                expect(api_secret, (str,))

            _field = "url"
            url = d.pop("url")
            if not isinstance(url, (str,)):
                expect(url, (str,))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "config"
            config = d.pop("config", UNSET)

            _field = "tracing_enabled"
            tracing_enabled = d.pop("tracing_enabled", UNSET)
            if not isinstance(tracing_enabled, (bool, Unset)):
                expect(tracing_enabled, (bool, Unset))

            _field = "trigger_url"
            trigger_url = d.pop("trigger_url", UNSET)
            if not isinstance(trigger_url, (str, Unset)):
                expect(trigger_url, (str, Unset))

            _field = "trigger_secret"
            trigger_secret = d.pop("trigger_secret", UNSET)
            if not isinstance(trigger_secret, (str, Unset)):
                expect(trigger_secret, (str, Unset))

            live_kit = cls(
                api_secret=api_secret,
                url=url,
                agent_name=agent_name,
                config=config,
                tracing_enabled=tracing_enabled,
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
            )

            live_kit.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return live_kit

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
