from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.run_reviews_request_llm_provider import RunReviewsRequestLlmProvider
from ..models.run_reviews_request_trigger_type import RunReviewsRequestTriggerType
from ..models.run_reviews_request_type import RunReviewsRequestType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunReviewsRequest")


@_attrs_define
class RunReviewsRequest:
    llm_provider: RunReviewsRequestLlmProvider | Unset = UNSET
    """ Override the judge provider while running unsaved Labs changes

    * `openai` - OpenAI
    * `gemini` - Gemini
    * `dspy-gepa-gemini-flash` - Dspy Gepa Gemini Flash
    * `deepseek-v4-flash` - DeepSeek V4 Flash """
    evaluation_trigger: str | Unset = UNSET
    """ Override evaluation trigger setting """
    evaluation_trigger_prompt: str | Unset = UNSET
    """ Override evaluation trigger prompt """
    trigger_type: RunReviewsRequestTriggerType | Unset = UNSET
    """ Override evaluation trigger implementation

    * `llm_judge` - LLM Judge
    * `custom_code` - Custom Code """
    evaluation_trigger_custom_code: str | Unset = UNSET
    """ Override custom-code evaluation trigger """
    description: str | Unset = UNSET
    """ Override metric description """
    type_: RunReviewsRequestType | Unset = UNSET
    """ Override metric type

    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    custom_code: str | Unset = UNSET
    """ Override custom code """
    prompt: str | Unset = UNSET
    """ Override evaluation prompt """
    metric_description_program: Any | Unset = UNSET
    """ Advanced metric description configuration """
    metric_description_variables: Any | Unset = UNSET
    """ Variables for metric description """
    evaluation_trigger_program: Any | Unset = UNSET
    """ Advanced trigger configuration """
    evaluation_trigger_variables: Any | Unset = UNSET
    """ Variables for evaluation trigger """
    skip_save: bool | Unset = False
    """ If true, don't save evaluation results to database (used for internal previews) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_provider: str | Unset = UNSET
        if not isinstance(self.llm_provider, Unset):
            llm_provider = self.llm_provider.value

        evaluation_trigger = self.evaluation_trigger

        evaluation_trigger_prompt = self.evaluation_trigger_prompt

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type.value

        evaluation_trigger_custom_code = self.evaluation_trigger_custom_code

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        custom_code = self.custom_code

        prompt = self.prompt

        metric_description_program = self.metric_description_program

        metric_description_variables = self.metric_description_variables

        evaluation_trigger_program = self.evaluation_trigger_program

        evaluation_trigger_variables = self.evaluation_trigger_variables

        skip_save = self.skip_save

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if evaluation_trigger is not UNSET:
            field_dict["evaluation_trigger"] = evaluation_trigger
        if evaluation_trigger_prompt is not UNSET:
            field_dict["evaluation_trigger_prompt"] = evaluation_trigger_prompt
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if evaluation_trigger_custom_code is not UNSET:
            field_dict["evaluation_trigger_custom_code"] = evaluation_trigger_custom_code
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if metric_description_program is not UNSET:
            field_dict["metric_description_program"] = metric_description_program
        if metric_description_variables is not UNSET:
            field_dict["metric_description_variables"] = metric_description_variables
        if evaluation_trigger_program is not UNSET:
            field_dict["evaluation_trigger_program"] = evaluation_trigger_program
        if evaluation_trigger_variables is not UNSET:
            field_dict["evaluation_trigger_variables"] = evaluation_trigger_variables
        if skip_save is not UNSET:
            field_dict["skip_save"] = skip_save

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.llm_provider, Unset):
            files.append(("llm_provider", (None, str(self.llm_provider.value).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(("evaluation_trigger", (None, str(self.evaluation_trigger).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger_prompt, Unset):
            files.append(
                ("evaluation_trigger_prompt", (None, str(self.evaluation_trigger_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.trigger_type, Unset):
            files.append(("trigger_type", (None, str(self.trigger_type.value).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            files.append(
                (
                    "evaluation_trigger_custom_code",
                    (None, str(self.evaluation_trigger_custom_code).encode(), "text/plain"),
                )
            )

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.metric_description_program, Unset):
            files.append(
                ("metric_description_program", (None, str(self.metric_description_program).encode(), "text/plain"))
            )

        if not isinstance(self.metric_description_variables, Unset):
            files.append(
                ("metric_description_variables", (None, str(self.metric_description_variables).encode(), "text/plain"))
            )

        if not isinstance(self.evaluation_trigger_program, Unset):
            files.append(
                ("evaluation_trigger_program", (None, str(self.evaluation_trigger_program).encode(), "text/plain"))
            )

        if not isinstance(self.evaluation_trigger_variables, Unset):
            files.append(
                ("evaluation_trigger_variables", (None, str(self.evaluation_trigger_variables).encode(), "text/plain"))
            )

        if not isinstance(self.skip_save, Unset):
            files.append(("skip_save", (None, str(self.skip_save).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "llm_provider"
            _llm_provider = d.pop("llm_provider", UNSET)
            llm_provider: RunReviewsRequestLlmProvider | Unset
            if isinstance(_llm_provider, Unset):
                llm_provider = UNSET
            else:
                llm_provider = RunReviewsRequestLlmProvider(_llm_provider)

            if not isinstance(llm_provider, (RunReviewsRequestLlmProvider, Unset)):
                expect(llm_provider, (RunReviewsRequestLlmProvider, Unset))

            _field = "evaluation_trigger"
            evaluation_trigger = d.pop("evaluation_trigger", UNSET)
            if not isinstance(evaluation_trigger, (str, Unset)):
                expect(evaluation_trigger, (str, Unset))

            _field = "evaluation_trigger_prompt"
            evaluation_trigger_prompt = d.pop("evaluation_trigger_prompt", UNSET)
            if not isinstance(evaluation_trigger_prompt, (str, Unset)):
                expect(evaluation_trigger_prompt, (str, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: RunReviewsRequestTriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = RunReviewsRequestTriggerType(_trigger_type)

            if not isinstance(trigger_type, (RunReviewsRequestTriggerType, Unset)):
                expect(trigger_type, (RunReviewsRequestTriggerType, Unset))

            _field = "evaluation_trigger_custom_code"
            evaluation_trigger_custom_code = d.pop("evaluation_trigger_custom_code", UNSET)
            if not isinstance(evaluation_trigger_custom_code, (str, Unset)):
                expect(evaluation_trigger_custom_code, (str, Unset))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: RunReviewsRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RunReviewsRequestType(_type_)

            if not isinstance(type_, (RunReviewsRequestType, Unset)):
                expect(type_, (RunReviewsRequestType, Unset))

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

            _field = "metric_description_program"
            metric_description_program = d.pop("metric_description_program", UNSET)

            _field = "metric_description_variables"
            metric_description_variables = d.pop("metric_description_variables", UNSET)

            _field = "evaluation_trigger_program"
            evaluation_trigger_program = d.pop("evaluation_trigger_program", UNSET)

            _field = "evaluation_trigger_variables"
            evaluation_trigger_variables = d.pop("evaluation_trigger_variables", UNSET)

            _field = "skip_save"
            skip_save = d.pop("skip_save", UNSET)
            if not isinstance(skip_save, (bool, Unset)):
                expect(skip_save, (bool, Unset))

            run_reviews_request = cls(
                llm_provider=llm_provider,
                evaluation_trigger=evaluation_trigger,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                trigger_type=trigger_type,
                evaluation_trigger_custom_code=evaluation_trigger_custom_code,
                description=description,
                type_=type_,
                custom_code=custom_code,
                prompt=prompt,
                metric_description_program=metric_description_program,
                metric_description_variables=metric_description_variables,
                evaluation_trigger_program=evaluation_trigger_program,
                evaluation_trigger_variables=evaluation_trigger_variables,
                skip_save=skip_save,
            )

            run_reviews_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_reviews_request

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
