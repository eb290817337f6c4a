from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_feedbacks_response_improved_trigger_kind import ProcessFeedbacksResponseImprovedTriggerKind
from ..models.process_feedbacks_response_trigger_type import ProcessFeedbacksResponseTriggerType
from ..models.process_feedbacks_response_type import ProcessFeedbacksResponseType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_result import ReviewResult


_PROPERTIES: frozenset[str] = frozenset(
    {
        "improved_metric_description",
        "improved_evaluation_trigger",
        "improved_trigger_kind",
        "trigger_type",
        "metric_description_program",
        "metric_description_variables",
        "evaluation_trigger_program",
        "evaluation_trigger_variables",
        "review_results",
        "custom_code",
        "type",
        "feedback_edits",
        "unauthorized_label_changes",
        "unresolved_samples",
        "optimization_summary",
        "old_score",
        "new_score",
    }
)

T = TypeVar("T", bound="ProcessFeedbacksResponse")


@_attrs_define
class ProcessFeedbacksResponse:
    improved_metric_description: str
    """ Improved metric description """
    improved_evaluation_trigger: str
    """ Improved evaluation trigger. Interpretation depends on improved_trigger_kind: 'always' (literal) → run on
    every example; Python source → trigger.py from the sandbox (when improved_trigger_kind='custom_code'); LLM-judge
    prompt otherwise. """
    improved_trigger_kind: ProcessFeedbacksResponseImprovedTriggerKind | Unset = (
        ProcessFeedbacksResponseImprovedTriggerKind.ALWAYS
    )
    """ Tells the frontend how to interpret improved_evaluation_trigger. Set to 'custom_code' when meta-harness
    produced an optimized Python trigger; 'always' when no trigger gating is needed.

    * `always` - Always
    * `llm_judge` - LLM Judge
    * `custom_code` - Custom Code """
    trigger_type: ProcessFeedbacksResponseTriggerType | Unset = UNSET
    """ Type of evaluation trigger (llm_judge or custom_code)

    * `llm_judge` - LLM Judge
    * `custom_code` - Custom Code """
    metric_description_program: Any | Unset = UNSET
    """ Advanced metric configuration """
    metric_description_variables: list[Any] | Unset = UNSET
    """ Variables used in metric description """
    evaluation_trigger_program: Any | Unset = UNSET
    """ Advanced trigger configuration """
    evaluation_trigger_variables: list[Any] | Unset = UNSET
    """ Variables used in evaluation trigger """
    review_results: list[ReviewResult] | Unset = UNSET
    """ Evaluation results for each test set """
    custom_code: str | Unset = ""
    """ Optimized Python code (meta-harness output). When present, metric should switch to custom_code type. """
    type_: ProcessFeedbacksResponseType | Unset = UNSET
    """ Suggested metric type after optimization (custom_code if meta-harness produced code)

    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    feedback_edits: list[Any] | Unset = UNSET
    """ User-answer-driven feedback corrections applied to metric reviews during optimization """
    unauthorized_label_changes: list[Any] | Unset = UNSET
    """ Expected-value changes detected in the run that lacked explicit user approval """
    unresolved_samples: list[Any] | Unset = UNSET
    """ Samples the optimizer could not resolve, each with a verdict (noise / ambiguous label / prompt limit), the
    observed pass rate across repeated evaluations, and a user-facing explanation of why 100% accuracy was not
    reachable for it. """
    optimization_summary: str | Unset = ""
    """ Plain-language summary of what the optimized metric does, shown in the review dialog so the user can check
    intent without reading the code. """
    old_score: Any | Unset = UNSET
    """ Baseline accuracy before optimization: {num_correct, num_total, score} over the evaluated samples. Shown
    next to new_score so the user can see the improvement. """
    new_score: Any | Unset = UNSET
    """ Optimized accuracy after this run: {num_correct, num_total, score} over the same evaluated samples as
    old_score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "improved_metric_description": self.improved_metric_description,
            "improved_evaluation_trigger": self.improved_evaluation_trigger,
        }
        if not isinstance(self.improved_trigger_kind, Unset):
            field_dict["improved_trigger_kind"] = (
                self.improved_trigger_kind._value_
                if type(self.improved_trigger_kind) is ProcessFeedbacksResponseImprovedTriggerKind
                else enum_value(
                    ProcessFeedbacksResponseImprovedTriggerKind,
                    self.improved_trigger_kind,
                    "improved_trigger_kind",
                    self,
                )
            )
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is ProcessFeedbacksResponseTriggerType
                else enum_value(ProcessFeedbacksResponseTriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.metric_description_program, Unset):
            field_dict["metric_description_program"] = self.metric_description_program
        if not isinstance(self.metric_description_variables, Unset):
            field_dict["metric_description_variables"] = self.metric_description_variables
        if not isinstance(self.evaluation_trigger_program, Unset):
            field_dict["evaluation_trigger_program"] = self.evaluation_trigger_program
        if not isinstance(self.evaluation_trigger_variables, Unset):
            field_dict["evaluation_trigger_variables"] = self.evaluation_trigger_variables
        if not isinstance(self.review_results, Unset):
            field_dict["review_results"] = (
                [
                    element.to_dict() if type(element) is ReviewResult else written(element, "review_results", self)
                    for element in self.review_results
                ]
                if type(self.review_results) is list
                else written(self.review_results, "review_results", self)
            )
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is ProcessFeedbacksResponseType
                else enum_value(ProcessFeedbacksResponseType, self.type_, "type", self)
            )
        if not isinstance(self.feedback_edits, Unset):
            field_dict["feedback_edits"] = self.feedback_edits
        if not isinstance(self.unauthorized_label_changes, Unset):
            field_dict["unauthorized_label_changes"] = self.unauthorized_label_changes
        if not isinstance(self.unresolved_samples, Unset):
            field_dict["unresolved_samples"] = self.unresolved_samples
        if not isinstance(self.optimization_summary, Unset):
            field_dict["optimization_summary"] = self.optimization_summary
        if not isinstance(self.old_score, Unset):
            field_dict["old_score"] = self.old_score
        if not isinstance(self.new_score, Unset):
            field_dict["new_score"] = self.new_score
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "improved_metric_description"
            try:
                improved_metric_description: Any = src_dict["improved_metric_description"]
                if type(improved_metric_description) is not str:
                    improved_metric_description = checked(improved_metric_description, (str,))
            except FIELD_ERRORS as _error:
                improved_metric_description, _found = tolerated(
                    src_dict, "improved_metric_description", _error, _found, "str"
                )

            _field = "improved_evaluation_trigger"
            try:
                improved_evaluation_trigger: Any = src_dict["improved_evaluation_trigger"]
                if type(improved_evaluation_trigger) is not str:
                    improved_evaluation_trigger = checked(improved_evaluation_trigger, (str,))
            except FIELD_ERRORS as _error:
                improved_evaluation_trigger, _found = tolerated(
                    src_dict, "improved_evaluation_trigger", _error, _found, "str"
                )

            _field = "improved_trigger_kind"
            try:
                if "improved_trigger_kind" in src_dict:
                    improved_trigger_kind: Any = src_dict["improved_trigger_kind"]
                    _present += 1
                    improved_trigger_kind = (
                        ProcessFeedbacksResponseImprovedTriggerKind._value2member_map_.get(improved_trigger_kind)
                        or ProcessFeedbacksResponseImprovedTriggerKind(improved_trigger_kind)
                        if type(improved_trigger_kind) is str
                        else checked(improved_trigger_kind, (ProcessFeedbacksResponseImprovedTriggerKind,))
                    )
                else:
                    improved_trigger_kind = UNSET
            except FIELD_ERRORS as _error:
                improved_trigger_kind, _found = tolerated(
                    src_dict, "improved_trigger_kind", _error, _found, "ProcessFeedbacksResponseImprovedTriggerKind"
                )

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        ProcessFeedbacksResponseTriggerType._value2member_map_.get(trigger_type)
                        or ProcessFeedbacksResponseTriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (ProcessFeedbacksResponseTriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(
                    src_dict, "trigger_type", _error, _found, "ProcessFeedbacksResponseTriggerType"
                )

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
                    if type(metric_description_variables) is not list:
                        metric_description_variables = checked(metric_description_variables, (list,))

                else:
                    metric_description_variables = UNSET
            except FIELD_ERRORS as _error:
                metric_description_variables, _found = tolerated(
                    src_dict, "metric_description_variables", _error, _found, "list[Any]"
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
                    if type(evaluation_trigger_variables) is not list:
                        evaluation_trigger_variables = checked(evaluation_trigger_variables, (list,))

                else:
                    evaluation_trigger_variables = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger_variables, _found = tolerated(
                    src_dict, "evaluation_trigger_variables", _error, _found, "list[Any]"
                )

            _field = "review_results"
            try:
                if "review_results" in src_dict:
                    review_results: Any = src_dict["review_results"]
                    _present += 1
                    if type(review_results) is not list:
                        review_results = checked(review_results, (list,))
                    review_results = [ReviewResult.from_dict(element) for element in review_results]

                else:
                    review_results = UNSET
            except FIELD_ERRORS as _error:
                review_results, _found = tolerated(
                    src_dict,
                    "review_results",
                    _error,
                    _found,
                    "list[ReviewResult]",
                    lambda element: ReviewResult.from_dict(element),
                )

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

            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        ProcessFeedbacksResponseType._value2member_map_.get(type_)
                        or ProcessFeedbacksResponseType(type_)
                        if type(type_) is str
                        else checked(type_, (ProcessFeedbacksResponseType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "ProcessFeedbacksResponseType")

            _field = "feedback_edits"
            try:
                if "feedback_edits" in src_dict:
                    feedback_edits: Any = src_dict["feedback_edits"]
                    _present += 1
                    if type(feedback_edits) is not list:
                        feedback_edits = checked(feedback_edits, (list,))

                else:
                    feedback_edits = UNSET
            except FIELD_ERRORS as _error:
                feedback_edits, _found = tolerated(src_dict, "feedback_edits", _error, _found, "list[Any]")

            _field = "unauthorized_label_changes"
            try:
                if "unauthorized_label_changes" in src_dict:
                    unauthorized_label_changes: Any = src_dict["unauthorized_label_changes"]
                    _present += 1
                    if type(unauthorized_label_changes) is not list:
                        unauthorized_label_changes = checked(unauthorized_label_changes, (list,))

                else:
                    unauthorized_label_changes = UNSET
            except FIELD_ERRORS as _error:
                unauthorized_label_changes, _found = tolerated(
                    src_dict, "unauthorized_label_changes", _error, _found, "list[Any]"
                )

            _field = "unresolved_samples"
            try:
                if "unresolved_samples" in src_dict:
                    unresolved_samples: Any = src_dict["unresolved_samples"]
                    _present += 1
                    if type(unresolved_samples) is not list:
                        unresolved_samples = checked(unresolved_samples, (list,))

                else:
                    unresolved_samples = UNSET
            except FIELD_ERRORS as _error:
                unresolved_samples, _found = tolerated(src_dict, "unresolved_samples", _error, _found, "list[Any]")

            _field = "optimization_summary"
            try:
                if "optimization_summary" in src_dict:
                    optimization_summary: Any = src_dict["optimization_summary"]
                    _present += 1
                    if type(optimization_summary) is not str:
                        optimization_summary = checked(optimization_summary, (str,))
                else:
                    optimization_summary = UNSET
            except FIELD_ERRORS as _error:
                optimization_summary, _found = tolerated(src_dict, "optimization_summary", _error, _found, "str")

            _field = "old_score"
            try:
                if "old_score" in src_dict:
                    old_score: Any = src_dict["old_score"]
                    _present += 1

                else:
                    old_score = UNSET
            except FIELD_ERRORS as _error:
                old_score, _found = tolerated(src_dict, "old_score", _error, _found, "Any")

            _field = "new_score"
            try:
                if "new_score" in src_dict:
                    new_score: Any = src_dict["new_score"]
                    _present += 1

                else:
                    new_score = UNSET
            except FIELD_ERRORS as _error:
                new_score, _found = tolerated(src_dict, "new_score", _error, _found, "Any")

            _instance = cls(
                improved_metric_description=improved_metric_description,
                improved_evaluation_trigger=improved_evaluation_trigger,
                improved_trigger_kind=improved_trigger_kind,
                trigger_type=trigger_type,
                metric_description_program=metric_description_program,
                metric_description_variables=metric_description_variables,
                evaluation_trigger_program=evaluation_trigger_program,
                evaluation_trigger_variables=evaluation_trigger_variables,
                review_results=review_results,
                custom_code=custom_code,
                type_=type_,
                feedback_edits=feedback_edits,
                unauthorized_label_changes=unauthorized_label_changes,
                unresolved_samples=unresolved_samples,
                optimization_summary=optimization_summary,
                old_score=old_score,
                new_score=new_score,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ReviewResult  # noqa: PLW0603
    from ..models.review_result import ReviewResult  # noqa: PLC0415

    _imports_pending = False
