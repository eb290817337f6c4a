from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "original_prompt",
        "metric_id",
    }
)

T = TypeVar("T", bound="SimplifyPromptRequest")


@_attrs_define
class SimplifyPromptRequest:
    original_prompt: str
    """ The verbose prompt to simplify """
    metric_id: int | Unset = UNSET
    """ Optional metric ID. If provided and metric is already optimized, returns stored instructions instead of
    simplifying. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "original_prompt": self.original_prompt,
        }
        if not isinstance(self.metric_id, Unset):
            field_dict["metric_id"] = self.metric_id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("original_prompt", (None, str(self.original_prompt).encode(), "text/plain")))

        if not isinstance(self.metric_id, Unset):
            files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "original_prompt"
            try:
                original_prompt: Any = src_dict["original_prompt"]
                if type(original_prompt) is not str:
                    original_prompt = checked(original_prompt, (str,))
            except FIELD_ERRORS as _error:
                original_prompt, _found = tolerated(src_dict, "original_prompt", _error, _found, "str")

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

            _instance = cls(
                original_prompt=original_prompt,
                metric_id=metric_id,
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
