from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimplifyPromptRequest")


@_attrs_define
class SimplifyPromptRequest:
    original_prompt: str
    """ The verbose prompt to simplify """
    metric_id: int | Unset = UNSET
    """ Optional metric ID. If provided and metric is already optimized, returns stored instructions instead of
    simplifying. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_prompt = self.original_prompt

        metric_id = self.metric_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_prompt": original_prompt,
            }
        )
        if metric_id is not UNSET:
            field_dict["metric_id"] = metric_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("original_prompt", (None, str(self.original_prompt).encode(), "text/plain")))

        if not isinstance(self.metric_id, Unset):
            files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "original_prompt"
            original_prompt = d.pop("original_prompt")
            if not isinstance(original_prompt, (str,)):
                expect(original_prompt, (str,))

            _field = "metric_id"
            metric_id = d.pop("metric_id", UNSET)
            if not isinstance(metric_id, (int, Unset)) or isinstance(metric_id, bool):
                expect(metric_id, (int, Unset))

            simplify_prompt_request = cls(
                original_prompt=original_prompt,
                metric_id=metric_id,
            )

            simplify_prompt_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return simplify_prompt_request

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
