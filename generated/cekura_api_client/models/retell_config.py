from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetellConfig")


@_attrs_define
class RetellConfig:
    """Retell provider configuration."""

    trigger_url: str | Unset = UNSET
    """ URL Cekura calls to create outbound Retell phone calls. """
    trigger_secret: str | Unset = UNSET
    """ Optional shared secret sent as the X-CEKURA-SECRET header on trigger URL requests, so your endpoint can
    reject calls it didn't expect. Write-only — responses expose trigger_secret_configured instead. """
    livekit_server_url: str | Unset = UNSET
    """ Override the default Retell LiveKit server URL, e.g. wss://retell-ai-4ihahnq7.livekit.cloud. Only change if
    you need a specific Retell region. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_url = self.trigger_url

        trigger_secret = self.trigger_secret

        livekit_server_url = self.livekit_server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url
        if trigger_secret is not UNSET:
            field_dict["trigger_secret"] = trigger_secret
        if livekit_server_url is not UNSET:
            field_dict["livekit_server_url"] = livekit_server_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "trigger_url"
            trigger_url = d.pop("trigger_url", UNSET)
            if not isinstance(trigger_url, (str, Unset)):
                expect(trigger_url, (str, Unset))

            _field = "trigger_secret"
            trigger_secret = d.pop("trigger_secret", UNSET)
            if not isinstance(trigger_secret, (str, Unset)):
                expect(trigger_secret, (str, Unset))

            _field = "livekit_server_url"
            livekit_server_url = d.pop("livekit_server_url", UNSET)
            if not isinstance(livekit_server_url, (str, Unset)):
                expect(livekit_server_url, (str, Unset))

            retell_config = cls(
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
                livekit_server_url=livekit_server_url,
            )

            retell_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return retell_config

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
