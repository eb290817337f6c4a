from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        failure_mode_index = self.failure_mode_index

        feedback = self.feedback

        expected_value: Any | None | Unset
        if isinstance(self.expected_value, Unset):
            expected_value = UNSET
        else:
            expected_value = self.expected_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_mode_index": failure_mode_index,
            }
        )
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("failure_mode_index", (None, str(self.failure_mode_index).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.expected_value, Unset):
            if isinstance(self.expected_value, Any):
                files.append(("expected_value", (None, str(self.expected_value).encode(), "text/plain")))
            else:
                files.append(("expected_value", (None, str(self.expected_value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "failure_mode_index"
            failure_mode_index = d.pop("failure_mode_index")
            if not isinstance(failure_mode_index, (int,)) or isinstance(failure_mode_index, bool):
                expect(failure_mode_index, (int,))

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            _field = "expected_value"

            def _parse_expected_value(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            expected_value = _parse_expected_value(d.pop("expected_value", UNSET))

            metric_failure_mode_fix_metric = cls(
                failure_mode_index=failure_mode_index,
                feedback=feedback,
                expected_value=expected_value,
            )

            metric_failure_mode_fix_metric.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_failure_mode_fix_metric

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
