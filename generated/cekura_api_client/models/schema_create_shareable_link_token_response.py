from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="SchemaCreateShareableLinkTokenResponse")


@_attrs_define
class SchemaCreateShareableLinkTokenResponse:
    token: str
    """ Unique token identifier for the shareable link, used for authentication and access control """
    shareable_link: str
    """ Complete URL for the shareable link that can be distributed to external users """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        shareable_link = self.shareable_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "shareable_link": shareable_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "token"
            token = d.pop("token")
            if not isinstance(token, (str,)):
                expect(token, (str,))

            _field = "shareable_link"
            shareable_link = d.pop("shareable_link")
            if not isinstance(shareable_link, (str,)):
                expect(shareable_link, (str,))

            schema_create_shareable_link_token_response = cls(
                token=token,
                shareable_link=shareable_link,
            )

            schema_create_shareable_link_token_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_create_shareable_link_token_response

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
