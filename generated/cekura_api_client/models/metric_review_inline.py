from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "metric",
        "metric_name",
        "metric_enum_values",
        "eval_type",
        "expected_value",
        "explanation",
        "feedback",
        "metric_function_name",
        "metric_vocera_defined_metric_code",
    }
)

T = TypeVar("T", bound="MetricReviewInline")


@_attrs_define
class MetricReviewInline:
    id: int
    metric: int | Unset = UNSET
    metric_name: str | Unset = UNSET
    metric_enum_values: Any | Unset = UNSET
    eval_type: str | Unset = UNSET
    expected_value: Any | None | Unset = UNSET
    """
    Metric expected value
    Example:
    - `5` or `0`
    - `one`, `two` or `three` [ enum type ]
     """
    explanation: Any | Unset = UNSET
    """
    Metric explanation
    Example:
    ```json
    ["Agent failed to follow the opening script", "Missed key product information"]
    ```
     """
    feedback: str | Unset = UNSET
    """
    Metric feedback
    Example:
    - `"Great Call"`
     """
    metric_function_name: str | Unset = UNSET
    metric_vocera_defined_metric_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "id": self.id,
        }
        if not isinstance(self.metric, Unset) and _response:
            field_dict["metric"] = self.metric
        if not isinstance(self.metric_name, Unset) and _response:
            field_dict["metric_name"] = self.metric_name
        if not isinstance(self.metric_enum_values, Unset) and _response:
            field_dict["metric_enum_values"] = self.metric_enum_values
        if not isinstance(self.eval_type, Unset) and _response:
            field_dict["eval_type"] = self.eval_type
        if not isinstance(self.expected_value, Unset):
            field_dict["expected_value"] = self.expected_value
        if not isinstance(self.explanation, Unset) and _response:
            field_dict["explanation"] = self.explanation
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.metric_function_name, Unset) and _response:
            field_dict["metric_function_name"] = self.metric_function_name
        if not isinstance(self.metric_vocera_defined_metric_code, Unset) and _response:
            field_dict["metric_vocera_defined_metric_code"] = self.metric_vocera_defined_metric_code
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("id", (None, str(self.id).encode(), "text/plain")))

        if not isinstance(self.expected_value, Unset):
            if isinstance(self.expected_value, Any):
                files.append(("expected_value", (None, form_text(self.expected_value, "expected_value"), "text/plain")))
            else:
                files.append(("expected_value", (None, b"", "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

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
            _field = "id"
            try:
                id: Any = src_dict["id"]
                if type(id) is not int:
                    id = checked(id, (int,))
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "metric"
            try:
                if "metric" in src_dict:
                    metric: Any = src_dict["metric"]
                    _present += 1
                    if type(metric) is not int:
                        metric = checked(metric, (int,))
                else:
                    metric = UNSET
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

            _field = "metric_name"
            try:
                if "metric_name" in src_dict:
                    metric_name: Any = src_dict["metric_name"]
                    _present += 1
                    if type(metric_name) is not str:
                        metric_name = checked(metric_name, (str,))
                else:
                    metric_name = UNSET
            except FIELD_ERRORS as _error:
                metric_name, _found = tolerated(src_dict, "metric_name", _error, _found, "str")

            _field = "metric_enum_values"
            try:
                if "metric_enum_values" in src_dict:
                    metric_enum_values: Any = src_dict["metric_enum_values"]
                    _present += 1

                else:
                    metric_enum_values = UNSET
            except FIELD_ERRORS as _error:
                metric_enum_values, _found = tolerated(src_dict, "metric_enum_values", _error, _found, "Any")

            _field = "eval_type"
            try:
                if "eval_type" in src_dict:
                    eval_type: Any = src_dict["eval_type"]
                    _present += 1
                    if type(eval_type) is not str:
                        eval_type = checked(eval_type, (str,))
                else:
                    eval_type = UNSET
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "str")

            _field = "expected_value"
            try:
                if "expected_value" in src_dict:
                    expected_value: Any = src_dict["expected_value"]
                    _present += 1

                else:
                    expected_value = UNSET
            except FIELD_ERRORS as _error:
                expected_value, _found = tolerated(src_dict, "expected_value", _error, _found, "Any | None")

            _field = "explanation"
            try:
                if "explanation" in src_dict:
                    explanation: Any = src_dict["explanation"]
                    _present += 1

                else:
                    explanation = UNSET
            except FIELD_ERRORS as _error:
                explanation, _found = tolerated(src_dict, "explanation", _error, _found, "Any")

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

            _field = "metric_function_name"
            try:
                if "metric_function_name" in src_dict:
                    metric_function_name: Any = src_dict["metric_function_name"]
                    _present += 1
                    if type(metric_function_name) is not str:
                        metric_function_name = checked(metric_function_name, (str,))
                else:
                    metric_function_name = UNSET
            except FIELD_ERRORS as _error:
                metric_function_name, _found = tolerated(src_dict, "metric_function_name", _error, _found, "str")

            _field = "metric_vocera_defined_metric_code"
            try:
                if "metric_vocera_defined_metric_code" in src_dict:
                    metric_vocera_defined_metric_code: Any = src_dict["metric_vocera_defined_metric_code"]
                    _present += 1
                    if type(metric_vocera_defined_metric_code) is not str:
                        metric_vocera_defined_metric_code = checked(metric_vocera_defined_metric_code, (str,))
                else:
                    metric_vocera_defined_metric_code = UNSET
            except FIELD_ERRORS as _error:
                metric_vocera_defined_metric_code, _found = tolerated(
                    src_dict, "metric_vocera_defined_metric_code", _error, _found, "str"
                )

            _instance = cls(
                id=id,
                metric=metric,
                metric_name=metric_name,
                metric_enum_values=metric_enum_values,
                eval_type=eval_type,
                expected_value=expected_value,
                explanation=explanation,
                feedback=feedback,
                metric_function_name=metric_function_name,
                metric_vocera_defined_metric_code=metric_vocera_defined_metric_code,
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
