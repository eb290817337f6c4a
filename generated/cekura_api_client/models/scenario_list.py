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
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_agent_test_profile import AIAgentTestProfile


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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        instructions = self.instructions

        agent = self.agent

        id = self.id

        personality: int | None | Unset
        if isinstance(self.personality, Unset):
            personality = UNSET
        else:
            personality = self.personality

        personality_name = self.personality_name

        agent_name = self.agent_name

        phone_number = self.phone_number

        expected_outcome_prompt = self.expected_outcome_prompt

        scenario_language: None | str | Unset
        if isinstance(self.scenario_language, Unset):
            scenario_language = UNSET
        elif isinstance(self.scenario_language, ScenarioListScenarioLanguageType1):
            scenario_language = self.scenario_language.value
        elif isinstance(self.scenario_language, ScenarioListScenarioLanguageType2Type1):
            scenario_language = self.scenario_language.value
        elif isinstance(self.scenario_language, ScenarioListScenarioLanguageType3Type1):
            scenario_language = self.scenario_language.value
        else:
            scenario_language = self.scenario_language

        scenario_type: str | Unset = UNSET
        if not isinstance(self.scenario_type, Unset):
            scenario_type = self.scenario_type.value

        tags = self.tags

        inbound_phone_number: int | None | Unset
        if isinstance(self.inbound_phone_number, Unset):
            inbound_phone_number = UNSET
        else:
            inbound_phone_number = self.inbound_phone_number

        inbound_phone_number_data = self.inbound_phone_number_data

        metrics = self.metrics

        metric_names = self.metric_names

        first_message = self.first_message

        tool_ids = self.tool_ids

        test_profile: int | None | Unset
        if isinstance(self.test_profile, Unset):
            test_profile = UNSET
        else:
            test_profile = self.test_profile

        test_profile_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_profile_data, Unset):
            test_profile_data = self.test_profile_data.to_dict()

        dynamic_variable_values: Any | None | Unset
        if isinstance(self.dynamic_variable_values, Unset):
            dynamic_variable_values = UNSET
        else:
            dynamic_variable_values = self.dynamic_variable_values

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "instructions": instructions,
                "agent": agent,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if personality is not UNSET:
            field_dict["personality"] = personality
        if personality_name is not UNSET and _response:
            field_dict["personality_name"] = personality_name
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if phone_number is not UNSET and _response:
            field_dict["phone_number"] = phone_number
        if expected_outcome_prompt is not UNSET and _response:
            field_dict["expected_outcome_prompt"] = expected_outcome_prompt
        if scenario_language is not UNSET:
            field_dict["scenario_language"] = scenario_language
        if scenario_type is not UNSET:
            field_dict["scenario_type"] = scenario_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if inbound_phone_number_data is not UNSET and _response:
            field_dict["inbound_phone_number_data"] = inbound_phone_number_data
        if metrics is not UNSET and _response:
            field_dict["metrics"] = metrics
        if metric_names is not UNSET and _response:
            field_dict["metric_names"] = metric_names
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if test_profile is not UNSET:
            field_dict["test_profile"] = test_profile
        if test_profile_data is not UNSET and _response:
            field_dict["test_profile_data"] = test_profile_data
        if dynamic_variable_values is not UNSET:
            field_dict["dynamic_variable_values"] = dynamic_variable_values
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET and _response:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET and _response:
            field_dict["last_updated_by"] = last_updated_by
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_agent_test_profile import AIAgentTestProfile  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "instructions"
            instructions = d.pop("instructions")
            if not isinstance(instructions, (str,)):
                expect(instructions, (str,))

            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "personality"

            def _parse_personality(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            personality = _parse_personality(d.pop("personality", UNSET))

            if not isinstance(personality, (int, type(None), Unset)) or isinstance(personality, bool):
                expect(personality, (int, type(None), Unset))

            _field = "personality_name"
            personality_name = d.pop("personality_name", UNSET)
            if not isinstance(personality_name, (str, Unset)):
                expect(personality_name, (str, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "phone_number"
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                expect(phone_number, (str, Unset))

            _field = "expected_outcome_prompt"
            expected_outcome_prompt = d.pop("expected_outcome_prompt", UNSET)
            if not isinstance(expected_outcome_prompt, (str, Unset)):
                expect(expected_outcome_prompt, (str, Unset))

            _field = "scenario_language"

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

            scenario_language = _parse_scenario_language(d.pop("scenario_language", UNSET))

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

            _field = "scenario_type"
            _scenario_type = d.pop("scenario_type", UNSET)
            scenario_type: ScenarioListScenarioType | Unset
            if isinstance(_scenario_type, Unset):
                scenario_type = UNSET
            else:
                scenario_type = ScenarioListScenarioType(_scenario_type)

            if not isinstance(scenario_type, (ScenarioListScenarioType, Unset)):
                expect(scenario_type, (ScenarioListScenarioType, Unset))

            _field = "tags"
            tags = d.pop("tags", UNSET)

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
            inbound_phone_number_data = d.pop("inbound_phone_number_data", UNSET)
            if not isinstance(inbound_phone_number_data, (str, Unset)):
                expect(inbound_phone_number_data, (str, Unset))

            _field = "metrics"
            metrics = d.pop("metrics", UNSET)
            if not isinstance(metrics, (str, Unset)):
                expect(metrics, (str, Unset))

            _field = "metric_names"
            metric_names = d.pop("metric_names", UNSET)
            if not isinstance(metric_names, (str, Unset)):
                expect(metric_names, (str, Unset))

            _field = "first_message"
            first_message = d.pop("first_message", UNSET)
            if not isinstance(first_message, (str, Unset)):
                expect(first_message, (str, Unset))

            _field = "tool_ids"
            tool_ids = d.pop("tool_ids", UNSET)

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

            def _parse_dynamic_variable_values(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            dynamic_variable_values = _parse_dynamic_variable_values(d.pop("dynamic_variable_values", UNSET))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            _field = "created_by"
            created_by = d.pop("created_by", UNSET)
            if not isinstance(created_by, (int, Unset)) or isinstance(created_by, bool):
                expect(created_by, (int, Unset))

            _field = "last_updated_by"
            last_updated_by = d.pop("last_updated_by", UNSET)
            if not isinstance(last_updated_by, (int, Unset)) or isinstance(last_updated_by, bool):
                expect(last_updated_by, (int, Unset))

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

            scenario_list = cls(
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

            scenario_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_list

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
