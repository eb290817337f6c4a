from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_list_alert_type import MetricListAlertType
from ..models.metric_list_eval_type import MetricListEvalType
from ..models.metric_list_evaluation_trigger import MetricListEvaluationTrigger
from ..models.metric_list_significant_change_alert_direction import MetricListSignificantChangeAlertDirection
from ..models.metric_list_significant_change_alert_status import MetricListSignificantChangeAlertStatus
from ..models.metric_list_trigger_type import MetricListTriggerType
from ..models.metric_list_type import MetricListType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_file import KnowledgeBaseFile


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "eval_type",
        "id",
        "slug",
        "project",
        "agents",
        "agent_names",
        "description",
        "function_name",
        "type",
        "enum_values",
        "audio_enabled",
        "observability_enabled",
        "simulation_enabled",
        "sampling_enabled",
        "prompt",
        "display_order",
        "evaluation_trigger",
        "trigger_type",
        "evaluation_trigger_prompt",
        "evaluation_trigger_custom_code",
        "priority_assignment_prompt",
        "vocera_defined_metric_code",
        "configuration",
        "kb_file_ids",
        "knowledge_base_files",
        "scenarios",
        "custom_code",
        "metric_cost",
        "alert_type",
        "significant_change_alert_status",
        "significant_change_alert_direction",
        "window_size",
        "std_multiplier",
        "ewma_alpha",
        "add_to_new_agents",
        "alert_filters",
        "slack_workspace",
        "slack_channel_id",
        "uses_llm_judge",
    }
)

T = TypeVar("T", bound="MetricList")


@_attrs_define
class MetricList:
    name: str
    """
    Name of the metric.
    Example: `"Customer Satisfaction"` or `"Appointment Booking"`
             """
    eval_type: MetricListEvalType
    """ * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    id: int | Unset = UNSET
    slug: None | str | Unset = UNSET
    """ URL-friendly unique identifier in snake_case format. Example: "customer_satisfaction_1562" """
    project: int | None | Unset = UNSET
    agents: list[int | None] | Unset = UNSET
    agent_names: str | Unset = UNSET
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
    type_: MetricListType | Unset = UNSET
    """
    Type of metric


    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
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
    evaluation_trigger: MetricListEvaluationTrigger | Unset = UNSET
    """ * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    trigger_type: MetricListTriggerType | Unset = UNSET
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
    priority_assignment_prompt: str | Unset = UNSET
    """
    Priority assignment prompt for the metric.
     """
    vocera_defined_metric_code: str | Unset = UNSET
    """
    Vocera defined metric code for the metric.
    Example: `"7fd534f5"`
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
    kb_file_ids: list[int] | Unset = UNSET
    """
    List of knowledge base file IDs for the metric.
    Example: `[123, 456]`
     """
    knowledge_base_files: list[KnowledgeBaseFile] | Unset = UNSET
    scenarios: Any | Unset = UNSET
    """ Either "all" or a list of scenario IDs to attach to this metric """
    custom_code: str | Unset = UNSET
    metric_cost: float | Unset = UNSET
    """
    Metric Cost
    Example: `0.10`
     """
    alert_type: MetricListAlertType | Unset = MetricListAlertType.DISABLED
    """ * `disabled` - Alerts Disabled
    * `normal` - Normal Alerts
    * `significant_change` - Significant Change Alerts """
    significant_change_alert_status: MetricListSignificantChangeAlertStatus | Unset = UNSET
    """
    Alert status: enabled or disabled.


    * `enabled` - Enabled
    * `disabled` - Disabled """
    significant_change_alert_direction: MetricListSignificantChangeAlertDirection | Unset = UNSET
    """ Alert direction: increase only, decrease only, or both (empty = both).
    Example: `"increase"`, `"decrease"`, or `"both"`

    * `` - Both (Increase and Decrease)
    * `increase` - Increase Only
    * `decrease` - Decrease Only """
    window_size: int | Unset = UNSET
    """
    Window size for rolling statistics calculation.
    Example: `50`
     """
    std_multiplier: float | Unset = UNSET
    """
    Standard deviation multiplier for threshold calculation.
    Example: `2.0`
     """
    ewma_alpha: float | Unset = UNSET
    """
    Alpha value for exponentially weighted moving average (EWMA) calculation.
    Example: `0.1`
     """
    add_to_new_agents: bool | None | Unset = UNSET
    """ When enabled, this metric is automatically assigned to new agents created in the project. """
    alert_filters: Any | None | Unset = UNSET
    """ Filters to apply before computing alerts (CallLogQueryFilter format) """
    slack_workspace: int | None | Unset = UNSET
    """ Slack workspace to send alerts to """
    slack_channel_id: None | str | Unset = UNSET
    """ Override channel ID for this metric's alerts """
    uses_llm_judge: str | Unset = UNSET
    """
    Whether this metric produces an LLM-judge narrative: a `custom_code` metric whose
    code delegates to the LLM judge internally. Computed server-side because the
    `custom_code` body is write-only and not exposed on read.
    Example: `true`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        agents: list[int | None] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: int | None
                agents_item = agents_item_data
                agents.append(agents_item)

        field_dict: dict[str, Any] = {
            "name": self.name,
            "eval_type": self.eval_type._value_
            if type(self.eval_type) is MetricListEvalType
            else enum_value(MetricListEvalType, self.eval_type, "eval_type", self),
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.slug, Unset):
            field_dict["slug"] = self.slug
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if agents is not UNSET:
            field_dict["agents"] = agents
        if not isinstance(self.agent_names, Unset) and _response:
            field_dict["agent_names"] = self.agent_names
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.function_name, Unset):
            field_dict["function_name"] = self.function_name
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is MetricListType
                else enum_value(MetricListType, self.type_, "type", self)
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
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.display_order, Unset):
            field_dict["display_order"] = self.display_order
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = (
                self.evaluation_trigger._value_
                if type(self.evaluation_trigger) is MetricListEvaluationTrigger
                else enum_value(MetricListEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger", self)
            )
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is MetricListTriggerType
                else enum_value(MetricListTriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            field_dict["evaluation_trigger_custom_code"] = self.evaluation_trigger_custom_code
        if not isinstance(self.priority_assignment_prompt, Unset):
            field_dict["priority_assignment_prompt"] = self.priority_assignment_prompt
        if not isinstance(self.vocera_defined_metric_code, Unset):
            field_dict["vocera_defined_metric_code"] = self.vocera_defined_metric_code
        if not isinstance(self.configuration, Unset):
            field_dict["configuration"] = self.configuration
        if not isinstance(self.kb_file_ids, Unset):
            field_dict["kb_file_ids"] = self.kb_file_ids
        if not isinstance(self.knowledge_base_files, Unset) and _response:
            field_dict["knowledge_base_files"] = (
                [
                    element.to_dict()
                    if type(element) is KnowledgeBaseFile
                    else written(element, "knowledge_base_files", self)
                    for element in self.knowledge_base_files
                ]
                if type(self.knowledge_base_files) is list
                else written(self.knowledge_base_files, "knowledge_base_files", self)
            )
        if not isinstance(self.scenarios, Unset):
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.metric_cost, Unset) and _response:
            field_dict["metric_cost"] = self.metric_cost
        if not isinstance(self.alert_type, Unset):
            field_dict["alert_type"] = (
                self.alert_type._value_
                if type(self.alert_type) is MetricListAlertType
                else enum_value(MetricListAlertType, self.alert_type, "alert_type", self)
            )
        if not isinstance(self.significant_change_alert_status, Unset):
            field_dict["significant_change_alert_status"] = (
                self.significant_change_alert_status._value_
                if type(self.significant_change_alert_status) is MetricListSignificantChangeAlertStatus
                else enum_value(
                    MetricListSignificantChangeAlertStatus,
                    self.significant_change_alert_status,
                    "significant_change_alert_status",
                    self,
                )
            )
        if not isinstance(self.significant_change_alert_direction, Unset):
            field_dict["significant_change_alert_direction"] = (
                self.significant_change_alert_direction._value_
                if type(self.significant_change_alert_direction) is MetricListSignificantChangeAlertDirection
                else enum_value(
                    MetricListSignificantChangeAlertDirection,
                    self.significant_change_alert_direction,
                    "significant_change_alert_direction",
                    self,
                )
            )
        if not isinstance(self.window_size, Unset) and _response:
            field_dict["window_size"] = self.window_size
        if not isinstance(self.std_multiplier, Unset) and _response:
            field_dict["std_multiplier"] = self.std_multiplier
        if not isinstance(self.ewma_alpha, Unset) and _response:
            field_dict["ewma_alpha"] = self.ewma_alpha
        if not isinstance(self.add_to_new_agents, Unset):
            field_dict["add_to_new_agents"] = self.add_to_new_agents
        if not isinstance(self.alert_filters, Unset):
            field_dict["alert_filters"] = self.alert_filters
        if not isinstance(self.slack_workspace, Unset):
            field_dict["slack_workspace"] = self.slack_workspace
        if not isinstance(self.slack_channel_id, Unset):
            field_dict["slack_channel_id"] = self.slack_channel_id
        if not isinstance(self.uses_llm_judge, Unset) and _response:
            field_dict["uses_llm_judge"] = self.uses_llm_judge
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
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "eval_type"
            try:
                eval_type: Any = src_dict["eval_type"]
                eval_type = (
                    MetricListEvalType._value2member_map_.get(eval_type) or MetricListEvalType(eval_type)
                    if type(eval_type) is str
                    else checked(eval_type, (MetricListEvalType,))
                )
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "MetricListEvalType")

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

            _field = "agent_names"
            try:
                if "agent_names" in src_dict:
                    agent_names: Any = src_dict["agent_names"]
                    _present += 1
                    if type(agent_names) is not str:
                        agent_names = checked(agent_names, (str,))
                else:
                    agent_names = UNSET
            except FIELD_ERRORS as _error:
                agent_names, _found = tolerated(src_dict, "agent_names", _error, _found, "str")

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
                        MetricListType._value2member_map_.get(type_) or MetricListType(type_)
                        if type(type_) is str
                        else checked(type_, (MetricListType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "MetricListType")

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
                        MetricListEvaluationTrigger._value2member_map_.get(evaluation_trigger)
                        or MetricListEvaluationTrigger(evaluation_trigger)
                        if type(evaluation_trigger) is str
                        else checked(evaluation_trigger, (MetricListEvaluationTrigger,))
                    )
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(
                    src_dict, "evaluation_trigger", _error, _found, "MetricListEvaluationTrigger"
                )

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        MetricListTriggerType._value2member_map_.get(trigger_type)
                        or MetricListTriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (MetricListTriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(src_dict, "trigger_type", _error, _found, "MetricListTriggerType")

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

            _field = "configuration"
            try:
                if "configuration" in src_dict:
                    configuration: Any = src_dict["configuration"]
                    _present += 1

                else:
                    configuration = UNSET
            except FIELD_ERRORS as _error:
                configuration, _found = tolerated(src_dict, "configuration", _error, _found, "Any")

            _field = "kb_file_ids"
            try:
                if "kb_file_ids" in src_dict:
                    kb_file_ids: Any = src_dict["kb_file_ids"]
                    _present += 1
                    if type(kb_file_ids) is not list:
                        kb_file_ids = checked(kb_file_ids, (list,))
                    for _item in kb_file_ids:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    kb_file_ids = UNSET
            except FIELD_ERRORS as _error:
                kb_file_ids, _found = tolerated(
                    src_dict, "kb_file_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "knowledge_base_files"
            try:
                if "knowledge_base_files" in src_dict:
                    knowledge_base_files: Any = src_dict["knowledge_base_files"]
                    _present += 1
                    if type(knowledge_base_files) is not list:
                        knowledge_base_files = checked(knowledge_base_files, (list,))
                    knowledge_base_files = [KnowledgeBaseFile.from_dict(element) for element in knowledge_base_files]

                else:
                    knowledge_base_files = UNSET
            except FIELD_ERRORS as _error:
                knowledge_base_files, _found = tolerated(
                    src_dict,
                    "knowledge_base_files",
                    _error,
                    _found,
                    "list[KnowledgeBaseFile]",
                    lambda element: KnowledgeBaseFile.from_dict(element),
                )

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1

                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(src_dict, "scenarios", _error, _found, "Any")

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

            _field = "metric_cost"
            try:
                if "metric_cost" in src_dict:
                    metric_cost: Any = src_dict["metric_cost"]
                    _present += 1
                    if type(metric_cost) is not float:
                        metric_cost = checked(metric_cost, (float, int))
                else:
                    metric_cost = UNSET
            except FIELD_ERRORS as _error:
                metric_cost, _found = tolerated(src_dict, "metric_cost", _error, _found, "float")

            _field = "alert_type"
            try:
                if "alert_type" in src_dict:
                    alert_type: Any = src_dict["alert_type"]
                    _present += 1
                    alert_type = (
                        MetricListAlertType._value2member_map_.get(alert_type) or MetricListAlertType(alert_type)
                        if type(alert_type) is str
                        else checked(alert_type, (MetricListAlertType,))
                    )
                else:
                    alert_type = UNSET
            except FIELD_ERRORS as _error:
                alert_type, _found = tolerated(src_dict, "alert_type", _error, _found, "MetricListAlertType")

            _field = "significant_change_alert_status"
            try:
                if "significant_change_alert_status" in src_dict:
                    significant_change_alert_status: Any = src_dict["significant_change_alert_status"]
                    _present += 1
                    significant_change_alert_status = (
                        MetricListSignificantChangeAlertStatus._value2member_map_.get(significant_change_alert_status)
                        or MetricListSignificantChangeAlertStatus(significant_change_alert_status)
                        if type(significant_change_alert_status) is str
                        else checked(significant_change_alert_status, (MetricListSignificantChangeAlertStatus,))
                    )
                else:
                    significant_change_alert_status = UNSET
            except FIELD_ERRORS as _error:
                significant_change_alert_status, _found = tolerated(
                    src_dict,
                    "significant_change_alert_status",
                    _error,
                    _found,
                    "MetricListSignificantChangeAlertStatus",
                )

            _field = "significant_change_alert_direction"
            try:
                if "significant_change_alert_direction" in src_dict:
                    significant_change_alert_direction: Any = src_dict["significant_change_alert_direction"]
                    _present += 1
                    significant_change_alert_direction = (
                        MetricListSignificantChangeAlertDirection._value2member_map_.get(
                            significant_change_alert_direction
                        )
                        or MetricListSignificantChangeAlertDirection(significant_change_alert_direction)
                        if type(significant_change_alert_direction) is str
                        else checked(significant_change_alert_direction, (MetricListSignificantChangeAlertDirection,))
                    )
                else:
                    significant_change_alert_direction = UNSET
            except FIELD_ERRORS as _error:
                significant_change_alert_direction, _found = tolerated(
                    src_dict,
                    "significant_change_alert_direction",
                    _error,
                    _found,
                    "MetricListSignificantChangeAlertDirection",
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

            _field = "uses_llm_judge"
            try:
                if "uses_llm_judge" in src_dict:
                    uses_llm_judge: Any = src_dict["uses_llm_judge"]
                    _present += 1
                    if type(uses_llm_judge) is not str:
                        uses_llm_judge = checked(uses_llm_judge, (str,))
                else:
                    uses_llm_judge = UNSET
            except FIELD_ERRORS as _error:
                uses_llm_judge, _found = tolerated(src_dict, "uses_llm_judge", _error, _found, "str")

            _instance = cls(
                name=name,
                eval_type=eval_type,
                id=id,
                slug=slug,
                project=project,
                agents=agents,
                agent_names=agent_names,
                description=description,
                function_name=function_name,
                type_=type_,
                enum_values=enum_values,
                audio_enabled=audio_enabled,
                observability_enabled=observability_enabled,
                simulation_enabled=simulation_enabled,
                sampling_enabled=sampling_enabled,
                prompt=prompt,
                display_order=display_order,
                evaluation_trigger=evaluation_trigger,
                trigger_type=trigger_type,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                evaluation_trigger_custom_code=evaluation_trigger_custom_code,
                priority_assignment_prompt=priority_assignment_prompt,
                vocera_defined_metric_code=vocera_defined_metric_code,
                configuration=configuration,
                kb_file_ids=kb_file_ids,
                knowledge_base_files=knowledge_base_files,
                scenarios=scenarios,
                custom_code=custom_code,
                metric_cost=metric_cost,
                alert_type=alert_type,
                significant_change_alert_status=significant_change_alert_status,
                significant_change_alert_direction=significant_change_alert_direction,
                window_size=window_size,
                std_multiplier=std_multiplier,
                ewma_alpha=ewma_alpha,
                add_to_new_agents=add_to_new_agents,
                alert_filters=alert_filters,
                slack_workspace=slack_workspace,
                slack_channel_id=slack_channel_id,
                uses_llm_judge=uses_llm_judge,
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
    global _imports_pending, KnowledgeBaseFile  # noqa: PLW0603
    from ..models.knowledge_base_file import KnowledgeBaseFile  # noqa: PLC0415

    _imports_pending = False
