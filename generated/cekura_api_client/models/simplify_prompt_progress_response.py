from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimplifyPromptProgressResponse")


@_attrs_define
class SimplifyPromptProgressResponse:
    status: str
    """ queued, processing, completed, or failed """
    original_prompt: str | Unset = UNSET
    simplified_prompt: str | Unset = UNSET
    skipped_simplification: bool | Unset = UNSET
    metric_id: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        original_prompt = self.original_prompt

        simplified_prompt = self.simplified_prompt

        skipped_simplification = self.skipped_simplification

        metric_id = self.metric_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if original_prompt is not UNSET:
            field_dict["original_prompt"] = original_prompt
        if simplified_prompt is not UNSET:
            field_dict["simplified_prompt"] = simplified_prompt
        if skipped_simplification is not UNSET:
            field_dict["skipped_simplification"] = skipped_simplification
        if metric_id is not UNSET:
            field_dict["metric_id"] = metric_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "status"
            status = d.pop("status")
            if not isinstance(status, (str,)):
                expect(status, (str,))

            _field = "original_prompt"
            original_prompt = d.pop("original_prompt", UNSET)
            if not isinstance(original_prompt, (str, Unset)):
                expect(original_prompt, (str, Unset))

            _field = "simplified_prompt"
            simplified_prompt = d.pop("simplified_prompt", UNSET)
            if not isinstance(simplified_prompt, (str, Unset)):
                expect(simplified_prompt, (str, Unset))

            _field = "skipped_simplification"
            skipped_simplification = d.pop("skipped_simplification", UNSET)
            if not isinstance(skipped_simplification, (bool, Unset)):
                expect(skipped_simplification, (bool, Unset))

            _field = "metric_id"
            metric_id = d.pop("metric_id", UNSET)
            if not isinstance(metric_id, (int, Unset)) or isinstance(metric_id, bool):
                expect(metric_id, (int, Unset))

            _field = "error"
            error = d.pop("error", UNSET)
            if not isinstance(error, (str, Unset)):
                expect(error, (str, Unset))

            simplify_prompt_progress_response = cls(
                status=status,
                original_prompt=original_prompt,
                simplified_prompt=simplified_prompt,
                skipped_simplification=skipped_simplification,
                metric_id=metric_id,
                error=error,
            )

            simplify_prompt_progress_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return simplify_prompt_progress_response

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
