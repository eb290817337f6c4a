from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_metric_edit_serializer_v2_alert_type import PatchedMetricEditSerializerV2AlertType
from ..models.patched_metric_edit_serializer_v2_eval_type import PatchedMetricEditSerializerV2EvalType
from ..models.patched_metric_edit_serializer_v2_evaluation_trigger import PatchedMetricEditSerializerV2EvaluationTrigger
from ..models.patched_metric_edit_serializer_v2_llm_provider import PatchedMetricEditSerializerV2LlmProvider
from ..models.patched_metric_edit_serializer_v2_relevance_llm_provider import (
    PatchedMetricEditSerializerV2RelevanceLlmProvider,
)
from ..models.patched_metric_edit_serializer_v2_significant_change_alert_direction import (
    PatchedMetricEditSerializerV2SignificantChangeAlertDirection,
)
from ..models.patched_metric_edit_serializer_v2_significant_change_alert_status import (
    PatchedMetricEditSerializerV2SignificantChangeAlertStatus,
)
from ..models.patched_metric_edit_serializer_v2_trigger_type import PatchedMetricEditSerializerV2TriggerType
from ..models.patched_metric_edit_serializer_v2_type import PatchedMetricEditSerializerV2Type
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "slug",
        "project",
        "agent",
        "agents",
        "assistant_id",
        "name",
        "description",
        "type",
        "eval_type",
        "audio_enabled",
        "observability_enabled",
        "simulation_enabled",
        "sampling_enabled",
        "prompt",
        "function_name",
        "enum_values",
        "display_order",
        "custom_code",
        "evaluation_trigger",
        "trigger_type",
        "evaluation_trigger_prompt",
        "evaluation_trigger_custom_code",
        "llm_provider",
        "relevance_llm_provider",
        "vocera_defined_metric_code",
        "priority_assignment_prompt",
        "configuration",
        "scenarios",
        "overall_score",
        "total_score",
        "kb_file_ids",
        "knowledge_base_files",
        "metric_description_program",
        "metric_description_variables",
        "evaluation_trigger_program",
        "evaluation_trigger_variables",
        "alert_enabled",
        "alert_type",
        "window_size",
        "std_multiplier",
        "ewma_alpha",
        "significant_change_alert_status",
        "significant_change_alert_direction",
        "add_to_new_agents",
        "alert_filters",
        "slack_workspace",
        "slack_channel_id",
        "apply_to_all_agents",
        "add_to_rubric",
    }
)

T = TypeVar("T", bound="PatchedMetricEditSerializerV2")


@_attrs_define
class PatchedMetricEditSerializerV2:
    id: int | Unset = UNSET
    slug: None | str | Unset = UNSET
    """ URL-friendly unique identifier in snake_case format """
    project: int | None | Unset = UNSET
    agent: int | None | Unset = UNSET
    agents: list[int | None] | Unset = UNSET
    assistant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """
    Name of the metric.
    Example: `"Customer Satisfaction"` or `"Appointment Booking"`
             """
    description: str | Unset = UNSET
    """
    Description of what the metric measures.
    Example: `"Measures how satisfied customers are with the service provided"`
             """
    type_: PatchedMetricEditSerializerV2Type | Unset = UNSET
    """
    Type of metric


    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    eval_type: PatchedMetricEditSerializerV2EvalType | Unset = UNSET
    """ * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    audio_enabled: bool | Unset = UNSET
    """
    Whether this metric requires audio analysis.
    Example: `true` or `false`
             """
    observability_enabled: bool | Unset = UNSET
    """
    Enable this metric for observability.
    Example: `true` or `false`
             """
    simulation_enabled: bool | Unset = UNSET
    """
    Enable this metric for simulations.
    Example: `true` or `false`
             """
    sampling_enabled: bool | Unset = UNSET
    """ Enable sampling for this metric using project-level sample rate """
    prompt: str | Unset = UNSET
    """
    Evaluation prompt for the metric.
    Example: `"Evaluate customer satisfaction based on conversation"`
     """
    function_name: None | str | Unset = UNSET
    """
    Predefined function name
    Example: `"get_latency"` or `"check_critical_deviations"`
     """
    enum_values: list[str] | Unset = UNSET
    display_order: int | Unset = UNSET
    """
    Display order for the metric.
    Example: `1`
     """
    custom_code: str | Unset = UNSET
    """
    Python custom code for the metric.
    Example:
    ```python
    _resul = True
    _explanation = None
    if  "call_end_reason" in data and data["call_end_reason"] == "customer_satisfaction":
        _result = True
        _explanation = "Customer expressed satisfaction with service"
    ```
     """
    evaluation_trigger: PatchedMetricEditSerializerV2EvaluationTrigger | Unset = UNSET
    """ * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    trigger_type: PatchedMetricEditSerializerV2TriggerType | Unset = UNSET
    """ * `llm_judge` - LLM Judge
    * `custom_code` - Custom Code """
    evaluation_trigger_prompt: str | Unset = UNSET
    """
    Evaluation trigger prompt for the metric.
    Example: `"Evaluate metric only if call ended reason is main-agent-ended-call"`
     """
    evaluation_trigger_custom_code: str | Unset = UNSET
    """
    Python custom code to determine metric relevance. Code should set _result (bool) and _explanation (str).
    Example:
    ```python
    _result = True
    _explanation = "Metric is relevant"
    if "call_end_reason" in data and data["call_end_reason"] == "customer-hung-up":
        _result = False
        _explanation = "Customer hung up, metric not applicable"
    ```
     """
    llm_provider: PatchedMetricEditSerializerV2LlmProvider | Unset = UNSET
    """ * `openai` - OpenAI
    * `gemini` - Gemini
    * `dspy-gepa-gemini-flash` - Dspy Gepa Gemini Flash
    * `deepseek-v4-flash` - DeepSeek V4 Flash """
    relevance_llm_provider: PatchedMetricEditSerializerV2RelevanceLlmProvider | Unset = UNSET
    """ * `openai` - OpenAI
    * `gemini` - Gemini
    * `dspy-gepa-gemini-flash` - Dspy Gepa Gemini Flash
    * `deepseek-v4-flash` - DeepSeek V4 Flash """
    vocera_defined_metric_code: str | Unset = UNSET
    """
    Vocera defined metric code for the metric.
    Example: `"7fd534f5"`
     """
    priority_assignment_prompt: str | Unset = UNSET
    """
    Priority assignment prompt for the metric.
     """
    configuration: Any | Unset = UNSET
    """
    Custom configuration parameters for specific metrics if metric supports it.
    Example:
    - For Infrastructure issues
    ```json
    {
        "infra_issues_timeout": 10
    }
    ```
     """
    scenarios: Any | Unset = UNSET
    overall_score: str | Unset = UNSET
    total_score: str | Unset = UNSET
    kb_file_ids: Any | Unset = UNSET
    """
    List of knowledge base file IDs for the metric.
    Example: `[123, 456]`
     """
    knowledge_base_files: str | Unset = UNSET
    metric_description_program: Any | Unset = UNSET
    metric_description_variables: list[Any] | Unset = UNSET
    evaluation_trigger_program: Any | Unset = UNSET
    evaluation_trigger_variables: list[Any] | Unset = UNSET
    alert_enabled: bool | Unset = UNSET
    """
    Enable alerts for this metric when it fails (value=false).
    Only applicable to binary metrics (eval_type=binary).
    For other metric types, use significant_change_alert_status instead.
    Example: `true` or `false`
             """
    alert_type: PatchedMetricEditSerializerV2AlertType | Unset = PatchedMetricEditSerializerV2AlertType.DISABLED
    """ * `disabled` - Alerts Disabled
    * `normal` - Normal Alerts
    * `significant_change` - Significant Change Alerts """
    window_size: int | Unset = 50
    std_multiplier: float | Unset = 2.0
    ewma_alpha: float | Unset = 0.1
    significant_change_alert_status: PatchedMetricEditSerializerV2SignificantChangeAlertStatus | Unset = UNSET
    """
    Alert status: enabled or disabled.


    * `enabled` - Enabled
    * `disabled` - Disabled """
    significant_change_alert_direction: PatchedMetricEditSerializerV2SignificantChangeAlertDirection | Unset = UNSET
    """ Alert direction: increase only, decrease only, or both (empty = both).
    Example: `"increase"`, `"decrease"`, or `"both"`

    * `` - Both (Increase and Decrease)
    * `increase` - Increase Only
    * `decrease` - Decrease Only """
    add_to_new_agents: bool | None | Unset = UNSET
    """ When enabled, this metric is automatically assigned to new agents created in the project. """
    alert_filters: Any | None | Unset = UNSET
    """ Filters to apply before computing alerts (CallLogQueryFilter format) """
    slack_workspace: int | None | Unset = UNSET
    """ Slack workspace to send alerts to """
    slack_channel_id: None | str | Unset = UNSET
    """ Override channel ID for this metric's alerts """
    apply_to_all_agents: bool | Unset = False
    """ For observability_dropoff: when true, copies the dropoff_nodes from configuration to every other agent in
    the project. """
    add_to_rubric: bool | Unset = False
    """ If true, this metric is added to the project's call-success rubric on save (a sensible default rule is
    chosen by `eval_type`). If false on an existing rubric metric, it's removed from the rubric. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        agents: list[int | None] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: int | None
                agents_item = agents_item_data
                agents.append(agents_item)

        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.slug, Unset):
            field_dict["slug"] = self.slug
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if agents is not UNSET:
            field_dict["agents"] = agents
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is PatchedMetricEditSerializerV2Type
                else enum_value(PatchedMetricEditSerializerV2Type, self.type_, "type", self)
            )
        if not isinstance(self.eval_type, Unset):
            field_dict["eval_type"] = (
                self.eval_type._value_
                if type(self.eval_type) is PatchedMetricEditSerializerV2EvalType
                else enum_value(PatchedMetricEditSerializerV2EvalType, self.eval_type, "eval_type", self)
            )
        if not isinstance(self.audio_enabled, Unset):
            field_dict["audio_enabled"] = self.audio_enabled
        if not isinstance(self.observability_enabled, Unset):
            field_dict["observability_enabled"] = self.observability_enabled
        if not isinstance(self.simulation_enabled, Unset):
            field_dict["simulation_enabled"] = self.simulation_enabled
        if not isinstance(self.sampling_enabled, Unset):
            field_dict["sampling_enabled"] = self.sampling_enabled
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.function_name, Unset) and _response:
            field_dict["function_name"] = self.function_name
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.display_order, Unset):
            field_dict["display_order"] = self.display_order
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = (
                self.evaluation_trigger._value_
                if type(self.evaluation_trigger) is PatchedMetricEditSerializerV2EvaluationTrigger
                else enum_value(
                    PatchedMetricEditSerializerV2EvaluationTrigger, self.evaluation_trigger, "evaluation_trigger", self
                )
            )
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is PatchedMetricEditSerializerV2TriggerType
                else enum_value(PatchedMetricEditSerializerV2TriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            field_dict["evaluation_trigger_custom_code"] = self.evaluation_trigger_custom_code
        if not isinstance(self.llm_provider, Unset):
            field_dict["llm_provider"] = (
                self.llm_provider._value_
                if type(self.llm_provider) is PatchedMetricEditSerializerV2LlmProvider
                else enum_value(PatchedMetricEditSerializerV2LlmProvider, self.llm_provider, "llm_provider", self)
            )
        if not isinstance(self.relevance_llm_provider, Unset):
            field_dict["relevance_llm_provider"] = (
                self.relevance_llm_provider._value_
                if type(self.relevance_llm_provider) is PatchedMetricEditSerializerV2RelevanceLlmProvider
                else enum_value(
                    PatchedMetricEditSerializerV2RelevanceLlmProvider,
                    self.relevance_llm_provider,
                    "relevance_llm_provider",
                    self,
                )
            )
        if not isinstance(self.vocera_defined_metric_code, Unset) and _response:
            field_dict["vocera_defined_metric_code"] = self.vocera_defined_metric_code
        if not isinstance(self.priority_assignment_prompt, Unset):
            field_dict["priority_assignment_prompt"] = self.priority_assignment_prompt
        if not isinstance(self.configuration, Unset):
            field_dict["configuration"] = self.configuration
        if not isinstance(self.scenarios, Unset):
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.overall_score, Unset) and _response:
            field_dict["overall_score"] = self.overall_score
        if not isinstance(self.total_score, Unset) and _response:
            field_dict["total_score"] = self.total_score
        if not isinstance(self.kb_file_ids, Unset):
            field_dict["kb_file_ids"] = self.kb_file_ids
        if not isinstance(self.knowledge_base_files, Unset) and _response:
            field_dict["knowledge_base_files"] = self.knowledge_base_files
        if not isinstance(self.metric_description_program, Unset):
            field_dict["metric_description_program"] = self.metric_description_program
        if not isinstance(self.metric_description_variables, Unset):
            field_dict["metric_description_variables"] = self.metric_description_variables
        if not isinstance(self.evaluation_trigger_program, Unset):
            field_dict["evaluation_trigger_program"] = self.evaluation_trigger_program
        if not isinstance(self.evaluation_trigger_variables, Unset):
            field_dict["evaluation_trigger_variables"] = self.evaluation_trigger_variables
        if not isinstance(self.alert_enabled, Unset):
            field_dict["alert_enabled"] = self.alert_enabled
        if not isinstance(self.alert_type, Unset):
            field_dict["alert_type"] = (
                self.alert_type._value_
                if type(self.alert_type) is PatchedMetricEditSerializerV2AlertType
                else enum_value(PatchedMetricEditSerializerV2AlertType, self.alert_type, "alert_type", self)
            )
        if not isinstance(self.window_size, Unset):
            field_dict["window_size"] = self.window_size
        if not isinstance(self.std_multiplier, Unset):
            field_dict["std_multiplier"] = self.std_multiplier
        if not isinstance(self.ewma_alpha, Unset):
            field_dict["ewma_alpha"] = self.ewma_alpha
        if not isinstance(self.significant_change_alert_status, Unset):
            field_dict["significant_change_alert_status"] = (
                self.significant_change_alert_status._value_
                if type(self.significant_change_alert_status)
                is PatchedMetricEditSerializerV2SignificantChangeAlertStatus
                else enum_value(
                    PatchedMetricEditSerializerV2SignificantChangeAlertStatus,
                    self.significant_change_alert_status,
                    "significant_change_alert_status",
                    self,
                )
            )
        if not isinstance(self.significant_change_alert_direction, Unset):
            field_dict["significant_change_alert_direction"] = (
                self.significant_change_alert_direction._value_
                if type(self.significant_change_alert_direction)
                is PatchedMetricEditSerializerV2SignificantChangeAlertDirection
                else enum_value(
                    PatchedMetricEditSerializerV2SignificantChangeAlertDirection,
                    self.significant_change_alert_direction,
                    "significant_change_alert_direction",
                    self,
                )
            )
        if not isinstance(self.add_to_new_agents, Unset):
            field_dict["add_to_new_agents"] = self.add_to_new_agents
        if not isinstance(self.alert_filters, Unset):
            field_dict["alert_filters"] = self.alert_filters
        if not isinstance(self.slack_workspace, Unset):
            field_dict["slack_workspace"] = self.slack_workspace
        if not isinstance(self.slack_channel_id, Unset):
            field_dict["slack_channel_id"] = self.slack_channel_id
        if not isinstance(self.apply_to_all_agents, Unset):
            field_dict["apply_to_all_agents"] = self.apply_to_all_agents
        if not isinstance(self.add_to_rubric, Unset):
            field_dict["add_to_rubric"] = self.add_to_rubric
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.slug, Unset):
            if isinstance(self.slug, str):
                files.append(("slug", (None, str(self.slug).encode(), "text/plain")))
            else:
                files.append(("slug", (None, b"", "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, b"", "text/plain")))

        if not isinstance(self.agents, Unset):
            for agents_item_element in self.agents:
                if isinstance(agents_item_element, int):
                    files.append(("agents", (None, str(agents_item_element).encode(), "text/plain")))
                else:
                    files.append(("agents", (None, b"", "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(
                (
                    "type",
                    (
                        None,
                        str(enum_value(PatchedMetricEditSerializerV2Type, self.type_, "type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.eval_type, Unset):
            files.append(
                (
                    "eval_type",
                    (
                        None,
                        str(enum_value(PatchedMetricEditSerializerV2EvalType, self.eval_type, "eval_type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.audio_enabled, Unset):
            files.append(("audio_enabled", (None, str(self.audio_enabled).encode(), "text/plain")))

        if not isinstance(self.observability_enabled, Unset):
            files.append(("observability_enabled", (None, str(self.observability_enabled).encode(), "text/plain")))

        if not isinstance(self.simulation_enabled, Unset):
            files.append(("simulation_enabled", (None, str(self.simulation_enabled).encode(), "text/plain")))

        if not isinstance(self.sampling_enabled, Unset):
            files.append(("sampling_enabled", (None, str(self.sampling_enabled).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.enum_values, Unset):
            for enum_values_item_element in self.enum_values:
                files.append(("enum_values", (None, str(enum_values_item_element).encode(), "text/plain")))

        if not isinstance(self.display_order, Unset):
            files.append(("display_order", (None, str(self.display_order).encode(), "text/plain")))

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(
                (
                    "evaluation_trigger",
                    (
                        None,
                        str(
                            enum_value(
                                PatchedMetricEditSerializerV2EvaluationTrigger,
                                self.evaluation_trigger,
                                "evaluation_trigger",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.trigger_type, Unset):
            files.append(
                (
                    "trigger_type",
                    (
                        None,
                        str(
                            enum_value(PatchedMetricEditSerializerV2TriggerType, self.trigger_type, "trigger_type")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.evaluation_trigger_prompt, Unset):
            files.append(
                ("evaluation_trigger_prompt", (None, str(self.evaluation_trigger_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            files.append(
                (
                    "evaluation_trigger_custom_code",
                    (None, str(self.evaluation_trigger_custom_code).encode(), "text/plain"),
                )
            )

        if not isinstance(self.llm_provider, Unset):
            files.append(
                (
                    "llm_provider",
                    (
                        None,
                        str(
                            enum_value(PatchedMetricEditSerializerV2LlmProvider, self.llm_provider, "llm_provider")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.relevance_llm_provider, Unset):
            files.append(
                (
                    "relevance_llm_provider",
                    (
                        None,
                        str(
                            enum_value(
                                PatchedMetricEditSerializerV2RelevanceLlmProvider,
                                self.relevance_llm_provider,
                                "relevance_llm_provider",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.priority_assignment_prompt, Unset):
            files.append(
                ("priority_assignment_prompt", (None, str(self.priority_assignment_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.configuration, Unset):
            files.append(("configuration", (None, form_text(self.configuration, "configuration"), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            files.append(("scenarios", (None, form_text(self.scenarios, "scenarios"), "text/plain")))

        if not isinstance(self.kb_file_ids, Unset):
            files.append(("kb_file_ids", (None, form_text(self.kb_file_ids, "kb_file_ids"), "text/plain")))

        if not isinstance(self.metric_description_program, Unset):
            files.append(
                (
                    "metric_description_program",
                    (None, form_text(self.metric_description_program, "metric_description_program"), "text/plain"),
                )
            )

        if not isinstance(self.metric_description_variables, Unset):
            for metric_description_variables_item_element in self.metric_description_variables:
                files.append(
                    (
                        "metric_description_variables",
                        (
                            None,
                            form_text(metric_description_variables_item_element, "metric_description_variables"),
                            "text/plain",
                        ),
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
            for evaluation_trigger_variables_item_element in self.evaluation_trigger_variables:
                files.append(
                    (
                        "evaluation_trigger_variables",
                        (
                            None,
                            form_text(evaluation_trigger_variables_item_element, "evaluation_trigger_variables"),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.alert_enabled, Unset):
            files.append(("alert_enabled", (None, str(self.alert_enabled).encode(), "text/plain")))

        if not isinstance(self.alert_type, Unset):
            files.append(
                (
                    "alert_type",
                    (
                        None,
                        str(enum_value(PatchedMetricEditSerializerV2AlertType, self.alert_type, "alert_type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.window_size, Unset):
            files.append(("window_size", (None, str(self.window_size).encode(), "text/plain")))

        if not isinstance(self.std_multiplier, Unset):
            files.append(("std_multiplier", (None, str(self.std_multiplier).encode(), "text/plain")))

        if not isinstance(self.ewma_alpha, Unset):
            files.append(("ewma_alpha", (None, str(self.ewma_alpha).encode(), "text/plain")))

        if not isinstance(self.significant_change_alert_status, Unset):
            files.append(
                (
                    "significant_change_alert_status",
                    (
                        None,
                        str(
                            enum_value(
                                PatchedMetricEditSerializerV2SignificantChangeAlertStatus,
                                self.significant_change_alert_status,
                                "significant_change_alert_status",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.significant_change_alert_direction, Unset):
            files.append(
                (
                    "significant_change_alert_direction",
                    (
                        None,
                        str(
                            enum_value(
                                PatchedMetricEditSerializerV2SignificantChangeAlertDirection,
                                self.significant_change_alert_direction,
                                "significant_change_alert_direction",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.add_to_new_agents, Unset):
            if isinstance(self.add_to_new_agents, bool):
                files.append(("add_to_new_agents", (None, str(self.add_to_new_agents).encode(), "text/plain")))
            else:
                files.append(("add_to_new_agents", (None, b"", "text/plain")))

        if not isinstance(self.alert_filters, Unset):
            if isinstance(self.alert_filters, Any):
                files.append(("alert_filters", (None, form_text(self.alert_filters, "alert_filters"), "text/plain")))
            else:
                files.append(("alert_filters", (None, b"", "text/plain")))

        if not isinstance(self.slack_workspace, Unset):
            if isinstance(self.slack_workspace, int):
                files.append(("slack_workspace", (None, str(self.slack_workspace).encode(), "text/plain")))
            else:
                files.append(("slack_workspace", (None, b"", "text/plain")))

        if not isinstance(self.slack_channel_id, Unset):
            if isinstance(self.slack_channel_id, str):
                files.append(("slack_channel_id", (None, str(self.slack_channel_id).encode(), "text/plain")))
            else:
                files.append(("slack_channel_id", (None, b"", "text/plain")))

        if not isinstance(self.apply_to_all_agents, Unset):
            files.append(("apply_to_all_agents", (None, str(self.apply_to_all_agents).encode(), "text/plain")))

        if not isinstance(self.add_to_rubric, Unset):
            files.append(("add_to_rubric", (None, str(self.add_to_rubric).encode(), "text/plain")))

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
            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "slug"
            try:
                if "slug" in src_dict:
                    slug: Any = src_dict["slug"]
                    _present += 1
                    if slug is not None:
                        if type(slug) is not str:
                            slug = checked(slug, (str, type(None)))
                else:
                    slug = UNSET
            except FIELD_ERRORS as _error:
                slug, _found = tolerated(src_dict, "slug", _error, _found, "None | str")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if project is not None:
                        if type(project) is not int:
                            project = checked(project, (int, type(None)))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int | None")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if agent is not None:
                        if type(agent) is not int:
                            agent = checked(agent, (int, type(None)))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int | None")

            _field = "agents"
            try:
                _agents = src_dict.get("agents", UNSET)
                agents: list[int | None] | Unset = UNSET
                if _agents is not UNSET:
                    agents = []
                    for agents_item_data in _agents:

                        def _parse_agents_item(data: object) -> int | None:
                            if data is None:
                                return data
                            return cast(int | None, data)

                        agents_item = _parse_agents_item(agents_item_data)

                        agents.append(agents_item)

                if not isinstance(agents, (list, Unset)):
                    expect(agents, (list, Unset))
                if agents is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                agents, _found = tolerated(src_dict, "agents", _error, _found, "list[int | None]")

            _field = "assistant_id"
            try:
                if "assistant_id" in src_dict:
                    assistant_id: Any = src_dict["assistant_id"]
                    _present += 1
                    if type(assistant_id) is not str:
                        assistant_id = checked(assistant_id, (str,))
                else:
                    assistant_id = UNSET
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "str")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

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
                        PatchedMetricEditSerializerV2Type._value2member_map_.get(type_)
                        or PatchedMetricEditSerializerV2Type(type_)
                        if type(type_) is str
                        else checked(type_, (PatchedMetricEditSerializerV2Type,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "PatchedMetricEditSerializerV2Type")

            _field = "eval_type"
            try:
                if "eval_type" in src_dict:
                    eval_type: Any = src_dict["eval_type"]
                    _present += 1
                    eval_type = (
                        PatchedMetricEditSerializerV2EvalType._value2member_map_.get(eval_type)
                        or PatchedMetricEditSerializerV2EvalType(eval_type)
                        if type(eval_type) is str
                        else checked(eval_type, (PatchedMetricEditSerializerV2EvalType,))
                    )
                else:
                    eval_type = UNSET
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(
                    src_dict, "eval_type", _error, _found, "PatchedMetricEditSerializerV2EvalType"
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

            _field = "observability_enabled"
            try:
                if "observability_enabled" in src_dict:
                    observability_enabled: Any = src_dict["observability_enabled"]
                    _present += 1
                    if type(observability_enabled) is not bool:
                        observability_enabled = checked(observability_enabled, (bool,))
                else:
                    observability_enabled = UNSET
            except FIELD_ERRORS as _error:
                observability_enabled, _found = tolerated(src_dict, "observability_enabled", _error, _found, "bool")

            _field = "simulation_enabled"
            try:
                if "simulation_enabled" in src_dict:
                    simulation_enabled: Any = src_dict["simulation_enabled"]
                    _present += 1
                    if type(simulation_enabled) is not bool:
                        simulation_enabled = checked(simulation_enabled, (bool,))
                else:
                    simulation_enabled = UNSET
            except FIELD_ERRORS as _error:
                simulation_enabled, _found = tolerated(src_dict, "simulation_enabled", _error, _found, "bool")

            _field = "sampling_enabled"
            try:
                if "sampling_enabled" in src_dict:
                    sampling_enabled: Any = src_dict["sampling_enabled"]
                    _present += 1
                    if type(sampling_enabled) is not bool:
                        sampling_enabled = checked(sampling_enabled, (bool,))
                else:
                    sampling_enabled = UNSET
            except FIELD_ERRORS as _error:
                sampling_enabled, _found = tolerated(src_dict, "sampling_enabled", _error, _found, "bool")

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

            _field = "function_name"
            try:
                if "function_name" in src_dict:
                    function_name: Any = src_dict["function_name"]
                    _present += 1
                    if function_name is not None:
                        if type(function_name) is not str:
                            function_name = checked(function_name, (str, type(None)))
                else:
                    function_name = UNSET
            except FIELD_ERRORS as _error:
                function_name, _found = tolerated(src_dict, "function_name", _error, _found, "None | str")

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

            _field = "display_order"
            try:
                if "display_order" in src_dict:
                    display_order: Any = src_dict["display_order"]
                    _present += 1
                    if type(display_order) is not int:
                        display_order = checked(display_order, (int,))
                else:
                    display_order = UNSET
            except FIELD_ERRORS as _error:
                display_order, _found = tolerated(src_dict, "display_order", _error, _found, "int")

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

            _field = "evaluation_trigger"
            try:
                if "evaluation_trigger" in src_dict:
                    evaluation_trigger: Any = src_dict["evaluation_trigger"]
                    _present += 1
                    evaluation_trigger = (
                        PatchedMetricEditSerializerV2EvaluationTrigger._value2member_map_.get(evaluation_trigger)
                        or PatchedMetricEditSerializerV2EvaluationTrigger(evaluation_trigger)
                        if type(evaluation_trigger) is str
                        else checked(evaluation_trigger, (PatchedMetricEditSerializerV2EvaluationTrigger,))
                    )
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(
                    src_dict, "evaluation_trigger", _error, _found, "PatchedMetricEditSerializerV2EvaluationTrigger"
                )

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        PatchedMetricEditSerializerV2TriggerType._value2member_map_.get(trigger_type)
                        or PatchedMetricEditSerializerV2TriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (PatchedMetricEditSerializerV2TriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(
                    src_dict, "trigger_type", _error, _found, "PatchedMetricEditSerializerV2TriggerType"
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

            _field = "llm_provider"
            try:
                if "llm_provider" in src_dict:
                    llm_provider: Any = src_dict["llm_provider"]
                    _present += 1
                    llm_provider = (
                        PatchedMetricEditSerializerV2LlmProvider._value2member_map_.get(llm_provider)
                        or PatchedMetricEditSerializerV2LlmProvider(llm_provider)
                        if type(llm_provider) is str
                        else checked(llm_provider, (PatchedMetricEditSerializerV2LlmProvider,))
                    )
                else:
                    llm_provider = UNSET
            except FIELD_ERRORS as _error:
                llm_provider, _found = tolerated(
                    src_dict, "llm_provider", _error, _found, "PatchedMetricEditSerializerV2LlmProvider"
                )

            _field = "relevance_llm_provider"
            try:
                if "relevance_llm_provider" in src_dict:
                    relevance_llm_provider: Any = src_dict["relevance_llm_provider"]
                    _present += 1
                    relevance_llm_provider = (
                        PatchedMetricEditSerializerV2RelevanceLlmProvider._value2member_map_.get(relevance_llm_provider)
                        or PatchedMetricEditSerializerV2RelevanceLlmProvider(relevance_llm_provider)
                        if type(relevance_llm_provider) is str
                        else checked(relevance_llm_provider, (PatchedMetricEditSerializerV2RelevanceLlmProvider,))
                    )
                else:
                    relevance_llm_provider = UNSET
            except FIELD_ERRORS as _error:
                relevance_llm_provider, _found = tolerated(
                    src_dict,
                    "relevance_llm_provider",
                    _error,
                    _found,
                    "PatchedMetricEditSerializerV2RelevanceLlmProvider",
                )

            _field = "vocera_defined_metric_code"
            try:
                if "vocera_defined_metric_code" in src_dict:
                    vocera_defined_metric_code: Any = src_dict["vocera_defined_metric_code"]
                    _present += 1
                    if type(vocera_defined_metric_code) is not str:
                        vocera_defined_metric_code = checked(vocera_defined_metric_code, (str,))
                else:
                    vocera_defined_metric_code = UNSET
            except FIELD_ERRORS as _error:
                vocera_defined_metric_code, _found = tolerated(
                    src_dict, "vocera_defined_metric_code", _error, _found, "str"
                )

            _field = "priority_assignment_prompt"
            try:
                if "priority_assignment_prompt" in src_dict:
                    priority_assignment_prompt: Any = src_dict["priority_assignment_prompt"]
                    _present += 1
                    if type(priority_assignment_prompt) is not str:
                        priority_assignment_prompt = checked(priority_assignment_prompt, (str,))
                else:
                    priority_assignment_prompt = UNSET
            except FIELD_ERRORS as _error:
                priority_assignment_prompt, _found = tolerated(
                    src_dict, "priority_assignment_prompt", _error, _found, "str"
                )

            _field = "configuration"
            try:
                if "configuration" in src_dict:
                    configuration: Any = src_dict["configuration"]
                    _present += 1

                else:
                    configuration = UNSET
            except FIELD_ERRORS as _error:
                configuration, _found = tolerated(src_dict, "configuration", _error, _found, "Any")

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1

                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(src_dict, "scenarios", _error, _found, "Any")

            _field = "overall_score"
            try:
                if "overall_score" in src_dict:
                    overall_score: Any = src_dict["overall_score"]
                    _present += 1
                    if type(overall_score) is not str:
                        overall_score = checked(overall_score, (str,))
                else:
                    overall_score = UNSET
            except FIELD_ERRORS as _error:
                overall_score, _found = tolerated(src_dict, "overall_score", _error, _found, "str")

            _field = "total_score"
            try:
                if "total_score" in src_dict:
                    total_score: Any = src_dict["total_score"]
                    _present += 1
                    if type(total_score) is not str:
                        total_score = checked(total_score, (str,))
                else:
                    total_score = UNSET
            except FIELD_ERRORS as _error:
                total_score, _found = tolerated(src_dict, "total_score", _error, _found, "str")

            _field = "kb_file_ids"
            try:
                if "kb_file_ids" in src_dict:
                    kb_file_ids: Any = src_dict["kb_file_ids"]
                    _present += 1

                else:
                    kb_file_ids = UNSET
            except FIELD_ERRORS as _error:
                kb_file_ids, _found = tolerated(src_dict, "kb_file_ids", _error, _found, "Any")

            _field = "knowledge_base_files"
            try:
                if "knowledge_base_files" in src_dict:
                    knowledge_base_files: Any = src_dict["knowledge_base_files"]
                    _present += 1
                    if type(knowledge_base_files) is not str:
                        knowledge_base_files = checked(knowledge_base_files, (str,))
                else:
                    knowledge_base_files = UNSET
            except FIELD_ERRORS as _error:
                knowledge_base_files, _found = tolerated(src_dict, "knowledge_base_files", _error, _found, "str")

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

            _field = "alert_enabled"
            try:
                if "alert_enabled" in src_dict:
                    alert_enabled: Any = src_dict["alert_enabled"]
                    _present += 1
                    if type(alert_enabled) is not bool:
                        alert_enabled = checked(alert_enabled, (bool,))
                else:
                    alert_enabled = UNSET
            except FIELD_ERRORS as _error:
                alert_enabled, _found = tolerated(src_dict, "alert_enabled", _error, _found, "bool")

            _field = "alert_type"
            try:
                if "alert_type" in src_dict:
                    alert_type: Any = src_dict["alert_type"]
                    _present += 1
                    alert_type = (
                        PatchedMetricEditSerializerV2AlertType._value2member_map_.get(alert_type)
                        or PatchedMetricEditSerializerV2AlertType(alert_type)
                        if type(alert_type) is str
                        else checked(alert_type, (PatchedMetricEditSerializerV2AlertType,))
                    )
                else:
                    alert_type = UNSET
            except FIELD_ERRORS as _error:
                alert_type, _found = tolerated(
                    src_dict, "alert_type", _error, _found, "PatchedMetricEditSerializerV2AlertType"
                )

            _field = "window_size"
            try:
                if "window_size" in src_dict:
                    window_size: Any = src_dict["window_size"]
                    _present += 1
                    if type(window_size) is not int:
                        window_size = checked(window_size, (int,))
                else:
                    window_size = UNSET
            except FIELD_ERRORS as _error:
                window_size, _found = tolerated(src_dict, "window_size", _error, _found, "int")

            _field = "std_multiplier"
            try:
                if "std_multiplier" in src_dict:
                    std_multiplier: Any = src_dict["std_multiplier"]
                    _present += 1
                    if type(std_multiplier) is not float:
                        std_multiplier = checked(std_multiplier, (float, int))
                else:
                    std_multiplier = UNSET
            except FIELD_ERRORS as _error:
                std_multiplier, _found = tolerated(src_dict, "std_multiplier", _error, _found, "float")

            _field = "ewma_alpha"
            try:
                if "ewma_alpha" in src_dict:
                    ewma_alpha: Any = src_dict["ewma_alpha"]
                    _present += 1
                    if type(ewma_alpha) is not float:
                        ewma_alpha = checked(ewma_alpha, (float, int))
                else:
                    ewma_alpha = UNSET
            except FIELD_ERRORS as _error:
                ewma_alpha, _found = tolerated(src_dict, "ewma_alpha", _error, _found, "float")

            _field = "significant_change_alert_status"
            try:
                if "significant_change_alert_status" in src_dict:
                    significant_change_alert_status: Any = src_dict["significant_change_alert_status"]
                    _present += 1
                    significant_change_alert_status = (
                        PatchedMetricEditSerializerV2SignificantChangeAlertStatus._value2member_map_.get(
                            significant_change_alert_status
                        )
                        or PatchedMetricEditSerializerV2SignificantChangeAlertStatus(significant_change_alert_status)
                        if type(significant_change_alert_status) is str
                        else checked(
                            significant_change_alert_status,
                            (PatchedMetricEditSerializerV2SignificantChangeAlertStatus,),
                        )
                    )
                else:
                    significant_change_alert_status = UNSET
            except FIELD_ERRORS as _error:
                significant_change_alert_status, _found = tolerated(
                    src_dict,
                    "significant_change_alert_status",
                    _error,
                    _found,
                    "PatchedMetricEditSerializerV2SignificantChangeAlertStatus",
                )

            _field = "significant_change_alert_direction"
            try:
                if "significant_change_alert_direction" in src_dict:
                    significant_change_alert_direction: Any = src_dict["significant_change_alert_direction"]
                    _present += 1
                    significant_change_alert_direction = (
                        PatchedMetricEditSerializerV2SignificantChangeAlertDirection._value2member_map_.get(
                            significant_change_alert_direction
                        )
                        or PatchedMetricEditSerializerV2SignificantChangeAlertDirection(
                            significant_change_alert_direction
                        )
                        if type(significant_change_alert_direction) is str
                        else checked(
                            significant_change_alert_direction,
                            (PatchedMetricEditSerializerV2SignificantChangeAlertDirection,),
                        )
                    )
                else:
                    significant_change_alert_direction = UNSET
            except FIELD_ERRORS as _error:
                significant_change_alert_direction, _found = tolerated(
                    src_dict,
                    "significant_change_alert_direction",
                    _error,
                    _found,
                    "PatchedMetricEditSerializerV2SignificantChangeAlertDirection",
                )

            _field = "add_to_new_agents"
            try:
                if "add_to_new_agents" in src_dict:
                    add_to_new_agents: Any = src_dict["add_to_new_agents"]
                    _present += 1
                    if add_to_new_agents is not None:
                        if type(add_to_new_agents) is not bool:
                            add_to_new_agents = checked(add_to_new_agents, (bool, type(None)))
                else:
                    add_to_new_agents = UNSET
            except FIELD_ERRORS as _error:
                add_to_new_agents, _found = tolerated(src_dict, "add_to_new_agents", _error, _found, "bool | None")

            _field = "alert_filters"
            try:
                if "alert_filters" in src_dict:
                    alert_filters: Any = src_dict["alert_filters"]
                    _present += 1

                else:
                    alert_filters = UNSET
            except FIELD_ERRORS as _error:
                alert_filters, _found = tolerated(src_dict, "alert_filters", _error, _found, "Any | None")

            _field = "slack_workspace"
            try:
                if "slack_workspace" in src_dict:
                    slack_workspace: Any = src_dict["slack_workspace"]
                    _present += 1
                    if slack_workspace is not None:
                        if type(slack_workspace) is not int:
                            slack_workspace = checked(slack_workspace, (int, type(None)))
                else:
                    slack_workspace = UNSET
            except FIELD_ERRORS as _error:
                slack_workspace, _found = tolerated(src_dict, "slack_workspace", _error, _found, "int | None")

            _field = "slack_channel_id"
            try:
                if "slack_channel_id" in src_dict:
                    slack_channel_id: Any = src_dict["slack_channel_id"]
                    _present += 1
                    if slack_channel_id is not None:
                        if type(slack_channel_id) is not str:
                            slack_channel_id = checked(slack_channel_id, (str, type(None)))
                else:
                    slack_channel_id = UNSET
            except FIELD_ERRORS as _error:
                slack_channel_id, _found = tolerated(src_dict, "slack_channel_id", _error, _found, "None | str")

            _field = "apply_to_all_agents"
            try:
                if "apply_to_all_agents" in src_dict:
                    apply_to_all_agents: Any = src_dict["apply_to_all_agents"]
                    _present += 1
                    if type(apply_to_all_agents) is not bool:
                        apply_to_all_agents = checked(apply_to_all_agents, (bool,))
                else:
                    apply_to_all_agents = UNSET
            except FIELD_ERRORS as _error:
                apply_to_all_agents, _found = tolerated(src_dict, "apply_to_all_agents", _error, _found, "bool")

            _field = "add_to_rubric"
            try:
                if "add_to_rubric" in src_dict:
                    add_to_rubric: Any = src_dict["add_to_rubric"]
                    _present += 1
                    if type(add_to_rubric) is not bool:
                        add_to_rubric = checked(add_to_rubric, (bool,))
                else:
                    add_to_rubric = UNSET
            except FIELD_ERRORS as _error:
                add_to_rubric, _found = tolerated(src_dict, "add_to_rubric", _error, _found, "bool")

            _instance = cls(
                id=id,
                slug=slug,
                project=project,
                agent=agent,
                agents=agents,
                assistant_id=assistant_id,
                name=name,
                description=description,
                type_=type_,
                eval_type=eval_type,
                audio_enabled=audio_enabled,
                observability_enabled=observability_enabled,
                simulation_enabled=simulation_enabled,
                sampling_enabled=sampling_enabled,
                prompt=prompt,
                function_name=function_name,
                enum_values=enum_values,
                display_order=display_order,
                custom_code=custom_code,
                evaluation_trigger=evaluation_trigger,
                trigger_type=trigger_type,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                evaluation_trigger_custom_code=evaluation_trigger_custom_code,
                llm_provider=llm_provider,
                relevance_llm_provider=relevance_llm_provider,
                vocera_defined_metric_code=vocera_defined_metric_code,
                priority_assignment_prompt=priority_assignment_prompt,
                configuration=configuration,
                scenarios=scenarios,
                overall_score=overall_score,
                total_score=total_score,
                kb_file_ids=kb_file_ids,
                knowledge_base_files=knowledge_base_files,
                metric_description_program=metric_description_program,
                metric_description_variables=metric_description_variables,
                evaluation_trigger_program=evaluation_trigger_program,
                evaluation_trigger_variables=evaluation_trigger_variables,
                alert_enabled=alert_enabled,
                alert_type=alert_type,
                window_size=window_size,
                std_multiplier=std_multiplier,
                ewma_alpha=ewma_alpha,
                significant_change_alert_status=significant_change_alert_status,
                significant_change_alert_direction=significant_change_alert_direction,
                add_to_new_agents=add_to_new_agents,
                alert_filters=alert_filters,
                slack_workspace=slack_workspace,
                slack_channel_id=slack_channel_id,
                apply_to_all_agents=apply_to_all_agents,
                add_to_rubric=add_to_rubric,
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
