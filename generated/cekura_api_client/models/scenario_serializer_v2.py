from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.scenario_serializer_v2_scenario_language import ScenarioSerializerV2ScenarioLanguage
from ..models.scenario_serializer_v2_scenario_type import ScenarioSerializerV2ScenarioType
from ..models.scenario_serializer_v2_suite_type import ScenarioSerializerV2SuiteType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_agent_test_profile import AIAgentTestProfile
    from ..models.phone_number_inbound import PhoneNumberInbound


_PROPERTIES: frozenset[str] = frozenset(
    {
        "personality",
        "id",
        "name",
        "agent",
        "project",
        "assistant_id",
        "personality_name",
        "agent_name",
        "tags",
        "tool_ids",
        "metrics",
        "metric_names",
        "phone_number",
        "outbound_phone_number_data",
        "first_message",
        "inbound_phone_number",
        "inbound_phone_number_data",
        "instructions",
        "conditional_actions",
        "simulation_description",
        "information_fields",
        "expected_outcome_prompt",
        "scenario_language",
        "scenario_type",
        "suite_type",
        "is_predefined",
        "test_profile",
        "test_profile_data",
        "dynamic_variable_values",
        "generated_mock_tool_entries",
        "folder_path",
        "max_duration",
    }
)

T = TypeVar("T", bound="ScenarioSerializerV2")


@_attrs_define
class ScenarioSerializerV2:
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
    phone_number: int | None | Unset = UNSET
    """
    Phone number ID - Used for both inbound and outbound calls
    Example: `123`
     """
    outbound_phone_number_data: PhoneNumberInbound | Unset = UNSET
    """ Phone number used for outbound calls in this scenario
    Example: `"+1234567890"` """
    first_message: str | Unset = UNSET
    """ First message to be sent to the Main Agent """
    inbound_phone_number: int | None | Unset = UNSET
    """
    (Deprecated) Use phone_number instead. This field is maintained for backward compatibility only.
    When phone_number is set, this field will be automatically synced.
    Example: `123`
     """
    inbound_phone_number_data: PhoneNumberInbound | Unset = UNSET
    """ (Deprecated) Phone number used for inbound calls in this scenario. Use outbound_phone_number_data instead.
    After CEK-6517, both phone_number and inbound_phone_number fields are synced, so outbound_phone_number_data
    contains the unified phone number for both inbound and outbound calls.
    Example: `{"id": 123, "number": "+1234567890", "phone_number_id": "abc123"}` """
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
    scenario_language: ScenarioSerializerV2ScenarioLanguage | Unset = UNSET
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
    scenario_type: ScenarioSerializerV2ScenarioType | Unset = ScenarioSerializerV2ScenarioType.INSTRUCTION
    """
    Type of scenario. Defaults to `instruction`. Must be sent as `conditional_actions` when the
    request includes the `conditional_actions` field.


    * `instruction` - Instruction
    * `real_world_smart` - Real World Smart
    * `real_world_fixed` - Real World Fixed
    * `conditional_actions` - Conditional Actions """
    suite_type: ScenarioSerializerV2SuiteType | Unset = UNSET
    """ Type of predefined suite (e.g., infrastructure)

    * `undefined` - Undefined
    * `infrastructure` - Infrastructure """
    is_predefined: bool | Unset = UNSET
    """ Whether this is a predefined scenario (template) """
    test_profile: int | None | Unset = UNSET
    test_profile_data: AIAgentTestProfile | Unset = UNSET
    """ Details of the test profile associated with this scenario. `information` uses the
    sectioned shape: `main_agent_variables` are sent to the agent under test as
    dynamic variables at call time; `testing_agent_variables` are persona/context
    used by Cekura's simulated caller. Legacy flat dicts (no section keys) still
    work — at call time they are delivered to both sides for backward compatibility.
    Example:
    ```json
    {
        "id": "<integer>",
        "agent_id": "<integer>",
        "name": "<string>",
        "information": {
            "main_agent_variables": {
                "user_id": "<string>",
                "account_id": "<string>"
            },
            "testing_agent_variables": {
                "user_name": "<string>",
                "user_email": "<string>",
                "order_id": "<string>"
            }
        }
    }
    ``` """
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "personality": self.personality,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.personality_name, Unset) and _response:
            field_dict["personality_name"] = self.personality_name
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.tool_ids, Unset):
            field_dict["tool_ids"] = self.tool_ids
        if not isinstance(self.metrics, Unset):
            field_dict["metrics"] = self.metrics
        if not isinstance(self.metric_names, Unset) and _response:
            field_dict["metric_names"] = self.metric_names
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.outbound_phone_number_data, Unset) and _response:
            field_dict["outbound_phone_number_data"] = (
                self.outbound_phone_number_data.to_dict()
                if type(self.outbound_phone_number_data) is PhoneNumberInbound
                else written(self.outbound_phone_number_data, "outbound_phone_number_data", self)
            )
        if not isinstance(self.first_message, Unset):
            field_dict["first_message"] = self.first_message
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
        if not isinstance(self.inbound_phone_number_data, Unset) and _response:
            field_dict["inbound_phone_number_data"] = (
                self.inbound_phone_number_data.to_dict()
                if type(self.inbound_phone_number_data) is PhoneNumberInbound
                else written(self.inbound_phone_number_data, "inbound_phone_number_data", self)
            )
        if not isinstance(self.instructions, Unset):
            field_dict["instructions"] = self.instructions
        if not isinstance(self.conditional_actions, Unset):
            field_dict["conditional_actions"] = self.conditional_actions
        if not isinstance(self.simulation_description, Unset):
            field_dict["simulation_description"] = self.simulation_description
        if not isinstance(self.information_fields, Unset):
            field_dict["information_fields"] = self.information_fields
        if not isinstance(self.expected_outcome_prompt, Unset):
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if not isinstance(self.scenario_language, Unset):
            field_dict["scenario_language"] = (
                self.scenario_language._value_
                if type(self.scenario_language) is ScenarioSerializerV2ScenarioLanguage
                else enum_value(ScenarioSerializerV2ScenarioLanguage, self.scenario_language, "scenario_language", self)
            )
        if not isinstance(self.scenario_type, Unset):
            field_dict["scenario_type"] = (
                self.scenario_type._value_
                if type(self.scenario_type) is ScenarioSerializerV2ScenarioType
                else enum_value(ScenarioSerializerV2ScenarioType, self.scenario_type, "scenario_type", self)
            )
        if not isinstance(self.suite_type, Unset):
            field_dict["suite_type"] = (
                self.suite_type._value_
                if type(self.suite_type) is ScenarioSerializerV2SuiteType
                else enum_value(ScenarioSerializerV2SuiteType, self.suite_type, "suite_type", self)
            )
        if not isinstance(self.is_predefined, Unset):
            field_dict["is_predefined"] = self.is_predefined
        if not isinstance(self.test_profile, Unset):
            field_dict["test_profile"] = self.test_profile
        if not isinstance(self.test_profile_data, Unset) and _response:
            field_dict["test_profile_data"] = (
                self.test_profile_data.to_dict()
                if type(self.test_profile_data) is AIAgentTestProfile
                else written(self.test_profile_data, "test_profile_data", self)
            )
        if not isinstance(self.dynamic_variable_values, Unset) and _response:
            field_dict["dynamic_variable_values"] = self.dynamic_variable_values
        if not isinstance(self.generated_mock_tool_entries, Unset):
            field_dict["generated_mock_tool_entries"] = self.generated_mock_tool_entries
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if not isinstance(self.max_duration, Unset):
            field_dict["max_duration"] = self.max_duration
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            files.append(("tags", (None, form_text(self.tags, "tags"), "text/plain")))

        if not isinstance(self.tool_ids, Unset):
            files.append(("tool_ids", (None, form_text(self.tool_ids, "tool_ids"), "text/plain")))

        if not isinstance(self.metrics, Unset):
            files.append(("metrics", (None, form_text(self.metrics, "metrics"), "text/plain")))

        if not isinstance(self.phone_number, Unset):
            if isinstance(self.phone_number, int):
                files.append(("phone_number", (None, str(self.phone_number).encode(), "text/plain")))
            else:
                files.append(("phone_number", (None, b"", "text/plain")))

        if not isinstance(self.first_message, Unset):
            files.append(("first_message", (None, str(self.first_message).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_number, Unset):
            if isinstance(self.inbound_phone_number, int):
                files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))
            else:
                files.append(("inbound_phone_number", (None, b"", "text/plain")))

        if not isinstance(self.instructions, Unset):
            files.append(("instructions", (None, str(self.instructions).encode(), "text/plain")))

        if not isinstance(self.conditional_actions, Unset):
            files.append(
                (
                    "conditional_actions",
                    (None, form_text(self.conditional_actions, "conditional_actions"), "text/plain"),
                )
            )

        if not isinstance(self.simulation_description, Unset):
            files.append(("simulation_description", (None, str(self.simulation_description).encode(), "text/plain")))

        if not isinstance(self.information_fields, Unset):
            files.append(
                ("information_fields", (None, form_text(self.information_fields, "information_fields"), "text/plain"))
            )

        if not isinstance(self.expected_outcome_prompt, Unset):
            files.append(("expected_outcome_prompt", (None, str(self.expected_outcome_prompt).encode(), "text/plain")))

        if not isinstance(self.scenario_language, Unset):
            files.append(
                (
                    "scenario_language",
                    (
                        None,
                        str(
                            enum_value(
                                ScenarioSerializerV2ScenarioLanguage, self.scenario_language, "scenario_language"
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.scenario_type, Unset):
            files.append(
                (
                    "scenario_type",
                    (
                        None,
                        str(enum_value(ScenarioSerializerV2ScenarioType, self.scenario_type, "scenario_type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.suite_type, Unset):
            files.append(
                (
                    "suite_type",
                    (
                        None,
                        str(enum_value(ScenarioSerializerV2SuiteType, self.suite_type, "suite_type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.is_predefined, Unset):
            files.append(("is_predefined", (None, str(self.is_predefined).encode(), "text/plain")))

        if not isinstance(self.test_profile, Unset):
            if isinstance(self.test_profile, int):
                files.append(("test_profile", (None, str(self.test_profile).encode(), "text/plain")))
            else:
                files.append(("test_profile", (None, b"", "text/plain")))

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

        if not isinstance(self.folder_path, Unset):
            if isinstance(self.folder_path, str):
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))
            else:
                files.append(("folder_path", (None, b"", "text/plain")))

        if not isinstance(self.max_duration, Unset):
            if isinstance(self.max_duration, int):
                files.append(("max_duration", (None, str(self.max_duration).encode(), "text/plain")))
            else:
                files.append(("max_duration", (None, b"", "text/plain")))

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
            _present = 1
            _field = "personality"
            try:
                personality: Any = src_dict["personality"]
                if type(personality) is not int:
                    personality = checked(personality, (int,))
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int")

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

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

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

            _field = "personality_name"
            try:
                if "personality_name" in src_dict:
                    personality_name: Any = src_dict["personality_name"]
                    _present += 1
                    if type(personality_name) is not str:
                        personality_name = checked(personality_name, (str,))
                else:
                    personality_name = UNSET
            except FIELD_ERRORS as _error:
                personality_name, _found = tolerated(src_dict, "personality_name", _error, _found, "str")

            _field = "agent_name"
            try:
                if "agent_name" in src_dict:
                    agent_name: Any = src_dict["agent_name"]
                    _present += 1
                    if type(agent_name) is not str:
                        agent_name = checked(agent_name, (str,))
                else:
                    agent_name = UNSET
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "tags"
            try:
                if "tags" in src_dict:
                    tags: Any = src_dict["tags"]
                    _present += 1

                else:
                    tags = UNSET
            except FIELD_ERRORS as _error:
                tags, _found = tolerated(src_dict, "tags", _error, _found, "Any")

            _field = "tool_ids"
            try:
                if "tool_ids" in src_dict:
                    tool_ids: Any = src_dict["tool_ids"]
                    _present += 1

                else:
                    tool_ids = UNSET
            except FIELD_ERRORS as _error:
                tool_ids, _found = tolerated(src_dict, "tool_ids", _error, _found, "Any")

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1

                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(src_dict, "metrics", _error, _found, "Any")

            _field = "metric_names"
            try:
                if "metric_names" in src_dict:
                    metric_names: Any = src_dict["metric_names"]
                    _present += 1
                    if type(metric_names) is not str:
                        metric_names = checked(metric_names, (str,))
                else:
                    metric_names = UNSET
            except FIELD_ERRORS as _error:
                metric_names, _found = tolerated(src_dict, "metric_names", _error, _found, "str")

            _field = "phone_number"
            try:
                if "phone_number" in src_dict:
                    phone_number: Any = src_dict["phone_number"]
                    _present += 1
                    if phone_number is not None:
                        if type(phone_number) is not int:
                            phone_number = checked(phone_number, (int, type(None)))
                else:
                    phone_number = UNSET
            except FIELD_ERRORS as _error:
                phone_number, _found = tolerated(src_dict, "phone_number", _error, _found, "int | None")

            _field = "outbound_phone_number_data"
            try:
                if "outbound_phone_number_data" in src_dict:
                    outbound_phone_number_data: Any = src_dict["outbound_phone_number_data"]
                    _present += 1
                    outbound_phone_number_data = PhoneNumberInbound.from_dict(outbound_phone_number_data)
                else:
                    outbound_phone_number_data = UNSET
            except FIELD_ERRORS as _error:
                outbound_phone_number_data, _found = tolerated(
                    src_dict, "outbound_phone_number_data", _error, _found, "PhoneNumberInbound"
                )

            _field = "first_message"
            try:
                if "first_message" in src_dict:
                    first_message: Any = src_dict["first_message"]
                    _present += 1
                    if type(first_message) is not str:
                        first_message = checked(first_message, (str,))
                else:
                    first_message = UNSET
            except FIELD_ERRORS as _error:
                first_message, _found = tolerated(src_dict, "first_message", _error, _found, "str")

            _field = "inbound_phone_number"
            try:
                if "inbound_phone_number" in src_dict:
                    inbound_phone_number: Any = src_dict["inbound_phone_number"]
                    _present += 1
                    if inbound_phone_number is not None:
                        if type(inbound_phone_number) is not int:
                            inbound_phone_number = checked(inbound_phone_number, (int, type(None)))
                else:
                    inbound_phone_number = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_number, _found = tolerated(src_dict, "inbound_phone_number", _error, _found, "int | None")

            _field = "inbound_phone_number_data"
            try:
                if "inbound_phone_number_data" in src_dict:
                    inbound_phone_number_data: Any = src_dict["inbound_phone_number_data"]
                    _present += 1
                    inbound_phone_number_data = PhoneNumberInbound.from_dict(inbound_phone_number_data)
                else:
                    inbound_phone_number_data = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_number_data, _found = tolerated(
                    src_dict, "inbound_phone_number_data", _error, _found, "PhoneNumberInbound"
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

                else:
                    conditional_actions = UNSET
            except FIELD_ERRORS as _error:
                conditional_actions, _found = tolerated(src_dict, "conditional_actions", _error, _found, "Any")

            _field = "simulation_description"
            try:
                if "simulation_description" in src_dict:
                    simulation_description: Any = src_dict["simulation_description"]
                    _present += 1
                    if type(simulation_description) is not str:
                        simulation_description = checked(simulation_description, (str,))
                else:
                    simulation_description = UNSET
            except FIELD_ERRORS as _error:
                simulation_description, _found = tolerated(src_dict, "simulation_description", _error, _found, "str")

            _field = "information_fields"
            try:
                if "information_fields" in src_dict:
                    information_fields: Any = src_dict["information_fields"]
                    _present += 1

                else:
                    information_fields = UNSET
            except FIELD_ERRORS as _error:
                information_fields, _found = tolerated(src_dict, "information_fields", _error, _found, "Any")

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

            _field = "scenario_language"
            try:
                if "scenario_language" in src_dict:
                    scenario_language: Any = src_dict["scenario_language"]
                    _present += 1
                    scenario_language = (
                        ScenarioSerializerV2ScenarioLanguage._value2member_map_.get(scenario_language)
                        or ScenarioSerializerV2ScenarioLanguage(scenario_language)
                        if type(scenario_language) is str
                        else checked(scenario_language, (ScenarioSerializerV2ScenarioLanguage,))
                    )
                else:
                    scenario_language = UNSET
            except FIELD_ERRORS as _error:
                scenario_language, _found = tolerated(
                    src_dict, "scenario_language", _error, _found, "ScenarioSerializerV2ScenarioLanguage"
                )

            _field = "scenario_type"
            try:
                if "scenario_type" in src_dict:
                    scenario_type: Any = src_dict["scenario_type"]
                    _present += 1
                    scenario_type = (
                        ScenarioSerializerV2ScenarioType._value2member_map_.get(scenario_type)
                        or ScenarioSerializerV2ScenarioType(scenario_type)
                        if type(scenario_type) is str
                        else checked(scenario_type, (ScenarioSerializerV2ScenarioType,))
                    )
                else:
                    scenario_type = UNSET
            except FIELD_ERRORS as _error:
                scenario_type, _found = tolerated(
                    src_dict, "scenario_type", _error, _found, "ScenarioSerializerV2ScenarioType"
                )

            _field = "suite_type"
            try:
                if "suite_type" in src_dict:
                    suite_type: Any = src_dict["suite_type"]
                    _present += 1
                    suite_type = (
                        ScenarioSerializerV2SuiteType._value2member_map_.get(suite_type)
                        or ScenarioSerializerV2SuiteType(suite_type)
                        if type(suite_type) is str
                        else checked(suite_type, (ScenarioSerializerV2SuiteType,))
                    )
                else:
                    suite_type = UNSET
            except FIELD_ERRORS as _error:
                suite_type, _found = tolerated(src_dict, "suite_type", _error, _found, "ScenarioSerializerV2SuiteType")

            _field = "is_predefined"
            try:
                if "is_predefined" in src_dict:
                    is_predefined: Any = src_dict["is_predefined"]
                    _present += 1
                    if type(is_predefined) is not bool:
                        is_predefined = checked(is_predefined, (bool,))
                else:
                    is_predefined = UNSET
            except FIELD_ERRORS as _error:
                is_predefined, _found = tolerated(src_dict, "is_predefined", _error, _found, "bool")

            _field = "test_profile"
            try:
                if "test_profile" in src_dict:
                    test_profile: Any = src_dict["test_profile"]
                    _present += 1
                    if test_profile is not None:
                        if type(test_profile) is not int:
                            test_profile = checked(test_profile, (int, type(None)))
                else:
                    test_profile = UNSET
            except FIELD_ERRORS as _error:
                test_profile, _found = tolerated(src_dict, "test_profile", _error, _found, "int | None")

            _field = "test_profile_data"
            try:
                if "test_profile_data" in src_dict:
                    test_profile_data: Any = src_dict["test_profile_data"]
                    _present += 1
                    test_profile_data = AIAgentTestProfile.from_dict(test_profile_data)
                else:
                    test_profile_data = UNSET
            except FIELD_ERRORS as _error:
                test_profile_data, _found = tolerated(
                    src_dict, "test_profile_data", _error, _found, "AIAgentTestProfile"
                )

            _field = "dynamic_variable_values"
            try:
                if "dynamic_variable_values" in src_dict:
                    dynamic_variable_values: Any = src_dict["dynamic_variable_values"]
                    _present += 1

                else:
                    dynamic_variable_values = UNSET
            except FIELD_ERRORS as _error:
                dynamic_variable_values, _found = tolerated(src_dict, "dynamic_variable_values", _error, _found, "Any")

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

            _field = "max_duration"
            try:
                if "max_duration" in src_dict:
                    max_duration: Any = src_dict["max_duration"]
                    _present += 1
                    if max_duration is not None:
                        if type(max_duration) is not int:
                            max_duration = checked(max_duration, (int, type(None)))
                else:
                    max_duration = UNSET
            except FIELD_ERRORS as _error:
                max_duration, _found = tolerated(src_dict, "max_duration", _error, _found, "int | None")

            _instance = cls(
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
    global _imports_pending, AIAgentTestProfile, PhoneNumberInbound  # noqa: PLW0603
    from ..models.ai_agent_test_profile import AIAgentTestProfile  # noqa: PLC0415
    from ..models.phone_number_inbound import PhoneNumberInbound  # noqa: PLC0415

    _imports_pending = False
