from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_preview_data_eval_type import MetricPreviewDataEvalType
from ..models.metric_preview_data_evaluation_trigger import MetricPreviewDataEvaluationTrigger
from ..models.metric_preview_data_trigger_type import MetricPreviewDataTriggerType
from ..models.metric_preview_data_type import MetricPreviewDataType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "eval_type",
        "evaluation_trigger",
        "trigger_type",
        "evaluation_trigger_prompt",
        "evaluation_trigger_custom_code",
        "description",
        "prompt",
        "custom_code",
        "enum_values",
        "audio_enabled",
    }
)

T = TypeVar("T", bound="MetricPreviewData")


@_attrs_define
class MetricPreviewData:
    name: str
    """ Name of the metric """
    type_: MetricPreviewDataType
    """ Type of metric: basic, custom_prompt, or custom_code

    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    eval_type: MetricPreviewDataEvalType
    """ Evaluation type: binary, continuous_qualitative, numeric, or enum. Legacy values (binary_workflow_adherence,
    binary_qualitative) are accepted and mapped to binary.

    * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    evaluation_trigger: MetricPreviewDataEvaluationTrigger | Unset = MetricPreviewDataEvaluationTrigger.ALWAYS
    """ When to trigger evaluation: always, automatic, or custom

    * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    trigger_type: MetricPreviewDataTriggerType | Unset = MetricPreviewDataTriggerType.LLM_JUDGE
    """ Type of trigger evaluation: llm_judge or custom_code (only used when evaluation_trigger is custom)

    * `llm_judge` - LLM Judge
    * `custom_code` - Custom Code """
    evaluation_trigger_prompt: str | Unset = ""
    """ Prompt for evaluation trigger (required for custom trigger with llm_judge) """
    evaluation_trigger_custom_code: str | Unset = ""
    """ Python code for trigger evaluation (required for custom trigger with custom_code) """
    description: str | Unset = ""
    """ Description of what the metric measures (required for basic type) """
    prompt: str | Unset = ""
    """ Custom prompt for evaluation (required for custom_prompt type) """
    custom_code: str | Unset = ""
    """ Python code for custom evaluation (required for custom_code type) """
    enum_values: list[str] | Unset = UNSET
    """ List of possible enum values (required when eval_type is enum) """
    audio_enabled: bool | Unset = False
    """ Whether the LLM judge must evaluate the source recording """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "name": self.name,
            "type": self.type_._value_
            if type(self.type_) is MetricPreviewDataType
            else enum_value(MetricPreviewDataType, self.type_, "type", self),
            "eval_type": self.eval_type._value_
            if type(self.eval_type) is MetricPreviewDataEvalType
            else enum_value(MetricPreviewDataEvalType, self.eval_type, "eval_type", self),
        }
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = (
                self.evaluation_trigger._value_
                if type(self.evaluation_trigger) is MetricPreviewDataEvaluationTrigger
                else enum_value(MetricPreviewDataEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger", self)
            )
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is MetricPreviewDataTriggerType
                else enum_value(MetricPreviewDataTriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            field_dict["evaluation_trigger_custom_code"] = self.evaluation_trigger_custom_code
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.audio_enabled, Unset):
            field_dict["audio_enabled"] = self.audio_enabled
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
            _present = 3
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "type"
            try:
                type_: Any = src_dict["type"]
                type_ = (
                    MetricPreviewDataType._value2member_map_.get(type_) or MetricPreviewDataType(type_)
                    if type(type_) is str
                    else checked(type_, (MetricPreviewDataType,))
                )
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "MetricPreviewDataType")

            _field = "eval_type"
            try:
                eval_type: Any = src_dict["eval_type"]
                eval_type = (
                    MetricPreviewDataEvalType._value2member_map_.get(eval_type) or MetricPreviewDataEvalType(eval_type)
                    if type(eval_type) is str
                    else checked(eval_type, (MetricPreviewDataEvalType,))
                )
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "MetricPreviewDataEvalType")

            _field = "evaluation_trigger"
            try:
                if "evaluation_trigger" in src_dict:
                    evaluation_trigger: Any = src_dict["evaluation_trigger"]
                    _present += 1
                    evaluation_trigger = (
                        MetricPreviewDataEvaluationTrigger._value2member_map_.get(evaluation_trigger)
                        or MetricPreviewDataEvaluationTrigger(evaluation_trigger)
                        if type(evaluation_trigger) is str
                        else checked(evaluation_trigger, (MetricPreviewDataEvaluationTrigger,))
                    )
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(
                    src_dict, "evaluation_trigger", _error, _found, "MetricPreviewDataEvaluationTrigger"
                )

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        MetricPreviewDataTriggerType._value2member_map_.get(trigger_type)
                        or MetricPreviewDataTriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (MetricPreviewDataTriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(
                    src_dict, "trigger_type", _error, _found, "MetricPreviewDataTriggerType"
                )

            _field = "evaluation_trigger_prompt"
            try:
                if "evaluation_trigger_prompt" in src_dict:
                    evaluation_trigger_prompt: Any = src_dict["evaluation_trigger_prompt"]
                    _present += 1
                    if type(evaluation_trigger_prompt) is not str:
                        evaluation_trigger_prompt = checked(evaluation_trigger_prompt, (str,))
                else:
                    evaluation_trigger_prompt = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger_prompt, _found = tolerated(
                    src_dict, "evaluation_trigger_prompt", _error, _found, "str"
                )

            _field = "evaluation_trigger_custom_code"
            try:
                if "evaluation_trigger_custom_code" in src_dict:
                    evaluation_trigger_custom_code: Any = src_dict["evaluation_trigger_custom_code"]
                    _present += 1
                    if type(evaluation_trigger_custom_code) is not str:
                        evaluation_trigger_custom_code = checked(evaluation_trigger_custom_code, (str,))
                else:
                    evaluation_trigger_custom_code = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger_custom_code, _found = tolerated(
                    src_dict, "evaluation_trigger_custom_code", _error, _found, "str"
                )

            _field = "description"
            try:
                if "description" in src_dict:
                    description: Any = src_dict["description"]
                    _present += 1
                    if type(description) is not str:
                        description = checked(description, (str,))
                else:
                    description = UNSET
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "prompt"
            try:
                if "prompt" in src_dict:
                    prompt: Any = src_dict["prompt"]
                    _present += 1
                    if type(prompt) is not str:
                        prompt = checked(prompt, (str,))
                else:
                    prompt = UNSET
            except FIELD_ERRORS as _error:
                prompt, _found = tolerated(src_dict, "prompt", _error, _found, "str")

            _field = "custom_code"
            try:
                if "custom_code" in src_dict:
                    custom_code: Any = src_dict["custom_code"]
                    _present += 1
                    if type(custom_code) is not str:
                        custom_code = checked(custom_code, (str,))
                else:
                    custom_code = UNSET
            except FIELD_ERRORS as _error:
                custom_code, _found = tolerated(src_dict, "custom_code", _error, _found, "str")

            _field = "enum_values"
            try:
                if "enum_values" in src_dict:
                    enum_values: Any = src_dict["enum_values"]
                    _present += 1
                    if type(enum_values) is not list:
                        enum_values = checked(enum_values, (list,))
                    for _item in enum_values:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    enum_values = UNSET
            except FIELD_ERRORS as _error:
                enum_values, _found = tolerated(
                    src_dict, "enum_values", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "audio_enabled"
            try:
                if "audio_enabled" in src_dict:
                    audio_enabled: Any = src_dict["audio_enabled"]
                    _present += 1
                    if type(audio_enabled) is not bool:
                        audio_enabled = checked(audio_enabled, (bool,))
                else:
                    audio_enabled = UNSET
            except FIELD_ERRORS as _error:
                audio_enabled, _found = tolerated(src_dict, "audio_enabled", _error, _found, "bool")

            _instance = cls(
                name=name,
                type_=type_,
                eval_type=eval_type,
                evaluation_trigger=evaluation_trigger,
                trigger_type=trigger_type,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                evaluation_trigger_custom_code=evaluation_trigger_custom_code,
                description=description,
                prompt=prompt,
                custom_code=custom_code,
                enum_values=enum_values,
                audio_enabled=audio_enabled,
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
