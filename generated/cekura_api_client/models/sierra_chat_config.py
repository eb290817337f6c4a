from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SierraChatConfig")


@_attrs_define
class SierraChatConfig:
    """Sierra chat configuration."""

    agent_token: str
    """ Sierra Headless API agent token (write-only — masked in responses). """
    host: str | Unset = UNSET
    """ Sierra API host. Defaults to api.sierra.chat; customer-specific hosts differ. """
    api_secret: str | Unset = UNSET
    """ Bearer API key, only needed when the Sierra org enforces Headless API authentication (write-only — masked in
    responses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_token = self.agent_token

        host = self.host

        api_secret = self.api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_token": agent_token,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if api_secret is not UNSET:
            field_dict["api_secret"] = api_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent_token"
            agent_token = d.pop("agent_token")
            if not isinstance(agent_token, (str,)):
                expect(agent_token, (str,))

            _field = "host"
            host = d.pop("host", UNSET)
            if not isinstance(host, (str, Unset)):
                expect(host, (str, Unset))

            _field = "api_secret"
            api_secret = d.pop("api_secret", UNSET)
            if not isinstance(api_secret, (str, Unset)):
                expect(api_secret, (str, Unset))

            sierra_chat_config = cls(
                agent_token=agent_token,
                host=host,
                api_secret=api_secret,
            )

            sierra_chat_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return sierra_chat_config

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
