from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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
        client_id = self.client_id

        bot_id = self.bot_id

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "bot_id": bot_id,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "client_id"
            client_id = d.pop("client_id")
            if not isinstance(client_id, (str,)):
                expect(client_id, (str,))

            _field = "bot_id"
            bot_id = d.pop("bot_id")
            if not isinstance(bot_id, (str,)):
                expect(bot_id, (str,))

            _field = "host"
            host = d.pop("host", UNSET)
            if not isinstance(host, (str, Unset)):
                expect(host, (str, Unset))

            kore_ai = cls(
                client_id=client_id,
                bot_id=bot_id,
                host=host,
            )

            kore_ai.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return kore_ai

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
