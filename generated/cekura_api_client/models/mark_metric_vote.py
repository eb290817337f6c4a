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
        "thumbs_up",
        "expected_value",
        "feedback",
    }
)

T = TypeVar("T", bound="MarkMetricVote")


@_attrs_define
class MarkMetricVote:
    metric_id: int
    """ ID of the metric to vote on """
    thumbs_up: bool | None
    """ True for thumbs up, False for thumbs down """
    expected_value: Any | None
    """ Expected value for the metric """
    feedback: None | str | Unset = UNSET
    """ Feedback for the metric review """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "metric_id": self.metric_id,
            "thumbs_up": self.thumbs_up,
            "expected_value": self.expected_value,
        }
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        if isinstance(self.thumbs_up, bool):
            files.append(("thumbs_up", (None, str(self.thumbs_up).encode(), "text/plain")))
        else:
            files.append(("thumbs_up", (None, b"", "text/plain")))

        if isinstance(self.expected_value, Any):
            files.append(("expected_value", (None, form_text(self.expected_value, "expected_value"), "text/plain")))
        else:
            files.append(("expected_value", (None, b"", "text/plain")))

        if not isinstance(self.feedback, Unset):
            if isinstance(self.feedback, str):
                files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))
            else:
                files.append(("feedback", (None, b"", "text/plain")))

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
            _present = 3
            _field = "metric_id"
            try:
                metric_id: Any = src_dict["metric_id"]
                if type(metric_id) is not int:
                    metric_id = checked(metric_id, (int,))
            except FIELD_ERRORS as _error:
                metric_id, _found = tolerated(src_dict, "metric_id", _error, _found, "int")

            _field = "thumbs_up"
            try:
                thumbs_up: Any = src_dict["thumbs_up"]
                if thumbs_up is not None:
                    if type(thumbs_up) is not bool:
                        thumbs_up = checked(thumbs_up, (bool, type(None)))
            except FIELD_ERRORS as _error:
                thumbs_up, _found = tolerated(src_dict, "thumbs_up", _error, _found, "bool | None")

            _field = "expected_value"
            try:
                expected_value: Any = src_dict["expected_value"]

            except FIELD_ERRORS as _error:
                expected_value, _found = tolerated(src_dict, "expected_value", _error, _found, "Any | None")

            _field = "feedback"
            try:
                if "feedback" in src_dict:
                    feedback: Any = src_dict["feedback"]
                    _present += 1
                    if feedback is not None:
                        if type(feedback) is not str:
                            feedback = checked(feedback, (str, type(None)))
                else:
                    feedback = UNSET
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "None | str")

            _instance = cls(
                metric_id=metric_id,
                thumbs_up=thumbs_up,
                expected_value=expected_value,
                feedback=feedback,
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
