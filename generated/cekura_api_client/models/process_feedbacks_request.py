from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.process_feedbacks_request_metric_type import ProcessFeedbacksRequestMetricType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "metric_id",
        "metric_type",
        "test_set_ids",
        "simplified_prompt",
        "skip_evaluation",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "metric_id": self.metric_id,
        }
        if not isinstance(self.metric_type, Unset):
            field_dict["metric_type"] = (
                self.metric_type._value_
                if type(self.metric_type) is ProcessFeedbacksRequestMetricType
                else enum_value(ProcessFeedbacksRequestMetricType, self.metric_type, "metric_type", self)
            )
        if not isinstance(self.test_set_ids, Unset):
            field_dict["test_set_ids"] = self.test_set_ids
        if not isinstance(self.simplified_prompt, Unset):
            field_dict["simplified_prompt"] = self.simplified_prompt
        if not isinstance(self.skip_evaluation, Unset):
            field_dict["skip_evaluation"] = self.skip_evaluation
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        if not isinstance(self.metric_type, Unset):
            files.append(
                (
                    "metric_type",
                    (
                        None,
                        str(enum_value(ProcessFeedbacksRequestMetricType, self.metric_type, "metric_type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.test_set_ids, Unset):
            for test_set_ids_item_element in self.test_set_ids:
                files.append(("test_set_ids", (None, str(test_set_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.simplified_prompt, Unset):
            files.append(("simplified_prompt", (None, str(self.simplified_prompt).encode(), "text/plain")))

        if not isinstance(self.skip_evaluation, Unset):
            files.append(("skip_evaluation", (None, str(self.skip_evaluation).encode(), "text/plain")))

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

            _field = "metric_type"
            try:
                if "metric_type" in src_dict:
                    metric_type: Any = src_dict["metric_type"]
                    _present += 1
                    metric_type = (
                        ProcessFeedbacksRequestMetricType._value2member_map_.get(metric_type)
                        or ProcessFeedbacksRequestMetricType(metric_type)
                        if type(metric_type) is str
                        else checked(metric_type, (ProcessFeedbacksRequestMetricType,))
                    )
                else:
                    metric_type = UNSET
            except FIELD_ERRORS as _error:
                metric_type, _found = tolerated(
                    src_dict, "metric_type", _error, _found, "ProcessFeedbacksRequestMetricType"
                )

            _field = "test_set_ids"
            try:
                if "test_set_ids" in src_dict:
                    test_set_ids: Any = src_dict["test_set_ids"]
                    _present += 1
                    if type(test_set_ids) is not list:
                        test_set_ids = checked(test_set_ids, (list,))
                    for _item in test_set_ids:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    test_set_ids = UNSET
            except FIELD_ERRORS as _error:
                test_set_ids, _found = tolerated(
                    src_dict, "test_set_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "simplified_prompt"
            try:
                if "simplified_prompt" in src_dict:
                    simplified_prompt: Any = src_dict["simplified_prompt"]
                    _present += 1
                    if type(simplified_prompt) is not str:
                        simplified_prompt = checked(simplified_prompt, (str,))
                else:
                    simplified_prompt = UNSET
            except FIELD_ERRORS as _error:
                simplified_prompt, _found = tolerated(src_dict, "simplified_prompt", _error, _found, "str")

            _field = "skip_evaluation"
            try:
                if "skip_evaluation" in src_dict:
                    skip_evaluation: Any = src_dict["skip_evaluation"]
                    _present += 1
                    if type(skip_evaluation) is not bool:
                        skip_evaluation = checked(skip_evaluation, (bool,))
                else:
                    skip_evaluation = UNSET
            except FIELD_ERRORS as _error:
                skip_evaluation, _found = tolerated(src_dict, "skip_evaluation", _error, _found, "bool")

            _instance = cls(
                metric_id=metric_id,
                metric_type=metric_type,
                test_set_ids=test_set_ids,
                simplified_prompt=simplified_prompt,
                skip_evaluation=skip_evaluation,
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
