from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenario_list_scenario_language_type_1 import ScenarioListScenarioLanguageType1
from ..models.scenario_list_scenario_language_type_2_type_1 import ScenarioListScenarioLanguageType2Type1
from ..models.scenario_list_scenario_language_type_3_type_1 import ScenarioListScenarioLanguageType3Type1
from ..models.scenario_list_scenario_type import ScenarioListScenarioType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_agent_test_profile import AIAgentTestProfile


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "instructions",
        "agent",
        "id",
        "personality",
        "personality_name",
        "agent_name",
        "phone_number",
        "expected_outcome_prompt",
        "scenario_language",
        "scenario_type",
        "tags",
        "inbound_phone_number",
        "inbound_phone_number_data",
        "metrics",
        "metric_names",
        "first_message",
        "tool_ids",
        "test_profile",
        "test_profile_data",
        "dynamic_variable_values",
        "created_at",
        "updated_at",
        "created_by",
        "last_updated_by",
        "folder_path",
    }
)

T = TypeVar("T", bound="ScenarioList")


@_attrs_define
class ScenarioList:
    name: str
    """ Name of the scenario """
    instructions: str
    """
    Scenario Instructions - format depends on scenario_type:

    **For scenario_type="instruction":**
    Plain text describing the caller's behavior.
    Example: `"You are a customer calling to inquire about your order status. Be polite and provide order number
    12345 when asked."`

    **For scenario_type="conditional_actions":**
    Use the structured `conditional_actions` field instead. If you must send via this field, pass a JSON-formatted
    string with role and conditions:
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

    **Structure:**
    - `role`: Personality/role description
    - `conditions`: Array with id (0,1,2...), condition (FIRST_MESSAGE | a natural-language third-person description
    of the main agent's observable action, e.g. `"The agent asks for your date of birth"` — matched semantically
    against the conversation context | integer reference to another condition's id), action (text with SSML
    `<silence time="1.5s" />` (interruptible) or `<hold time="2s" />` (not interruptible) and markers `[laughter]`
    or `<endcall />`), type (standard | action_followup), fixed_message (boolean)
     """
    agent: int
    """ Foreign key reference to the AI agent that owns this scenario """
    id: int | Unset = UNSET
    """
    Unique identifier for the AI agent
    Example: `123`
     """
    personality: int | None | Unset = UNSET
    """ Foreign key reference to the personality used in this scenario """
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
    phone_number: str | Unset = UNSET
    expected_outcome_prompt: str | Unset = UNSET
    """
    Expected outcome prompt for the scenario
    Example: `"The user should be able to complete the order"`
     """
    scenario_language: (
        None
        | ScenarioListScenarioLanguageType1
        | ScenarioListScenarioLanguageType2Type1
        | ScenarioListScenarioLanguageType3Type1
        | Unset
    ) = UNSET
    """ Language code for the scenario (ISO language code)

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
    scenario_type: ScenarioListScenarioType | Unset = ScenarioListScenarioType.INSTRUCTION
    """
    Type of scenario:
    - `instruction`: Standard instruction-based scenario where instructions field contains plain text
    - `conditional_actions`: Conditional action-based scenario where instructions field contains JSON
    - `real_world_smart`: Real world smart scenario
    - `real_world_fixed`: Real world fixed scenario


    * `instruction` - Instruction
    * `real_world_smart` - Real World Smart
    * `real_world_fixed` - Real World Fixed
    * `conditional_actions` - Conditional Actions """
    tags: Any | Unset = UNSET
    """
    List of tags associated with this scenario for categorization
    Example: `["tag1", "tag2", "tag3"]`
     """
    inbound_phone_number: int | None | Unset = UNSET
    """ (Deprecated) Foreign key reference to the phone number. Use phone_number field instead. This field is
    maintained for backward compatibility and will be automatically synced with phone_number. """
    inbound_phone_number_data: str | Unset = UNSET
    """ Details of the phone number used for inbound calls """
    metrics: str | Unset = UNSET
    """ List of metrics associated with this scenario for evaluation """
    metric_names: str | Unset = UNSET
    """
    List of metric names associated with this scenario
    Example: `["Metric 1", "Metric 2", "Metric 3"]`
     """
    first_message: str | Unset = "Hello"
    """ The initial message that the AI agent will send when the scenario starts """
    tool_ids: Any | Unset = UNSET
    """
    List of tool IDs that are available for use in this scenario
    Example: `["TOOL_DTML", "TOOL_END_CALL"]`
     """
    test_profile: int | None | Unset = UNSET
    """
    Test profile ID
    Example: `123`
     """
    test_profile_data: AIAgentTestProfile | Unset = UNSET
    """ Details of the test profile associated with this scenario
    Example:
    ```json
    {
        "id": "<integer>",
        "agent": "<integer>",
        "name": "<string>",
        "information": {
            "user_name": "John Doe",
            "user_email": "john.doe@example.com",
        }
    }
    ``` """
    dynamic_variable_values: Any | None | Unset = UNSET
    """ REMOVED FROM API. Historically stored a flat copy of the agent's dynamic-variable values for the scenario.
    The column is retained read-only for legacy rows; reads still return its historical value, but writes via the
    API are rejected with a 400. At call time the Run-level helper consults this column ONLY when the attached
    test_profile is legacy-flat (or absent) — sectioned test profiles are the canonical source and ignore this
    column. Put dynamic-variable values in `test_profile.information.main_agent_variables` for new scenarios. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the scenario was created """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the scenario was last updated """
    created_by: int | Unset = UNSET
    """ ID of the user who created this scenario """
    last_updated_by: int | Unset = UNSET
    """ ID of the user who last updated this scenario """
    folder_path: None | str | Unset = UNSET
    """ Dot-separated path of the folder to assign this evaluator to (e.g. "Sales.Inbound"). Folders must be created
    before use — they are not auto-created. Use `scenarios_create_folder_create` to create each level before
    assigning evaluators. Example: to use "Sales.Inbound", first create "Sales", then create "Inbound" inside it.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        scenario_language: None | str | Unset
        if isinstance(self.scenario_language, Unset):
            scenario_language = UNSET
        elif isinstance(self.scenario_language, ScenarioListScenarioLanguageType1):
            scenario_language = enum_value(
                ScenarioListScenarioLanguageType1, self.scenario_language, "scenario_language"
            )
        elif isinstance(self.scenario_language, ScenarioListScenarioLanguageType2Type1):
            scenario_language = enum_value(
                ScenarioListScenarioLanguageType2Type1, self.scenario_language, "scenario_language"
            )
        elif isinstance(self.scenario_language, ScenarioListScenarioLanguageType3Type1):
            scenario_language = enum_value(
                ScenarioListScenarioLanguageType3Type1, self.scenario_language, "scenario_language"
            )
        else:
            scenario_language = self.scenario_language

        field_dict: dict[str, Any] = {
            "name": self.name,
            "instructions": self.instructions,
            "agent": self.agent,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.personality_name, Unset) and _response:
            field_dict["personality_name"] = self.personality_name
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.phone_number, Unset) and _response:
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.expected_outcome_prompt, Unset) and _response:
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if scenario_language is not UNSET:
            field_dict["scenario_language"] = scenario_language
        if not isinstance(self.scenario_type, Unset):
            field_dict["scenario_type"] = (
                self.scenario_type._value_
                if type(self.scenario_type) is ScenarioListScenarioType
                else enum_value(ScenarioListScenarioType, self.scenario_type, "scenario_type", self)
            )
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
        if not isinstance(self.inbound_phone_number_data, Unset) and _response:
            field_dict["inbound_phone_number_data"] = self.inbound_phone_number_data
        if not isinstance(self.metrics, Unset) and _response:
            field_dict["metrics"] = self.metrics
        if not isinstance(self.metric_names, Unset) and _response:
            field_dict["metric_names"] = self.metric_names
        if not isinstance(self.first_message, Unset):
            field_dict["first_message"] = self.first_message
        if not isinstance(self.tool_ids, Unset):
            field_dict["tool_ids"] = self.tool_ids
        if not isinstance(self.test_profile, Unset):
            field_dict["test_profile"] = self.test_profile
        if not isinstance(self.test_profile_data, Unset) and _response:
            field_dict["test_profile_data"] = (
                self.test_profile_data.to_dict()
                if type(self.test_profile_data) is AIAgentTestProfile
                else written(self.test_profile_data, "test_profile_data", self)
            )
        if not isinstance(self.dynamic_variable_values, Unset):
            field_dict["dynamic_variable_values"] = self.dynamic_variable_values
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if not isinstance(self.created_by, Unset) and _response:
            field_dict["created_by"] = self.created_by
        if not isinstance(self.last_updated_by, Unset) and _response:
            field_dict["last_updated_by"] = self.last_updated_by
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
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
            _present = 3
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "instructions"
            try:
                instructions: Any = src_dict["instructions"]
                if type(instructions) is not str:
                    instructions = checked(instructions, (str,))
            except FIELD_ERRORS as _error:
                instructions, _found = tolerated(src_dict, "instructions", _error, _found, "str")

            _field = "agent"
            try:
                agent: Any = src_dict["agent"]
                if type(agent) is not int:
                    agent = checked(agent, (int,))
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

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

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if personality is not None:
                        if type(personality) is not int:
                            personality = checked(personality, (int, type(None)))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int | None")

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

            _field = "phone_number"
            try:
                if "phone_number" in src_dict:
                    phone_number: Any = src_dict["phone_number"]
                    _present += 1
                    if type(phone_number) is not str:
                        phone_number = checked(phone_number, (str,))
                else:
                    phone_number = UNSET
            except FIELD_ERRORS as _error:
                phone_number, _found = tolerated(src_dict, "phone_number", _error, _found, "str")

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

                def _parse_scenario_language(
                    data: object,
                ) -> (
                    None
                    | ScenarioListScenarioLanguageType1
                    | ScenarioListScenarioLanguageType2Type1
                    | ScenarioListScenarioLanguageType3Type1
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        scenario_language_type_1 = ScenarioListScenarioLanguageType1(data)

                        return scenario_language_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        scenario_language_type_2_type_1 = ScenarioListScenarioLanguageType2Type1(data)

                        return scenario_language_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        scenario_language_type_3_type_1 = ScenarioListScenarioLanguageType3Type1(data)

                        return scenario_language_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None
                        | ScenarioListScenarioLanguageType1
                        | ScenarioListScenarioLanguageType2Type1
                        | ScenarioListScenarioLanguageType3Type1
                        | Unset,
                        data,
                    )

                scenario_language = _parse_scenario_language(src_dict.get("scenario_language", UNSET))

                if not isinstance(
                    scenario_language,
                    (
                        type(None),
                        ScenarioListScenarioLanguageType1,
                        ScenarioListScenarioLanguageType2Type1,
                        ScenarioListScenarioLanguageType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        scenario_language,
                        (
                            type(None),
                            ScenarioListScenarioLanguageType1,
                            ScenarioListScenarioLanguageType2Type1,
                            ScenarioListScenarioLanguageType3Type1,
                            Unset,
                        ),
                    )
                if scenario_language is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                scenario_language, _found = tolerated(
                    src_dict,
                    "scenario_language",
                    _error,
                    _found,
                    "None | ScenarioListScenarioLanguageType1 | ScenarioListScenarioLanguageType2Type1 | ScenarioListScenarioLanguageType3Type1",
                )

            _field = "scenario_type"
            try:
                if "scenario_type" in src_dict:
                    scenario_type: Any = src_dict["scenario_type"]
                    _present += 1
                    scenario_type = (
                        ScenarioListScenarioType._value2member_map_.get(scenario_type)
                        or ScenarioListScenarioType(scenario_type)
                        if type(scenario_type) is str
                        else checked(scenario_type, (ScenarioListScenarioType,))
                    )
                else:
                    scenario_type = UNSET
            except FIELD_ERRORS as _error:
                scenario_type, _found = tolerated(src_dict, "scenario_type", _error, _found, "ScenarioListScenarioType")

            _field = "tags"
            try:
                if "tags" in src_dict:
                    tags: Any = src_dict["tags"]
                    _present += 1

                else:
                    tags = UNSET
            except FIELD_ERRORS as _error:
                tags, _found = tolerated(src_dict, "tags", _error, _found, "Any")

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
                    if type(inbound_phone_number_data) is not str:
                        inbound_phone_number_data = checked(inbound_phone_number_data, (str,))
                else:
                    inbound_phone_number_data = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_number_data, _found = tolerated(
                    src_dict, "inbound_phone_number_data", _error, _found, "str"
                )

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1
                    if type(metrics) is not str:
                        metrics = checked(metrics, (str,))
                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(src_dict, "metrics", _error, _found, "str")

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

            _field = "tool_ids"
            try:
                if "tool_ids" in src_dict:
                    tool_ids: Any = src_dict["tool_ids"]
                    _present += 1

                else:
                    tool_ids = UNSET
            except FIELD_ERRORS as _error:
                tool_ids, _found = tolerated(src_dict, "tool_ids", _error, _found, "Any")

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
                dynamic_variable_values, _found = tolerated(
                    src_dict, "dynamic_variable_values", _error, _found, "Any | None"
                )

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _field = "created_by"
            try:
                if "created_by" in src_dict:
                    created_by: Any = src_dict["created_by"]
                    _present += 1
                    if type(created_by) is not int:
                        created_by = checked(created_by, (int,))
                else:
                    created_by = UNSET
            except FIELD_ERRORS as _error:
                created_by, _found = tolerated(src_dict, "created_by", _error, _found, "int")

            _field = "last_updated_by"
            try:
                if "last_updated_by" in src_dict:
                    last_updated_by: Any = src_dict["last_updated_by"]
                    _present += 1
                    if type(last_updated_by) is not int:
                        last_updated_by = checked(last_updated_by, (int,))
                else:
                    last_updated_by = UNSET
            except FIELD_ERRORS as _error:
                last_updated_by, _found = tolerated(src_dict, "last_updated_by", _error, _found, "int")

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

            _instance = cls(
                name=name,
                instructions=instructions,
                agent=agent,
                id=id,
                personality=personality,
                personality_name=personality_name,
                agent_name=agent_name,
                phone_number=phone_number,
                expected_outcome_prompt=expected_outcome_prompt,
                scenario_language=scenario_language,
                scenario_type=scenario_type,
                tags=tags,
                inbound_phone_number=inbound_phone_number,
                inbound_phone_number_data=inbound_phone_number_data,
                metrics=metrics,
                metric_names=metric_names,
                first_message=first_message,
                tool_ids=tool_ids,
                test_profile=test_profile,
                test_profile_data=test_profile_data,
                dynamic_variable_values=dynamic_variable_values,
                created_at=created_at,
                updated_at=updated_at,
                created_by=created_by,
                last_updated_by=last_updated_by,
                folder_path=folder_path,
            )
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
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
    global _imports_pending, AIAgentTestProfile  # noqa: PLW0603
    from ..models.ai_agent_test_profile import AIAgentTestProfile  # noqa: PLC0415

    _imports_pending = False
