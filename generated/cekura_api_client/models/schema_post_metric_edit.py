from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_metric_edit_eval_type import SchemaPostMetricEditEvalType
from ..models.schema_post_metric_edit_evaluation_trigger import SchemaPostMetricEditEvaluationTrigger
from ..models.schema_post_metric_edit_trigger_type import SchemaPostMetricEditTriggerType
from ..models.schema_post_metric_edit_type import SchemaPostMetricEditType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_post_metric_edit_configuration import SchemaPostMetricEditConfiguration


T = TypeVar("T", bound="SchemaPostMetricEdit")


@_attrs_define
class SchemaPostMetricEdit:
    name: str
    """ Name of the metric """
    description: str
    """ Description of what this metric evaluates """
    audio_enabled: bool
    """ Whether this metric evaluates audio content """
    prompt: str
    """ The evaluation prompt used for this metric """
    project: int
    """ ID of the project this metric belongs to. """
    assistant_id: str
    """ External identifier for the assistant """
    type_: SchemaPostMetricEditType
    """ Type of metric (`llm_judge` recommended; `basic` and `custom_prompt` are deprecated)

    * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    eval_type: SchemaPostMetricEditEvalType
    """ Output shape of the evaluation score. Accepts canonical (binary, continuous_qualitative, numeric, enum);
    legacy binary_workflow_adherence and binary_qualitative are accepted and mapped to binary.

    * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    display_order: int
    """ Order in which to display this metric in the UI """
    configuration: SchemaPostMetricEditConfiguration
    """ Per-metric configuration.

    Some predefined metrics carry **per-agent** configuration, keyed by agent id: `configuration[<key>] =
    {"<agent_id>": <value>}`. On read, every agent attached to the metric is returned; on write, only the agent ids
    you include are updated.

    Call-level keys (not per-agent):
    * **Detect Silence** — `silence_duration` (int, seconds, default 10): minimum mutual silence before flagging a
    failure.
    * **Infrastructure Issues** — `infra_issues_timeout` (int, seconds, default 10): max seconds before the Main
    Agent must respond after the Testing Agent finishes speaking.

    Per-agent keys (each value is `{"<agent_id>": <value>}`):
    * **Dropoff Node** — `nodes`: `{"<agent_id>": [{name, description}]}` — conversation stages used to classify
    where a call dropped off.
    * **Topic of Call** — `nodes`: `{"<agent_id>": [{name, description}]}` — topic categories used to classify each
    call.
    * **Pronunciation Check** — `pronunciation_words`: `{"<agent_id>": [[word, phonemes], ...]}` — how specific
    words should be pronounced (e.g. {"42": [["Cekura", "suh-KYUR-uh"]]}).
    * **Letterwise Pronunciation** — `spelling_word_types`: `{"<agent_id>": ["name", "email", ...]}` — word
    categories the Main Agent must spell out letter-by-letter.
    * **Hallucination** — `hallucination_kb_files`: `{"<agent_id>": [file_id, ...]}` — KnowledgeBaseFile IDs used as
    the source of truth for fact-checking. """
    id: int | Unset = UNSET
    agents: list[int] | Unset = UNSET
    """ List of agent IDs to enable this project-level metric for. Only applicable when project is set. """
    enum_values: list[str] | Unset = UNSET
    """ Possible values for enum-type metrics (list of strings, e.g. ["resolved", "escalated", "abandoned"]) """
    add_to_new_agents: bool | None | Unset = UNSET
    """ When enabled, this metric is automatically assigned to new agents created in the project. """
    simulation_enabled: bool | Unset = UNSET
    """
    Enable this metric for simulations.
    Example: `true` or `false`
             """
    observability_enabled: bool | Unset = UNSET
    """
    Enable this metric for observability.
    Example: `true` or `false`
             """
    sampling_enabled: bool | Unset = UNSET
    """ Enable sampling for this metric using project-level sample rate """
    evaluation_trigger: SchemaPostMetricEditEvaluationTrigger | Unset = SchemaPostMetricEditEvaluationTrigger.ALWAYS
    """ When to run this metric.

    * `always` — evaluate every call (default)
    * `automatic` — system decides based on call content
    * `custom` — only evaluate when `evaluation_trigger_prompt` condition is met

    * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    evaluation_trigger_prompt: str | Unset = UNSET
    """ LLM prompt that decides whether to evaluate this call. Only used when `evaluation_trigger=custom` and
    `trigger_type=llm_judge`.
    Example: "Did the agent offer a refund?" """
    trigger_type: SchemaPostMetricEditTriggerType | Unset = SchemaPostMetricEditTriggerType.LLM_JUDGE
    """ How to evaluate the trigger condition. Only relevant when `evaluation_trigger=custom`.

    * `llm_judge` — use `evaluation_trigger_prompt` (default)
    * `custom_code` — use `evaluation_trigger_custom_code`

    * `llm_judge` - LLM Judge
    * `custom_code` - Custom Code """
    evaluation_trigger_custom_code: str | Unset = UNSET
    """ Python code to evaluate the trigger condition. Only used when `evaluation_trigger=custom` and
    `trigger_type=custom_code`. """
    custom_code: str | Unset = UNSET
    """ Python code that implements the metric evaluation. Required when `type=custom_code`. Must define a function
    `evaluate(transcript, ...) -> bool | float | str`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        description = self.description

        audio_enabled = self.audio_enabled

        prompt = self.prompt

        project = self.project

        assistant_id = self.assistant_id

        type_ = self.type_.value

        eval_type = self.eval_type.value

        display_order = self.display_order

        configuration = self.configuration.to_dict()

        id = self.id

        agents: list[int] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = self.agents

        enum_values: list[str] | Unset = UNSET
        if not isinstance(self.enum_values, Unset):
            enum_values = self.enum_values

        add_to_new_agents: bool | None | Unset
        if isinstance(self.add_to_new_agents, Unset):
            add_to_new_agents = UNSET
        else:
            add_to_new_agents = self.add_to_new_agents

        simulation_enabled = self.simulation_enabled

        observability_enabled = self.observability_enabled

        sampling_enabled = self.sampling_enabled

        evaluation_trigger: str | Unset = UNSET
        if not isinstance(self.evaluation_trigger, Unset):
            evaluation_trigger = self.evaluation_trigger.value

        evaluation_trigger_prompt = self.evaluation_trigger_prompt

        trigger_type: str | Unset = UNSET
        if not isinstance(self.trigger_type, Unset):
            trigger_type = self.trigger_type.value

        evaluation_trigger_custom_code = self.evaluation_trigger_custom_code

        custom_code = self.custom_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "audio_enabled": audio_enabled,
                "prompt": prompt,
                "project": project,
                "assistant_id": assistant_id,
                "type": type_,
                "eval_type": eval_type,
                "display_order": display_order,
                "configuration": configuration,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if agents is not UNSET:
            field_dict["agents"] = agents
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if add_to_new_agents is not UNSET:
            field_dict["add_to_new_agents"] = add_to_new_agents
        if simulation_enabled is not UNSET:
            field_dict["simulation_enabled"] = simulation_enabled
        if observability_enabled is not UNSET:
            field_dict["observability_enabled"] = observability_enabled
        if sampling_enabled is not UNSET:
            field_dict["sampling_enabled"] = sampling_enabled
        if evaluation_trigger is not UNSET:
            field_dict["evaluation_trigger"] = evaluation_trigger
        if evaluation_trigger_prompt is not UNSET:
            field_dict["evaluation_trigger_prompt"] = evaluation_trigger_prompt
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if evaluation_trigger_custom_code is not UNSET:
            field_dict["evaluation_trigger_custom_code"] = evaluation_trigger_custom_code
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        files.append(("audio_enabled", (None, str(self.audio_enabled).encode(), "text/plain")))

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        files.append(("eval_type", (None, str(self.eval_type.value).encode(), "text/plain")))

        files.append(("display_order", (None, str(self.display_order).encode(), "text/plain")))

        files.append(("configuration", (None, json.dumps(self.configuration.to_dict()).encode(), "application/json")))

        if not isinstance(self.agents, Unset):
            for agents_item_element in self.agents:
                files.append(("agents", (None, str(agents_item_element).encode(), "text/plain")))

        if not isinstance(self.enum_values, Unset):
            for enum_values_item_element in self.enum_values:
                files.append(("enum_values", (None, str(enum_values_item_element).encode(), "text/plain")))

        if not isinstance(self.add_to_new_agents, Unset):
            if isinstance(self.add_to_new_agents, bool):
                files.append(("add_to_new_agents", (None, str(self.add_to_new_agents).encode(), "text/plain")))
            else:
                files.append(("add_to_new_agents", (None, str(self.add_to_new_agents).encode(), "text/plain")))

        if not isinstance(self.simulation_enabled, Unset):
            files.append(("simulation_enabled", (None, str(self.simulation_enabled).encode(), "text/plain")))

        if not isinstance(self.observability_enabled, Unset):
            files.append(("observability_enabled", (None, str(self.observability_enabled).encode(), "text/plain")))

        if not isinstance(self.sampling_enabled, Unset):
            files.append(("sampling_enabled", (None, str(self.sampling_enabled).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(("evaluation_trigger", (None, str(self.evaluation_trigger.value).encode(), "text/plain")))

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

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schema_post_metric_edit_configuration import SchemaPostMetricEditConfiguration  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "description"
            description = d.pop("description")
            if not isinstance(description, (str,)):
                expect(description, (str,))

            _field = "audio_enabled"
            audio_enabled = d.pop("audio_enabled")
            if not isinstance(audio_enabled, (bool,)):
                expect(audio_enabled, (bool,))

            _field = "prompt"
            prompt = d.pop("prompt")
            if not isinstance(prompt, (str,)):
                expect(prompt, (str,))

            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id")
            if not isinstance(assistant_id, (str,)):
                expect(assistant_id, (str,))

            _field = "type"
            type_ = SchemaPostMetricEditType(d.pop("type"))

            if not isinstance(type_, (SchemaPostMetricEditType,)):
                expect(type_, (SchemaPostMetricEditType,))

            _field = "eval_type"
            eval_type = SchemaPostMetricEditEvalType(d.pop("eval_type"))

            if not isinstance(eval_type, (SchemaPostMetricEditEvalType,)):
                expect(eval_type, (SchemaPostMetricEditEvalType,))

            _field = "display_order"
            display_order = d.pop("display_order")
            if not isinstance(display_order, (int,)) or isinstance(display_order, bool):
                expect(display_order, (int,))

            _field = "configuration"
            configuration = SchemaPostMetricEditConfiguration.from_dict(d.pop("configuration"))

            if not isinstance(configuration, (SchemaPostMetricEditConfiguration,)):
                expect(configuration, (SchemaPostMetricEditConfiguration,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "agents"
            agents = cast(list[int], d.pop("agents", UNSET))

            if not isinstance(agents, (list, Unset)):
                expect(agents, (list, Unset))

            _field = "enum_values"
            enum_values = cast(list[str], d.pop("enum_values", UNSET))

            if not isinstance(enum_values, (list, Unset)):
                expect(enum_values, (list, Unset))

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

            _field = "simulation_enabled"
            simulation_enabled = d.pop("simulation_enabled", UNSET)
            if not isinstance(simulation_enabled, (bool, Unset)):
                expect(simulation_enabled, (bool, Unset))

            _field = "observability_enabled"
            observability_enabled = d.pop("observability_enabled", UNSET)
            if not isinstance(observability_enabled, (bool, Unset)):
                expect(observability_enabled, (bool, Unset))

            _field = "sampling_enabled"
            sampling_enabled = d.pop("sampling_enabled", UNSET)
            if not isinstance(sampling_enabled, (bool, Unset)):
                expect(sampling_enabled, (bool, Unset))

            _field = "evaluation_trigger"
            _evaluation_trigger = d.pop("evaluation_trigger", UNSET)
            evaluation_trigger: SchemaPostMetricEditEvaluationTrigger | Unset
            if isinstance(_evaluation_trigger, Unset):
                evaluation_trigger = UNSET
            else:
                evaluation_trigger = SchemaPostMetricEditEvaluationTrigger(_evaluation_trigger)

            if not isinstance(evaluation_trigger, (SchemaPostMetricEditEvaluationTrigger, Unset)):
                expect(evaluation_trigger, (SchemaPostMetricEditEvaluationTrigger, Unset))

            _field = "evaluation_trigger_prompt"
            evaluation_trigger_prompt = d.pop("evaluation_trigger_prompt", UNSET)
            if not isinstance(evaluation_trigger_prompt, (str, Unset)):
                expect(evaluation_trigger_prompt, (str, Unset))

            _field = "trigger_type"
            _trigger_type = d.pop("trigger_type", UNSET)
            trigger_type: SchemaPostMetricEditTriggerType | Unset
            if isinstance(_trigger_type, Unset):
                trigger_type = UNSET
            else:
                trigger_type = SchemaPostMetricEditTriggerType(_trigger_type)

            if not isinstance(trigger_type, (SchemaPostMetricEditTriggerType, Unset)):
                expect(trigger_type, (SchemaPostMetricEditTriggerType, Unset))

            _field = "evaluation_trigger_custom_code"
            evaluation_trigger_custom_code = d.pop("evaluation_trigger_custom_code", UNSET)
            if not isinstance(evaluation_trigger_custom_code, (str, Unset)):
                expect(evaluation_trigger_custom_code, (str, Unset))

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            schema_post_metric_edit = cls(
                name=name,
                description=description,
                audio_enabled=audio_enabled,
                prompt=prompt,
                project=project,
                assistant_id=assistant_id,
                type_=type_,
                eval_type=eval_type,
                display_order=display_order,
                configuration=configuration,
                id=id,
                agents=agents,
                enum_values=enum_values,
                add_to_new_agents=add_to_new_agents,
                simulation_enabled=simulation_enabled,
                observability_enabled=observability_enabled,
                sampling_enabled=sampling_enabled,
                evaluation_trigger=evaluation_trigger,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                trigger_type=trigger_type,
                evaluation_trigger_custom_code=evaluation_trigger_custom_code,
                custom_code=custom_code,
            )

            schema_post_metric_edit.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_metric_edit

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
