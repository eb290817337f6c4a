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
        "metric_id",
        "progress_id",
    }
)

T = TypeVar("T", bound="OptimizerChatStartRequest")


@_attrs_define
class OptimizerChatStartRequest:
    metric_id: int
    """ Metric whose optimization proposal the chat reviews """
    progress_id: str | Unset = UNSET
    """ process_feedbacks progress_id whose output seeds the session. If omitted, falls back to the metric's pending
    optimisation proposal. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "metric_id": self.metric_id,
        }
        if not isinstance(self.progress_id, Unset):
            field_dict["progress_id"] = self.progress_id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        if not isinstance(self.progress_id, Unset):
            files.append(("progress_id", (None, str(self.progress_id).encode(), "text/plain")))

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
            _field = "metric_id"
            try:
                metric_id: Any = src_dict["metric_id"]
                if type(metric_id) is not int:
                    metric_id = checked(metric_id, (int,))
            except FIELD_ERRORS as _error:
                metric_id, _found = tolerated(src_dict, "metric_id", _error, _found, "int")

            _field = "progress_id"
            try:
                if "progress_id" in src_dict:
                    progress_id: Any = src_dict["progress_id"]
                    _present += 1
                    if type(progress_id) is not str:
                        progress_id = checked(progress_id, (str,))
                else:
                    progress_id = UNSET
            except FIELD_ERRORS as _error:
                progress_id, _found = tolerated(src_dict, "progress_id", _error, _found, "str")

            _instance = cls(
                metric_id=metric_id,
                progress_id=progress_id,
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
