from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.scenario_scenario_language import ScenarioScenarioLanguage
from ..models.scenario_scenario_type import ScenarioScenarioType
from ..models.scenario_suite_type import ScenarioSuiteType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_agent_test_profile import AIAgentTestProfile
    from ..models.phone_number_inbound import PhoneNumberInbound


T = TypeVar("T", bound="Scenario")


@_attrs_define
class Scenario:
    personality: int
    """
    Personality ID
    Example: `123`
     """
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name of the scenario """
    agent: int | Unset = UNSET
    """
    Agent ID
    Example: `2142`
     """
    project: int | None | Unset = UNSET
    assistant_id: str | Unset = UNSET
    """
    Alternative to agent ID - the assistant ID to use for this scenario
    Example: `"asst_1234567890"`
     """
    personality_name: str | Unset = UNSET
    """
    Name of the personality used in this scenario
    Example: `"Normal Male"`
     """
    agent_name: str | Unset = UNSET
    """
    Name of the agent associated with this scenario
    Example: `"Customer Support Agent"`
     """
    tags: Any | Unset = UNSET
    """
    Tags associated with the scenario
    Example: `["tag1", "tag2"]`
     """
    tool_ids: Any | Unset = UNSET
    """
    List of tool IDs to associate with this scenario
    Example: `["TOOL_DTMF", "TOOL_END_CALL"]`
     """
    metrics: Any | Unset = UNSET
    """
    List of metric IDs to associate with this scenario
    Example: `[123, 456]`
     """
    metric_names: str | Unset = UNSET
    """
    List of metric names associated with this scenario
    Example: `["Metric 1", "Metric 2"]`
     """
    phone_number: str | Unset = UNSET
    """
    Phone number used for outbound calls in this scenario
    Example: `"+1234567890"`
     """
    outbound_phone_number_data: PhoneNumberInbound | Unset = UNSET
    first_message: str | Unset = UNSET
    """ First message to be sent to the Main Agent """
    inbound_phone_number: int | None | Unset = UNSET
    inbound_phone_number_data: PhoneNumberInbound | Unset = UNSET
    instructions: str | Unset = UNSET
    """ Scenario Instructions """
    conditional_actions: Any | Unset = UNSET
    """ Structured conditional-actions object. Requires `scenario_type="conditional_actions"` in the same request,
    unless the scenario already has that type. Use either `conditional_actions` (structured) or `instructions`
    (plain text) — not both.

    Example:
    ```json
    {
      "role": "You are a patient calling to schedule an appointment",
      "conditions": [
        {"id": 0, "condition": "FIRST_MESSAGE", "action": "Hi, I need to schedule an appointment",
         "type": "standard", "fixed_message": true},
        {"id": 1, "condition": "when the agent asks for your name",
         "action": "Provide your full name: John Smith", "type": "standard", "fixed_message": false}
      ]
    }
    ``` """
    simulation_description: str | Unset = UNSET
    """ Simulation Description """
    information_fields: Any | Unset = UNSET
    """
    Information fields associated with the scenario
    Example: `{"user_name": "John Doe", "user_email": "john.doe@example.com", "order_id": "1234567890"}`
     """
    expected_outcome_prompt: str | Unset = UNSET
    """
    Expected Outcome Prompt
    Example: `"The user should be able to complete the order"`
     """
    scenario_language: ScenarioScenarioLanguage | Unset = UNSET
    """
    Language of the scenario


    * `af` - Afrikaans
    * `ar` - Arabic
    * `bn` - Bengali
    * `bg` - Bulgarian
    * `zh` - Chinese Simplified
    * `cs` - Czech
    * `da` - Danish
    * `nl` - Dutch
    * `en` - English
    * `et` - Estonian
    * `fi` - Finnish
    * `fr` - French
    * `de` - German
    * `el` - Greek
    * `gu` - Gujarati
    * `hi` - Hindi
    * `he` - Hebrew
    * `hu` - Hungarian
    * `id` - Indonesian
    * `it` - Italian
    * `ja` - Japanese
    * `kn` - Kannada
    * `ko` - Korean
    * `ms` - Malay
    * `ml` - Malayalam
    * `mr` - Marathi
    * `multi` - Multilingual
    * `no` - Norwegian
    * `pl` - Polish
    * `pa` - Punjabi
    * `pt` - Portuguese
    * `ro` - Romanian
    * `ru` - Russian
    * `sk` - Slovak
    * `es` - Spanish
    * `sv` - Swedish
    * `th` - Thai
    * `tr` - Turkish
    * `tl` - Tagalog
    * `ta` - Tamil
    * `te` - Telugu
    * `uk` - Ukrainian
    * `vi` - Vietnamese """
    scenario_type: ScenarioScenarioType | Unset = ScenarioScenarioType.INSTRUCTION
    """
    Type of scenario. Defaults to `instruction`. Must be sent as `conditional_actions` when the
    request includes the `conditional_actions` field.


    * `instruction` - Instruction
    * `real_world_smart` - Real World Smart
    * `real_world_fixed` - Real World Fixed
    * `conditional_actions` - Conditional Actions """
    suite_type: ScenarioSuiteType | Unset = UNSET
    """ Type of predefined suite (e.g., infrastructure)

    * `undefined` - Undefined
    * `infrastructure` - Infrastructure """
    is_predefined: bool | Unset = UNSET
    """ Whether this is a predefined scenario (template) """
    test_profile: int | None | Unset = UNSET
    test_profile_data: AIAgentTestProfile | Unset = UNSET
    dynamic_variable_values: Any | Unset = UNSET
    """ REMOVED FROM API. Reads return the historical value for legacy rows (`null` for new rows). Writes are no
    longer accepted — supplying a non-null value yields a 400 error. Put dynamic-variable values in
    `test_profile_data.information.main_agent_variables` instead: create the test profile via POST /test-profiles/
    and attach it via the `test_profile` field on the scenario. """
    generated_mock_tool_entries: Any | None | Unset = UNSET
    """ Expected mock tool calls for this evaluator. Each entry has shape {tool_id, tool_name, new_entry: {input,
    output}}. Auto-generated during scenario generation when the agent has mock tools attached; can also be set or
    edited manually. """
    folder_path: None | str | Unset = UNSET
    """ Dot-separated path of the folder to assign this evaluator to (e.g. "Sales.Inbound"). Folders must be created
    before use — they are not auto-created. Use `scenarios_create_folder_create` to create each level before
    assigning evaluators. Example: to use "Sales.Inbound", first create "Sales", then create "Inbound" inside it.
    """
    max_duration: int | None | Unset = UNSET
    """
    Max call duration in seconds for this scenario. If not provided or set to null, the scenario will use the
    project's max_call_duration setting.
    Valid range: 10-3600 seconds (10 seconds to 60 minutes)
    Example: `600` (10 minutes)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        personality = self.personality

        id = self.id

        name = self.name

        agent = self.agent

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        assistant_id = self.assistant_id

        personality_name = self.personality_name

        agent_name = self.agent_name

        tags = self.tags

        tool_ids = self.tool_ids

        metrics = self.metrics

        metric_names = self.metric_names

        phone_number = self.phone_number

        outbound_phone_number_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound_phone_number_data, Unset):
            outbound_phone_number_data = self.outbound_phone_number_data.to_dict()

        first_message = self.first_message

        inbound_phone_number: int | None | Unset
        if isinstance(self.inbound_phone_number, Unset):
            inbound_phone_number = UNSET
        else:
            inbound_phone_number = self.inbound_phone_number

        inbound_phone_number_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound_phone_number_data, Unset):
            inbound_phone_number_data = self.inbound_phone_number_data.to_dict()

        instructions = self.instructions

        conditional_actions = self.conditional_actions

        simulation_description = self.simulation_description

        information_fields = self.information_fields

        expected_outcome_prompt = self.expected_outcome_prompt

        scenario_language: str | Unset = UNSET
        if not isinstance(self.scenario_language, Unset):
            scenario_language = self.scenario_language.value

        scenario_type: str | Unset = UNSET
        if not isinstance(self.scenario_type, Unset):
            scenario_type = self.scenario_type.value

        suite_type: str | Unset = UNSET
        if not isinstance(self.suite_type, Unset):
            suite_type = self.suite_type.value

        is_predefined = self.is_predefined

        test_profile: int | None | Unset
        if isinstance(self.test_profile, Unset):
            test_profile = UNSET
        else:
            test_profile = self.test_profile

        test_profile_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_profile_data, Unset):
            test_profile_data = self.test_profile_data.to_dict()

        dynamic_variable_values = self.dynamic_variable_values

        generated_mock_tool_entries: Any | None | Unset
        if isinstance(self.generated_mock_tool_entries, Unset):
            generated_mock_tool_entries = UNSET
        else:
            generated_mock_tool_entries = self.generated_mock_tool_entries

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        max_duration: int | None | Unset
        if isinstance(self.max_duration, Unset):
            max_duration = UNSET
        else:
            max_duration = self.max_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personality": personality,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if agent is not UNSET:
            field_dict["agent"] = agent
        if project is not UNSET:
            field_dict["project"] = project
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if personality_name is not UNSET and _response:
            field_dict["personality_name"] = personality_name
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metric_names is not UNSET and _response:
            field_dict["metric_names"] = metric_names
        if phone_number is not UNSET and _response:
            field_dict["phone_number"] = phone_number
        if outbound_phone_number_data is not UNSET and _response:
            field_dict["outbound_phone_number_data"] = outbound_phone_number_data
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if inbound_phone_number_data is not UNSET and _response:
            field_dict["inbound_phone_number_data"] = inbound_phone_number_data
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if conditional_actions is not UNSET:
            field_dict["conditional_actions"] = conditional_actions
        if simulation_description is not UNSET:
            field_dict["simulation_description"] = simulation_description
        if information_fields is not UNSET:
            field_dict["information_fields"] = information_fields
        if expected_outcome_prompt is not UNSET:
            field_dict["expected_outcome_prompt"] = expected_outcome_prompt
        if scenario_language is not UNSET:
            field_dict["scenario_language"] = scenario_language
        if scenario_type is not UNSET:
            field_dict["scenario_type"] = scenario_type
        if suite_type is not UNSET:
            field_dict["suite_type"] = suite_type
        if is_predefined is not UNSET:
            field_dict["is_predefined"] = is_predefined
        if test_profile is not UNSET:
            field_dict["test_profile"] = test_profile
        if test_profile_data is not UNSET and _response:
            field_dict["test_profile_data"] = test_profile_data
        if dynamic_variable_values is not UNSET and _response:
            field_dict["dynamic_variable_values"] = dynamic_variable_values
        if generated_mock_tool_entries is not UNSET:
            field_dict["generated_mock_tool_entries"] = generated_mock_tool_entries
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            files.append(("tags", (None, str(self.tags).encode(), "text/plain")))

        if not isinstance(self.tool_ids, Unset):
            files.append(("tool_ids", (None, str(self.tool_ids).encode(), "text/plain")))

        if not isinstance(self.metrics, Unset):
            files.append(("metrics", (None, str(self.metrics).encode(), "text/plain")))

        if not isinstance(self.first_message, Unset):
            files.append(("first_message", (None, str(self.first_message).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_number, Unset):
            if isinstance(self.inbound_phone_number, int):
                files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))
            else:
                files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))

        if not isinstance(self.instructions, Unset):
            files.append(("instructions", (None, str(self.instructions).encode(), "text/plain")))

        if not isinstance(self.conditional_actions, Unset):
            files.append(("conditional_actions", (None, str(self.conditional_actions).encode(), "text/plain")))

        if not isinstance(self.simulation_description, Unset):
            files.append(("simulation_description", (None, str(self.simulation_description).encode(), "text/plain")))

        if not isinstance(self.information_fields, Unset):
            files.append(("information_fields", (None, str(self.information_fields).encode(), "text/plain")))

        if not isinstance(self.expected_outcome_prompt, Unset):
            files.append(("expected_outcome_prompt", (None, str(self.expected_outcome_prompt).encode(), "text/plain")))

        if not isinstance(self.scenario_language, Unset):
            files.append(("scenario_language", (None, str(self.scenario_language.value).encode(), "text/plain")))

        if not isinstance(self.scenario_type, Unset):
            files.append(("scenario_type", (None, str(self.scenario_type.value).encode(), "text/plain")))

        if not isinstance(self.suite_type, Unset):
            files.append(("suite_type", (None, str(self.suite_type.value).encode(), "text/plain")))

        if not isinstance(self.is_predefined, Unset):
            files.append(("is_predefined", (None, str(self.is_predefined).encode(), "text/plain")))

        if not isinstance(self.test_profile, Unset):
            if isinstance(self.test_profile, int):
                files.append(("test_profile", (None, str(self.test_profile).encode(), "text/plain")))
            else:
                files.append(("test_profile", (None, str(self.test_profile).encode(), "text/plain")))

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

        if not isinstance(self.folder_path, Unset):
            if isinstance(self.folder_path, str):
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))
            else:
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        if not isinstance(self.max_duration, Unset):
            if isinstance(self.max_duration, int):
                files.append(("max_duration", (None, str(self.max_duration).encode(), "text/plain")))
            else:
                files.append(("max_duration", (None, str(self.max_duration).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_agent_test_profile import AIAgentTestProfile  # noqa: PLC0415
        from ..models.phone_number_inbound import PhoneNumberInbound  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "personality"
            personality = d.pop("personality")
            if not isinstance(personality, (int,)) or isinstance(personality, bool):
                expect(personality, (int,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

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

            _field = "personality_name"
            personality_name = d.pop("personality_name", UNSET)
            if not isinstance(personality_name, (str, Unset)):
                expect(personality_name, (str, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "tags"
            tags = d.pop("tags", UNSET)

            _field = "tool_ids"
            tool_ids = d.pop("tool_ids", UNSET)

            _field = "metrics"
            metrics = d.pop("metrics", UNSET)

            _field = "metric_names"
            metric_names = d.pop("metric_names", UNSET)
            if not isinstance(metric_names, (str, Unset)):
                expect(metric_names, (str, Unset))

            _field = "phone_number"
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                expect(phone_number, (str, Unset))

            _field = "outbound_phone_number_data"
            _outbound_phone_number_data = d.pop("outbound_phone_number_data", UNSET)
            outbound_phone_number_data: PhoneNumberInbound | Unset
            if isinstance(_outbound_phone_number_data, Unset):
                outbound_phone_number_data = UNSET
            else:
                outbound_phone_number_data = PhoneNumberInbound.from_dict(_outbound_phone_number_data)

            if not isinstance(outbound_phone_number_data, (PhoneNumberInbound, Unset)):
                expect(outbound_phone_number_data, (PhoneNumberInbound, Unset))

            _field = "first_message"
            first_message = d.pop("first_message", UNSET)
            if not isinstance(first_message, (str, Unset)):
                expect(first_message, (str, Unset))

            _field = "inbound_phone_number"

            def _parse_inbound_phone_number(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            inbound_phone_number = _parse_inbound_phone_number(d.pop("inbound_phone_number", UNSET))

            if not isinstance(inbound_phone_number, (int, type(None), Unset)) or isinstance(inbound_phone_number, bool):
                expect(inbound_phone_number, (int, type(None), Unset))

            _field = "inbound_phone_number_data"
            _inbound_phone_number_data = d.pop("inbound_phone_number_data", UNSET)
            inbound_phone_number_data: PhoneNumberInbound | Unset
            if isinstance(_inbound_phone_number_data, Unset):
                inbound_phone_number_data = UNSET
            else:
                inbound_phone_number_data = PhoneNumberInbound.from_dict(_inbound_phone_number_data)

            if not isinstance(inbound_phone_number_data, (PhoneNumberInbound, Unset)):
                expect(inbound_phone_number_data, (PhoneNumberInbound, Unset))

            _field = "instructions"
            instructions = d.pop("instructions", UNSET)
            if not isinstance(instructions, (str, Unset)):
                expect(instructions, (str, Unset))

            _field = "conditional_actions"
            conditional_actions = d.pop("conditional_actions", UNSET)

            _field = "simulation_description"
            simulation_description = d.pop("simulation_description", UNSET)
            if not isinstance(simulation_description, (str, Unset)):
                expect(simulation_description, (str, Unset))

            _field = "information_fields"
            information_fields = d.pop("information_fields", UNSET)

            _field = "expected_outcome_prompt"
            expected_outcome_prompt = d.pop("expected_outcome_prompt", UNSET)
            if not isinstance(expected_outcome_prompt, (str, Unset)):
                expect(expected_outcome_prompt, (str, Unset))

            _field = "scenario_language"
            _scenario_language = d.pop("scenario_language", UNSET)
            scenario_language: ScenarioScenarioLanguage | Unset
            if isinstance(_scenario_language, Unset):
                scenario_language = UNSET
            else:
                scenario_language = ScenarioScenarioLanguage(_scenario_language)

            if not isinstance(scenario_language, (ScenarioScenarioLanguage, Unset)):
                expect(scenario_language, (ScenarioScenarioLanguage, Unset))

            _field = "scenario_type"
            _scenario_type = d.pop("scenario_type", UNSET)
            scenario_type: ScenarioScenarioType | Unset
            if isinstance(_scenario_type, Unset):
                scenario_type = UNSET
            else:
                scenario_type = ScenarioScenarioType(_scenario_type)

            if not isinstance(scenario_type, (ScenarioScenarioType, Unset)):
                expect(scenario_type, (ScenarioScenarioType, Unset))

            _field = "suite_type"
            _suite_type = d.pop("suite_type", UNSET)
            suite_type: ScenarioSuiteType | Unset
            if isinstance(_suite_type, Unset):
                suite_type = UNSET
            else:
                suite_type = ScenarioSuiteType(_suite_type)

            if not isinstance(suite_type, (ScenarioSuiteType, Unset)):
                expect(suite_type, (ScenarioSuiteType, Unset))

            _field = "is_predefined"
            is_predefined = d.pop("is_predefined", UNSET)
            if not isinstance(is_predefined, (bool, Unset)):
                expect(is_predefined, (bool, Unset))

            _field = "test_profile"

            def _parse_test_profile(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            test_profile = _parse_test_profile(d.pop("test_profile", UNSET))

            if not isinstance(test_profile, (int, type(None), Unset)) or isinstance(test_profile, bool):
                expect(test_profile, (int, type(None), Unset))

            _field = "test_profile_data"
            _test_profile_data = d.pop("test_profile_data", UNSET)
            test_profile_data: AIAgentTestProfile | Unset
            if isinstance(_test_profile_data, Unset):
                test_profile_data = UNSET
            else:
                test_profile_data = AIAgentTestProfile.from_dict(_test_profile_data)

            if not isinstance(test_profile_data, (AIAgentTestProfile, Unset)):
                expect(test_profile_data, (AIAgentTestProfile, Unset))

            _field = "dynamic_variable_values"
            dynamic_variable_values = d.pop("dynamic_variable_values", UNSET)

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

            _field = "max_duration"

            def _parse_max_duration(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_duration = _parse_max_duration(d.pop("max_duration", UNSET))

            if not isinstance(max_duration, (int, type(None), Unset)) or isinstance(max_duration, bool):
                expect(max_duration, (int, type(None), Unset))

            scenario = cls(
                personality=personality,
                id=id,
                name=name,
                agent=agent,
                project=project,
                assistant_id=assistant_id,
                personality_name=personality_name,
                agent_name=agent_name,
                tags=tags,
                tool_ids=tool_ids,
                metrics=metrics,
                metric_names=metric_names,
                phone_number=phone_number,
                outbound_phone_number_data=outbound_phone_number_data,
                first_message=first_message,
                inbound_phone_number=inbound_phone_number,
                inbound_phone_number_data=inbound_phone_number_data,
                instructions=instructions,
                conditional_actions=conditional_actions,
                simulation_description=simulation_description,
                information_fields=information_fields,
                expected_outcome_prompt=expected_outcome_prompt,
                scenario_language=scenario_language,
                scenario_type=scenario_type,
                suite_type=suite_type,
                is_predefined=is_predefined,
                test_profile=test_profile,
                test_profile_data=test_profile_data,
                dynamic_variable_values=dynamic_variable_values,
                generated_mock_tool_entries=generated_mock_tool_entries,
                folder_path=folder_path,
                max_duration=max_duration,
            )

            scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario

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
