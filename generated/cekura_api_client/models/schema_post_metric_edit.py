from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_metric_edit_eval_type import SchemaPostMetricEditEvalType
from ..models.schema_post_metric_edit_evaluation_trigger import SchemaPostMetricEditEvaluationTrigger
from ..models.schema_post_metric_edit_trigger_type import SchemaPostMetricEditTriggerType
from ..models.schema_post_metric_edit_type import SchemaPostMetricEditType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_post_metric_edit_configuration import SchemaPostMetricEditConfiguration


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "audio_enabled",
        "prompt",
        "project",
        "assistant_id",
        "type",
        "eval_type",
        "display_order",
        "configuration",
        "id",
        "agents",
        "enum_values",
        "add_to_new_agents",
        "simulation_enabled",
        "observability_enabled",
        "sampling_enabled",
        "evaluation_trigger",
        "evaluation_trigger_prompt",
        "trigger_type",
        "evaluation_trigger_custom_code",
        "custom_code",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "audio_enabled": self.audio_enabled,
            "prompt": self.prompt,
            "project": self.project,
            "assistant_id": self.assistant_id,
            "type": self.type_._value_
            if type(self.type_) is SchemaPostMetricEditType
            else enum_value(SchemaPostMetricEditType, self.type_, "type", self),
            "eval_type": self.eval_type._value_
            if type(self.eval_type) is SchemaPostMetricEditEvalType
            else enum_value(SchemaPostMetricEditEvalType, self.eval_type, "eval_type", self),
            "display_order": self.display_order,
            "configuration": self.configuration.to_dict()
            if type(self.configuration) is SchemaPostMetricEditConfiguration
            else written(self.configuration, "configuration", self),
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.agents, Unset):
            field_dict["agents"] = self.agents
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.add_to_new_agents, Unset):
            field_dict["add_to_new_agents"] = self.add_to_new_agents
        if not isinstance(self.simulation_enabled, Unset):
            field_dict["simulation_enabled"] = self.simulation_enabled
        if not isinstance(self.observability_enabled, Unset):
            field_dict["observability_enabled"] = self.observability_enabled
        if not isinstance(self.sampling_enabled, Unset):
            field_dict["sampling_enabled"] = self.sampling_enabled
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = (
                self.evaluation_trigger._value_
                if type(self.evaluation_trigger) is SchemaPostMetricEditEvaluationTrigger
                else enum_value(
                    SchemaPostMetricEditEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger", self
                )
            )
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if not isinstance(self.trigger_type, Unset):
            field_dict["trigger_type"] = (
                self.trigger_type._value_
                if type(self.trigger_type) is SchemaPostMetricEditTriggerType
                else enum_value(SchemaPostMetricEditTriggerType, self.trigger_type, "trigger_type", self)
            )
        if not isinstance(self.evaluation_trigger_custom_code, Unset):
            field_dict["evaluation_trigger_custom_code"] = self.evaluation_trigger_custom_code
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        files.append(("audio_enabled", (None, str(self.audio_enabled).encode(), "text/plain")))

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        files.append(
            ("type", (None, str(enum_value(SchemaPostMetricEditType, self.type_, "type")).encode(), "text/plain"))
        )

        files.append(
            (
                "eval_type",
                (
                    None,
                    str(enum_value(SchemaPostMetricEditEvalType, self.eval_type, "eval_type")).encode(),
                    "text/plain",
                ),
            )
        )

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
                files.append(("add_to_new_agents", (None, b"", "text/plain")))

        if not isinstance(self.simulation_enabled, Unset):
            files.append(("simulation_enabled", (None, str(self.simulation_enabled).encode(), "text/plain")))

        if not isinstance(self.observability_enabled, Unset):
            files.append(("observability_enabled", (None, str(self.observability_enabled).encode(), "text/plain")))

        if not isinstance(self.sampling_enabled, Unset):
            files.append(("sampling_enabled", (None, str(self.sampling_enabled).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(
                (
                    "evaluation_trigger",
                    (
                        None,
                        str(
                            enum_value(
                                SchemaPostMetricEditEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger"
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

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
                        str(enum_value(SchemaPostMetricEditTriggerType, self.trigger_type, "trigger_type")).encode(),
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

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 10
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "description"
            try:
                description: Any = src_dict["description"]
                if type(description) is not str:
                    description = checked(description, (str,))
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "audio_enabled"
            try:
                audio_enabled: Any = src_dict["audio_enabled"]
                if type(audio_enabled) is not bool:
                    audio_enabled = checked(audio_enabled, (bool,))
            except FIELD_ERRORS as _error:
                audio_enabled, _found = tolerated(src_dict, "audio_enabled", _error, _found, "bool")

            _field = "prompt"
            try:
                prompt: Any = src_dict["prompt"]
                if type(prompt) is not str:
                    prompt = checked(prompt, (str,))
            except FIELD_ERRORS as _error:
                prompt, _found = tolerated(src_dict, "prompt", _error, _found, "str")

            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "assistant_id"
            try:
                assistant_id: Any = src_dict["assistant_id"]
                if type(assistant_id) is not str:
                    assistant_id = checked(assistant_id, (str,))
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "str")

            _field = "type"
            try:
                type_: Any = src_dict["type"]
                type_ = (
                    SchemaPostMetricEditType._value2member_map_.get(type_) or SchemaPostMetricEditType(type_)
                    if type(type_) is str
                    else checked(type_, (SchemaPostMetricEditType,))
                )
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "SchemaPostMetricEditType")

            _field = "eval_type"
            try:
                eval_type: Any = src_dict["eval_type"]
                eval_type = (
                    SchemaPostMetricEditEvalType._value2member_map_.get(eval_type)
                    or SchemaPostMetricEditEvalType(eval_type)
                    if type(eval_type) is str
                    else checked(eval_type, (SchemaPostMetricEditEvalType,))
                )
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "SchemaPostMetricEditEvalType")

            _field = "display_order"
            try:
                display_order: Any = src_dict["display_order"]
                if type(display_order) is not int:
                    display_order = checked(display_order, (int,))
            except FIELD_ERRORS as _error:
                display_order, _found = tolerated(src_dict, "display_order", _error, _found, "int")

            _field = "configuration"
            try:
                configuration: Any = src_dict["configuration"]
                configuration = SchemaPostMetricEditConfiguration.from_dict(configuration)
            except FIELD_ERRORS as _error:
                configuration, _found = tolerated(
                    src_dict, "configuration", _error, _found, "SchemaPostMetricEditConfiguration"
                )

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

            _field = "agents"
            try:
                if "agents" in src_dict:
                    agents: Any = src_dict["agents"]
                    _present += 1
                    if type(agents) is not list:
                        agents = checked(agents, (list,))
                    for _item in agents:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    agents = UNSET
            except FIELD_ERRORS as _error:
                agents, _found = tolerated(
                    src_dict, "agents", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

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

            _field = "evaluation_trigger"
            try:
                if "evaluation_trigger" in src_dict:
                    evaluation_trigger: Any = src_dict["evaluation_trigger"]
                    _present += 1
                    evaluation_trigger = (
                        SchemaPostMetricEditEvaluationTrigger._value2member_map_.get(evaluation_trigger)
                        or SchemaPostMetricEditEvaluationTrigger(evaluation_trigger)
                        if type(evaluation_trigger) is str
                        else checked(evaluation_trigger, (SchemaPostMetricEditEvaluationTrigger,))
                    )
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(
                    src_dict, "evaluation_trigger", _error, _found, "SchemaPostMetricEditEvaluationTrigger"
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

            _field = "trigger_type"
            try:
                if "trigger_type" in src_dict:
                    trigger_type: Any = src_dict["trigger_type"]
                    _present += 1
                    trigger_type = (
                        SchemaPostMetricEditTriggerType._value2member_map_.get(trigger_type)
                        or SchemaPostMetricEditTriggerType(trigger_type)
                        if type(trigger_type) is str
                        else checked(trigger_type, (SchemaPostMetricEditTriggerType,))
                    )
                else:
                    trigger_type = UNSET
            except FIELD_ERRORS as _error:
                trigger_type, _found = tolerated(
                    src_dict, "trigger_type", _error, _found, "SchemaPostMetricEditTriggerType"
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

            _instance = cls(
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
    global _imports_pending, SchemaPostMetricEditConfiguration  # noqa: PLW0603
    from ..models.schema_post_metric_edit_configuration import SchemaPostMetricEditConfiguration  # noqa: PLC0415

    _imports_pending = False
