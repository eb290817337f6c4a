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
        "synthflow_base_url_override",
    }
)

T = TypeVar("T", bound="Synthflow")


@_attrs_define
class Synthflow:
    """Synthflow provider configuration."""

    synthflow_base_url_override: str | Unset = UNSET
    """ Optional custom base URL for Synthflow API, e.g. for EU residency. Leave empty to use the default endpoint.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.synthflow_base_url_override, Unset):
            field_dict["synthflow_base_url_override"] = self.synthflow_base_url_override
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "synthflow_base_url_override"
            if "synthflow_base_url_override" in src_dict:
                synthflow_base_url_override: Any = src_dict["synthflow_base_url_override"]
                _present += 1
                if type(synthflow_base_url_override) is not str:
                    synthflow_base_url_override = checked(synthflow_base_url_override, (str,))
            else:
                synthflow_base_url_override = UNSET

            _instance = cls(
                synthflow_base_url_override=synthflow_base_url_override,
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
