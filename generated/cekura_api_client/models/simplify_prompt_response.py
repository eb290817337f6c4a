from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimplifyPromptResponse")


@_attrs_define
class SimplifyPromptResponse:
    simplified_prompt: str | Unset = UNSET
    original_prompt: str | Unset = UNSET
    skipped_simplification: bool | Unset = UNSET
    progress_id: str | Unset = UNSET
    """ Returned when async processing is needed. Poll simplify_prompt_progress for result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simplified_prompt = self.simplified_prompt

        original_prompt = self.original_prompt

        skipped_simplification = self.skipped_simplification

        progress_id = self.progress_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if simplified_prompt is not UNSET:
            field_dict["simplified_prompt"] = simplified_prompt
        if original_prompt is not UNSET:
            field_dict["original_prompt"] = original_prompt
        if skipped_simplification is not UNSET:
            field_dict["skipped_simplification"] = skipped_simplification
        if progress_id is not UNSET:
            field_dict["progress_id"] = progress_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "simplified_prompt"
            simplified_prompt = d.pop("simplified_prompt", UNSET)
            if not isinstance(simplified_prompt, (str, Unset)):
                expect(simplified_prompt, (str, Unset))

            _field = "original_prompt"
            original_prompt = d.pop("original_prompt", UNSET)
            if not isinstance(original_prompt, (str, Unset)):
                expect(original_prompt, (str, Unset))

            _field = "skipped_simplification"
            skipped_simplification = d.pop("skipped_simplification", UNSET)
            if not isinstance(skipped_simplification, (bool, Unset)):
                expect(skipped_simplification, (bool, Unset))

            _field = "progress_id"
            progress_id = d.pop("progress_id", UNSET)
            if not isinstance(progress_id, (str, Unset)):
                expect(progress_id, (str, Unset))

            simplify_prompt_response = cls(
                simplified_prompt=simplified_prompt,
                original_prompt=original_prompt,
                skipped_simplification=skipped_simplification,
                progress_id=progress_id,
            )

            simplify_prompt_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return simplify_prompt_response

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
