from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

_PROPERTIES: frozenset[str] = frozenset(
    {
        "outcome",
        "prompt_part",
        "aligned",
    }
)

T = TypeVar("T", bound="OutcomeAlignment")


@_attrs_define
class OutcomeAlignment:
    outcome: str
    """ Outcome of the expected outcome """
    prompt_part: str
    """ Prompt part of the expected outcome """
    aligned: bool
    """ Whether the outcome aligns with the prompt part """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "outcome": self.outcome,
            "prompt_part": self.prompt_part,
            "aligned": self.aligned,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "outcome"
            outcome: Any = src_dict["outcome"]
            if type(outcome) is not str:
                outcome = checked(outcome, (str,))

            _field = "prompt_part"
            prompt_part: Any = src_dict["prompt_part"]
            if type(prompt_part) is not str:
                prompt_part = checked(prompt_part, (str,))

            _field = "aligned"
            aligned: Any = src_dict["aligned"]
            if type(aligned) is not bool:
                aligned = checked(aligned, (bool,))

            _instance = cls(
                outcome=outcome,
                prompt_part=prompt_part,
                aligned=aligned,
            )
            if len(src_dict) != 3:
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
