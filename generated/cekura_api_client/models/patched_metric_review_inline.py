from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedMetricReviewInline")


@_attrs_define
class PatchedMetricReviewInline:
    id: int | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        metric = self.metric

        metric_name = self.metric_name

        metric_enum_values = self.metric_enum_values

        eval_type = self.eval_type

        expected_value: Any | None | Unset
        if isinstance(self.expected_value, Unset):
            expected_value = UNSET
        else:
            expected_value = self.expected_value

        explanation = self.explanation

        feedback = self.feedback

        metric_function_name = self.metric_function_name

        metric_vocera_defined_metric_code = self.metric_vocera_defined_metric_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if metric is not UNSET and _response:
            field_dict["metric"] = metric
        if metric_name is not UNSET and _response:
            field_dict["metric_name"] = metric_name
        if metric_enum_values is not UNSET and _response:
            field_dict["metric_enum_values"] = metric_enum_values
        if eval_type is not UNSET and _response:
            field_dict["eval_type"] = eval_type
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value
        if explanation is not UNSET and _response:
            field_dict["explanation"] = explanation
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if metric_function_name is not UNSET and _response:
            field_dict["metric_function_name"] = metric_function_name
        if metric_vocera_defined_metric_code is not UNSET and _response:
            field_dict["metric_vocera_defined_metric_code"] = metric_vocera_defined_metric_code

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.id, Unset):
            files.append(("id", (None, str(self.id).encode(), "text/plain")))

        if not isinstance(self.expected_value, Unset):
            if isinstance(self.expected_value, Any):
                files.append(("expected_value", (None, str(self.expected_value).encode(), "text/plain")))
            else:
                files.append(("expected_value", (None, str(self.expected_value).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "metric"
            metric = d.pop("metric", UNSET)
            if not isinstance(metric, (int, Unset)) or isinstance(metric, bool):
                expect(metric, (int, Unset))

            _field = "metric_name"
            metric_name = d.pop("metric_name", UNSET)
            if not isinstance(metric_name, (str, Unset)):
                expect(metric_name, (str, Unset))

            _field = "metric_enum_values"
            metric_enum_values = d.pop("metric_enum_values", UNSET)

            _field = "eval_type"
            eval_type = d.pop("eval_type", UNSET)
            if not isinstance(eval_type, (str, Unset)):
                expect(eval_type, (str, Unset))

            _field = "expected_value"

            def _parse_expected_value(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            expected_value = _parse_expected_value(d.pop("expected_value", UNSET))

            _field = "explanation"
            explanation = d.pop("explanation", UNSET)

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            _field = "metric_function_name"
            metric_function_name = d.pop("metric_function_name", UNSET)
            if not isinstance(metric_function_name, (str, Unset)):
                expect(metric_function_name, (str, Unset))

            _field = "metric_vocera_defined_metric_code"
            metric_vocera_defined_metric_code = d.pop("metric_vocera_defined_metric_code", UNSET)
            if not isinstance(metric_vocera_defined_metric_code, (str, Unset)):
                expect(metric_vocera_defined_metric_code, (str, Unset))

            patched_metric_review_inline = cls(
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

            patched_metric_review_inline.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_metric_review_inline

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
