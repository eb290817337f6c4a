from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_preview_data_eval_type import MetricPreviewDataEvalType
from ..models.metric_preview_data_evaluation_trigger import MetricPreviewDataEvaluationTrigger
from ..models.metric_preview_data_trigger_type import MetricPreviewDataTriggerType
from ..models.metric_preview_data_type import MetricPreviewDataType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        eval_type = self.eval_type.value

        evaluation_trigger: str | Unset = UNSET
        if not isinstance(self.evaluation_trigger, Unset):
            evaluation_trigger = self.evaluation_trigger.value

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type.value

        evaluation_trigger_prompt = self.evaluation_trigger_prompt

        evaluation_trigger_custom_code = self.evaluation_trigger_custom_code

        description = self.description

        prompt = self.prompt

        custom_code = self.custom_code

        enum_values: list[str] | Unset = UNSET
        if not isinstance(self.enum_values, Unset):
            enum_values = self.enum_values

        audio_enabled = self.audio_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "eval_type": eval_type,
            }
        )
        if evaluation_trigger is not UNSET:
            field_dict["evaluation_trigger"] = evaluation_trigger
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if evaluation_trigger_prompt is not UNSET:
            field_dict["evaluation_trigger_prompt"] = evaluation_trigger_prompt
        if evaluation_trigger_custom_code is not UNSET:
            field_dict["evaluation_trigger_custom_code"] = evaluation_trigger_custom_code
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if audio_enabled is not UNSET:
            field_dict["audio_enabled"] = audio_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "type"
            type_ = MetricPreviewDataType(d.pop("type"))

            if not isinstance(type_, (MetricPreviewDataType,)):
                expect(type_, (MetricPreviewDataType,))

            _field = "eval_type"
            eval_type = MetricPreviewDataEvalType(d.pop("eval_type"))

            if not isinstance(eval_type, (MetricPreviewDataEvalType,)):
                expect(eval_type, (MetricPreviewDataEvalType,))

            _field = "evaluation_trigger"
            _evaluation_trigger = d.pop("evaluation_trigger", UNSET)
            evaluation_trigger: MetricPreviewDataEvaluationTrigger | Unset
            if isinstance(_evaluation_trigger, Unset):
                evaluation_trigger = UNSET
            else:
                evaluation_trigger = MetricPreviewDataEvaluationTrigger(_evaluation_trigger)

            if not isinstance(evaluation_trigger, (MetricPreviewDataEvaluationTrigger, Unset)):
                expect(evaluation_trigger, (MetricPreviewDataEvaluationTrigger, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: MetricPreviewDataTriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = MetricPreviewDataTriggerType(_trigger_type)

            if not isinstance(trigger_type, (MetricPreviewDataTriggerType, Unset)):
                expect(trigger_type, (MetricPreviewDataTriggerType, Unset))

            _field = "evaluation_trigger_prompt"
            evaluation_trigger_prompt = d.pop("evaluation_trigger_prompt", UNSET)
            if not isinstance(evaluation_trigger_prompt, (str, Unset)):
                expect(evaluation_trigger_prompt, (str, Unset))

            _field = "evaluation_trigger_custom_code"
            evaluation_trigger_custom_code = d.pop("evaluation_trigger_custom_code", UNSET)
            if not isinstance(evaluation_trigger_custom_code, (str, Unset)):
                expect(evaluation_trigger_custom_code, (str, Unset))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "enum_values"
            enum_values = cast(list[str], d.pop("enum_values", UNSET))

            if not isinstance(enum_values, (list, Unset)):
                expect(enum_values, (list, Unset))

            _field = "audio_enabled"
            audio_enabled = d.pop("audio_enabled", UNSET)
            if not isinstance(audio_enabled, (bool, Unset)):
                expect(audio_enabled, (bool, Unset))

            metric_preview_data = cls(
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

            metric_preview_data.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_preview_data

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
