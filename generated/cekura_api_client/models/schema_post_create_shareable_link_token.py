from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPostCreateShareableLinkToken")


@_attrs_define
class SchemaPostCreateShareableLinkToken:
    expire_at: datetime.datetime | None | Unset = UNSET
    """ Optional expiration date/time for the token (ISO 8601 format) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expire_at: None | str | Unset
        if isinstance(self.expire_at, Unset):
            expire_at = UNSET
        elif isinstance(self.expire_at, datetime.datetime):
            expire_at = self.expire_at.isoformat().replace("+00:00", "Z")
        else:
            expire_at = self.expire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expire_at is not UNSET:
            field_dict["expire_at"] = expire_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.expire_at, Unset):
            if isinstance(self.expire_at, datetime.datetime):
                files.append(("expire_at", (None, self.expire_at.isoformat().encode(), "text/plain")))
            else:
                files.append(("expire_at", (None, str(self.expire_at).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "expire_at"

            def _parse_expire_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expire_at_type_0 = parse_datetime(data)

                    return expire_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            expire_at = _parse_expire_at(d.pop("expire_at", UNSET))

            if not isinstance(expire_at, (datetime.datetime, type(None), Unset)):
                expect(expire_at, (datetime.datetime, type(None), Unset))

            schema_post_create_shareable_link_token = cls(
                expire_at=expire_at,
            )

            schema_post_create_shareable_link_token.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_create_shareable_link_token

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
