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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "client_id": self.client_id,
            "bot_id": self.bot_id,
        }
        if not isinstance(self.host, Unset):
            field_dict["host"] = self.host
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "client_id"
            client_id: Any = src_dict["client_id"]
            if type(client_id) is not str:
                client_id = checked(client_id, (str,))

            _field = "bot_id"
            bot_id: Any = src_dict["bot_id"]
            if type(bot_id) is not str:
                bot_id = checked(bot_id, (str,))

            _field = "host"
            if "host" in src_dict:
                host: Any = src_dict["host"]
                _present += 1
                if type(host) is not str:
                    host = checked(host, (str,))
            else:
                host = UNSET

            _instance = cls(
                client_id=client_id,
                bot_id=bot_id,
                host=host,
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
