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
        "client_id",
        "bot_id",
        "host",
    }
)

T = TypeVar("T", bound="KoreAi")


@_attrs_define
class KoreAi:
    """Kore.ai provider configuration."""

    client_id: str
    """ KoreAI OAuth2 Client ID. """
    bot_id: str
    """ KoreAI Bot ID to connect to. """
    host: str | Unset = UNSET
    """ KoreAI host URL. Defaults to https://bots.kore.ai. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "client_id": self.client_id,
            "bot_id": self.bot_id,
        }
        if not isinstance(self.host, Unset):
            field_dict["host"] = self.host
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
            _present = 2
            _field = "client_id"
            try:
                client_id: Any = src_dict["client_id"]
                if type(client_id) is not str:
                    client_id = checked(client_id, (str,))
            except FIELD_ERRORS as _error:
                client_id, _found = tolerated(src_dict, "client_id", _error, _found, "str")

            _field = "bot_id"
            try:
                bot_id: Any = src_dict["bot_id"]
                if type(bot_id) is not str:
                    bot_id = checked(bot_id, (str,))
            except FIELD_ERRORS as _error:
                bot_id, _found = tolerated(src_dict, "bot_id", _error, _found, "str")

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

            _instance = cls(
                client_id=client_id,
                bot_id=bot_id,
                host=host,
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
