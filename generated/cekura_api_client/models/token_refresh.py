from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRefresh")


@_attrs_define
class TokenRefresh:
    refresh: str | Unset = UNSET
    access: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        refresh: str | Unset = UNSET
        if not isinstance(self.refresh, Unset):
            refresh = self.refresh

        access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refresh is not UNSET:
            field_dict["refresh"] = refresh
        if access is not UNSET and _response:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "refresh"
            _refresh = d.pop("refresh", UNSET)
            refresh: str | Unset = UNSET
            if not isinstance(_refresh, Unset):
                refresh = _refresh
            if not isinstance(refresh, (str, Unset)):
                expect(refresh, (str, Unset))

            _field = "access"
            access = d.pop("access", UNSET)
            if not isinstance(access, (str, Unset)):
                expect(access, (str, Unset))

            token_refresh = cls(
                refresh=refresh,
                access=access,
            )

            token_refresh.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return token_refresh

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
