from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

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
        client_secret = self.client_secret

        client_id = self.client_id

        domain = self.domain

        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
                "client_id": client_id,
                "domain": domain,
                "agent_id": agent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "client_secret"
            client_secret = d.pop("client_secret")
            if not isinstance(client_secret, (str,)):
                expect(client_secret, (str,))

            _field = "client_id"
            client_id = d.pop("client_id")
            if not isinstance(client_id, (str,)):
                expect(client_id, (str,))

            _field = "domain"
            domain = d.pop("domain")
            if not isinstance(domain, (str,)):
                expect(domain, (str,))

            _field = "agent_id"
            agent_id = d.pop("agent_id")
            if not isinstance(agent_id, (str,)):
                expect(agent_id, (str,))

            agentforce = cls(
                client_secret=client_secret,
                client_id=client_id,
                domain=domain,
                agent_id=agent_id,
            )

            agentforce.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agentforce

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
