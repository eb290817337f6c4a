from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "status",
        "original_prompt",
        "simplified_prompt",
        "skipped_simplification",
        "metric_id",
        "error",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "status": self.status,
        }
        if not isinstance(self.original_prompt, Unset):
            field_dict["original_prompt"] = self.original_prompt
        if not isinstance(self.simplified_prompt, Unset):
            field_dict["simplified_prompt"] = self.simplified_prompt
        if not isinstance(self.skipped_simplification, Unset):
            field_dict["skipped_simplification"] = self.skipped_simplification
        if not isinstance(self.metric_id, Unset):
            field_dict["metric_id"] = self.metric_id
        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error
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
            _present = 1
            _field = "status"
            try:
                status: Any = src_dict["status"]
                if type(status) is not str:
                    status = checked(status, (str,))
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "str")

            _field = "original_prompt"
            try:
                if "original_prompt" in src_dict:
                    original_prompt: Any = src_dict["original_prompt"]
                    _present += 1
                    if type(original_prompt) is not str:
                        original_prompt = checked(original_prompt, (str,))
                else:
                    original_prompt = UNSET
            except FIELD_ERRORS as _error:
                original_prompt, _found = tolerated(src_dict, "original_prompt", _error, _found, "str")

            _field = "simplified_prompt"
            try:
                if "simplified_prompt" in src_dict:
                    simplified_prompt: Any = src_dict["simplified_prompt"]
                    _present += 1
                    if type(simplified_prompt) is not str:
                        simplified_prompt = checked(simplified_prompt, (str,))
                else:
                    simplified_prompt = UNSET
            except FIELD_ERRORS as _error:
                simplified_prompt, _found = tolerated(src_dict, "simplified_prompt", _error, _found, "str")

            _field = "skipped_simplification"
            try:
                if "skipped_simplification" in src_dict:
                    skipped_simplification: Any = src_dict["skipped_simplification"]
                    _present += 1
                    if type(skipped_simplification) is not bool:
                        skipped_simplification = checked(skipped_simplification, (bool,))
                else:
                    skipped_simplification = UNSET
            except FIELD_ERRORS as _error:
                skipped_simplification, _found = tolerated(src_dict, "skipped_simplification", _error, _found, "bool")

            _field = "metric_id"
            try:
                if "metric_id" in src_dict:
                    metric_id: Any = src_dict["metric_id"]
                    _present += 1
                    if type(metric_id) is not int:
                        metric_id = checked(metric_id, (int,))
                else:
                    metric_id = UNSET
            except FIELD_ERRORS as _error:
                metric_id, _found = tolerated(src_dict, "metric_id", _error, _found, "int")

            _field = "error"
            try:
                if "error" in src_dict:
                    error: Any = src_dict["error"]
                    _present += 1
                    if type(error) is not str:
                        error = checked(error, (str,))
                else:
                    error = UNSET
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "str")

            _instance = cls(
                status=status,
                original_prompt=original_prompt,
                simplified_prompt=simplified_prompt,
                skipped_simplification=skipped_simplification,
                metric_id=metric_id,
                error=error,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
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
