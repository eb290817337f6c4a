from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_scenario_scenario_type import SchemaPostScenarioScenarioType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conditional_actions import ConditionalActions


T = TypeVar("T", bound="SchemaPostScenario")


@_attrs_define
class SchemaPostScenario:
    name: str
    """ Name of the evaluator """
    personality: int
    """ The personality of the evaluator """
    agent: int | None | Unset = UNSET
    """ ID of the agent. Either agent or project must be provided. """
    project: int | None | Unset = UNSET
    """ ID of the project. Either agent or project must be provided. """
    assistant_id: str | Unset = UNSET
    """
    Alternative to agent ID - the assistant ID to use for this scenario
    Example: `"asst_1234567890"`
     """
    scenario_type: SchemaPostScenarioScenarioType | Unset = SchemaPostScenarioScenarioType.INSTRUCTION
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        personality = self.personality

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        assistant_id = self.assistant_id

        scenario_type: str | Unset = UNSET
        if not isinstance(self.scenario_type, Unset):
            scenario_type = self.scenario_type.value

        instructions = self.instructions

        conditional_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditional_actions, Unset):
            conditional_actions = self.conditional_actions.to_dict()

        expected_outcome_prompt = self.expected_outcome_prompt

        metrics: list[int] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.tool_ids, Unset):
            tool_ids = self.tool_ids

        test_profile = self.test_profile

        phone_number = self.phone_number

        inbound_phone_number = self.inbound_phone_number

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        generated_mock_tool_entries: Any | None | Unset
        if isinstance(self.generated_mock_tool_entries, Unset):
            generated_mock_tool_entries = UNSET
        else:
            generated_mock_tool_entries = self.generated_mock_tool_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "personality": personality,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if project is not UNSET:
            field_dict["project"] = project
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if scenario_type is not UNSET:
            field_dict["scenario_type"] = scenario_type
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if conditional_actions is not UNSET:
            field_dict["conditional_actions"] = conditional_actions
        if expected_outcome_prompt is not UNSET:
            field_dict["expected_outcome_prompt"] = expected_outcome_prompt
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if test_profile is not UNSET:
            field_dict["test_profile"] = test_profile
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if generated_mock_tool_entries is not UNSET:
            field_dict["generated_mock_tool_entries"] = generated_mock_tool_entries

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.scenario_type, Unset):
            files.append(("scenario_type", (None, str(self.scenario_type.value).encode(), "text/plain")))

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
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        if not isinstance(self.generated_mock_tool_entries, Unset):
            if isinstance(self.generated_mock_tool_entries, Any):
                files.append(
                    (
                        "generated_mock_tool_entries",
                        (None, str(self.generated_mock_tool_entries).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "generated_mock_tool_entries",
                        (None, str(self.generated_mock_tool_entries).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conditional_actions import ConditionalActions  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "personality"
            personality = d.pop("personality")
            if not isinstance(personality, (int,)) or isinstance(personality, bool):
                expect(personality, (int,))

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

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "scenario_type"
            _scenario_type = d.pop("scenario_type", UNSET)
            scenario_type: SchemaPostScenarioScenarioType | Unset
            if isinstance(_scenario_type, Unset):
                scenario_type = UNSET
            else:
                scenario_type = SchemaPostScenarioScenarioType(_scenario_type)

            if not isinstance(scenario_type, (SchemaPostScenarioScenarioType, Unset)):
                expect(scenario_type, (SchemaPostScenarioScenarioType, Unset))

            _field = "instructions"
            instructions = d.pop("instructions", UNSET)
            if not isinstance(instructions, (str, Unset)):
                expect(instructions, (str, Unset))

            _field = "conditional_actions"
            _conditional_actions = d.pop("conditional_actions", UNSET)
            conditional_actions: ConditionalActions | Unset
            if isinstance(_conditional_actions, Unset):
                conditional_actions = UNSET
            else:
                conditional_actions = ConditionalActions.from_dict(_conditional_actions)

            if not isinstance(conditional_actions, (ConditionalActions, Unset)):
                expect(conditional_actions, (ConditionalActions, Unset))

            _field = "expected_outcome_prompt"
            expected_outcome_prompt = d.pop("expected_outcome_prompt", UNSET)
            if not isinstance(expected_outcome_prompt, (str, Unset)):
                expect(expected_outcome_prompt, (str, Unset))

            _field = "metrics"
            metrics = cast(list[int], d.pop("metrics", UNSET))

            if not isinstance(metrics, (list, Unset)):
                expect(metrics, (list, Unset))

            _field = "tags"
            tags = cast(list[str], d.pop("tags", UNSET))

            if not isinstance(tags, (list, Unset)):
                expect(tags, (list, Unset))

            _field = "tool_ids"
            tool_ids = cast(list[str], d.pop("tool_ids", UNSET))

            if not isinstance(tool_ids, (list, Unset)):
                expect(tool_ids, (list, Unset))

            _field = "test_profile"
            test_profile = d.pop("test_profile", UNSET)
            if not isinstance(test_profile, (int, Unset)) or isinstance(test_profile, bool):
                expect(test_profile, (int, Unset))

            _field = "phone_number"
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (int, Unset)) or isinstance(phone_number, bool):
                expect(phone_number, (int, Unset))

            _field = "inbound_phone_number"
            inbound_phone_number = d.pop("inbound_phone_number", UNSET)
            if not isinstance(inbound_phone_number, (int, Unset)) or isinstance(inbound_phone_number, bool):
                expect(inbound_phone_number, (int, Unset))

            _field = "folder_path"

            def _parse_folder_path(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            folder_path = _parse_folder_path(d.pop("folder_path", UNSET))

            if not isinstance(folder_path, (str, type(None), Unset)):
                expect(folder_path, (str, type(None), Unset))

            _field = "generated_mock_tool_entries"

            def _parse_generated_mock_tool_entries(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            generated_mock_tool_entries = _parse_generated_mock_tool_entries(
                d.pop("generated_mock_tool_entries", UNSET)
            )

            schema_post_scenario = cls(
                name=name,
                personality=personality,
                agent=agent,
                project=project,
                assistant_id=assistant_id,
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

            schema_post_scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_scenario

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
