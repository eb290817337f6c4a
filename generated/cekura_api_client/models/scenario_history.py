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
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "history_date",
        "history_type",
        "scenario_type",
        "history_id",
        "history_change_reason",
        "history_user",
        "version_id",
        "version_name",
        "metrics_snapshot",
        "id",
        "name",
        "project",
        "agent",
        "personality",
        "tags",
        "tool_ids",
        "first_message",
        "instructions",
        "simulation_description",
        "information_fields",
        "expected_outcome_prompt",
        "scenario_language",
        "suite_type",
        "is_predefined",
        "max_duration",
        "dynamic_variable_values",
        "phone_number",
        "inbound_phone_number",
        "test_profile",
        "folder",
        "generated_mock_tool_entries",
    }
)

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
        elif isinstance(self.scenario_language, ScenarioHistoryScenarioLanguageType1):
            scenario_language = enum_value(
                ScenarioHistoryScenarioLanguageType1, self.scenario_language, "scenario_language"
            )
        elif isinstance(self.scenario_language, ScenarioHistoryScenarioLanguageType2Type1):
            scenario_language = enum_value(
                ScenarioHistoryScenarioLanguageType2Type1, self.scenario_language, "scenario_language"
            )
        elif isinstance(self.scenario_language, ScenarioHistoryScenarioLanguageType3Type1):
            scenario_language = enum_value(
                ScenarioHistoryScenarioLanguageType3Type1, self.scenario_language, "scenario_language"
            )
        else:
            scenario_language = self.scenario_language

        field_dict: dict[str, Any] = {
            "history_date": _wire[1]
            if _wire is not None and self.history_date is _wire[0]
            else self.history_date.isoformat().replace("+00:00", "Z")
            if type(self.history_date) is datetime.datetime
            else iso_datetime(self.history_date, "history_date", self),
            "history_type": self.history_type._value_
            if type(self.history_type) is ScenarioHistoryHistoryType
            else enum_value(ScenarioHistoryHistoryType, self.history_type, "history_type", self),
            "scenario_type": self.scenario_type._value_
            if type(self.scenario_type) is ScenarioHistoryScenarioType
            else enum_value(ScenarioHistoryScenarioType, self.scenario_type, "scenario_type", self),
        }
        if not isinstance(self.history_id, Unset) and _response:
            field_dict["history_id"] = self.history_id
        if not isinstance(self.history_change_reason, Unset):
            field_dict["history_change_reason"] = self.history_change_reason
        if not isinstance(self.history_user, Unset) and _response:
            field_dict["history_user"] = (
                None
                if self.history_user is None
                else self.history_user.to_dict()
                if type(self.history_user) is UserInline
                else written(self.history_user, "history_user", self)
            )
        if not isinstance(self.version_id, Unset):
            field_dict["version_id"] = self.version_id
        if not isinstance(self.version_name, Unset):
            field_dict["version_name"] = self.version_name
        if not isinstance(self.metrics_snapshot, Unset):
            field_dict["metrics_snapshot"] = self.metrics_snapshot
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.tool_ids, Unset):
            field_dict["tool_ids"] = self.tool_ids
        if not isinstance(self.first_message, Unset):
            field_dict["first_message"] = self.first_message
        if not isinstance(self.instructions, Unset):
            field_dict["instructions"] = self.instructions
        if not isinstance(self.simulation_description, Unset):
            field_dict["simulation_description"] = self.simulation_description
        if not isinstance(self.information_fields, Unset):
            field_dict["information_fields"] = self.information_fields
        if not isinstance(self.expected_outcome_prompt, Unset):
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if scenario_language is not UNSET:
            field_dict["scenario_language"] = scenario_language
        if not isinstance(self.suite_type, Unset):
            field_dict["suite_type"] = (
                self.suite_type._value_
                if type(self.suite_type) is ScenarioHistorySuiteType
                else enum_value(ScenarioHistorySuiteType, self.suite_type, "suite_type", self)
            )
        if not isinstance(self.is_predefined, Unset):
            field_dict["is_predefined"] = self.is_predefined
        if not isinstance(self.max_duration, Unset):
            field_dict["max_duration"] = self.max_duration
        if not isinstance(self.dynamic_variable_values, Unset):
            field_dict["dynamic_variable_values"] = self.dynamic_variable_values
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
        if not isinstance(self.test_profile, Unset):
            field_dict["test_profile"] = self.test_profile
        if not isinstance(self.folder, Unset):
            field_dict["folder"] = self.folder
        if not isinstance(self.generated_mock_tool_entries, Unset):
            field_dict["generated_mock_tool_entries"] = self.generated_mock_tool_entries
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
            _field = "history_date"
            try:
                history_date: Any = src_dict["history_date"]
                _history_date_text = history_date
                if type(history_date) is str:
                    try:
                        history_date = fromisoformat(history_date)
                    except ValueError:
                        history_date = parse_datetime(history_date)
                else:
                    history_date = checked(history_date, (datetime.datetime,))
                    _history_date_text = history_date.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                history_date, _found = tolerated(src_dict, "history_date", _error, _found, "datetime.datetime")
                _history_date_text = history_date

            _field = "history_type"
            try:
                history_type: Any = src_dict["history_type"]
                history_type = (
                    ScenarioHistoryHistoryType._value2member_map_.get(history_type)
                    or ScenarioHistoryHistoryType(history_type)
                    if type(history_type) is str
                    else checked(history_type, (ScenarioHistoryHistoryType,))
                )
            except FIELD_ERRORS as _error:
                history_type, _found = tolerated(src_dict, "history_type", _error, _found, "ScenarioHistoryHistoryType")

            _field = "scenario_type"
            try:
                scenario_type: Any = src_dict["scenario_type"]
                scenario_type = (
                    ScenarioHistoryScenarioType._value2member_map_.get(scenario_type)
                    or ScenarioHistoryScenarioType(scenario_type)
                    if type(scenario_type) is str
                    else checked(scenario_type, (ScenarioHistoryScenarioType,))
                )
            except FIELD_ERRORS as _error:
                scenario_type, _found = tolerated(
                    src_dict, "scenario_type", _error, _found, "ScenarioHistoryScenarioType"
                )

            _field = "history_id"
            try:
                if "history_id" in src_dict:
                    history_id: Any = src_dict["history_id"]
                    _present += 1
                    if type(history_id) is not int:
                        history_id = checked(history_id, (int,))
                else:
                    history_id = UNSET
            except FIELD_ERRORS as _error:
                history_id, _found = tolerated(src_dict, "history_id", _error, _found, "int")

            _field = "history_change_reason"
            try:
                if "history_change_reason" in src_dict:
                    history_change_reason: Any = src_dict["history_change_reason"]
                    _present += 1
                    if history_change_reason is not None:
                        if type(history_change_reason) is not str:
                            history_change_reason = checked(history_change_reason, (str, type(None)))
                else:
                    history_change_reason = UNSET
            except FIELD_ERRORS as _error:
                history_change_reason, _found = tolerated(
                    src_dict, "history_change_reason", _error, _found, "None | str"
                )

            _field = "history_user"
            try:
                if "history_user" in src_dict:
                    history_user: Any = src_dict["history_user"]
                    _present += 1
                    if history_user is not None:
                        history_user = UserInline.from_dict(history_user)
                else:
                    history_user = UNSET
            except FIELD_ERRORS as _error:
                history_user, _found = tolerated(src_dict, "history_user", _error, _found, "None | UserInline")

            _field = "version_id"
            try:
                if "version_id" in src_dict:
                    version_id: Any = src_dict["version_id"]
                    _present += 1
                    if version_id is not None:
                        if type(version_id) is not str:
                            version_id = checked(version_id, (str, type(None)))
                else:
                    version_id = UNSET
            except FIELD_ERRORS as _error:
                version_id, _found = tolerated(src_dict, "version_id", _error, _found, "None | str")

            _field = "version_name"
            try:
                if "version_name" in src_dict:
                    version_name: Any = src_dict["version_name"]
                    _present += 1
                    if version_name is not None:
                        if type(version_name) is not str:
                            version_name = checked(version_name, (str, type(None)))
                else:
                    version_name = UNSET
            except FIELD_ERRORS as _error:
                version_name, _found = tolerated(src_dict, "version_name", _error, _found, "None | str")

            _field = "metrics_snapshot"
            try:
                if "metrics_snapshot" in src_dict:
                    metrics_snapshot: Any = src_dict["metrics_snapshot"]
                    _present += 1

                else:
                    metrics_snapshot = UNSET
            except FIELD_ERRORS as _error:
                metrics_snapshot, _found = tolerated(src_dict, "metrics_snapshot", _error, _found, "Any | None")

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

                scenario_language = _parse_scenario_language(src_dict.get("scenario_language", UNSET))

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
                if scenario_language is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                scenario_language, _found = tolerated(
                    src_dict,
                    "scenario_language",
                    _error,
                    _found,
                    "None | ScenarioHistoryScenarioLanguageType1 | ScenarioHistoryScenarioLanguageType2Type1 | ScenarioHistoryScenarioLanguageType3Type1",
                )

            _field = "suite_type"
            try:
                if "suite_type" in src_dict:
                    suite_type: Any = src_dict["suite_type"]
                    _present += 1
                    suite_type = (
                        ScenarioHistorySuiteType._value2member_map_.get(suite_type)
                        or ScenarioHistorySuiteType(suite_type)
                        if type(suite_type) is str
                        else checked(suite_type, (ScenarioHistorySuiteType,))
                    )
                else:
                    suite_type = UNSET
            except FIELD_ERRORS as _error:
                suite_type, _found = tolerated(src_dict, "suite_type", _error, _found, "ScenarioHistorySuiteType")

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

            _field = "folder"
            try:
                if "folder" in src_dict:
                    folder: Any = src_dict["folder"]
                    _present += 1
                    if folder is not None:
                        if type(folder) is not int:
                            folder = checked(folder, (int, type(None)))
                else:
                    folder = UNSET
            except FIELD_ERRORS as _error:
                folder, _found = tolerated(src_dict, "folder", _error, _found, "int | None")

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
            _instance._wire_text = (
                history_date,
                _history_date_text,
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
    global _imports_pending, UserInline  # noqa: PLW0603
    from ..models.user_inline import UserInline  # noqa: PLC0415

    _imports_pending = False
