from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.metric_edit_serializer_v2_alert_type import MetricEditSerializerV2AlertType
from ..models.metric_edit_serializer_v2_eval_type import MetricEditSerializerV2EvalType
from ..models.metric_edit_serializer_v2_evaluation_trigger import MetricEditSerializerV2EvaluationTrigger
from ..models.metric_edit_serializer_v2_llm_provider import MetricEditSerializerV2LlmProvider
from ..models.metric_edit_serializer_v2_relevance_llm_provider import MetricEditSerializerV2RelevanceLlmProvider
from ..models.metric_edit_serializer_v2_significant_change_alert_direction import (
    MetricEditSerializerV2SignificantChangeAlertDirection,
)
from ..models.metric_edit_serializer_v2_significant_change_alert_status import (
    MetricEditSerializerV2SignificantChangeAlertStatus,
)
from ..models.metric_edit_serializer_v2_trigger_type import MetricEditSerializerV2TriggerType
from ..models.metric_edit_serializer_v2_type import MetricEditSerializerV2Type
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricEditSerializerV2")


@_attrs_define
class MetricEditSerializerV2:
    name: str
    """
    Name of the metric.
    Example: `"Customer Satisfaction"` or `"Appointment Booking"`
             """
    id: int | Unset = UNSET
    slug: None | str | Unset = UNSET
    """ URL-friendly unique identifier in snake_case format """
    project: int | None | Unset = UNSET
    agent: int | None | Unset = UNSET
    agents: list[int | None] | Unset = UNSET
    assistant_id: str | Unset = UNSET
    description: str | Unset = UNSET
    """
    Description of what the metric measures.
    Example: `"Measures how satisfied customers are with the service provided"`
             """
    type_: MetricEditSerializerV2Type | Unset = UNSET
    """
    Type of metric


    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    eval_type: MetricEditSerializerV2EvalType | Unset = UNSET
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
    evaluation_trigger: MetricEditSerializerV2EvaluationTrigger | Unset = UNSET
    """ * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    trigger_type: MetricEditSerializerV2TriggerType | Unset = UNSET
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
    llm_provider: MetricEditSerializerV2LlmProvider | Unset = UNSET
    """ * `openai` - OpenAI
    * `gemini` - Gemini
    * `dspy-gepa-gemini-flash` - Dspy Gepa Gemini Flash
    * `deepseek-v4-flash` - DeepSeek V4 Flash """
    relevance_llm_provider: MetricEditSerializerV2RelevanceLlmProvider | Unset = UNSET
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
    alert_type: MetricEditSerializerV2AlertType | Unset = MetricEditSerializerV2AlertType.DISABLED
    """ * `disabled` - Alerts Disabled
    * `normal` - Normal Alerts
    * `significant_change` - Significant Change Alerts """
    window_size: int | Unset = 50
    std_multiplier: float | Unset = 2.0
    ewma_alpha: float | Unset = 0.1
    significant_change_alert_status: MetricEditSerializerV2SignificantChangeAlertStatus | Unset = UNSET
    """
    Alert status: enabled or disabled.


    * `enabled` - Enabled
    * `disabled` - Disabled """
    significant_change_alert_direction: MetricEditSerializerV2SignificantChangeAlertDirection | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        id = self.id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        agents: list[int | None] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: int | None
                agents_item = agents_item_data
                agents.append(agents_item)

        assistant_id = self.assistant_id

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        eval_type: str | Unset = UNSET
        if not isinstance(self.eval_type, Unset):
            eval_type = self.eval_type.value

        audio_enabled = self.audio_enabled

        observability_enabled = self.observability_enabled

        simulation_enabled = self.simulation_enabled

        sampling_enabled = self.sampling_enabled

        prompt = self.prompt

        function_name: None | str | Unset
        if isinstance(self.function_name, Unset):
            function_name = UNSET
        else:
            function_name = self.function_name

        enum_values: list[str] | Unset = UNSET
        if not isinstance(self.enum_values, Unset):
            enum_values = self.enum_values

        display_order = self.display_order

        custom_code = self.custom_code

        evaluation_trigger: str | Unset = UNSET
        if not isinstance(self.evaluation_trigger, Unset):
            evaluation_trigger = self.evaluation_trigger.value

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type.value

        evaluation_trigger_prompt = self.evaluation_trigger_prompt

        evaluation_trigger_custom_code = self.evaluation_trigger_custom_code

        llm_provider: str | Unset = UNSET
        if not isinstance(self.llm_provider, Unset):
            llm_provider = self.llm_provider.value

        relevance_llm_provider: str | Unset = UNSET
        if not isinstance(self.relevance_llm_provider, Unset):
            relevance_llm_provider = self.relevance_llm_provider.value

        vocera_defined_metric_code = self.vocera_defined_metric_code

        priority_assignment_prompt = self.priority_assignment_prompt

        configuration = self.configuration

        scenarios = self.scenarios

        overall_score = self.overall_score

        total_score = self.total_score

        kb_file_ids = self.kb_file_ids

        knowledge_base_files = self.knowledge_base_files

        metric_description_program = self.metric_description_program

        metric_description_variables: list[Any] | Unset = UNSET
        if not isinstance(self.metric_description_variables, Unset):
            metric_description_variables = self.metric_description_variables

        evaluation_trigger_program = self.evaluation_trigger_program

        evaluation_trigger_variables: list[Any] | Unset = UNSET
        if not isinstance(self.evaluation_trigger_variables, Unset):
            evaluation_trigger_variables = self.evaluation_trigger_variables

        alert_enabled = self.alert_enabled

        alert_type: str | Unset = UNSET
        if not isinstance(self.alert_type, Unset):
            alert_type = self.alert_type.value

        window_size = self.window_size

        std_multiplier = self.std_multiplier

        ewma_alpha = self.ewma_alpha

        significant_change_alert_status: str | Unset = UNSET
        if not isinstance(self.significant_change_alert_status, Unset):
            significant_change_alert_status = self.significant_change_alert_status.value

        significant_change_alert_direction: str | Unset = UNSET
        if not isinstance(self.significant_change_alert_direction, Unset):
            significant_change_alert_direction = self.significant_change_alert_direction.value

        add_to_new_agents: bool | None | Unset
        if isinstance(self.add_to_new_agents, Unset):
            add_to_new_agents = UNSET
        else:
            add_to_new_agents = self.add_to_new_agents

        alert_filters: Any | None | Unset
        if isinstance(self.alert_filters, Unset):
            alert_filters = UNSET
        else:
            alert_filters = self.alert_filters

        slack_workspace: int | None | Unset
        if isinstance(self.slack_workspace, Unset):
            slack_workspace = UNSET
        else:
            slack_workspace = self.slack_workspace

        slack_channel_id: None | str | Unset
        if isinstance(self.slack_channel_id, Unset):
            slack_channel_id = UNSET
        else:
            slack_channel_id = self.slack_channel_id

        apply_to_all_agents = self.apply_to_all_agents

        add_to_rubric = self.add_to_rubric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if project is not UNSET:
            field_dict["project"] = project
        if agent is not UNSET:
            field_dict["agent"] = agent
        if agents is not UNSET:
            field_dict["agents"] = agents
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if eval_type is not UNSET:
            field_dict["eval_type"] = eval_type
        if audio_enabled is not UNSET:
            field_dict["audio_enabled"] = audio_enabled
        if observability_enabled is not UNSET:
            field_dict["observability_enabled"] = observability_enabled
        if simulation_enabled is not UNSET:
            field_dict["simulation_enabled"] = simulation_enabled
        if sampling_enabled is not UNSET:
            field_dict["sampling_enabled"] = sampling_enabled
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if function_name is not UNSET and _response:
            field_dict["function_name"] = function_name
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if evaluation_trigger is not UNSET:
            field_dict["evaluation_trigger"] = evaluation_trigger
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if evaluation_trigger_prompt is not UNSET:
            field_dict["evaluation_trigger_prompt"] = evaluation_trigger_prompt
        if evaluation_trigger_custom_code is not UNSET:
            field_dict["evaluation_trigger_custom_code"] = evaluation_trigger_custom_code
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if relevance_llm_provider is not UNSET:
            field_dict["relevance_llm_provider"] = relevance_llm_provider
        if vocera_defined_metric_code is not UNSET and _response:
            field_dict["vocera_defined_metric_code"] = vocera_defined_metric_code
        if priority_assignment_prompt is not UNSET:
            field_dict["priority_assignment_prompt"] = priority_assignment_prompt
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if overall_score is not UNSET and _response:
            field_dict["overall_score"] = overall_score
        if total_score is not UNSET and _response:
            field_dict["total_score"] = total_score
        if kb_file_ids is not UNSET:
            field_dict["kb_file_ids"] = kb_file_ids
        if knowledge_base_files is not UNSET and _response:
            field_dict["knowledge_base_files"] = knowledge_base_files
        if metric_description_program is not UNSET:
            field_dict["metric_description_program"] = metric_description_program
        if metric_description_variables is not UNSET:
            field_dict["metric_description_variables"] = metric_description_variables
        if evaluation_trigger_program is not UNSET:
            field_dict["evaluation_trigger_program"] = evaluation_trigger_program
        if evaluation_trigger_variables is not UNSET:
            field_dict["evaluation_trigger_variables"] = evaluation_trigger_variables
        if alert_enabled is not UNSET:
            field_dict["alert_enabled"] = alert_enabled
        if alert_type is not UNSET:
            field_dict["alert_type"] = alert_type
        if window_size is not UNSET:
            field_dict["window_size"] = window_size
        if std_multiplier is not UNSET:
            field_dict["std_multiplier"] = std_multiplier
        if ewma_alpha is not UNSET:
            field_dict["ewma_alpha"] = ewma_alpha
        if significant_change_alert_status is not UNSET:
            field_dict["significant_change_alert_status"] = significant_change_alert_status
        if significant_change_alert_direction is not UNSET:
            field_dict["significant_change_alert_direction"] = significant_change_alert_direction
        if add_to_new_agents is not UNSET:
            field_dict["add_to_new_agents"] = add_to_new_agents
        if alert_filters is not UNSET:
            field_dict["alert_filters"] = alert_filters
        if slack_workspace is not UNSET:
            field_dict["slack_workspace"] = slack_workspace
        if slack_channel_id is not UNSET:
            field_dict["slack_channel_id"] = slack_channel_id
        if apply_to_all_agents is not UNSET:
            field_dict["apply_to_all_agents"] = apply_to_all_agents
        if add_to_rubric is not UNSET:
            field_dict["add_to_rubric"] = add_to_rubric

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            if isinstance(self.slug, str):
                files.append(("slug", (None, str(self.slug).encode(), "text/plain")))
            else:
                files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.agents, Unset):
            for agents_item_element in self.agents:
                if isinstance(agents_item_element, int):
                    files.append(("agents", (None, str(agents_item_element).encode(), "text/plain")))
                else:
                    files.append(("agents", (None, str(agents_item_element).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        if not isinstance(self.eval_type, Unset):
            files.append(("eval_type", (None, str(self.eval_type.value).encode(), "text/plain")))

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
            files.append(("evaluation_trigger", (None, str(self.evaluation_trigger.value).encode(), "text/plain")))

        if not isinstance(self.trigger_type, Unset):
            files.append(("trigger_type", (None, str(self.trigger_type.value).encode(), "text/plain")))

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
            files.append(("llm_provider", (None, str(self.llm_provider.value).encode(), "text/plain")))

        if not isinstance(self.relevance_llm_provider, Unset):
            files.append(
                ("relevance_llm_provider", (None, str(self.relevance_llm_provider.value).encode(), "text/plain"))
            )

        if not isinstance(self.priority_assignment_prompt, Unset):
            files.append(
                ("priority_assignment_prompt", (None, str(self.priority_assignment_prompt).encode(), "text/plain"))
            )

        if not isinstance(self.configuration, Unset):
            files.append(("configuration", (None, str(self.configuration).encode(), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            files.append(("scenarios", (None, str(self.scenarios).encode(), "text/plain")))

        if not isinstance(self.kb_file_ids, Unset):
            files.append(("kb_file_ids", (None, str(self.kb_file_ids).encode(), "text/plain")))

        if not isinstance(self.metric_description_program, Unset):
            files.append(
                ("metric_description_program", (None, str(self.metric_description_program).encode(), "text/plain"))
            )

        if not isinstance(self.metric_description_variables, Unset):
            for metric_description_variables_item_element in self.metric_description_variables:
                files.append(
                    (
                        "metric_description_variables",
                        (None, str(metric_description_variables_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.evaluation_trigger_program, Unset):
            files.append(
                ("evaluation_trigger_program", (None, str(self.evaluation_trigger_program).encode(), "text/plain"))
            )

        if not isinstance(self.evaluation_trigger_variables, Unset):
            for evaluation_trigger_variables_item_element in self.evaluation_trigger_variables:
                files.append(
                    (
                        "evaluation_trigger_variables",
                        (None, str(evaluation_trigger_variables_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.alert_enabled, Unset):
            files.append(("alert_enabled", (None, str(self.alert_enabled).encode(), "text/plain")))

        if not isinstance(self.alert_type, Unset):
            files.append(("alert_type", (None, str(self.alert_type.value).encode(), "text/plain")))

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
                    (None, str(self.significant_change_alert_status.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.significant_change_alert_direction, Unset):
            files.append(
                (
                    "significant_change_alert_direction",
                    (None, str(self.significant_change_alert_direction.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.add_to_new_agents, Unset):
            if isinstance(self.add_to_new_agents, bool):
                files.append(("add_to_new_agents", (None, str(self.add_to_new_agents).encode(), "text/plain")))
            else:
                files.append(("add_to_new_agents", (None, str(self.add_to_new_agents).encode(), "text/plain")))

        if not isinstance(self.alert_filters, Unset):
            if isinstance(self.alert_filters, Any):
                files.append(("alert_filters", (None, str(self.alert_filters).encode(), "text/plain")))
            else:
                files.append(("alert_filters", (None, str(self.alert_filters).encode(), "text/plain")))

        if not isinstance(self.slack_workspace, Unset):
            if isinstance(self.slack_workspace, int):
                files.append(("slack_workspace", (None, str(self.slack_workspace).encode(), "text/plain")))
            else:
                files.append(("slack_workspace", (None, str(self.slack_workspace).encode(), "text/plain")))

        if not isinstance(self.slack_channel_id, Unset):
            if isinstance(self.slack_channel_id, str):
                files.append(("slack_channel_id", (None, str(self.slack_channel_id).encode(), "text/plain")))
            else:
                files.append(("slack_channel_id", (None, str(self.slack_channel_id).encode(), "text/plain")))

        if not isinstance(self.apply_to_all_agents, Unset):
            files.append(("apply_to_all_agents", (None, str(self.apply_to_all_agents).encode(), "text/plain")))

        if not isinstance(self.add_to_rubric, Unset):
            files.append(("add_to_rubric", (None, str(self.add_to_rubric).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "slug"

            def _parse_slug(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            slug = _parse_slug(d.pop("slug", UNSET))

            if not isinstance(slug, (str, type(None), Unset)):
                expect(slug, (str, type(None), Unset))

            _field = "project"

            def _parse_project(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project = _parse_project(d.pop("project", UNSET))

            if not isinstance(project, (int, type(None), Unset)) or isinstance(project, bool):
                expect(project, (int, type(None), Unset))

            _field = "agent"

            def _parse_agent(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            agent = _parse_agent(d.pop("agent", UNSET))

            if not isinstance(agent, (int, type(None), Unset)) or isinstance(agent, bool):
                expect(agent, (int, type(None), Unset))

            _field = "agents"
            _agents = d.pop("agents", UNSET)
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

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: MetricEditSerializerV2Type | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = MetricEditSerializerV2Type(_type_)

            if not isinstance(type_, (MetricEditSerializerV2Type, Unset)):
                expect(type_, (MetricEditSerializerV2Type, Unset))

            _field = "eval_type"
            _eval_type = d.pop("eval_type", UNSET)
            eval_type: MetricEditSerializerV2EvalType | Unset
            if isinstance(_eval_type, Unset):
                eval_type = UNSET
            else:
                eval_type = MetricEditSerializerV2EvalType(_eval_type)

            if not isinstance(eval_type, (MetricEditSerializerV2EvalType, Unset)):
                expect(eval_type, (MetricEditSerializerV2EvalType, Unset))

            _field = "audio_enabled"
            audio_enabled = d.pop("audio_enabled", UNSET)
            if not isinstance(audio_enabled, (bool, Unset)):
                expect(audio_enabled, (bool, Unset))

            _field = "observability_enabled"
            observability_enabled = d.pop("observability_enabled", UNSET)
            if not isinstance(observability_enabled, (bool, Unset)):
                expect(observability_enabled, (bool, Unset))

            _field = "simulation_enabled"
            simulation_enabled = d.pop("simulation_enabled", UNSET)
            if not isinstance(simulation_enabled, (bool, Unset)):
                expect(simulation_enabled, (bool, Unset))

            _field = "sampling_enabled"
            sampling_enabled = d.pop("sampling_enabled", UNSET)
            if not isinstance(sampling_enabled, (bool, Unset)):
                expect(sampling_enabled, (bool, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

            _field = "function_name"

            def _parse_function_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            function_name = _parse_function_name(d.pop("function_name", UNSET))

            if not isinstance(function_name, (str, type(None), Unset)):
                expect(function_name, (str, type(None), Unset))

            _field = "enum_values"
            enum_values = cast(list[str], d.pop("enum_values", UNSET))

            if not isinstance(enum_values, (list, Unset)):
                expect(enum_values, (list, Unset))

            _field = "display_order"
            display_order = d.pop("display_order", UNSET)
            if not isinstance(display_order, (int, Unset)) or isinstance(display_order, bool):
                expect(display_order, (int, Unset))

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "evaluation_trigger"
            _evaluation_trigger = d.pop("evaluation_trigger", UNSET)
            evaluation_trigger: MetricEditSerializerV2EvaluationTrigger | Unset
            if isinstance(_evaluation_trigger, Unset):
                evaluation_trigger = UNSET
            else:
                evaluation_trigger = MetricEditSerializerV2EvaluationTrigger(_evaluation_trigger)

            if not isinstance(evaluation_trigger, (MetricEditSerializerV2EvaluationTrigger, Unset)):
                expect(evaluation_trigger, (MetricEditSerializerV2EvaluationTrigger, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: MetricEditSerializerV2TriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = MetricEditSerializerV2TriggerType(_trigger_type)

            if not isinstance(trigger_type, (MetricEditSerializerV2TriggerType, Unset)):
                expect(trigger_type, (MetricEditSerializerV2TriggerType, Unset))

            _field = "evaluation_trigger_prompt"
            evaluation_trigger_prompt = d.pop("evaluation_trigger_prompt", UNSET)
            if not isinstance(evaluation_trigger_prompt, (str, Unset)):
                expect(evaluation_trigger_prompt, (str, Unset))

            _field = "evaluation_trigger_custom_code"
            evaluation_trigger_custom_code = d.pop("evaluation_trigger_custom_code", UNSET)
            if not isinstance(evaluation_trigger_custom_code, (str, Unset)):
                expect(evaluation_trigger_custom_code, (str, Unset))

            _field = "llm_provider"
            _llm_provider = d.pop("llm_provider", UNSET)
            llm_provider: MetricEditSerializerV2LlmProvider | Unset
            if isinstance(_llm_provider, Unset):
                llm_provider = UNSET
            else:
                llm_provider = MetricEditSerializerV2LlmProvider(_llm_provider)

            if not isinstance(llm_provider, (MetricEditSerializerV2LlmProvider, Unset)):
                expect(llm_provider, (MetricEditSerializerV2LlmProvider, Unset))

            _field = "relevance_llm_provider"
            _relevance_llm_provider = d.pop("relevance_llm_provider", UNSET)
            relevance_llm_provider: MetricEditSerializerV2RelevanceLlmProvider | Unset
            if isinstance(_relevance_llm_provider, Unset):
                relevance_llm_provider = UNSET
            else:
                relevance_llm_provider = MetricEditSerializerV2RelevanceLlmProvider(_relevance_llm_provider)

            if not isinstance(relevance_llm_provider, (MetricEditSerializerV2RelevanceLlmProvider, Unset)):
                expect(relevance_llm_provider, (MetricEditSerializerV2RelevanceLlmProvider, Unset))

            _field = "vocera_defined_metric_code"
            vocera_defined_metric_code = d.pop("vocera_defined_metric_code", UNSET)
            if not isinstance(vocera_defined_metric_code, (str, Unset)):
                expect(vocera_defined_metric_code, (str, Unset))

            _field = "priority_assignment_prompt"
            priority_assignment_prompt = d.pop("priority_assignment_prompt", UNSET)
            if not isinstance(priority_assignment_prompt, (str, Unset)):
                expect(priority_assignment_prompt, (str, Unset))

            _field = "configuration"
            configuration = d.pop("configuration", UNSET)

            _field = "scenarios"
            scenarios = d.pop("scenarios", UNSET)

            _field = "overall_score"
            overall_score = d.pop("overall_score", UNSET)
            if not isinstance(overall_score, (str, Unset)):
                expect(overall_score, (str, Unset))

            _field = "total_score"
            total_score = d.pop("total_score", UNSET)
            if not isinstance(total_score, (str, Unset)):
                expect(total_score, (str, Unset))

            _field = "kb_file_ids"
            kb_file_ids = d.pop("kb_file_ids", UNSET)

            _field = "knowledge_base_files"
            knowledge_base_files = d.pop("knowledge_base_files", UNSET)
            if not isinstance(knowledge_base_files, (str, Unset)):
                expect(knowledge_base_files, (str, Unset))

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

            _field = "alert_enabled"
            alert_enabled = d.pop("alert_enabled", UNSET)
            if not isinstance(alert_enabled, (bool, Unset)):
                expect(alert_enabled, (bool, Unset))

            _field = "alert_type"
            _alert_type = d.pop("alert_type", UNSET)
            alert_type: MetricEditSerializerV2AlertType | Unset
            if isinstance(_alert_type, Unset):
                alert_type = UNSET
            else:
                alert_type = MetricEditSerializerV2AlertType(_alert_type)

            if not isinstance(alert_type, (MetricEditSerializerV2AlertType, Unset)):
                expect(alert_type, (MetricEditSerializerV2AlertType, Unset))

            _field = "window_size"
            window_size = d.pop("window_size", UNSET)
            if not isinstance(window_size, (int, Unset)) or isinstance(window_size, bool):
                expect(window_size, (int, Unset))

            _field = "std_multiplier"
            std_multiplier = d.pop("std_multiplier", UNSET)
            if not isinstance(std_multiplier, (float, int, Unset)) or isinstance(std_multiplier, bool):
                expect(std_multiplier, (float, int, Unset))

            _field = "ewma_alpha"
            ewma_alpha = d.pop("ewma_alpha", UNSET)
            if not isinstance(ewma_alpha, (float, int, Unset)) or isinstance(ewma_alpha, bool):
                expect(ewma_alpha, (float, int, Unset))

            _field = "significant_change_alert_status"
            _significant_change_alert_status = d.pop("significant_change_alert_status", UNSET)
            significant_change_alert_status: MetricEditSerializerV2SignificantChangeAlertStatus | Unset
            if isinstance(_significant_change_alert_status, Unset):
                significant_change_alert_status = UNSET
            else:
                significant_change_alert_status = MetricEditSerializerV2SignificantChangeAlertStatus(
                    _significant_change_alert_status
                )

            if not isinstance(
                significant_change_alert_status, (MetricEditSerializerV2SignificantChangeAlertStatus, Unset)
            ):
                expect(significant_change_alert_status, (MetricEditSerializerV2SignificantChangeAlertStatus, Unset))

            _field = "significant_change_alert_direction"
            _significant_change_alert_direction = d.pop("significant_change_alert_direction", UNSET)
            significant_change_alert_direction: MetricEditSerializerV2SignificantChangeAlertDirection | Unset
            if isinstance(_significant_change_alert_direction, Unset):
                significant_change_alert_direction = UNSET
            else:
                significant_change_alert_direction = MetricEditSerializerV2SignificantChangeAlertDirection(
                    _significant_change_alert_direction
                )

            if not isinstance(
                significant_change_alert_direction, (MetricEditSerializerV2SignificantChangeAlertDirection, Unset)
            ):
                expect(
                    significant_change_alert_direction, (MetricEditSerializerV2SignificantChangeAlertDirection, Unset)
                )

            _field = "add_to_new_agents"

            def _parse_add_to_new_agents(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            add_to_new_agents = _parse_add_to_new_agents(d.pop("add_to_new_agents", UNSET))

            if not isinstance(add_to_new_agents, (bool, type(None), Unset)):
                expect(add_to_new_agents, (bool, type(None), Unset))

            _field = "alert_filters"

            def _parse_alert_filters(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            alert_filters = _parse_alert_filters(d.pop("alert_filters", UNSET))

            _field = "slack_workspace"

            def _parse_slack_workspace(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            slack_workspace = _parse_slack_workspace(d.pop("slack_workspace", UNSET))

            if not isinstance(slack_workspace, (int, type(None), Unset)) or isinstance(slack_workspace, bool):
                expect(slack_workspace, (int, type(None), Unset))

            _field = "slack_channel_id"

            def _parse_slack_channel_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            slack_channel_id = _parse_slack_channel_id(d.pop("slack_channel_id", UNSET))

            if not isinstance(slack_channel_id, (str, type(None), Unset)):
                expect(slack_channel_id, (str, type(None), Unset))

            _field = "apply_to_all_agents"
            apply_to_all_agents = d.pop("apply_to_all_agents", UNSET)
            if not isinstance(apply_to_all_agents, (bool, Unset)):
                expect(apply_to_all_agents, (bool, Unset))

            _field = "add_to_rubric"
            add_to_rubric = d.pop("add_to_rubric", UNSET)
            if not isinstance(add_to_rubric, (bool, Unset)):
                expect(add_to_rubric, (bool, Unset))

            metric_edit_serializer_v2 = cls(
                name=name,
                id=id,
                slug=slug,
                project=project,
                agent=agent,
                agents=agents,
                assistant_id=assistant_id,
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

            metric_edit_serializer_v2.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_edit_serializer_v2

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
