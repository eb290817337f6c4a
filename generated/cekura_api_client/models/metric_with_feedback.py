from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricWithFeedback")


@_attrs_define
class MetricWithFeedback:
    metric: int
    """ ID of the metric """
    feedback: str | Unset = ""
    """ Optional note/feedback for the metric """
    expected_value: Any | None | Unset = UNSET
    """ Optional expected value for the metric """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

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
                "metric": metric,
            }
        )
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metric"
            metric = d.pop("metric")
            if not isinstance(metric, (int,)) or isinstance(metric, bool):
                expect(metric, (int,))

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

            metric_with_feedback = cls(
                metric=metric,
                feedback=feedback,
                expected_value=expected_value,
            )

            metric_with_feedback.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_with_feedback

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
