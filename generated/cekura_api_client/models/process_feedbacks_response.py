from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_feedbacks_response_improved_trigger_kind import ProcessFeedbacksResponseImprovedTriggerKind
from ..models.process_feedbacks_response_trigger_type import ProcessFeedbacksResponseTriggerType
from ..models.process_feedbacks_response_type import ProcessFeedbacksResponseType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_result import ReviewResult


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

    def to_dict(self) -> dict[str, Any]:
        improved_metric_description = self.improved_metric_description

        improved_evaluation_trigger = self.improved_evaluation_trigger

        improved_trigger_kind: str | Unset = UNSET
        if not isinstance(self.improved_trigger_kind, Unset):
            improved_trigger_kind = self.improved_trigger_kind.value

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type.value

        metric_description_program = self.metric_description_program

        metric_description_variables: list[Any] | Unset = UNSET
        if not isinstance(self.metric_description_variables, Unset):
            metric_description_variables = self.metric_description_variables

        evaluation_trigger_program = self.evaluation_trigger_program

        evaluation_trigger_variables: list[Any] | Unset = UNSET
        if not isinstance(self.evaluation_trigger_variables, Unset):
            evaluation_trigger_variables = self.evaluation_trigger_variables

        review_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_results, Unset):
            review_results = []
            for review_results_item_data in self.review_results:
                review_results_item = review_results_item_data.to_dict()
                review_results.append(review_results_item)

        custom_code = self.custom_code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        feedback_edits: list[Any] | Unset = UNSET
        if not isinstance(self.feedback_edits, Unset):
            feedback_edits = self.feedback_edits

        unauthorized_label_changes: list[Any] | Unset = UNSET
        if not isinstance(self.unauthorized_label_changes, Unset):
            unauthorized_label_changes = self.unauthorized_label_changes

        unresolved_samples: list[Any] | Unset = UNSET
        if not isinstance(self.unresolved_samples, Unset):
            unresolved_samples = self.unresolved_samples

        optimization_summary = self.optimization_summary

        old_score = self.old_score

        new_score = self.new_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "improved_metric_description": improved_metric_description,
                "improved_evaluation_trigger": improved_evaluation_trigger,
            }
        )
        if improved_trigger_kind is not UNSET:
            field_dict["improved_trigger_kind"] = improved_trigger_kind
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if metric_description_program is not UNSET:
            field_dict["metric_description_program"] = metric_description_program
        if metric_description_variables is not UNSET:
            field_dict["metric_description_variables"] = metric_description_variables
        if evaluation_trigger_program is not UNSET:
            field_dict["evaluation_trigger_program"] = evaluation_trigger_program
        if evaluation_trigger_variables is not UNSET:
            field_dict["evaluation_trigger_variables"] = evaluation_trigger_variables
        if review_results is not UNSET:
            field_dict["review_results"] = review_results
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if feedback_edits is not UNSET:
            field_dict["feedback_edits"] = feedback_edits
        if unauthorized_label_changes is not UNSET:
            field_dict["unauthorized_label_changes"] = unauthorized_label_changes
        if unresolved_samples is not UNSET:
            field_dict["unresolved_samples"] = unresolved_samples
        if optimization_summary is not UNSET:
            field_dict["optimization_summary"] = optimization_summary
        if old_score is not UNSET:
            field_dict["old_score"] = old_score
        if new_score is not UNSET:
            field_dict["new_score"] = new_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_result import ReviewResult  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "improved_metric_description"
            improved_metric_description = d.pop("improved_metric_description")
            if not isinstance(improved_metric_description, (str,)):
                expect(improved_metric_description, (str,))

            _field = "improved_evaluation_trigger"
            improved_evaluation_trigger = d.pop("improved_evaluation_trigger")
            if not isinstance(improved_evaluation_trigger, (str,)):
                expect(improved_evaluation_trigger, (str,))

            _field = "improved_trigger_kind"
            _improved_trigger_kind = d.pop("improved_trigger_kind", UNSET)
            improved_trigger_kind: ProcessFeedbacksResponseImprovedTriggerKind | Unset
            if isinstance(_improved_trigger_kind, Unset):
                improved_trigger_kind = UNSET
            else:
                improved_trigger_kind = ProcessFeedbacksResponseImprovedTriggerKind(_improved_trigger_kind)

            if not isinstance(improved_trigger_kind, (ProcessFeedbacksResponseImprovedTriggerKind, Unset)):
                expect(improved_trigger_kind, (ProcessFeedbacksResponseImprovedTriggerKind, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: ProcessFeedbacksResponseTriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = ProcessFeedbacksResponseTriggerType(_trigger_type)

            if not isinstance(trigger_type, (ProcessFeedbacksResponseTriggerType, Unset)):
                expect(trigger_type, (ProcessFeedbacksResponseTriggerType, Unset))

            _field = "metric_description_program"
            metric_description_program = d.pop("metric_description_program", UNSET)

            _field = "metric_description_variables"
            metric_description_variables = cast(list[Any], d.pop("metric_description_variables", UNSET))

            if not isinstance(metric_description_variables, (list, Unset)):
                expect(metric_description_variables, (list, Unset))

            _field = "evaluation_trigger_program"
            evaluation_trigger_program = d.pop("evaluation_trigger_program", UNSET)

            _field = "evaluation_trigger_variables"
            evaluation_trigger_variables = cast(list[Any], d.pop("evaluation_trigger_variables", UNSET))

            if not isinstance(evaluation_trigger_variables, (list, Unset)):
                expect(evaluation_trigger_variables, (list, Unset))

            _field = "review_results"
            _review_results = d.pop("review_results", UNSET)
            review_results: list[ReviewResult] | Unset = UNSET
            if _review_results is not UNSET:
                review_results = []
                for review_results_item_data in _review_results:
                    review_results_item = ReviewResult.from_dict(review_results_item_data)

                    review_results.append(review_results_item)

            if not isinstance(review_results, (list, Unset)):
                expect(review_results, (list, Unset))

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: ProcessFeedbacksResponseType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ProcessFeedbacksResponseType(_type_)

            if not isinstance(type_, (ProcessFeedbacksResponseType, Unset)):
                expect(type_, (ProcessFeedbacksResponseType, Unset))

            _field = "feedback_edits"
            feedback_edits = cast(list[Any], d.pop("feedback_edits", UNSET))

            if not isinstance(feedback_edits, (list, Unset)):
                expect(feedback_edits, (list, Unset))

            _field = "unauthorized_label_changes"
            unauthorized_label_changes = cast(list[Any], d.pop("unauthorized_label_changes", UNSET))

            if not isinstance(unauthorized_label_changes, (list, Unset)):
                expect(unauthorized_label_changes, (list, Unset))

            _field = "unresolved_samples"
            unresolved_samples = cast(list[Any], d.pop("unresolved_samples", UNSET))

            if not isinstance(unresolved_samples, (list, Unset)):
                expect(unresolved_samples, (list, Unset))

            _field = "optimization_summary"
            optimization_summary = d.pop("optimization_summary", UNSET)
            if not isinstance(optimization_summary, (str, Unset)):
                expect(optimization_summary, (str, Unset))

            _field = "old_score"
            old_score = d.pop("old_score", UNSET)

            _field = "new_score"
            new_score = d.pop("new_score", UNSET)

            process_feedbacks_response = cls(
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

            process_feedbacks_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return process_feedbacks_response

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
