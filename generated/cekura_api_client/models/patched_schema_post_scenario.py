from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_schema_post_scenario_scenario_type import PatchedSchemaPostScenarioScenarioType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conditional_actions import ConditionalActions


_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent",
        "project",
        "assistant_id",
        "name",
        "personality",
        "scenario_type",
        "instructions",
        "conditional_actions",
        "expected_outcome_prompt",
        "metrics",
        "tags",
        "tool_ids",
        "test_profile",
        "phone_number",
        "inbound_phone_number",
        "folder_path",
        "generated_mock_tool_entries",
    }
)

T = TypeVar("T", bound="PatchedSchemaPostScenario")


@_attrs_define
class PatchedSchemaPostScenario:
    agent: int | None | Unset = UNSET
    """ ID of the agent. Either agent or project must be provided. """
    project: int | None | Unset = UNSET
    """ ID of the project. Either agent or project must be provided. """
    assistant_id: str | Unset = UNSET
    """
    Alternative to agent ID - the assistant ID to use for this scenario
    Example: `"asst_1234567890"`
     """
    name: str | Unset = UNSET
    """ Name of the evaluator """
    personality: int | Unset = UNSET
    """ The personality of the evaluator """
    scenario_type: PatchedSchemaPostScenarioScenarioType | Unset = PatchedSchemaPostScenarioScenarioType.INSTRUCTION
    """
    Type of scenario to create:
    - `instruction`: Standard instruction-based scenario where the instructions field contains plain text
    - `conditional_actions`: Conditional action-based scenario where the instructions field contains a JSON
    structure

    Default: `instruction`. Must be sent as `conditional_actions` when the request includes the
    `conditional_actions` field.


    * `instruction` - Instruction
    * `conditional_actions` - Conditional Actions """
    instructions: str | Unset = UNSET
    """
    Scenario Instructions - the format depends on the scenario_type:

    **For scenario_type="instruction":**
    Provide plain text instructions that describe the scenario behavior.
    Example: `"You are a customer calling to inquire about your order status. Be polite and provide order number
    12345 when asked."`

    **For scenario_type="conditional_actions":**
    Use the structured `conditional_actions` field instead. If you send via `instructions`, pass a JSON-formatted
    string with the following structure:

    ```json
    {
      "role": "A friendly customer calling about an appointment",
      "conditions": [
        {
          "id": 0,
          "condition": "FIRST_MESSAGE",
          "action": "Hi, I'd like to check on my upcoming appointment <silence time=\\"1.5s\\" />",
          "type": "standard",
          "fixed_message": true
        },
        {
          "id": 1,
          "condition": "The agent asks for your name",
          "action": "My name is Sarah Johnson",
          "type": "standard",
          "fixed_message": true
        },
        {
          "id": 2,
          "condition": "The agent asks for your date of birth",
          "action": "January first, nineteen ninety",
          "type": "standard",
          "fixed_message": true
        },
        {
          "id": 3,
          "condition": "The agent confirms your identity and provides appointment details",
          "action": "Thank you, that's all I needed <silence time=\\"1.0s\\" />",
          "type": "standard",
          "fixed_message": true
        },
        {
          "id": 4,
          "condition": 3,
          "action": "<endcall />",
          "type": "action_followup",
          "fixed_message": true
        }
      ]
    }
    ```

    **Note:** When sent via `instructions`, the value must be a JSON-formatted string (e.g. `JSON.stringify(...)` /
    `json.dumps(...)`). For new integrations, use the structured `conditional_actions` field below.

    **Structure Details:**

    - **`role`** (string): Personality/role description for the scenario actor

    - **`conditions`** (array): Ordered list of conditional actions that define the conversation flow

      **Each condition object has:**
      - **`id`** (integer): Unique sequential identifier (0, 1, 2, 3...)

      - **`condition`** (string | integer): The trigger that activates this action
        - `"FIRST_MESSAGE"` — Triggers at conversation start (use for `id: 0`)
        - Natural-language description of the main agent's observable action, written from a third-person observer
    perspective (e.g. `"The agent asks for your date of birth"`, `"The agent confirms the cancellation"`). Matched
    semantically against the conversation context.
        - Integer (e.g. `3`) — References another condition's `id` for sequential `action_followup` chaining

      - **`action`** (string): What the scenario actor says or does
        - **SSML pause tags:** `<silence time="1.5s" />` (interruptible) or `<hold time="2s" />` (not
    interruptible). `<silence>` lets the main agent jump in mid-pause; `<hold>` enforces dead air.
        - **Emotion markers:** `[laughter]`, `[sigh]`, etc. (can repeat like `[laughter] [laughter]`)
        - **Special actions:** `<endcall />` to end the call

      - **`type`** (string): Either `"standard"` (normal response) or `"action_followup"` (fires on the testing
    agent's next turn after the referenced condition — one main-agent reply elapses in between, regardless of its
    content; never fires in the same turn as its parent)

      - **`fixed_message`** (boolean): Set to `true` for fixed responses, `false` for dynamic

    **Usage Tips:**
    - Always start with `id: 0` and `condition: "FIRST_MESSAGE"`
    - Write conditions as third-person descriptions of what the main agent does (e.g. `"The agent confirms the
    cancellation"`)
    - Use the last condition to trigger `<endcall />` for clean call termination
    - Combine SSML tags and emotion markers naturally: `"Great <silence time=\\"1.5s\\" /> [laughter] [laughter]"`
     """
    conditional_actions: ConditionalActions | Unset = UNSET
    """ Structured conditional-actions object for `scenario_type="conditional_actions"`.

    Use either `conditional_actions` (structured) or `instructions` (plain text)
    on a scenario — not both. """
    expected_outcome_prompt: str | Unset = UNSET
    """
    Expected Outcome Prompt
    Example: `"The user should be able to complete the order"`
     """
    metrics: list[int] | Unset = UNSET
    """
    List of metric IDs to associate with this evaluator
    Example: `[123, 456, 789]`
     """
    tags: list[str] | Unset = UNSET
    """
    List of tags to associate with the evaluator
    Example: `["tag1", "tag2", "tag3"]`
     """
    tool_ids: list[str] | Unset = UNSET
    """ List of tool IDs to use for evaluator """
    test_profile: int | Unset = UNSET
    """ The test profile ID to use for the evaluator """
    phone_number: int | Unset = UNSET
    """ The phone number ID to use for the evaluator (works for both inbound and outbound) """
    inbound_phone_number: int | Unset = UNSET
    """ (Deprecated) The inbound phone number ID to use for the evaluator. Use phone_number instead, which works for
    both inbound and outbound. """
    folder_path: None | str | Unset = UNSET
    """ Dot-separated path of the folder to assign this evaluator to (e.g. "Sales.Inbound"). Folders must be created
    before use — they are not auto-created. Use `scenarios_create_folder_create` to create each level before
    assigning evaluators. Example: to use "Sales.Inbound", first create "Sales", then create "Inbound" inside it.
    """
    generated_mock_tool_entries: Any | None | Unset = UNSET
    """ Expected mock tool calls for this evaluator. Each entry has shape {tool_id, tool_name, new_entry: {input,
    output}}. Auto-generated during scenario generation when the agent has mock tools attached; can also be set or
    edited manually. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.scenario_type, Unset):
            field_dict["scenario_type"] = (
                self.scenario_type._value_
                if type(self.scenario_type) is PatchedSchemaPostScenarioScenarioType
                else enum_value(PatchedSchemaPostScenarioScenarioType, self.scenario_type, "scenario_type", self)
            )
        if not isinstance(self.instructions, Unset):
            field_dict["instructions"] = self.instructions
        if not isinstance(self.conditional_actions, Unset):
            field_dict["conditional_actions"] = (
                self.conditional_actions.to_dict()
                if type(self.conditional_actions) is ConditionalActions
                else written(self.conditional_actions, "conditional_actions", self)
            )
        if not isinstance(self.expected_outcome_prompt, Unset):
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if not isinstance(self.metrics, Unset):
            field_dict["metrics"] = self.metrics
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.tool_ids, Unset):
            field_dict["tool_ids"] = self.tool_ids
        if not isinstance(self.test_profile, Unset):
            field_dict["test_profile"] = self.test_profile
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if not isinstance(self.generated_mock_tool_entries, Unset):
            field_dict["generated_mock_tool_entries"] = self.generated_mock_tool_entries
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, b"", "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.personality, Unset):
            files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.scenario_type, Unset):
            files.append(
                (
                    "scenario_type",
                    (
                        None,
                        str(
                            enum_value(PatchedSchemaPostScenarioScenarioType, self.scenario_type, "scenario_type")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.instructions, Unset):
            files.append(("instructions", (None, str(self.instructions).encode(), "text/plain")))

        if not isinstance(self.conditional_actions, Unset):
            files.append(
                (
                    "conditional_actions",
                    (None, json.dumps(self.conditional_actions.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.expected_outcome_prompt, Unset):
            files.append(("expected_outcome_prompt", (None, str(self.expected_outcome_prompt).encode(), "text/plain")))

        if not isinstance(self.metrics, Unset):
            for metrics_item_element in self.metrics:
                files.append(("metrics", (None, str(metrics_item_element).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.tool_ids, Unset):
            for tool_ids_item_element in self.tool_ids:
                files.append(("tool_ids", (None, str(tool_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.test_profile, Unset):
            files.append(("test_profile", (None, str(self.test_profile).encode(), "text/plain")))

        if not isinstance(self.phone_number, Unset):
            files.append(("phone_number", (None, str(self.phone_number).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_number, Unset):
            files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            if isinstance(self.folder_path, str):
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))
            else:
                files.append(("folder_path", (None, b"", "text/plain")))

        if not isinstance(self.generated_mock_tool_entries, Unset):
            if isinstance(self.generated_mock_tool_entries, Any):
                files.append(
                    (
                        "generated_mock_tool_entries",
                        (
                            None,
                            form_text(self.generated_mock_tool_entries, "generated_mock_tool_entries"),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(("generated_mock_tool_entries", (None, b"", "text/plain")))

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
            _present = 0
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

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if type(personality) is not int:
                        personality = checked(personality, (int,))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int")

            _field = "scenario_type"
            try:
                if "scenario_type" in src_dict:
                    scenario_type: Any = src_dict["scenario_type"]
                    _present += 1
                    scenario_type = (
                        PatchedSchemaPostScenarioScenarioType._value2member_map_.get(scenario_type)
                        or PatchedSchemaPostScenarioScenarioType(scenario_type)
                        if type(scenario_type) is str
                        else checked(scenario_type, (PatchedSchemaPostScenarioScenarioType,))
                    )
                else:
                    scenario_type = UNSET
            except FIELD_ERRORS as _error:
                scenario_type, _found = tolerated(
                    src_dict, "scenario_type", _error, _found, "PatchedSchemaPostScenarioScenarioType"
                )

            _field = "instructions"
            try:
                if "instructions" in src_dict:
                    instructions: Any = src_dict["instructions"]
                    _present += 1
                    if type(instructions) is not str:
                        instructions = checked(instructions, (str,))
                else:
                    instructions = UNSET
            except FIELD_ERRORS as _error:
                instructions, _found = tolerated(src_dict, "instructions", _error, _found, "str")

            _field = "conditional_actions"
            try:
                if "conditional_actions" in src_dict:
                    conditional_actions: Any = src_dict["conditional_actions"]
                    _present += 1
                    conditional_actions = ConditionalActions.from_dict(conditional_actions)
                else:
                    conditional_actions = UNSET
            except FIELD_ERRORS as _error:
                conditional_actions, _found = tolerated(
                    src_dict, "conditional_actions", _error, _found, "ConditionalActions"
                )

            _field = "expected_outcome_prompt"
            try:
                if "expected_outcome_prompt" in src_dict:
                    expected_outcome_prompt: Any = src_dict["expected_outcome_prompt"]
                    _present += 1
                    if type(expected_outcome_prompt) is not str:
                        expected_outcome_prompt = checked(expected_outcome_prompt, (str,))
                else:
                    expected_outcome_prompt = UNSET
            except FIELD_ERRORS as _error:
                expected_outcome_prompt, _found = tolerated(src_dict, "expected_outcome_prompt", _error, _found, "str")

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1
                    if type(metrics) is not list:
                        metrics = checked(metrics, (list,))
                    for _item in metrics:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(
                    src_dict, "metrics", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "tags"
            try:
                if "tags" in src_dict:
                    tags: Any = src_dict["tags"]
                    _present += 1
                    if type(tags) is not list:
                        tags = checked(tags, (list,))
                    for _item in tags:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    tags = UNSET
            except FIELD_ERRORS as _error:
                tags, _found = tolerated(
                    src_dict, "tags", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "tool_ids"
            try:
                if "tool_ids" in src_dict:
                    tool_ids: Any = src_dict["tool_ids"]
                    _present += 1
                    if type(tool_ids) is not list:
                        tool_ids = checked(tool_ids, (list,))
                    for _item in tool_ids:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    tool_ids = UNSET
            except FIELD_ERRORS as _error:
                tool_ids, _found = tolerated(
                    src_dict, "tool_ids", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "test_profile"
            try:
                if "test_profile" in src_dict:
                    test_profile: Any = src_dict["test_profile"]
                    _present += 1
                    if type(test_profile) is not int:
                        test_profile = checked(test_profile, (int,))
                else:
                    test_profile = UNSET
            except FIELD_ERRORS as _error:
                test_profile, _found = tolerated(src_dict, "test_profile", _error, _found, "int")

            _field = "phone_number"
            try:
                if "phone_number" in src_dict:
                    phone_number: Any = src_dict["phone_number"]
                    _present += 1
                    if type(phone_number) is not int:
                        phone_number = checked(phone_number, (int,))
                else:
                    phone_number = UNSET
            except FIELD_ERRORS as _error:
                phone_number, _found = tolerated(src_dict, "phone_number", _error, _found, "int")

            _field = "inbound_phone_number"
            try:
                if "inbound_phone_number" in src_dict:
                    inbound_phone_number: Any = src_dict["inbound_phone_number"]
                    _present += 1
                    if type(inbound_phone_number) is not int:
                        inbound_phone_number = checked(inbound_phone_number, (int,))
                else:
                    inbound_phone_number = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_number, _found = tolerated(src_dict, "inbound_phone_number", _error, _found, "int")

            _field = "folder_path"
            try:
                if "folder_path" in src_dict:
                    folder_path: Any = src_dict["folder_path"]
                    _present += 1
                    if folder_path is not None:
                        if type(folder_path) is not str:
                            folder_path = checked(folder_path, (str, type(None)))
                else:
                    folder_path = UNSET
            except FIELD_ERRORS as _error:
                folder_path, _found = tolerated(src_dict, "folder_path", _error, _found, "None | str")

            _field = "generated_mock_tool_entries"
            try:
                if "generated_mock_tool_entries" in src_dict:
                    generated_mock_tool_entries: Any = src_dict["generated_mock_tool_entries"]
                    _present += 1

                else:
                    generated_mock_tool_entries = UNSET
            except FIELD_ERRORS as _error:
                generated_mock_tool_entries, _found = tolerated(
                    src_dict, "generated_mock_tool_entries", _error, _found, "Any | None"
                )

            _instance = cls(
                agent=agent,
                project=project,
                assistant_id=assistant_id,
                name=name,
                personality=personality,
                scenario_type=scenario_type,
                instructions=instructions,
                conditional_actions=conditional_actions,
                expected_outcome_prompt=expected_outcome_prompt,
                metrics=metrics,
                tags=tags,
                tool_ids=tool_ids,
                test_profile=test_profile,
                phone_number=phone_number,
                inbound_phone_number=inbound_phone_number,
                folder_path=folder_path,
                generated_mock_tool_entries=generated_mock_tool_entries,
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
    global _imports_pending, ConditionalActions  # noqa: PLW0603
    from ..models.conditional_actions import ConditionalActions  # noqa: PLC0415

    _imports_pending = False
