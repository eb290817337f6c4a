from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "config",
        "agent_name",
        "url",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.config, Unset):
            field_dict["config"] = self.config
        if not isinstance(self.agent_name, Unset):
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "config"
            try:
                if "config" in src_dict:
                    config: Any = src_dict["config"]
                    _present += 1

                else:
                    config = UNSET
            except FIELD_ERRORS as _error:
                config, _found = tolerated(src_dict, "config", _error, _found, "Any")

            _field = "agent_name"
            try:
                if "agent_name" in src_dict:
                    agent_name: Any = src_dict["agent_name"]
                    _present += 1
                    if agent_name is not None:
                        if type(agent_name) is not str:
                            agent_name = checked(agent_name, (str, type(None)))
                else:
                    agent_name = UNSET
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "None | str")

            _field = "url"
            try:
                if "url" in src_dict:
                    url: Any = src_dict["url"]
                    _present += 1
                    if url is not None:
                        if type(url) is not str:
                            url = checked(url, (str, type(None)))
                else:
                    url = UNSET
            except FIELD_ERRORS as _error:
                url, _found = tolerated(src_dict, "url", _error, _found, "None | str")

            _instance = cls(
                config=config,
                agent_name=agent_name,
                url=url,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except FIELD_ERRORS as error:
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
