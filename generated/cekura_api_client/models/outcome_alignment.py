from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

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
        outcome = self.outcome

        prompt_part = self.prompt_part

        aligned = self.aligned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "prompt_part": prompt_part,
                "aligned": aligned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "outcome"
            outcome = d.pop("outcome")
            if not isinstance(outcome, (str,)):
                expect(outcome, (str,))

            _field = "prompt_part"
            prompt_part = d.pop("prompt_part")
            if not isinstance(prompt_part, (str,)):
                expect(prompt_part, (str,))

            _field = "aligned"
            aligned = d.pop("aligned")
            if not isinstance(aligned, (bool,)):
                expect(aligned, (bool,))

            outcome_alignment = cls(
                outcome=outcome,
                prompt_part=prompt_part,
                aligned=aligned,
            )

            outcome_alignment.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return outcome_alignment

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
