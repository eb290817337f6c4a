from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="LivekitRunDataOverride")


@_attrs_define
class LivekitRunDataOverride:
    """Per-run LiveKit overrides. Credentials (api_key/api_secret) are never taken here — they are read from the
    agent/project ProviderCredential.

    """

    config: Any | Unset = UNSET
    """ Room configuration to use for this run (e.g. empty_timeout, max_participants). Fully replaces the
    agent/project saved config — no merge. """
    agent_name: None | str | Unset = UNSET
    """ LiveKit agent name for explicit dispatch. Overrides the agent/project saved agent_name. """
    url: None | str | Unset = UNSET
    """ LiveKit server URL override. Falls back to the agent/project saved url when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "config"
            config = d.pop("config", UNSET)

            _field = "agent_name"

            def _parse_agent_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

            if not isinstance(agent_name, (str, type(None), Unset)):
                expect(agent_name, (str, type(None), Unset))

            _field = "url"

            def _parse_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            url = _parse_url(d.pop("url", UNSET))

            if not isinstance(url, (str, type(None), Unset)):
                expect(url, (str, type(None), Unset))

            livekit_run_data_override = cls(
                config=config,
                agent_name=agent_name,
                url=url,
            )

            livekit_run_data_override.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return livekit_run_data_override

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
