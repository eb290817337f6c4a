from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_history_alert_type import MetricHistoryAlertType
from ..models.metric_history_eval_type import MetricHistoryEvalType
from ..models.metric_history_evaluation_trigger import MetricHistoryEvaluationTrigger
from ..models.metric_history_history_type import MetricHistoryHistoryType
from ..models.metric_history_llm_provider import MetricHistoryLlmProvider
from ..models.metric_history_relevance_llm_provider import MetricHistoryRelevanceLlmProvider
from ..models.metric_history_significant_change_alert_direction import MetricHistorySignificantChangeAlertDirection
from ..models.metric_history_significant_change_alert_status import MetricHistorySignificantChangeAlertStatus
from ..models.metric_history_trigger_type import MetricHistoryTriggerType
from ..models.metric_history_type import MetricHistoryType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


T = TypeVar("T", bound="MetricHistory")


@_attrs_define
class MetricHistory:
    history_date: datetime.datetime
    history_type: MetricHistoryHistoryType
    """ * `+` - Created
    * `~` - Changed
    * `-` - Deleted """
    name: str
    """
    Name of the metric.
    Example: `"Customer Satisfaction"` or `"Appointment Booking"`
             """
    alert_type: MetricHistoryAlertType
    """
    Alert type: disabled, normal alerts, or significant change alerts.


    * `disabled` - Alerts Disabled
    * `normal` - Normal Alerts
    * `significant_change` - Significant Change Alerts """
    window_size: int
    """
    Window size for rolling statistics calculation.
    Example: `50`
     """
    std_multiplier: float
    """
    Standard deviation multiplier for threshold calculation.
    Example: `2.0`
     """
    ewma_alpha: float
    """
    Alpha value for exponentially weighted moving average (EWMA) calculation.
    Example: `0.1`
     """
    history_id: int | Unset = UNSET
    history_change_reason: None | str | Unset = UNSET
    history_user: None | Unset | UserInline = UNSET
    version_id: None | str | Unset = UNSET
    version_name: None | str | Unset = UNSET
    agents_snapshot: Any | None | Unset = UNSET
    id: int | Unset = UNSET
    slug: None | str | Unset = UNSET
    """ URL-friendly unique identifier in snake_case format. Example: "customer_satisfaction_1562" """
    project: int | None | Unset = UNSET
    agent: int | None | Unset = UNSET
    description: str | Unset = UNSET
    """
    Description of what the metric measures.
    Example: `"Measures how satisfied customers are with the service provided"`
             """
    function_name: None | str | Unset = UNSET
    """
    Predefined function name
    Example: `"get_latency"` or `"check_critical_deviations"`
     """
    type_: MetricHistoryType | Unset = UNSET
    """
    Type of metric


    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    eval_type: MetricHistoryEvalType | Unset = UNSET
    """
    Type of evaluation


    * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    enum_values: Any | Unset = UNSET
    """
    List of possible enum values for enum type metrics.
    Example: `["satisfied", "unsatisfied"]`
     """
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
    alert_enabled: bool | Unset = UNSET
    """
    Enable alerts for this metric when it fails (value=false).
    Only applicable to binary metrics (eval_type=binary).
    For other metric types, use significant_change_alert_status instead.
    Example: `true` or `false`
             """
    prompt: str | Unset = UNSET
    """
    Evaluation prompt for the metric.
    Example: `"Evaluate customer satisfaction based on conversation"`
     """
    display_order: int | Unset = UNSET
    """
    Display order for the metric.
    Example: `1`
     """
    evaluation_trigger: MetricHistoryEvaluationTrigger | Unset = UNSET
    """ * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    trigger_type: MetricHistoryTriggerType | Unset = UNSET
    """
    Type of trigger evaluation: LLM judge or custom code.
    Only used when evaluation_trigger is CUSTOM.
    Example: `"llm_judge"` or `"custom_code"`


    * `llm_judge` - LLM Judge
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
    significant_change_alert_status: MetricHistorySignificantChangeAlertStatus | Unset = UNSET
    """
    Alert status: enabled or disabled.


    * `enabled` - Enabled
    * `disabled` - Disabled """
    significant_change_alert_direction: MetricHistorySignificantChangeAlertDirection | Unset = UNSET
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
    vocera_defined_metric_code: str | Unset = UNSET
    """
    Vocera defined metric code for the metric.
    Example: `"7fd534f5"`
     """
    llm_provider: MetricHistoryLlmProvider | Unset = UNSET
    """ LLM provider for this metric evaluation.
    Example:
    - `"gemini"`
    - `"openai"`


    * `openai` - OpenAI
    * `gemini` - Gemini
    * `dspy-gepa-gemini-flash` - Dspy Gepa Gemini Flash
    * `deepseek-v4-flash` - DeepSeek V4 Flash """
    relevance_llm_provider: MetricHistoryRelevanceLlmProvider | Unset = UNSET
    """ LLM provider for this metric relevance.
    Example:
    - `"gemini"`
    - `"openai"`


    * `openai` - OpenAI
    * `gemini` - Gemini
    * `dspy-gepa-gemini-flash` - Dspy Gepa Gemini Flash
    * `deepseek-v4-flash` - DeepSeek V4 Flash """
    metric_description_variables: Any | Unset = UNSET
    """ Dynamic variables for this metric evaluation using DSPy GEPA.
    Example:
    ```json
    ["customer_sentiment", "response_time", "issue_resolved"]
    ```
     """
    evaluation_trigger_variables: Any | Unset = UNSET
    """ Dynamic variables for this metric relevance using DSPy GEPA.
    Example:
    ```json
    ["call_type", "customer_tier", "issue_complexity"]
    ```
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _response = not building_request()
        history_date = self.history_date.isoformat().replace("+00:00", "Z")

        history_type = self.history_type.value

        name = self.name

        alert_type = self.alert_type.value

        window_size = self.window_size

        std_multiplier = self.std_multiplier

        ewma_alpha = self.ewma_alpha

        history_id = self.history_id

        history_change_reason: None | str | Unset
        if isinstance(self.history_change_reason, Unset):
            history_change_reason = UNSET
        else:
            history_change_reason = self.history_change_reason

        history_user: dict[str, Any] | None | Unset
        if isinstance(self.history_user, Unset):
            history_user = UNSET
        elif isinstance(self.history_user, UserInline):
            history_user = self.history_user.to_dict()
        else:
            history_user = self.history_user

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        agents_snapshot: Any | None | Unset
        if isinstance(self.agents_snapshot, Unset):
            agents_snapshot = UNSET
        else:
            agents_snapshot = self.agents_snapshot

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

        description = self.description

        function_name: None | str | Unset
        if isinstance(self.function_name, Unset):
            function_name = UNSET
        else:
            function_name = self.function_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        eval_type: str | Unset = UNSET
        if not isinstance(self.eval_type, Unset):
            eval_type = self.eval_type.value

        enum_values = self.enum_values

        audio_enabled = self.audio_enabled

        observability_enabled = self.observability_enabled

        simulation_enabled = self.simulation_enabled

        sampling_enabled = self.sampling_enabled

        alert_enabled = self.alert_enabled

        prompt = self.prompt

        display_order = self.display_order

        evaluation_trigger: str | Unset = UNSET
        if not isinstance(self.evaluation_trigger, Unset):
            evaluation_trigger = self.evaluation_trigger.value

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type.value

        evaluation_trigger_prompt = self.evaluation_trigger_prompt

        evaluation_trigger_custom_code = self.evaluation_trigger_custom_code

        priority_assignment_prompt = self.priority_assignment_prompt

        configuration = self.configuration

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

        custom_code = self.custom_code

        vocera_defined_metric_code = self.vocera_defined_metric_code

        llm_provider: str | Unset = UNSET
        if not isinstance(self.llm_provider, Unset):
            llm_provider = self.llm_provider.value

        relevance_llm_provider: str | Unset = UNSET
        if not isinstance(self.relevance_llm_provider, Unset):
            relevance_llm_provider = self.relevance_llm_provider.value

        metric_description_variables = self.metric_description_variables

        evaluation_trigger_variables = self.evaluation_trigger_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_date": history_date,
                "history_type": history_type,
                "name": name,
                "alert_type": alert_type,
                "window_size": window_size,
                "std_multiplier": std_multiplier,
                "ewma_alpha": ewma_alpha,
            }
        )
        if history_id is not UNSET and _response:
            field_dict["history_id"] = history_id
        if history_change_reason is not UNSET:
            field_dict["history_change_reason"] = history_change_reason
        if history_user is not UNSET and _response:
            field_dict["history_user"] = history_user
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if agents_snapshot is not UNSET:
            field_dict["agents_snapshot"] = agents_snapshot
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if project is not UNSET:
            field_dict["project"] = project
        if agent is not UNSET:
            field_dict["agent"] = agent
        if description is not UNSET:
            field_dict["description"] = description
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if eval_type is not UNSET:
            field_dict["eval_type"] = eval_type
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if audio_enabled is not UNSET:
            field_dict["audio_enabled"] = audio_enabled
        if observability_enabled is not UNSET:
            field_dict["observability_enabled"] = observability_enabled
        if simulation_enabled is not UNSET:
            field_dict["simulation_enabled"] = simulation_enabled
        if sampling_enabled is not UNSET:
            field_dict["sampling_enabled"] = sampling_enabled
        if alert_enabled is not UNSET:
            field_dict["alert_enabled"] = alert_enabled
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if evaluation_trigger is not UNSET:
            field_dict["evaluation_trigger"] = evaluation_trigger
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if evaluation_trigger_prompt is not UNSET:
            field_dict["evaluation_trigger_prompt"] = evaluation_trigger_prompt
        if evaluation_trigger_custom_code is not UNSET:
            field_dict["evaluation_trigger_custom_code"] = evaluation_trigger_custom_code
        if priority_assignment_prompt is not UNSET:
            field_dict["priority_assignment_prompt"] = priority_assignment_prompt
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
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
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if vocera_defined_metric_code is not UNSET:
            field_dict["vocera_defined_metric_code"] = vocera_defined_metric_code
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if relevance_llm_provider is not UNSET:
            field_dict["relevance_llm_provider"] = relevance_llm_provider
        if metric_description_variables is not UNSET:
            field_dict["metric_description_variables"] = metric_description_variables
        if evaluation_trigger_variables is not UNSET:
            field_dict["evaluation_trigger_variables"] = evaluation_trigger_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "history_date"
            history_date = parse_datetime(d.pop("history_date"))

            if not isinstance(history_date, (datetime.datetime,)):
                expect(history_date, (datetime.datetime,))

            _field = "history_type"
            history_type = MetricHistoryHistoryType(d.pop("history_type"))

            if not isinstance(history_type, (MetricHistoryHistoryType,)):
                expect(history_type, (MetricHistoryHistoryType,))

            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "alert_type"
            alert_type = MetricHistoryAlertType(d.pop("alert_type"))

            if not isinstance(alert_type, (MetricHistoryAlertType,)):
                expect(alert_type, (MetricHistoryAlertType,))

            _field = "window_size"
            window_size = d.pop("window_size")
            if not isinstance(window_size, (int,)) or isinstance(window_size, bool):
                expect(window_size, (int,))

            _field = "std_multiplier"
            std_multiplier = d.pop("std_multiplier")
            if not isinstance(std_multiplier, (float, int)) or isinstance(std_multiplier, bool):
                expect(std_multiplier, (float, int))

            _field = "ewma_alpha"
            ewma_alpha = d.pop("ewma_alpha")
            if not isinstance(ewma_alpha, (float, int)) or isinstance(ewma_alpha, bool):
                expect(ewma_alpha, (float, int))

            _field = "history_id"
            history_id = d.pop("history_id", UNSET)
            if not isinstance(history_id, (int, Unset)) or isinstance(history_id, bool):
                expect(history_id, (int, Unset))

            _field = "history_change_reason"

            def _parse_history_change_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            history_change_reason = _parse_history_change_reason(d.pop("history_change_reason", UNSET))

            if not isinstance(history_change_reason, (str, type(None), Unset)):
                expect(history_change_reason, (str, type(None), Unset))

            _field = "history_user"

            def _parse_history_user(data: object) -> None | Unset | UserInline:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    history_user_type_0 = UserInline.from_dict(data)

                    return history_user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | Unset | UserInline, data)

            history_user = _parse_history_user(d.pop("history_user", UNSET))

            if not isinstance(history_user, (UserInline, type(None), Unset)):
                expect(history_user, (UserInline, type(None), Unset))

            _field = "version_id"

            def _parse_version_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_id = _parse_version_id(d.pop("version_id", UNSET))

            if not isinstance(version_id, (str, type(None), Unset)):
                expect(version_id, (str, type(None), Unset))

            _field = "version_name"

            def _parse_version_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_name = _parse_version_name(d.pop("version_name", UNSET))

            if not isinstance(version_name, (str, type(None), Unset)):
                expect(version_name, (str, type(None), Unset))

            _field = "agents_snapshot"

            def _parse_agents_snapshot(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            agents_snapshot = _parse_agents_snapshot(d.pop("agents_snapshot", UNSET))

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

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

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

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: MetricHistoryType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = MetricHistoryType(_type_)

            if not isinstance(type_, (MetricHistoryType, Unset)):
                expect(type_, (MetricHistoryType, Unset))

            _field = "eval_type"
            _eval_type = d.pop("eval_type", UNSET)
            eval_type: MetricHistoryEvalType | Unset
            if isinstance(_eval_type, Unset):
                eval_type = UNSET
            else:
                eval_type = MetricHistoryEvalType(_eval_type)

            if not isinstance(eval_type, (MetricHistoryEvalType, Unset)):
                expect(eval_type, (MetricHistoryEvalType, Unset))

            _field = "enum_values"
            enum_values = d.pop("enum_values", UNSET)

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

            _field = "alert_enabled"
            alert_enabled = d.pop("alert_enabled", UNSET)
            if not isinstance(alert_enabled, (bool, Unset)):
                expect(alert_enabled, (bool, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

            _field = "display_order"
            display_order = d.pop("display_order", UNSET)
            if not isinstance(display_order, (int, Unset)) or isinstance(display_order, bool):
                expect(display_order, (int, Unset))

            _field = "evaluation_trigger"
            _evaluation_trigger = d.pop("evaluation_trigger", UNSET)
            evaluation_trigger: MetricHistoryEvaluationTrigger | Unset
            if isinstance(_evaluation_trigger, Unset):
                evaluation_trigger = UNSET
            else:
                evaluation_trigger = MetricHistoryEvaluationTrigger(_evaluation_trigger)

            if not isinstance(evaluation_trigger, (MetricHistoryEvaluationTrigger, Unset)):
                expect(evaluation_trigger, (MetricHistoryEvaluationTrigger, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: MetricHistoryTriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = MetricHistoryTriggerType(_trigger_type)

            if not isinstance(trigger_type, (MetricHistoryTriggerType, Unset)):
                expect(trigger_type, (MetricHistoryTriggerType, Unset))

            _field = "evaluation_trigger_prompt"
            evaluation_trigger_prompt = d.pop("evaluation_trigger_prompt", UNSET)
            if not isinstance(evaluation_trigger_prompt, (str, Unset)):
                expect(evaluation_trigger_prompt, (str, Unset))

            _field = "evaluation_trigger_custom_code"
            evaluation_trigger_custom_code = d.pop("evaluation_trigger_custom_code", UNSET)
            if not isinstance(evaluation_trigger_custom_code, (str, Unset)):
                expect(evaluation_trigger_custom_code, (str, Unset))

            _field = "priority_assignment_prompt"
            priority_assignment_prompt = d.pop("priority_assignment_prompt", UNSET)
            if not isinstance(priority_assignment_prompt, (str, Unset)):
                expect(priority_assignment_prompt, (str, Unset))

            _field = "configuration"
            configuration = d.pop("configuration", UNSET)

            _field = "significant_change_alert_status"
            _significant_change_alert_status = d.pop("significant_change_alert_status", UNSET)
            significant_change_alert_status: MetricHistorySignificantChangeAlertStatus | Unset
            if isinstance(_significant_change_alert_status, Unset):
                significant_change_alert_status = UNSET
            else:
                significant_change_alert_status = MetricHistorySignificantChangeAlertStatus(
                    _significant_change_alert_status
                )

            if not isinstance(significant_change_alert_status, (MetricHistorySignificantChangeAlertStatus, Unset)):
                expect(significant_change_alert_status, (MetricHistorySignificantChangeAlertStatus, Unset))

            _field = "significant_change_alert_direction"
            _significant_change_alert_direction = d.pop("significant_change_alert_direction", UNSET)
            significant_change_alert_direction: MetricHistorySignificantChangeAlertDirection | Unset
            if isinstance(_significant_change_alert_direction, Unset):
                significant_change_alert_direction = UNSET
            else:
                significant_change_alert_direction = MetricHistorySignificantChangeAlertDirection(
                    _significant_change_alert_direction
                )

            if not isinstance(
                significant_change_alert_direction, (MetricHistorySignificantChangeAlertDirection, Unset)
            ):
                expect(significant_change_alert_direction, (MetricHistorySignificantChangeAlertDirection, Unset))

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

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "vocera_defined_metric_code"
            vocera_defined_metric_code = d.pop("vocera_defined_metric_code", UNSET)
            if not isinstance(vocera_defined_metric_code, (str, Unset)):
                expect(vocera_defined_metric_code, (str, Unset))

            _field = "llm_provider"
            _llm_provider = d.pop("llm_provider", UNSET)
            llm_provider: MetricHistoryLlmProvider | Unset
            if isinstance(_llm_provider, Unset):
                llm_provider = UNSET
            else:
                llm_provider = MetricHistoryLlmProvider(_llm_provider)

            if not isinstance(llm_provider, (MetricHistoryLlmProvider, Unset)):
                expect(llm_provider, (MetricHistoryLlmProvider, Unset))

            _field = "relevance_llm_provider"
            _relevance_llm_provider = d.pop("relevance_llm_provider", UNSET)
            relevance_llm_provider: MetricHistoryRelevanceLlmProvider | Unset
            if isinstance(_relevance_llm_provider, Unset):
                relevance_llm_provider = UNSET
            else:
                relevance_llm_provider = MetricHistoryRelevanceLlmProvider(_relevance_llm_provider)

            if not isinstance(relevance_llm_provider, (MetricHistoryRelevanceLlmProvider, Unset)):
                expect(relevance_llm_provider, (MetricHistoryRelevanceLlmProvider, Unset))

            _field = "metric_description_variables"
            metric_description_variables = d.pop("metric_description_variables", UNSET)

            _field = "evaluation_trigger_variables"
            evaluation_trigger_variables = d.pop("evaluation_trigger_variables", UNSET)

            metric_history = cls(
                history_date=history_date,
                history_type=history_type,
                name=name,
                alert_type=alert_type,
                window_size=window_size,
                std_multiplier=std_multiplier,
                ewma_alpha=ewma_alpha,
                history_id=history_id,
                history_change_reason=history_change_reason,
                history_user=history_user,
                version_id=version_id,
                version_name=version_name,
                agents_snapshot=agents_snapshot,
                id=id,
                slug=slug,
                project=project,
                agent=agent,
                description=description,
                function_name=function_name,
                type_=type_,
                eval_type=eval_type,
                enum_values=enum_values,
                audio_enabled=audio_enabled,
                observability_enabled=observability_enabled,
                simulation_enabled=simulation_enabled,
                sampling_enabled=sampling_enabled,
                alert_enabled=alert_enabled,
                prompt=prompt,
                display_order=display_order,
                evaluation_trigger=evaluation_trigger,
                trigger_type=trigger_type,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                evaluation_trigger_custom_code=evaluation_trigger_custom_code,
                priority_assignment_prompt=priority_assignment_prompt,
                configuration=configuration,
                significant_change_alert_status=significant_change_alert_status,
                significant_change_alert_direction=significant_change_alert_direction,
                add_to_new_agents=add_to_new_agents,
                alert_filters=alert_filters,
                slack_workspace=slack_workspace,
                slack_channel_id=slack_channel_id,
                custom_code=custom_code,
                vocera_defined_metric_code=vocera_defined_metric_code,
                llm_provider=llm_provider,
                relevance_llm_provider=relevance_llm_provider,
                metric_description_variables=metric_description_variables,
                evaluation_trigger_variables=evaluation_trigger_variables,
            )

            metric_history.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_history

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
