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
        "failure_mode_index",
        "feedback",
        "expected_value",
    }
)

T = TypeVar("T", bound="MetricFailureModeFixMetric")


@_attrs_define
class MetricFailureModeFixMetric:
    """Request body for ``POST /metric-failure-mode-insights/{id}/fix_metric/``.

    Samples a few of one failure mode's example calls and adds them to Labs
    for the insight's metric, carrying the user's feedback as the note and
    ``expected_value`` as the corrected label.

    """

    failure_mode_index: int
    """ Index into the insight's failure_modes list to act on. """
    feedback: str | Unset = ""
    """ Optional human note attached to each sampled call's metric review in Labs. The corrected label alone is
    enough to iterate on the metric, so a blank note is accepted. """
    expected_value: Any | None | Unset = UNSET
    """ Corrected label to record for each sampled call in Labs: true/false for binary metrics, a 0-5 score for
    ratings, a number for numeric metrics, or null for N/A. Defaults to a passing value when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "failure_mode_index": self.failure_mode_index,
        }
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.expected_value, Unset):
            field_dict["expected_value"] = self.expected_value
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("failure_mode_index", (None, str(self.failure_mode_index).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.expected_value, Unset):
            if isinstance(self.expected_value, Any):
                files.append(("expected_value", (None, form_text(self.expected_value, "expected_value"), "text/plain")))
            else:
                files.append(("expected_value", (None, b"", "text/plain")))

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
            _field = "failure_mode_index"
            try:
                failure_mode_index: Any = src_dict["failure_mode_index"]
                if type(failure_mode_index) is not int:
                    failure_mode_index = checked(failure_mode_index, (int,))
            except FIELD_ERRORS as _error:
                failure_mode_index, _found = tolerated(src_dict, "failure_mode_index", _error, _found, "int")

            _field = "feedback"
            try:
                if "feedback" in src_dict:
                    feedback: Any = src_dict["feedback"]
                    _present += 1
                    if type(feedback) is not str:
                        feedback = checked(feedback, (str,))
                else:
                    feedback = UNSET
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "str")

            _field = "expected_value"
            try:
                if "expected_value" in src_dict:
                    expected_value: Any = src_dict["expected_value"]
                    _present += 1

                else:
                    expected_value = UNSET
            except FIELD_ERRORS as _error:
                expected_value, _found = tolerated(src_dict, "expected_value", _error, _found, "Any | None")

            _instance = cls(
                failure_mode_index=failure_mode_index,
                feedback=feedback,
                expected_value=expected_value,
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
