from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_generate_scenarios_attack_type_type_1 import SchemaGenerateScenariosAttackTypeType1
from ..models.schema_generate_scenarios_attack_type_type_2_type_1 import SchemaGenerateScenariosAttackTypeType2Type1
from ..models.schema_generate_scenarios_attack_type_type_3_type_1 import SchemaGenerateScenariosAttackTypeType3Type1
from ..models.schema_generate_scenarios_scenario_type import SchemaGenerateScenariosScenarioType
from ..models.schema_generate_scenarios_simulation_type import SchemaGenerateScenariosSimulationType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "num_scenarios",
        "agent_id",
        "assistant_id",
        "personalities",
        "test_profile",
        "scenario_type",
        "attack_type",
        "expected_outcome",
        "extra_instructions",
        "simulation_type",
        "inbound_phone_number",
        "first_message",
        "generate_expected_outcomes",
        "tags",
        "tool_ids",
        "folder_path",
    }
)

T = TypeVar("T", bound="SchemaGenerateScenarios")


@_attrs_define
class SchemaGenerateScenarios:
    num_scenarios: int
    """ Number of evaluators to generate (1-100) """
    agent_id: int | Unset = UNSET
    """ ID of the agent to generate evaluator for """
    assistant_id: str | Unset = UNSET
    """ Alternative to agent_id - the assistant ID to generate evaluators for """
    personalities: list[int] | Unset = UNSET
    """ List of personality IDs to use for generated evaluators """
    test_profile: int | Unset = UNSET
    """ ID of the test profile to assign to generated evaluators """
    scenario_type: SchemaGenerateScenariosScenarioType | Unset = SchemaGenerateScenariosScenarioType.WORKFLOW
    """ Type of scenarios to generate: workflow (standard scenarios), red_teaming_voice (red teaming with voice-
    suitable prompts only), or red_teaming_text (red teaming with all prompts)

    * `workflow` - workflow
    * `red_teaming_voice` - red_teaming_voice
    * `red_teaming_text` - red_teaming_text """
    attack_type: (
        None
        | SchemaGenerateScenariosAttackTypeType1
        | SchemaGenerateScenariosAttackTypeType2Type1
        | SchemaGenerateScenariosAttackTypeType3Type1
        | Unset
    ) = UNSET
    """ Attack category for red teaming scenarios. Required when scenario_type is red_teaming_voice or
    red_teaming_text. Categories: system_prompt_leak (attempts to extract the system prompt), data_leak (attempts to
    extract sensitive data), harmful_content (attempts to generate harmful output), biased_output (attempts to
    generate biased responses), unauthorized_actions (attempts to trigger unauthorized tool calls or actions),
    off_task (attempts to derail the conversation away from the agent's purpose)

    * `` -
    * `system_prompt_leak` - system_prompt_leak
    * `data_leak` - data_leak
    * `harmful_content` - harmful_content
    * `biased_output` - biased_output
    * `unauthorized_actions` - unauthorized_actions
    * `off_task` - off_task """
    expected_outcome: None | str | Unset = UNSET
    """ Custom expected outcome for the scenario. If not provided, a default is generated based on the attack type.
    """
    extra_instructions: str | Unset = UNSET
    """ Additional instructions to guide evaluator generation """
    simulation_type: SchemaGenerateScenariosSimulationType | Unset = UNSET
    """ Output format for generated workflow evaluators. Use instruction for prompt-based evaluators or
    conditional_actions for structured condition/action evaluators.

    * `instruction` - instruction
    * `conditional_actions` - conditional_actions """
    inbound_phone_number: int | None | Unset = UNSET
    """ Phone number ID to use for inbound evaluator """
    first_message: str | Unset = "Hello"
    """ Initial message to start the conversation """
    generate_expected_outcomes: bool | Unset = False
    """ If true, expected outcomes will be generated for each evaluator """
    tags: list[str] | Unset = UNSET
    """ List of tags to apply to all generated scenarios """
    tool_ids: list[str] | Unset = UNSET
    """ List of tool IDs to use for generated evaluators """
    folder_path: None | str | Unset = UNSET
    """ Folder path to assign generated scenarios to (e.g., 'folder_name' or 'parent.child') """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        attack_type: None | str | Unset
        if isinstance(self.attack_type, Unset):
            attack_type = UNSET
        elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType1):
            attack_type = enum_value(SchemaGenerateScenariosAttackTypeType1, self.attack_type, "attack_type")
        elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType2Type1):
            attack_type = enum_value(SchemaGenerateScenariosAttackTypeType2Type1, self.attack_type, "attack_type")
        elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType3Type1):
            attack_type = enum_value(SchemaGenerateScenariosAttackTypeType3Type1, self.attack_type, "attack_type")
        else:
            attack_type = self.attack_type

        field_dict: dict[str, Any] = {
            "num_scenarios": self.num_scenarios,
        }
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.personalities, Unset):
            field_dict["personalities"] = self.personalities
        if not isinstance(self.test_profile, Unset):
            field_dict["test_profile"] = self.test_profile
        if not isinstance(self.scenario_type, Unset):
            field_dict["scenario_type"] = (
                self.scenario_type._value_
                if type(self.scenario_type) is SchemaGenerateScenariosScenarioType
                else enum_value(SchemaGenerateScenariosScenarioType, self.scenario_type, "scenario_type", self)
            )
        if attack_type is not UNSET:
            field_dict["attack_type"] = attack_type
        if not isinstance(self.expected_outcome, Unset):
            field_dict["expected_outcome"] = self.expected_outcome
        if not isinstance(self.extra_instructions, Unset):
            field_dict["extra_instructions"] = self.extra_instructions
        if not isinstance(self.simulation_type, Unset):
            field_dict["simulation_type"] = (
                self.simulation_type._value_
                if type(self.simulation_type) is SchemaGenerateScenariosSimulationType
                else enum_value(SchemaGenerateScenariosSimulationType, self.simulation_type, "simulation_type", self)
            )
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
        if not isinstance(self.first_message, Unset):
            field_dict["first_message"] = self.first_message
        if not isinstance(self.generate_expected_outcomes, Unset):
            field_dict["generate_expected_outcomes"] = self.generate_expected_outcomes
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.tool_ids, Unset):
            field_dict["tool_ids"] = self.tool_ids
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "num_scenarios"
            try:
                num_scenarios: Any = src_dict["num_scenarios"]
                if type(num_scenarios) is not int:
                    num_scenarios = checked(num_scenarios, (int,))
            except FIELD_ERRORS as _error:
                num_scenarios, _found = tolerated(src_dict, "num_scenarios", _error, _found, "int")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if type(agent_id) is not int:
                        agent_id = checked(agent_id, (int,))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

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

            _field = "personalities"
            try:
                if "personalities" in src_dict:
                    personalities: Any = src_dict["personalities"]
                    _present += 1
                    if type(personalities) is not list:
                        personalities = checked(personalities, (list,))
                    for _item in personalities:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    personalities = UNSET
            except FIELD_ERRORS as _error:
                personalities, _found = tolerated(
                    src_dict, "personalities", _error, _found, "list[int]", lambda element: checked(element, (int,))
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

            _field = "scenario_type"
            try:
                if "scenario_type" in src_dict:
                    scenario_type: Any = src_dict["scenario_type"]
                    _present += 1
                    scenario_type = (
                        SchemaGenerateScenariosScenarioType._value2member_map_.get(scenario_type)
                        or SchemaGenerateScenariosScenarioType(scenario_type)
                        if type(scenario_type) is str
                        else checked(scenario_type, (SchemaGenerateScenariosScenarioType,))
                    )
                else:
                    scenario_type = UNSET
            except FIELD_ERRORS as _error:
                scenario_type, _found = tolerated(
                    src_dict, "scenario_type", _error, _found, "SchemaGenerateScenariosScenarioType"
                )

            _field = "attack_type"
            try:

                def _parse_attack_type(
                    data: object,
                ) -> (
                    None
                    | SchemaGenerateScenariosAttackTypeType1
                    | SchemaGenerateScenariosAttackTypeType2Type1
                    | SchemaGenerateScenariosAttackTypeType3Type1
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        attack_type_type_1 = SchemaGenerateScenariosAttackTypeType1(data)

                        return attack_type_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        attack_type_type_2_type_1 = SchemaGenerateScenariosAttackTypeType2Type1(data)

                        return attack_type_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        attack_type_type_3_type_1 = SchemaGenerateScenariosAttackTypeType3Type1(data)

                        return attack_type_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None
                        | SchemaGenerateScenariosAttackTypeType1
                        | SchemaGenerateScenariosAttackTypeType2Type1
                        | SchemaGenerateScenariosAttackTypeType3Type1
                        | Unset,
                        data,
                    )

                attack_type = _parse_attack_type(src_dict.get("attack_type", UNSET))

                if not isinstance(
                    attack_type,
                    (
                        type(None),
                        SchemaGenerateScenariosAttackTypeType1,
                        SchemaGenerateScenariosAttackTypeType2Type1,
                        SchemaGenerateScenariosAttackTypeType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        attack_type,
                        (
                            type(None),
                            SchemaGenerateScenariosAttackTypeType1,
                            SchemaGenerateScenariosAttackTypeType2Type1,
                            SchemaGenerateScenariosAttackTypeType3Type1,
                            Unset,
                        ),
                    )
                if attack_type is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                attack_type, _found = tolerated(
                    src_dict,
                    "attack_type",
                    _error,
                    _found,
                    "None | SchemaGenerateScenariosAttackTypeType1 | SchemaGenerateScenariosAttackTypeType2Type1 | SchemaGenerateScenariosAttackTypeType3Type1",
                )

            _field = "expected_outcome"
            try:
                if "expected_outcome" in src_dict:
                    expected_outcome: Any = src_dict["expected_outcome"]
                    _present += 1
                    if expected_outcome is not None:
                        if type(expected_outcome) is not str:
                            expected_outcome = checked(expected_outcome, (str, type(None)))
                else:
                    expected_outcome = UNSET
            except FIELD_ERRORS as _error:
                expected_outcome, _found = tolerated(src_dict, "expected_outcome", _error, _found, "None | str")

            _field = "extra_instructions"
            try:
                if "extra_instructions" in src_dict:
                    extra_instructions: Any = src_dict["extra_instructions"]
                    _present += 1
                    if type(extra_instructions) is not str:
                        extra_instructions = checked(extra_instructions, (str,))
                else:
                    extra_instructions = UNSET
            except FIELD_ERRORS as _error:
                extra_instructions, _found = tolerated(src_dict, "extra_instructions", _error, _found, "str")

            _field = "simulation_type"
            try:
                if "simulation_type" in src_dict:
                    simulation_type: Any = src_dict["simulation_type"]
                    _present += 1
                    simulation_type = (
                        SchemaGenerateScenariosSimulationType._value2member_map_.get(simulation_type)
                        or SchemaGenerateScenariosSimulationType(simulation_type)
                        if type(simulation_type) is str
                        else checked(simulation_type, (SchemaGenerateScenariosSimulationType,))
                    )
                else:
                    simulation_type = UNSET
            except FIELD_ERRORS as _error:
                simulation_type, _found = tolerated(
                    src_dict, "simulation_type", _error, _found, "SchemaGenerateScenariosSimulationType"
                )

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

            _field = "generate_expected_outcomes"
            try:
                if "generate_expected_outcomes" in src_dict:
                    generate_expected_outcomes: Any = src_dict["generate_expected_outcomes"]
                    _present += 1
                    if type(generate_expected_outcomes) is not bool:
                        generate_expected_outcomes = checked(generate_expected_outcomes, (bool,))
                else:
                    generate_expected_outcomes = UNSET
            except FIELD_ERRORS as _error:
                generate_expected_outcomes, _found = tolerated(
                    src_dict, "generate_expected_outcomes", _error, _found, "bool"
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
                num_scenarios=num_scenarios,
                agent_id=agent_id,
                assistant_id=assistant_id,
                personalities=personalities,
                test_profile=test_profile,
                scenario_type=scenario_type,
                attack_type=attack_type,
                expected_outcome=expected_outcome,
                extra_instructions=extra_instructions,
                simulation_type=simulation_type,
                inbound_phone_number=inbound_phone_number,
                first_message=first_message,
                generate_expected_outcomes=generate_expected_outcomes,
                tags=tags,
                tool_ids=tool_ids,
                folder_path=folder_path,
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
