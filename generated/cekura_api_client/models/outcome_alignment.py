from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "outcome": self.outcome,
            "prompt_part": self.prompt_part,
            "aligned": self.aligned,
        }
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
            _field = "outcome"
            try:
                outcome: Any = src_dict["outcome"]
                if type(outcome) is not str:
                    outcome = checked(outcome, (str,))
            except FIELD_ERRORS as _error:
                outcome, _found = tolerated(src_dict, "outcome", _error, _found, "str")

            _field = "prompt_part"
            try:
                prompt_part: Any = src_dict["prompt_part"]
                if type(prompt_part) is not str:
                    prompt_part = checked(prompt_part, (str,))
            except FIELD_ERRORS as _error:
                prompt_part, _found = tolerated(src_dict, "prompt_part", _error, _found, "str")

            _field = "aligned"
            try:
                aligned: Any = src_dict["aligned"]
                if type(aligned) is not bool:
                    aligned = checked(aligned, (bool,))
            except FIELD_ERRORS as _error:
                aligned, _found = tolerated(src_dict, "aligned", _error, _found, "bool")

            _instance = cls(
                outcome=outcome,
                prompt_part=prompt_part,
                aligned=aligned,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 3 or _found is not None:
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
