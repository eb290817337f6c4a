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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

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
            _present = 1
            _field = "agent_token"
            try:
                agent_token: Any = src_dict["agent_token"]
                if type(agent_token) is not str:
                    agent_token = checked(agent_token, (str,))
            except FIELD_ERRORS as _error:
                agent_token, _found = tolerated(src_dict, "agent_token", _error, _found, "str")

            _field = "host"
            try:
                if "host" in src_dict:
                    host: Any = src_dict["host"]
                    _present += 1
                    if type(host) is not str:
                        host = checked(host, (str,))
                else:
                    host = UNSET
            except FIELD_ERRORS as _error:
                host, _found = tolerated(src_dict, "host", _error, _found, "str")

            _field = "api_secret"
            try:
                if "api_secret" in src_dict:
                    api_secret: Any = src_dict["api_secret"]
                    _present += 1
                    if type(api_secret) is not str:
                        api_secret = checked(api_secret, (str,))
                else:
                    api_secret = UNSET
            except FIELD_ERRORS as _error:
                api_secret, _found = tolerated(src_dict, "api_secret", _error, _found, "str")

            _instance = cls(
                agent_token=agent_token,
                host=host,
                api_secret=api_secret,
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
