from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

_PROPERTIES: frozenset[str] = frozenset(
    {
        "client_secret",
        "client_id",
        "domain",
        "agent_id",
    }
)

T = TypeVar("T", bound="Agentforce")


@_attrs_define
class Agentforce:
    """Agentforce (Salesforce) chat configuration."""

    client_secret: str
    """ OAuth2 client secret for Salesforce authentication. """
    client_id: str
    """ OAuth2 client ID for Salesforce authentication. """
    domain: str
    """ Salesforce domain, e.g. https://example.sandbox.my.salesforce.com. """
    agent_id: str
    """ Agentforce agent ID (0Xx...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "client_secret": self.client_secret,
            "client_id": self.client_id,
            "domain": self.domain,
            "agent_id": self.agent_id,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "client_secret"
            client_secret: Any = src_dict["client_secret"]
            if type(client_secret) is not str:
                client_secret = checked(client_secret, (str,))

            _field = "client_id"
            client_id: Any = src_dict["client_id"]
            if type(client_id) is not str:
                client_id = checked(client_id, (str,))

            _field = "domain"
            domain: Any = src_dict["domain"]
            if type(domain) is not str:
                domain = checked(domain, (str,))

            _field = "agent_id"
            agent_id: Any = src_dict["agent_id"]
            if type(agent_id) is not str:
                agent_id = checked(agent_id, (str,))

            _instance = cls(
                client_secret=client_secret,
                client_id=client_id,
                domain=domain,
                agent_id=agent_id,
            )
            if len(src_dict) != 4:
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
