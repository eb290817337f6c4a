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
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_base_file import KnowledgeBaseFile


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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        eval_type = self.eval_type.value

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

        agents: list[int | None] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: int | None
                agents_item = agents_item_data
                agents.append(agents_item)

        agent_names = self.agent_names

        description = self.description

        function_name: None | str | Unset
        if isinstance(self.function_name, Unset):
            function_name = UNSET
        else:
            function_name = self.function_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        enum_values = self.enum_values

        audio_enabled = self.audio_enabled

        observability_enabled = self.observability_enabled

        simulation_enabled = self.simulation_enabled

        sampling_enabled = self.sampling_enabled

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

        vocera_defined_metric_code = self.vocera_defined_metric_code

        configuration = self.configuration

        kb_file_ids: list[int] | Unset = UNSET
        if not isinstance(self.kb_file_ids, Unset):
            kb_file_ids = self.kb_file_ids

        knowledge_base_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_base_files, Unset):
            knowledge_base_files = []
            for knowledge_base_files_item_data in self.knowledge_base_files:
                knowledge_base_files_item = knowledge_base_files_item_data.to_dict()
                knowledge_base_files.append(knowledge_base_files_item)

        scenarios = self.scenarios

        custom_code = self.custom_code

        metric_cost = self.metric_cost

        alert_type: str | Unset = UNSET
        if not isinstance(self.alert_type, Unset):
            alert_type = self.alert_type.value

        significant_change_alert_status: str | Unset = UNSET
        if not isinstance(self.significant_change_alert_status, Unset):
            significant_change_alert_status = self.significant_change_alert_status.value

        significant_change_alert_direction: str | Unset = UNSET
        if not isinstance(self.significant_change_alert_direction, Unset):
            significant_change_alert_direction = self.significant_change_alert_direction.value

        window_size = self.window_size

        std_multiplier = self.std_multiplier

        ewma_alpha = self.ewma_alpha

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

        uses_llm_judge = self.uses_llm_judge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "eval_type": eval_type,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if project is not UNSET:
            field_dict["project"] = project
        if agents is not UNSET:
            field_dict["agents"] = agents
        if agent_names is not UNSET and _response:
            field_dict["agent_names"] = agent_names
        if description is not UNSET:
            field_dict["description"] = description
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if vocera_defined_metric_code is not UNSET:
            field_dict["vocera_defined_metric_code"] = vocera_defined_metric_code
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if kb_file_ids is not UNSET:
            field_dict["kb_file_ids"] = kb_file_ids
        if knowledge_base_files is not UNSET and _response:
            field_dict["knowledge_base_files"] = knowledge_base_files
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if metric_cost is not UNSET and _response:
            field_dict["metric_cost"] = metric_cost
        if alert_type is not UNSET:
            field_dict["alert_type"] = alert_type
        if significant_change_alert_status is not UNSET:
            field_dict["significant_change_alert_status"] = significant_change_alert_status
        if significant_change_alert_direction is not UNSET:
            field_dict["significant_change_alert_direction"] = significant_change_alert_direction
        if window_size is not UNSET and _response:
            field_dict["window_size"] = window_size
        if std_multiplier is not UNSET and _response:
            field_dict["std_multiplier"] = std_multiplier
        if ewma_alpha is not UNSET and _response:
            field_dict["ewma_alpha"] = ewma_alpha
        if add_to_new_agents is not UNSET:
            field_dict["add_to_new_agents"] = add_to_new_agents
        if alert_filters is not UNSET:
            field_dict["alert_filters"] = alert_filters
        if slack_workspace is not UNSET:
            field_dict["slack_workspace"] = slack_workspace
        if slack_channel_id is not UNSET:
            field_dict["slack_channel_id"] = slack_channel_id
        if uses_llm_judge is not UNSET and _response:
            field_dict["uses_llm_judge"] = uses_llm_judge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_base_file import KnowledgeBaseFile  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "eval_type"
            eval_type = MetricListEvalType(d.pop("eval_type"))

            if not isinstance(eval_type, (MetricListEvalType,)):
                expect(eval_type, (MetricListEvalType,))

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

            _field = "agent_names"
            agent_names = d.pop("agent_names", UNSET)
            if not isinstance(agent_names, (str, Unset)):
                expect(agent_names, (str, Unset))

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
            type_: MetricListType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = MetricListType(_type_)

            if not isinstance(type_, (MetricListType, Unset)):
                expect(type_, (MetricListType, Unset))

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
            evaluation_trigger: MetricListEvaluationTrigger | Unset
            if isinstance(_evaluation_trigger, Unset):
                evaluation_trigger = UNSET
            else:
                evaluation_trigger = MetricListEvaluationTrigger(_evaluation_trigger)

            if not isinstance(evaluation_trigger, (MetricListEvaluationTrigger, Unset)):
                expect(evaluation_trigger, (MetricListEvaluationTrigger, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: MetricListTriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = MetricListTriggerType(_trigger_type)

            if not isinstance(trigger_type, (MetricListTriggerType, Unset)):
                expect(trigger_type, (MetricListTriggerType, Unset))

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

            _field = "vocera_defined_metric_code"
            vocera_defined_metric_code = d.pop("vocera_defined_metric_code", UNSET)
            if not isinstance(vocera_defined_metric_code, (str, Unset)):
                expect(vocera_defined_metric_code, (str, Unset))

            _field = "configuration"
            configuration = d.pop("configuration", UNSET)

            _field = "kb_file_ids"
            kb_file_ids = cast(list[int], d.pop("kb_file_ids", UNSET))

            if not isinstance(kb_file_ids, (list, Unset)):
                expect(kb_file_ids, (list, Unset))

            _field = "knowledge_base_files"
            _knowledge_base_files = d.pop("knowledge_base_files", UNSET)
            knowledge_base_files: list[KnowledgeBaseFile] | Unset = UNSET
            if _knowledge_base_files is not UNSET:
                knowledge_base_files = []
                for knowledge_base_files_item_data in _knowledge_base_files:
                    knowledge_base_files_item = KnowledgeBaseFile.from_dict(knowledge_base_files_item_data)

                    knowledge_base_files.append(knowledge_base_files_item)

            if not isinstance(knowledge_base_files, (list, Unset)):
                expect(knowledge_base_files, (list, Unset))

            _field = "scenarios"
            scenarios = d.pop("scenarios", UNSET)

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "metric_cost"
            metric_cost = d.pop("metric_cost", UNSET)
            if not isinstance(metric_cost, (float, int, Unset)) or isinstance(metric_cost, bool):
                expect(metric_cost, (float, int, Unset))

            _field = "alert_type"
            _alert_type = d.pop("alert_type", UNSET)
            alert_type: MetricListAlertType | Unset
            if isinstance(_alert_type, Unset):
                alert_type = UNSET
            else:
                alert_type = MetricListAlertType(_alert_type)

            if not isinstance(alert_type, (MetricListAlertType, Unset)):
                expect(alert_type, (MetricListAlertType, Unset))

            _field = "significant_change_alert_status"
            _significant_change_alert_status = d.pop("significant_change_alert_status", UNSET)
            significant_change_alert_status: MetricListSignificantChangeAlertStatus | Unset
            if isinstance(_significant_change_alert_status, Unset):
                significant_change_alert_status = UNSET
            else:
                significant_change_alert_status = MetricListSignificantChangeAlertStatus(
                    _significant_change_alert_status
                )

            if not isinstance(significant_change_alert_status, (MetricListSignificantChangeAlertStatus, Unset)):
                expect(significant_change_alert_status, (MetricListSignificantChangeAlertStatus, Unset))

            _field = "significant_change_alert_direction"
            _significant_change_alert_direction = d.pop("significant_change_alert_direction", UNSET)
            significant_change_alert_direction: MetricListSignificantChangeAlertDirection | Unset
            if isinstance(_significant_change_alert_direction, Unset):
                significant_change_alert_direction = UNSET
            else:
                significant_change_alert_direction = MetricListSignificantChangeAlertDirection(
                    _significant_change_alert_direction
                )

            if not isinstance(significant_change_alert_direction, (MetricListSignificantChangeAlertDirection, Unset)):
                expect(significant_change_alert_direction, (MetricListSignificantChangeAlertDirection, Unset))

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

            _field = "uses_llm_judge"
            uses_llm_judge = d.pop("uses_llm_judge", UNSET)
            if not isinstance(uses_llm_judge, (str, Unset)):
                expect(uses_llm_judge, (str, Unset))

            metric_list = cls(
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

            metric_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_list

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
