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
        "agent_token",
        "host",
        "api_secret",
    }
)

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
        field_dict: dict[str, Any] = {
            "agent_token": self.agent_token,
        }
        if not isinstance(self.host, Unset):
            field_dict["host"] = self.host
        if not isinstance(self.api_secret, Unset):
            field_dict["api_secret"] = self.api_secret
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
            _field = "agent_token"
            agent_token: Any = src_dict["agent_token"]
            if type(agent_token) is not str:
                agent_token = checked(agent_token, (str,))

            _field = "host"
            if "host" in src_dict:
                host: Any = src_dict["host"]
                _present += 1
                if type(host) is not str:
                    host = checked(host, (str,))
            else:
                host = UNSET

            _field = "api_secret"
            if "api_secret" in src_dict:
                api_secret: Any = src_dict["api_secret"]
                _present += 1
                if type(api_secret) is not str:
                    api_secret = checked(api_secret, (str,))
            else:
                api_secret = UNSET

            _instance = cls(
                agent_token=agent_token,
                host=host,
                api_secret=api_secret,
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
