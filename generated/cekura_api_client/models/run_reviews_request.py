from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.run_reviews_request_llm_provider import RunReviewsRequestLlmProvider
from ..models.run_reviews_request_trigger_type import RunReviewsRequestTriggerType
from ..models.run_reviews_request_type import RunReviewsRequestType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "llm_provider",
        "evaluation_trigger",
        "evaluation_trigger_prompt",
        "trigger_type",
        "evaluation_trigger_custom_code",
        "description",
        "type",
        "custom_code",
        "prompt",
        "metric_description_program",
        "metric_description_variables",
        "evaluation_trigger_program",
        "evaluation_trigger_variables",
        "skip_save",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.llm_provider, Unset):
            field_dict["llm_provider"] = (
                self.llm_provider._value_
                if type(self.llm_provider) is RunReviewsRequestLlmProvider
                else enum_value(RunReviewsRequestLlmProvider, self.llm_provider, "llm_provider", self)
            )
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = self.evaluation_trigger
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is RunReviewsRequestTriggerType
                else enum_value(RunReviewsRequestTriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            field_dict["evaluation_trigger_custom_code"] = self.evaluation_trigger_custom_code
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is RunReviewsRequestType
                else enum_value(RunReviewsRequestType, self.type_, "type", self)
            )
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.metric_description_program, Unset):
            field_dict["metric_description_program"] = self.metric_description_program
        if not isinstance(self.metric_description_variables, Unset):
            field_dict["metric_description_variables"] = self.metric_description_variables
        if not isinstance(self.evaluation_trigger_program, Unset):
            field_dict["evaluation_trigger_program"] = self.evaluation_trigger_program
        if not isinstance(self.evaluation_trigger_variables, Unset):
            field_dict["evaluation_trigger_variables"] = self.evaluation_trigger_variables
        if not isinstance(self.skip_save, Unset):
            field_dict["skip_save"] = self.skip_save
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.llm_provider, Unset):
            files.append(
                (
                    "llm_provider",
                    (
                        None,
                        str(enum_value(RunReviewsRequestLlmProvider, self.llm_provider, "llm_provider")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(("evaluation_trigger", (None, str(self.evaluation_trigger).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger_prompt, Unset):
            files.append(
                ("evaluation_trigger_prompt", (None, str(self.evaluation_trigger_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.trigger_type, Unset):
            files.append(
                (
                    "trigger_type",
                    (
                        None,
                        str(enum_value(RunReviewsRequestTriggerType, self.trigger_type, "trigger_type")).encode(),
                        "text/plain",
                    ),
                )
            )

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
            files.append(
                ("type", (None, str(enum_value(RunReviewsRequestType, self.type_, "type")).encode(), "text/plain"))
            )

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.metric_description_program, Unset):
            files.append(
                (
                    "metric_description_program",
                    (None, form_text(self.metric_description_program, "metric_description_program"), "text/plain"),
                )
            )

        if not isinstance(self.metric_description_variables, Unset):
            files.append(
                (
                    "metric_description_variables",
                    (None, form_text(self.metric_description_variables, "metric_description_variables"), "text/plain"),
                )
            )

        if not isinstance(self.evaluation_trigger_program, Unset):
            files.append(
                (
                    "evaluation_trigger_program",
                    (None, form_text(self.evaluation_trigger_program, "evaluation_trigger_program"), "text/plain"),
                )
            )

        if not isinstance(self.evaluation_trigger_variables, Unset):
            files.append(
                (
                    "evaluation_trigger_variables",
                    (None, form_text(self.evaluation_trigger_variables, "evaluation_trigger_variables"), "text/plain"),
                )
            )

        if not isinstance(self.skip_save, Unset):
            files.append(("skip_save", (None, str(self.skip_save).encode(), "text/plain")))

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
            _present = 0
            _field = "llm_provider"
            try:
                if "llm_provider" in src_dict:
                    llm_provider: Any = src_dict["llm_provider"]
                    _present += 1
                    llm_provider = (
                        RunReviewsRequestLlmProvider._value2member_map_.get(llm_provider)
                        or RunReviewsRequestLlmProvider(llm_provider)
                        if type(llm_provider) is str
                        else checked(llm_provider, (RunReviewsRequestLlmProvider,))
                    )
                else:
                    llm_provider = UNSET
            except FIELD_ERRORS as _error:
                llm_provider, _found = tolerated(
                    src_dict, "llm_provider", _error, _found, "RunReviewsRequestLlmProvider"
                )

            _field = "evaluation_trigger"
            try:
                if "evaluation_trigger" in src_dict:
                    evaluation_trigger: Any = src_dict["evaluation_trigger"]
                    _present += 1
                    if type(evaluation_trigger) is not str:
                        evaluation_trigger = checked(evaluation_trigger, (str,))
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(src_dict, "evaluation_trigger", _error, _found, "str")

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

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        RunReviewsRequestTriggerType._value2member_map_.get(trigger_type)
                        or RunReviewsRequestTriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (RunReviewsRequestTriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(
                    src_dict, "trigger_type", _error, _found, "RunReviewsRequestTriggerType"
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

            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        RunReviewsRequestType._value2member_map_.get(type_) or RunReviewsRequestType(type_)
                        if type(type_) is str
                        else checked(type_, (RunReviewsRequestType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "RunReviewsRequestType")

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

            _field = "metric_description_program"
            try:
                if "metric_description_program" in src_dict:
                    metric_description_program: Any = src_dict["metric_description_program"]
                    _present += 1

                else:
                    metric_description_program = UNSET
            except FIELD_ERRORS as _error:
                metric_description_program, _found = tolerated(
                    src_dict, "metric_description_program", _error, _found, "Any"
                )

            _field = "metric_description_variables"
            try:
                if "metric_description_variables" in src_dict:
                    metric_description_variables: Any = src_dict["metric_description_variables"]
                    _present += 1

                else:
                    metric_description_variables = UNSET
            except FIELD_ERRORS as _error:
                metric_description_variables, _found = tolerated(
                    src_dict, "metric_description_variables", _error, _found, "Any"
                )

            _field = "evaluation_trigger_program"
            try:
                if "evaluation_trigger_program" in src_dict:
                    evaluation_trigger_program: Any = src_dict["evaluation_trigger_program"]
                    _present += 1

                else:
                    evaluation_trigger_program = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger_program, _found = tolerated(
                    src_dict, "evaluation_trigger_program", _error, _found, "Any"
                )

            _field = "evaluation_trigger_variables"
            try:
                if "evaluation_trigger_variables" in src_dict:
                    evaluation_trigger_variables: Any = src_dict["evaluation_trigger_variables"]
                    _present += 1

                else:
                    evaluation_trigger_variables = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger_variables, _found = tolerated(
                    src_dict, "evaluation_trigger_variables", _error, _found, "Any"
                )

            _field = "skip_save"
            try:
                if "skip_save" in src_dict:
                    skip_save: Any = src_dict["skip_save"]
                    _present += 1
                    if type(skip_save) is not bool:
                        skip_save = checked(skip_save, (bool,))
                else:
                    skip_save = UNSET
            except FIELD_ERRORS as _error:
                skip_save, _found = tolerated(src_dict, "skip_save", _error, _found, "bool")

            _instance = cls(
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
