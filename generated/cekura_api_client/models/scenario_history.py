from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenario_history_history_type import ScenarioHistoryHistoryType
from ..models.scenario_history_scenario_language_type_1 import ScenarioHistoryScenarioLanguageType1
from ..models.scenario_history_scenario_language_type_2_type_1 import ScenarioHistoryScenarioLanguageType2Type1
from ..models.scenario_history_scenario_language_type_3_type_1 import ScenarioHistoryScenarioLanguageType3Type1
from ..models.scenario_history_scenario_type import ScenarioHistoryScenarioType
from ..models.scenario_history_suite_type import ScenarioHistorySuiteType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


T = TypeVar("T", bound="ScenarioHistory")


@_attrs_define
class ScenarioHistory:
    history_date: datetime.datetime
    history_type: ScenarioHistoryHistoryType
    """ * `+` - Created
    * `~` - Changed
    * `-` - Deleted """
    scenario_type: ScenarioHistoryScenarioType
    """ Type of scenario

    * `instruction` - Instruction
    * `real_world_smart` - Real World Smart
    * `real_world_fixed` - Real World Fixed
    * `conditional_actions` - Conditional Actions """
    history_id: int | Unset = UNSET
    history_change_reason: None | str | Unset = UNSET
    history_user: None | Unset | UserInline = UNSET
    version_id: None | str | Unset = UNSET
    version_name: None | str | Unset = UNSET
    metrics_snapshot: Any | None | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name of the scenario """
    project: int | None | Unset = UNSET
    agent: int | None | Unset = UNSET
    personality: int | None | Unset = UNSET
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
    first_message: str | Unset = UNSET
    """ First message to be sent to the Main Agent """
    instructions: str | Unset = UNSET
    """ Scenario Instructions """
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
    scenario_language: (
        None
        | ScenarioHistoryScenarioLanguageType1
        | ScenarioHistoryScenarioLanguageType2Type1
        | ScenarioHistoryScenarioLanguageType3Type1
        | Unset
    ) = UNSET
    """ Language of the scenario

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
    suite_type: ScenarioHistorySuiteType | Unset = UNSET
    """ Type of predefined suite (e.g., infrastructure)

    * `undefined` - Undefined
    * `infrastructure` - Infrastructure """
    is_predefined: bool | Unset = UNSET
    """ Whether this is a predefined scenario (template) """
    max_duration: int | None | Unset = UNSET
    """
    Max call duration in seconds for this scenario. If not set, uses the project's max_call_duration setting.
    Example: `600` (10 minutes)
     """
    dynamic_variable_values: Any | None | Unset = UNSET
    """ REMOVED FROM API. Historically stored a flat copy of the agent's dynamic-variable values for the scenario.
    The column is retained read-only for legacy rows; reads still return its historical value, but writes via the
    API are rejected with a 400. At call time the Run-level helper consults this column ONLY when the attached
    test_profile is legacy-flat (or absent) — sectioned test profiles are the canonical source and ignore this
    column. Put dynamic-variable values in `test_profile.information.main_agent_variables` for new scenarios. """
    phone_number: int | None | Unset = UNSET
    inbound_phone_number: int | None | Unset = UNSET
    test_profile: int | None | Unset = UNSET
    folder: int | None | Unset = UNSET
    generated_mock_tool_entries: Any | None | Unset = UNSET
    """ Mock tool data generated for this scenario. Format: [{tool_id, tool_name, new_entry: {input, output}}].
    Stored for evaluation and debugging purposes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _response = not building_request()
        history_date = self.history_date.isoformat().replace("+00:00", "Z")

        history_type = self.history_type.value

        scenario_type = self.scenario_type.value

        history_id = self.history_id

        history_change_reason: None | str | Unset
        if isinstance(self.history_change_reason, Unset):
            history_change_reason = UNSET
        else:
            history_change_reason = self.history_change_reason

        history_user: dict[str, Any] | None | Unset
        if isinstance(self.history_user, Unset):
            history_user = UNSET
        elif isinstance(self.history_user, UserInline):
            history_user = self.history_user.to_dict()
        else:
            history_user = self.history_user

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        metrics_snapshot: Any | None | Unset
        if isinstance(self.metrics_snapshot, Unset):
            metrics_snapshot = UNSET
        else:
            metrics_snapshot = self.metrics_snapshot

        id = self.id

        name = self.name

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        personality: int | None | Unset
        if isinstance(self.personality, Unset):
            personality = UNSET
        else:
            personality = self.personality

        tags = self.tags

        tool_ids = self.tool_ids

        first_message = self.first_message

        instructions = self.instructions

        simulation_description = self.simulation_description

        information_fields = self.information_fields

        expected_outcome_prompt = self.expected_outcome_prompt

        scenario_language: None | str | Unset
        if isinstance(self.scenario_language, Unset):
            scenario_language = UNSET
        elif isinstance(self.scenario_language, ScenarioHistoryScenarioLanguageType1):
            scenario_language = self.scenario_language.value
        elif isinstance(self.scenario_language, ScenarioHistoryScenarioLanguageType2Type1):
            scenario_language = self.scenario_language.value
        elif isinstance(self.scenario_language, ScenarioHistoryScenarioLanguageType3Type1):
            scenario_language = self.scenario_language.value
        else:
            scenario_language = self.scenario_language

        suite_type: str | Unset = UNSET
        if not isinstance(self.suite_type, Unset):
            suite_type = self.suite_type.value

        is_predefined = self.is_predefined

        max_duration: int | None | Unset
        if isinstance(self.max_duration, Unset):
            max_duration = UNSET
        else:
            max_duration = self.max_duration

        dynamic_variable_values: Any | None | Unset
        if isinstance(self.dynamic_variable_values, Unset):
            dynamic_variable_values = UNSET
        else:
            dynamic_variable_values = self.dynamic_variable_values

        phone_number: int | None | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        inbound_phone_number: int | None | Unset
        if isinstance(self.inbound_phone_number, Unset):
            inbound_phone_number = UNSET
        else:
            inbound_phone_number = self.inbound_phone_number

        test_profile: int | None | Unset
        if isinstance(self.test_profile, Unset):
            test_profile = UNSET
        else:
            test_profile = self.test_profile

        folder: int | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        generated_mock_tool_entries: Any | None | Unset
        if isinstance(self.generated_mock_tool_entries, Unset):
            generated_mock_tool_entries = UNSET
        else:
            generated_mock_tool_entries = self.generated_mock_tool_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_date": history_date,
                "history_type": history_type,
                "scenario_type": scenario_type,
            }
        )
        if history_id is not UNSET and _response:
            field_dict["history_id"] = history_id
        if history_change_reason is not UNSET:
            field_dict["history_change_reason"] = history_change_reason
        if history_user is not UNSET and _response:
            field_dict["history_user"] = history_user
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if metrics_snapshot is not UNSET:
            field_dict["metrics_snapshot"] = metrics_snapshot
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project is not UNSET:
            field_dict["project"] = project
        if agent is not UNSET:
            field_dict["agent"] = agent
        if personality is not UNSET:
            field_dict["personality"] = personality
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if simulation_description is not UNSET:
            field_dict["simulation_description"] = simulation_description
        if information_fields is not UNSET:
            field_dict["information_fields"] = information_fields
        if expected_outcome_prompt is not UNSET:
            field_dict["expected_outcome_prompt"] = expected_outcome_prompt
        if scenario_language is not UNSET:
            field_dict["scenario_language"] = scenario_language
        if suite_type is not UNSET:
            field_dict["suite_type"] = suite_type
        if is_predefined is not UNSET:
            field_dict["is_predefined"] = is_predefined
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if dynamic_variable_values is not UNSET:
            field_dict["dynamic_variable_values"] = dynamic_variable_values
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if test_profile is not UNSET:
            field_dict["test_profile"] = test_profile
        if folder is not UNSET:
            field_dict["folder"] = folder
        if generated_mock_tool_entries is not UNSET:
            field_dict["generated_mock_tool_entries"] = generated_mock_tool_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "history_date"
            history_date = parse_datetime(d.pop("history_date"))

            if not isinstance(history_date, (datetime.datetime,)):
                expect(history_date, (datetime.datetime,))

            _field = "history_type"
            history_type = ScenarioHistoryHistoryType(d.pop("history_type"))

            if not isinstance(history_type, (ScenarioHistoryHistoryType,)):
                expect(history_type, (ScenarioHistoryHistoryType,))

            _field = "scenario_type"
            scenario_type = ScenarioHistoryScenarioType(d.pop("scenario_type"))

            if not isinstance(scenario_type, (ScenarioHistoryScenarioType,)):
                expect(scenario_type, (ScenarioHistoryScenarioType,))

            _field = "history_id"
            history_id = d.pop("history_id", UNSET)
            if not isinstance(history_id, (int, Unset)) or isinstance(history_id, bool):
                expect(history_id, (int, Unset))

            _field = "history_change_reason"

            def _parse_history_change_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            history_change_reason = _parse_history_change_reason(d.pop("history_change_reason", UNSET))

            if not isinstance(history_change_reason, (str, type(None), Unset)):
                expect(history_change_reason, (str, type(None), Unset))

            _field = "history_user"

            def _parse_history_user(data: object) -> None | Unset | UserInline:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    history_user_type_0 = UserInline.from_dict(data)

                    return history_user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | Unset | UserInline, data)

            history_user = _parse_history_user(d.pop("history_user", UNSET))

            if not isinstance(history_user, (UserInline, type(None), Unset)):
                expect(history_user, (UserInline, type(None), Unset))

            _field = "version_id"

            def _parse_version_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_id = _parse_version_id(d.pop("version_id", UNSET))

            if not isinstance(version_id, (str, type(None), Unset)):
                expect(version_id, (str, type(None), Unset))

            _field = "version_name"

            def _parse_version_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_name = _parse_version_name(d.pop("version_name", UNSET))

            if not isinstance(version_name, (str, type(None), Unset)):
                expect(version_name, (str, type(None), Unset))

            _field = "metrics_snapshot"

            def _parse_metrics_snapshot(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            metrics_snapshot = _parse_metrics_snapshot(d.pop("metrics_snapshot", UNSET))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

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

            _field = "tags"
            tags = d.pop("tags", UNSET)

            _field = "tool_ids"
            tool_ids = d.pop("tool_ids", UNSET)

            _field = "first_message"
            first_message = d.pop("first_message", UNSET)
            if not isinstance(first_message, (str, Unset)):
                expect(first_message, (str, Unset))

            _field = "instructions"
            instructions = d.pop("instructions", UNSET)
            if not isinstance(instructions, (str, Unset)):
                expect(instructions, (str, Unset))

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

            def _parse_scenario_language(
                data: object,
            ) -> (
                None
                | ScenarioHistoryScenarioLanguageType1
                | ScenarioHistoryScenarioLanguageType2Type1
                | ScenarioHistoryScenarioLanguageType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    scenario_language_type_1 = ScenarioHistoryScenarioLanguageType1(data)

                    return scenario_language_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    scenario_language_type_2_type_1 = ScenarioHistoryScenarioLanguageType2Type1(data)

                    return scenario_language_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    scenario_language_type_3_type_1 = ScenarioHistoryScenarioLanguageType3Type1(data)

                    return scenario_language_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | ScenarioHistoryScenarioLanguageType1
                    | ScenarioHistoryScenarioLanguageType2Type1
                    | ScenarioHistoryScenarioLanguageType3Type1
                    | Unset,
                    data,
                )

            scenario_language = _parse_scenario_language(d.pop("scenario_language", UNSET))

            if not isinstance(
                scenario_language,
                (
                    type(None),
                    ScenarioHistoryScenarioLanguageType1,
                    ScenarioHistoryScenarioLanguageType2Type1,
                    ScenarioHistoryScenarioLanguageType3Type1,
                    Unset,
                ),
            ):
                expect(
                    scenario_language,
                    (
                        type(None),
                        ScenarioHistoryScenarioLanguageType1,
                        ScenarioHistoryScenarioLanguageType2Type1,
                        ScenarioHistoryScenarioLanguageType3Type1,
                        Unset,
                    ),
                )

            _field = "suite_type"
            _suite_type = d.pop("suite_type", UNSET)
            suite_type: ScenarioHistorySuiteType | Unset
            if isinstance(_suite_type, Unset):
                suite_type = UNSET
            else:
                suite_type = ScenarioHistorySuiteType(_suite_type)

            if not isinstance(suite_type, (ScenarioHistorySuiteType, Unset)):
                expect(suite_type, (ScenarioHistorySuiteType, Unset))

            _field = "is_predefined"
            is_predefined = d.pop("is_predefined", UNSET)
            if not isinstance(is_predefined, (bool, Unset)):
                expect(is_predefined, (bool, Unset))

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

            _field = "dynamic_variable_values"

            def _parse_dynamic_variable_values(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            dynamic_variable_values = _parse_dynamic_variable_values(d.pop("dynamic_variable_values", UNSET))

            _field = "phone_number"

            def _parse_phone_number(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

            if not isinstance(phone_number, (int, type(None), Unset)) or isinstance(phone_number, bool):
                expect(phone_number, (int, type(None), Unset))

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

            _field = "folder"

            def _parse_folder(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            folder = _parse_folder(d.pop("folder", UNSET))

            if not isinstance(folder, (int, type(None), Unset)) or isinstance(folder, bool):
                expect(folder, (int, type(None), Unset))

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

            scenario_history = cls(
                history_date=history_date,
                history_type=history_type,
                scenario_type=scenario_type,
                history_id=history_id,
                history_change_reason=history_change_reason,
                history_user=history_user,
                version_id=version_id,
                version_name=version_name,
                metrics_snapshot=metrics_snapshot,
                id=id,
                name=name,
                project=project,
                agent=agent,
                personality=personality,
                tags=tags,
                tool_ids=tool_ids,
                first_message=first_message,
                instructions=instructions,
                simulation_description=simulation_description,
                information_fields=information_fields,
                expected_outcome_prompt=expected_outcome_prompt,
                scenario_language=scenario_language,
                suite_type=suite_type,
                is_predefined=is_predefined,
                max_duration=max_duration,
                dynamic_variable_values=dynamic_variable_values,
                phone_number=phone_number,
                inbound_phone_number=inbound_phone_number,
                test_profile=test_profile,
                folder=folder,
                generated_mock_tool_entries=generated_mock_tool_entries,
            )

            scenario_history.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_history

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
