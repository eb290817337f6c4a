from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        pipecat_agent_name = self.pipecat_agent_name

        config = self.config

        room_properties = self.room_properties

        webhook_url = self.webhook_url

        tracing_enabled = self.tracing_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipecat_agent_name is not UNSET:
            field_dict["pipecat_agent_name"] = pipecat_agent_name
        if config is not UNSET:
            field_dict["config"] = config
        if room_properties is not UNSET:
            field_dict["room_properties"] = room_properties
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if tracing_enabled is not UNSET:
            field_dict["tracing_enabled"] = tracing_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "pipecat_agent_name"
            pipecat_agent_name = d.pop("pipecat_agent_name", UNSET)
            if not isinstance(pipecat_agent_name, (str, Unset)):
                expect(pipecat_agent_name, (str, Unset))

            _field = "config"
            config = d.pop("config", UNSET)

            _field = "room_properties"
            room_properties = d.pop("room_properties", UNSET)

            _field = "webhook_url"
            webhook_url = d.pop("webhook_url", UNSET)
            if not isinstance(webhook_url, (str, Unset)):
                expect(webhook_url, (str, Unset))

            _field = "tracing_enabled"
            tracing_enabled = d.pop("tracing_enabled", UNSET)
            if not isinstance(tracing_enabled, (bool, Unset)):
                expect(tracing_enabled, (bool, Unset))

            pipecat = cls(
                pipecat_agent_name=pipecat_agent_name,
                config=config,
                room_properties=room_properties,
                webhook_url=webhook_url,
                tracing_enabled=tracing_enabled,
            )

            pipecat.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return pipecat

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
