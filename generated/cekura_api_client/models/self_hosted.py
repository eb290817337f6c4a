from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SelfHosted")


@_attrs_define
class SelfHosted:
    """Self-hosted provider configuration."""

    send_post_conversation_metadata: bool | Unset = UNSET
    """ Enable Cekura to accept call transcripts pushed by your agent via POST /custom-provider-webhook/. Set to
    true when your agent sends its own transcripts to Cekura after each call. """
    trigger_url: str | Unset = UNSET
    """ URL Cekura calls to create outbound phone calls. Required to enable auto_dial_outbound for the custom
    provider; must answer 2xx within 30s. """
    trigger_secret: str | Unset = UNSET
    """ Optional shared secret sent as the X-CEKURA-SECRET header on trigger URL requests, so your endpoint can
    reject calls it didn't expect. Write-only — responses expose trigger_secret_configured instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_post_conversation_metadata = self.send_post_conversation_metadata

        trigger_url = self.trigger_url

        trigger_secret = self.trigger_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_post_conversation_metadata is not UNSET:
            field_dict["send_post_conversation_metadata"] = send_post_conversation_metadata
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
            _field = "send_post_conversation_metadata"
            send_post_conversation_metadata = d.pop("send_post_conversation_metadata", UNSET)
            if not isinstance(send_post_conversation_metadata, (bool, Unset)):
                expect(send_post_conversation_metadata, (bool, Unset))

            _field = "trigger_url"
            trigger_url = d.pop("trigger_url", UNSET)
            if not isinstance(trigger_url, (str, Unset)):
                expect(trigger_url, (str, Unset))

            _field = "trigger_secret"
            trigger_secret = d.pop("trigger_secret", UNSET)
            if not isinstance(trigger_secret, (str, Unset)):
                expect(trigger_secret, (str, Unset))

            self_hosted = cls(
                send_post_conversation_metadata=send_post_conversation_metadata,
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
            )

            self_hosted.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return self_hosted

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
