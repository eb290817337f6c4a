from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaElevenLabsData")


@_attrs_define
class SchemaElevenLabsData:
    """Per-run ElevenLabs overrides. Credentials are read from the agent."""

    elevenlabs_base_url_override: None | str | Unset = UNSET
    """ Override the ElevenLabs base URL for this run (e.g. a regional or self-hosted endpoint). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elevenlabs_base_url_override: None | str | Unset
        if isinstance(self.elevenlabs_base_url_override, Unset):
            elevenlabs_base_url_override = UNSET
        else:
            elevenlabs_base_url_override = self.elevenlabs_base_url_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if elevenlabs_base_url_override is not UNSET:
            field_dict["elevenlabs_base_url_override"] = elevenlabs_base_url_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "elevenlabs_base_url_override"

            def _parse_elevenlabs_base_url_override(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            elevenlabs_base_url_override = _parse_elevenlabs_base_url_override(
                d.pop("elevenlabs_base_url_override", UNSET)
            )

            if not isinstance(elevenlabs_base_url_override, (str, type(None), Unset)):
                expect(elevenlabs_base_url_override, (str, type(None), Unset))

            schema_eleven_labs_data = cls(
                elevenlabs_base_url_override=elevenlabs_base_url_override,
            )

            schema_eleven_labs_data.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_eleven_labs_data

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
