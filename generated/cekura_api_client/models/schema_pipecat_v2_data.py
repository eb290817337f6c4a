from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPipecatV2Data")


@_attrs_define
class SchemaPipecatV2Data:
    """Per-run Pipecat Cloud overrides. Credentials are read from the agent/project ProviderCredential."""

    pipecat_agent_name: None | str | Unset = UNSET
    """ Pipecat Cloud agent name. Overrides the agent/project saved pipecat_agent_name. """
    config: Any | Unset = UNSET
    """ Session configuration for this run. Replaces the agent/project saved config — no merge. """
    room_properties: Any | Unset = UNSET
    """ Daily.co room properties for this run. Replaces the agent/project saved room_properties — no merge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipecat_agent_name: None | str | Unset
        if isinstance(self.pipecat_agent_name, Unset):
            pipecat_agent_name = UNSET
        else:
            pipecat_agent_name = self.pipecat_agent_name

        config = self.config

        room_properties = self.room_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipecat_agent_name is not UNSET:
            field_dict["pipecat_agent_name"] = pipecat_agent_name
        if config is not UNSET:
            field_dict["config"] = config
        if room_properties is not UNSET:
            field_dict["room_properties"] = room_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "pipecat_agent_name"

            def _parse_pipecat_agent_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pipecat_agent_name = _parse_pipecat_agent_name(d.pop("pipecat_agent_name", UNSET))

            if not isinstance(pipecat_agent_name, (str, type(None), Unset)):
                expect(pipecat_agent_name, (str, type(None), Unset))

            _field = "config"
            config = d.pop("config", UNSET)

            _field = "room_properties"
            room_properties = d.pop("room_properties", UNSET)

            schema_pipecat_v2_data = cls(
                pipecat_agent_name=pipecat_agent_name,
                config=config,
                room_properties=room_properties,
            )

            schema_pipecat_v2_data.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_pipecat_v2_data

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
