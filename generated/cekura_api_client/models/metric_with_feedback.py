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
        "metric",
        "feedback",
        "expected_value",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "metric": self.metric,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "metric"
            try:
                metric: Any = src_dict["metric"]
                if type(metric) is not int:
                    metric = checked(metric, (int,))
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

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
                metric=metric,
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
