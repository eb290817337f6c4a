from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.process_feedbacks_request_metric_type import ProcessFeedbacksRequestMetricType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessFeedbacksRequest")


@_attrs_define
class ProcessFeedbacksRequest:
    metric_id: int
    """ ID of the metric to process feedbacks for """
    metric_type: ProcessFeedbacksRequestMetricType | Unset = UNSET
    """ Optional metric type

    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    test_set_ids: list[int] | Unset = UNSET
    """ Test set IDs whose feedback drives the optimization. If omitted, defaults to every test set already added to
    this metric's Lab. """
    simplified_prompt: str | Unset = UNSET
    """ Simplified prompt to use as initial prompt for optimization. If provided, the optimizer will start from this
    prompt instead of the metric's original description. """
    skip_evaluation: bool | Unset = False
    """ If true, skip running LLM evaluations on test sets after optimization. This speeds up the process but won't
    show evaluation results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type.value

        test_set_ids: list[int] | Unset = UNSET
        if not isinstance(self.test_set_ids, Unset):
            test_set_ids = self.test_set_ids

        simplified_prompt = self.simplified_prompt

        skip_evaluation = self.skip_evaluation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
            }
        )
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if test_set_ids is not UNSET:
            field_dict["test_set_ids"] = test_set_ids
        if simplified_prompt is not UNSET:
            field_dict["simplified_prompt"] = simplified_prompt
        if skip_evaluation is not UNSET:
            field_dict["skip_evaluation"] = skip_evaluation

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        if not isinstance(self.metric_type, Unset):
            files.append(("metric_type", (None, str(self.metric_type.value).encode(), "text/plain")))

        if not isinstance(self.test_set_ids, Unset):
            for test_set_ids_item_element in self.test_set_ids:
                files.append(("test_set_ids", (None, str(test_set_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.simplified_prompt, Unset):
            files.append(("simplified_prompt", (None, str(self.simplified_prompt).encode(), "text/plain")))

        if not isinstance(self.skip_evaluation, Unset):
            files.append(("skip_evaluation", (None, str(self.skip_evaluation).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metric_id"
            metric_id = d.pop("metric_id")
            if not isinstance(metric_id, (int,)) or isinstance(metric_id, bool):
                expect(metric_id, (int,))

            _field = "metric_type"
            _metric_type = d.pop("metric_type", UNSET)
            metric_type: ProcessFeedbacksRequestMetricType | Unset
            if isinstance(_metric_type, Unset):
                metric_type = UNSET
            else:
                metric_type = ProcessFeedbacksRequestMetricType(_metric_type)

            if not isinstance(metric_type, (ProcessFeedbacksRequestMetricType, Unset)):
                expect(metric_type, (ProcessFeedbacksRequestMetricType, Unset))

            _field = "test_set_ids"
            test_set_ids = cast(list[int], d.pop("test_set_ids", UNSET))

            if not isinstance(test_set_ids, (list, Unset)):
                expect(test_set_ids, (list, Unset))

            _field = "simplified_prompt"
            simplified_prompt = d.pop("simplified_prompt", UNSET)
            if not isinstance(simplified_prompt, (str, Unset)):
                expect(simplified_prompt, (str, Unset))

            _field = "skip_evaluation"
            skip_evaluation = d.pop("skip_evaluation", UNSET)
            if not isinstance(skip_evaluation, (bool, Unset)):
                expect(skip_evaluation, (bool, Unset))

            process_feedbacks_request = cls(
                metric_id=metric_id,
                metric_type=metric_type,
                test_set_ids=test_set_ids,
                simplified_prompt=simplified_prompt,
                skip_evaluation=skip_evaluation,
            )

            process_feedbacks_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return process_feedbacks_request

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
