from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "history_date",
        "history_type",
        "name",
        "alert_type",
        "window_size",
        "std_multiplier",
        "ewma_alpha",
        "history_id",
        "history_change_reason",
        "history_user",
        "version_id",
        "version_name",
        "agents_snapshot",
        "id",
        "slug",
        "project",
        "agent",
        "description",
        "function_name",
        "type",
        "eval_type",
        "enum_values",
        "audio_enabled",
        "observability_enabled",
        "simulation_enabled",
        "sampling_enabled",
        "alert_enabled",
        "prompt",
        "display_order",
        "evaluation_trigger",
        "trigger_type",
        "evaluation_trigger_prompt",
        "evaluation_trigger_custom_code",
        "priority_assignment_prompt",
        "configuration",
        "significant_change_alert_status",
        "significant_change_alert_direction",
        "add_to_new_agents",
        "alert_filters",
        "slack_workspace",
        "slack_channel_id",
        "custom_code",
        "vocera_defined_metric_code",
        "llm_provider",
        "relevance_llm_provider",
        "metric_description_variables",
        "evaluation_trigger_variables",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "history_date": _wire[1]
            if _wire is not None and self.history_date is _wire[0]
            else self.history_date.isoformat().replace("+00:00", "Z")
            if type(self.history_date) is datetime.datetime
            else iso_datetime(self.history_date, "history_date", self),
            "history_type": self.history_type._value_
            if type(self.history_type) is MetricHistoryHistoryType
            else enum_value(MetricHistoryHistoryType, self.history_type, "history_type", self),
            "name": self.name,
            "alert_type": self.alert_type._value_
            if type(self.alert_type) is MetricHistoryAlertType
            else enum_value(MetricHistoryAlertType, self.alert_type, "alert_type", self),
            "window_size": self.window_size,
            "std_multiplier": self.std_multiplier,
            "ewma_alpha": self.ewma_alpha,
        }
        if not isinstance(self.history_id, Unset) and _response:
            field_dict["history_id"] = self.history_id
        if not isinstance(self.history_change_reason, Unset):
            field_dict["history_change_reason"] = self.history_change_reason
        if not isinstance(self.history_user, Unset) and _response:
            field_dict["history_user"] = (
                None
                if self.history_user is None
                else self.history_user.to_dict()
                if type(self.history_user) is UserInline
                else written(self.history_user, "history_user", self)
            )
        if not isinstance(self.version_id, Unset):
            field_dict["version_id"] = self.version_id
        if not isinstance(self.version_name, Unset):
            field_dict["version_name"] = self.version_name
        if not isinstance(self.agents_snapshot, Unset):
            field_dict["agents_snapshot"] = self.agents_snapshot
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.slug, Unset):
            field_dict["slug"] = self.slug
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.function_name, Unset):
            field_dict["function_name"] = self.function_name
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is MetricHistoryType
                else enum_value(MetricHistoryType, self.type_, "type", self)
            )
        if not isinstance(self.eval_type, Unset):
            field_dict["eval_type"] = (
                self.eval_type._value_
                if type(self.eval_type) is MetricHistoryEvalType
                else enum_value(MetricHistoryEvalType, self.eval_type, "eval_type", self)
            )
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.audio_enabled, Unset):
            field_dict["audio_enabled"] = self.audio_enabled
        if not isinstance(self.observability_enabled, Unset):
            field_dict["observability_enabled"] = self.observability_enabled
        if not isinstance(self.simulation_enabled, Unset):
            field_dict["simulation_enabled"] = self.simulation_enabled
        if not isinstance(self.sampling_enabled, Unset):
            field_dict["sampling_enabled"] = self.sampling_enabled
        if not isinstance(self.alert_enabled, Unset):
            field_dict["alert_enabled"] = self.alert_enabled
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.display_order, Unset):
            field_dict["display_order"] = self.display_order
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = (
                self.evaluation_trigger._value_
                if type(self.evaluation_trigger) is MetricHistoryEvaluationTrigger
                else enum_value(MetricHistoryEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger", self)
            )
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is MetricHistoryTriggerType
                else enum_value(MetricHistoryTriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            field_dict["evaluation_trigger_custom_code"] = self.evaluation_trigger_custom_code
        if not isinstance(self.priority_assignment_prompt, Unset):
            field_dict["priority_assignment_prompt"] = self.priority_assignment_prompt
        if not isinstance(self.configuration, Unset):
            field_dict["configuration"] = self.configuration
        if not isinstance(self.significant_change_alert_status, Unset):
            field_dict["significant_change_alert_status"] = (
                self.significant_change_alert_status._value_
                if type(self.significant_change_alert_status) is MetricHistorySignificantChangeAlertStatus
                else enum_value(
                    MetricHistorySignificantChangeAlertStatus,
                    self.significant_change_alert_status,
                    "significant_change_alert_status",
                    self,
                )
            )
        if not isinstance(self.significant_change_alert_direction, Unset):
            field_dict["significant_change_alert_direction"] = (
                self.significant_change_alert_direction._value_
                if type(self.significant_change_alert_direction) is MetricHistorySignificantChangeAlertDirection
                else enum_value(
                    MetricHistorySignificantChangeAlertDirection,
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
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.vocera_defined_metric_code, Unset):
            field_dict["vocera_defined_metric_code"] = self.vocera_defined_metric_code
        if not isinstance(self.llm_provider, Unset):
            field_dict["llm_provider"] = (
                self.llm_provider._value_
                if type(self.llm_provider) is MetricHistoryLlmProvider
                else enum_value(MetricHistoryLlmProvider, self.llm_provider, "llm_provider", self)
            )
        if not isinstance(self.relevance_llm_provider, Unset):
            field_dict["relevance_llm_provider"] = (
                self.relevance_llm_provider._value_
                if type(self.relevance_llm_provider) is MetricHistoryRelevanceLlmProvider
                else enum_value(
                    MetricHistoryRelevanceLlmProvider, self.relevance_llm_provider, "relevance_llm_provider", self
                )
            )
        if not isinstance(self.metric_description_variables, Unset):
            field_dict["metric_description_variables"] = self.metric_description_variables
        if not isinstance(self.evaluation_trigger_variables, Unset):
            field_dict["evaluation_trigger_variables"] = self.evaluation_trigger_variables
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
            _present = 7
            _field = "history_date"
            try:
                history_date: Any = src_dict["history_date"]
                _history_date_text = history_date
                if type(history_date) is str:
                    try:
                        history_date = fromisoformat(history_date)
                    except ValueError:
                        history_date = parse_datetime(history_date)
                else:
                    history_date = checked(history_date, (datetime.datetime,))
                    _history_date_text = history_date.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                history_date, _found = tolerated(src_dict, "history_date", _error, _found, "datetime.datetime")
                _history_date_text = history_date

            _field = "history_type"
            try:
                history_type: Any = src_dict["history_type"]
                history_type = (
                    MetricHistoryHistoryType._value2member_map_.get(history_type)
                    or MetricHistoryHistoryType(history_type)
                    if type(history_type) is str
                    else checked(history_type, (MetricHistoryHistoryType,))
                )
            except FIELD_ERRORS as _error:
                history_type, _found = tolerated(src_dict, "history_type", _error, _found, "MetricHistoryHistoryType")

            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "alert_type"
            try:
                alert_type: Any = src_dict["alert_type"]
                alert_type = (
                    MetricHistoryAlertType._value2member_map_.get(alert_type) or MetricHistoryAlertType(alert_type)
                    if type(alert_type) is str
                    else checked(alert_type, (MetricHistoryAlertType,))
                )
            except FIELD_ERRORS as _error:
                alert_type, _found = tolerated(src_dict, "alert_type", _error, _found, "MetricHistoryAlertType")

            _field = "window_size"
            try:
                window_size: Any = src_dict["window_size"]
                if type(window_size) is not int:
                    window_size = checked(window_size, (int,))
            except FIELD_ERRORS as _error:
                window_size, _found = tolerated(src_dict, "window_size", _error, _found, "int")

            _field = "std_multiplier"
            try:
                std_multiplier: Any = src_dict["std_multiplier"]
                if type(std_multiplier) is not float:
                    std_multiplier = checked(std_multiplier, (float, int))
            except FIELD_ERRORS as _error:
                std_multiplier, _found = tolerated(src_dict, "std_multiplier", _error, _found, "float")

            _field = "ewma_alpha"
            try:
                ewma_alpha: Any = src_dict["ewma_alpha"]
                if type(ewma_alpha) is not float:
                    ewma_alpha = checked(ewma_alpha, (float, int))
            except FIELD_ERRORS as _error:
                ewma_alpha, _found = tolerated(src_dict, "ewma_alpha", _error, _found, "float")

            _field = "history_id"
            try:
                if "history_id" in src_dict:
                    history_id: Any = src_dict["history_id"]
                    _present += 1
                    if type(history_id) is not int:
                        history_id = checked(history_id, (int,))
                else:
                    history_id = UNSET
            except FIELD_ERRORS as _error:
                history_id, _found = tolerated(src_dict, "history_id", _error, _found, "int")

            _field = "history_change_reason"
            try:
                if "history_change_reason" in src_dict:
                    history_change_reason: Any = src_dict["history_change_reason"]
                    _present += 1
                    if history_change_reason is not None:
                        if type(history_change_reason) is not str:
                            history_change_reason = checked(history_change_reason, (str, type(None)))
                else:
                    history_change_reason = UNSET
            except FIELD_ERRORS as _error:
                history_change_reason, _found = tolerated(
                    src_dict, "history_change_reason", _error, _found, "None | str"
                )

            _field = "history_user"
            try:
                if "history_user" in src_dict:
                    history_user: Any = src_dict["history_user"]
                    _present += 1
                    if history_user is not None:
                        history_user = UserInline.from_dict(history_user)
                else:
                    history_user = UNSET
            except FIELD_ERRORS as _error:
                history_user, _found = tolerated(src_dict, "history_user", _error, _found, "None | UserInline")

            _field = "version_id"
            try:
                if "version_id" in src_dict:
                    version_id: Any = src_dict["version_id"]
                    _present += 1
                    if version_id is not None:
                        if type(version_id) is not str:
                            version_id = checked(version_id, (str, type(None)))
                else:
                    version_id = UNSET
            except FIELD_ERRORS as _error:
                version_id, _found = tolerated(src_dict, "version_id", _error, _found, "None | str")

            _field = "version_name"
            try:
                if "version_name" in src_dict:
                    version_name: Any = src_dict["version_name"]
                    _present += 1
                    if version_name is not None:
                        if type(version_name) is not str:
                            version_name = checked(version_name, (str, type(None)))
                else:
                    version_name = UNSET
            except FIELD_ERRORS as _error:
                version_name, _found = tolerated(src_dict, "version_name", _error, _found, "None | str")

            _field = "agents_snapshot"
            try:
                if "agents_snapshot" in src_dict:
                    agents_snapshot: Any = src_dict["agents_snapshot"]
                    _present += 1

                else:
                    agents_snapshot = UNSET
            except FIELD_ERRORS as _error:
                agents_snapshot, _found = tolerated(src_dict, "agents_snapshot", _error, _found, "Any | None")

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

            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        MetricHistoryType._value2member_map_.get(type_) or MetricHistoryType(type_)
                        if type(type_) is str
                        else checked(type_, (MetricHistoryType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "MetricHistoryType")

            _field = "eval_type"
            try:
                if "eval_type" in src_dict:
                    eval_type: Any = src_dict["eval_type"]
                    _present += 1
                    eval_type = (
                        MetricHistoryEvalType._value2member_map_.get(eval_type) or MetricHistoryEvalType(eval_type)
                        if type(eval_type) is str
                        else checked(eval_type, (MetricHistoryEvalType,))
                    )
                else:
                    eval_type = UNSET
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "MetricHistoryEvalType")

            _field = "enum_values"
            try:
                if "enum_values" in src_dict:
                    enum_values: Any = src_dict["enum_values"]
                    _present += 1

                else:
                    enum_values = UNSET
            except FIELD_ERRORS as _error:
                enum_values, _found = tolerated(src_dict, "enum_values", _error, _found, "Any")

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

            _field = "evaluation_trigger"
            try:
                if "evaluation_trigger" in src_dict:
                    evaluation_trigger: Any = src_dict["evaluation_trigger"]
                    _present += 1
                    evaluation_trigger = (
                        MetricHistoryEvaluationTrigger._value2member_map_.get(evaluation_trigger)
                        or MetricHistoryEvaluationTrigger(evaluation_trigger)
                        if type(evaluation_trigger) is str
                        else checked(evaluation_trigger, (MetricHistoryEvaluationTrigger,))
                    )
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(
                    src_dict, "evaluation_trigger", _error, _found, "MetricHistoryEvaluationTrigger"
                )

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        MetricHistoryTriggerType._value2member_map_.get(trigger_type)
                        or MetricHistoryTriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (MetricHistoryTriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(src_dict, "trigger_type", _error, _found, "MetricHistoryTriggerType")

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

            _field = "significant_change_alert_status"
            try:
                if "significant_change_alert_status" in src_dict:
                    significant_change_alert_status: Any = src_dict["significant_change_alert_status"]
                    _present += 1
                    significant_change_alert_status = (
                        MetricHistorySignificantChangeAlertStatus._value2member_map_.get(
                            significant_change_alert_status
                        )
                        or MetricHistorySignificantChangeAlertStatus(significant_change_alert_status)
                        if type(significant_change_alert_status) is str
                        else checked(significant_change_alert_status, (MetricHistorySignificantChangeAlertStatus,))
                    )
                else:
                    significant_change_alert_status = UNSET
            except FIELD_ERRORS as _error:
                significant_change_alert_status, _found = tolerated(
                    src_dict,
                    "significant_change_alert_status",
                    _error,
                    _found,
                    "MetricHistorySignificantChangeAlertStatus",
                )

            _field = "significant_change_alert_direction"
            try:
                if "significant_change_alert_direction" in src_dict:
                    significant_change_alert_direction: Any = src_dict["significant_change_alert_direction"]
                    _present += 1
                    significant_change_alert_direction = (
                        MetricHistorySignificantChangeAlertDirection._value2member_map_.get(
                            significant_change_alert_direction
                        )
                        or MetricHistorySignificantChangeAlertDirection(significant_change_alert_direction)
                        if type(significant_change_alert_direction) is str
                        else checked(
                            significant_change_alert_direction, (MetricHistorySignificantChangeAlertDirection,)
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
                    "MetricHistorySignificantChangeAlertDirection",
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

            _field = "llm_provider"
            try:
                if "llm_provider" in src_dict:
                    llm_provider: Any = src_dict["llm_provider"]
                    _present += 1
                    llm_provider = (
                        MetricHistoryLlmProvider._value2member_map_.get(llm_provider)
                        or MetricHistoryLlmProvider(llm_provider)
                        if type(llm_provider) is str
                        else checked(llm_provider, (MetricHistoryLlmProvider,))
                    )
                else:
                    llm_provider = UNSET
            except FIELD_ERRORS as _error:
                llm_provider, _found = tolerated(src_dict, "llm_provider", _error, _found, "MetricHistoryLlmProvider")

            _field = "relevance_llm_provider"
            try:
                if "relevance_llm_provider" in src_dict:
                    relevance_llm_provider: Any = src_dict["relevance_llm_provider"]
                    _present += 1
                    relevance_llm_provider = (
                        MetricHistoryRelevanceLlmProvider._value2member_map_.get(relevance_llm_provider)
                        or MetricHistoryRelevanceLlmProvider(relevance_llm_provider)
                        if type(relevance_llm_provider) is str
                        else checked(relevance_llm_provider, (MetricHistoryRelevanceLlmProvider,))
                    )
                else:
                    relevance_llm_provider = UNSET
            except FIELD_ERRORS as _error:
                relevance_llm_provider, _found = tolerated(
                    src_dict, "relevance_llm_provider", _error, _found, "MetricHistoryRelevanceLlmProvider"
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

            _instance = cls(
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
            _instance._wire_text = (
                history_date,
                _history_date_text,
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
    global _imports_pending, UserInline  # noqa: PLW0603
    from ..models.user_inline import UserInline  # noqa: PLC0415

    _imports_pending = False
