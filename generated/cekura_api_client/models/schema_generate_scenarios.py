from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_generate_scenarios_attack_type_type_1 import SchemaGenerateScenariosAttackTypeType1
from ..models.schema_generate_scenarios_attack_type_type_2_type_1 import SchemaGenerateScenariosAttackTypeType2Type1
from ..models.schema_generate_scenarios_attack_type_type_3_type_1 import SchemaGenerateScenariosAttackTypeType3Type1
from ..models.schema_generate_scenarios_scenario_type import SchemaGenerateScenariosScenarioType
from ..models.schema_generate_scenarios_simulation_type import SchemaGenerateScenariosSimulationType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, File, FileTypes, Unset

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
    generation_files: list[File] | Unset = UNSET
    """ Files used only as context for this generation run. Supports PDF, TXT, JSON, CSV, XML, and Markdown; the
    combined upload size cannot exceed 50 MB. """
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

    def to_dict(self) -> dict[str, Any]:
        num_scenarios = self.num_scenarios

        agent_id = self.agent_id

        assistant_id = self.assistant_id

        personalities: list[int] | Unset = UNSET
        if not isinstance(self.personalities, Unset):
            personalities = self.personalities

        test_profile = self.test_profile

        scenario_type: str | Unset = UNSET
        if not isinstance(self.scenario_type, Unset):
            scenario_type = self.scenario_type.value

        attack_type: None | str | Unset
        if isinstance(self.attack_type, Unset):
            attack_type = UNSET
        elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType1):
            attack_type = self.attack_type.value
        elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType2Type1):
            attack_type = self.attack_type.value
        elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType3Type1):
            attack_type = self.attack_type.value
        else:
            attack_type = self.attack_type

        expected_outcome: None | str | Unset
        if isinstance(self.expected_outcome, Unset):
            expected_outcome = UNSET
        else:
            expected_outcome = self.expected_outcome

        extra_instructions = self.extra_instructions

        generation_files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.generation_files, Unset):
            generation_files = []
            for generation_files_item_data in self.generation_files:
                generation_files_item = generation_files_item_data.to_tuple()

                generation_files.append(generation_files_item)

        simulation_type: str | Unset = UNSET
        if not isinstance(self.simulation_type, Unset):
            simulation_type = self.simulation_type.value

        inbound_phone_number: int | None | Unset
        if isinstance(self.inbound_phone_number, Unset):
            inbound_phone_number = UNSET
        else:
            inbound_phone_number = self.inbound_phone_number

        first_message = self.first_message

        generate_expected_outcomes = self.generate_expected_outcomes

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.tool_ids, Unset):
            tool_ids = self.tool_ids

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_scenarios": num_scenarios,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if personalities is not UNSET:
            field_dict["personalities"] = personalities
        if test_profile is not UNSET:
            field_dict["test_profile"] = test_profile
        if scenario_type is not UNSET:
            field_dict["scenario_type"] = scenario_type
        if attack_type is not UNSET:
            field_dict["attack_type"] = attack_type
        if expected_outcome is not UNSET:
            field_dict["expected_outcome"] = expected_outcome
        if extra_instructions is not UNSET:
            field_dict["extra_instructions"] = extra_instructions
        if generation_files is not UNSET:
            field_dict["generation_files"] = generation_files
        if simulation_type is not UNSET:
            field_dict["simulation_type"] = simulation_type
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if generate_expected_outcomes is not UNSET:
            field_dict["generate_expected_outcomes"] = generate_expected_outcomes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("num_scenarios", (None, str(self.num_scenarios).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.personalities, Unset):
            for personalities_item_element in self.personalities:
                files.append(("personalities", (None, str(personalities_item_element).encode(), "text/plain")))

        if not isinstance(self.test_profile, Unset):
            files.append(("test_profile", (None, str(self.test_profile).encode(), "text/plain")))

        if not isinstance(self.scenario_type, Unset):
            files.append(("scenario_type", (None, str(self.scenario_type.value).encode(), "text/plain")))

        if not isinstance(self.attack_type, Unset):
            if self.attack_type is None:
                files.append(("attack_type", (None, str(self.attack_type).encode(), "text/plain")))
            elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType1):
                files.append(("attack_type", (None, str(self.attack_type.value).encode(), "text/plain")))
            elif isinstance(self.attack_type, SchemaGenerateScenariosAttackTypeType2Type1):
                files.append(("attack_type", (None, str(self.attack_type.value).encode(), "text/plain")))
            else:
                files.append(("attack_type", (None, str(self.attack_type.value).encode(), "text/plain")))

        if not isinstance(self.expected_outcome, Unset):
            if isinstance(self.expected_outcome, str):
                files.append(("expected_outcome", (None, str(self.expected_outcome).encode(), "text/plain")))
            else:
                files.append(("expected_outcome", (None, str(self.expected_outcome).encode(), "text/plain")))

        if not isinstance(self.extra_instructions, Unset):
            files.append(("extra_instructions", (None, str(self.extra_instructions).encode(), "text/plain")))

        if not isinstance(self.generation_files, Unset):
            for generation_files_item_element in self.generation_files:
                files.append(("generation_files", generation_files_item_element.to_tuple()))

        if not isinstance(self.simulation_type, Unset):
            files.append(("simulation_type", (None, str(self.simulation_type.value).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_number, Unset):
            if isinstance(self.inbound_phone_number, int):
                files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))
            else:
                files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))

        if not isinstance(self.first_message, Unset):
            files.append(("first_message", (None, str(self.first_message).encode(), "text/plain")))

        if not isinstance(self.generate_expected_outcomes, Unset):
            files.append(
                ("generate_expected_outcomes", (None, str(self.generate_expected_outcomes).encode(), "text/plain"))
            )

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.tool_ids, Unset):
            for tool_ids_item_element in self.tool_ids:
                files.append(("tool_ids", (None, str(tool_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            if isinstance(self.folder_path, str):
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))
            else:
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "num_scenarios"
            num_scenarios = d.pop("num_scenarios")
            if not isinstance(num_scenarios, (int,)) or isinstance(num_scenarios, bool):
                expect(num_scenarios, (int,))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "personalities"
            personalities = cast(list[int], d.pop("personalities", UNSET))

            if not isinstance(personalities, (list, Unset)):
                expect(personalities, (list, Unset))

            _field = "test_profile"
            test_profile = d.pop("test_profile", UNSET)
            if not isinstance(test_profile, (int, Unset)) or isinstance(test_profile, bool):
                expect(test_profile, (int, Unset))

            _field = "scenario_type"
            _scenario_type = d.pop("scenario_type", UNSET)
            scenario_type: SchemaGenerateScenariosScenarioType | Unset
            if isinstance(_scenario_type, Unset):
                scenario_type = UNSET
            else:
                scenario_type = SchemaGenerateScenariosScenarioType(_scenario_type)

            if not isinstance(scenario_type, (SchemaGenerateScenariosScenarioType, Unset)):
                expect(scenario_type, (SchemaGenerateScenariosScenarioType, Unset))

            _field = "attack_type"

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

            attack_type = _parse_attack_type(d.pop("attack_type", UNSET))

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

            _field = "expected_outcome"

            def _parse_expected_outcome(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            expected_outcome = _parse_expected_outcome(d.pop("expected_outcome", UNSET))

            if not isinstance(expected_outcome, (str, type(None), Unset)):
                expect(expected_outcome, (str, type(None), Unset))

            _field = "extra_instructions"
            extra_instructions = d.pop("extra_instructions", UNSET)
            if not isinstance(extra_instructions, (str, Unset)):
                expect(extra_instructions, (str, Unset))

            _field = "generation_files"
            _generation_files = d.pop("generation_files", UNSET)
            generation_files: list[File] | Unset = UNSET
            if _generation_files is not UNSET:
                generation_files = []
                for generation_files_item_data in _generation_files:
                    generation_files_item = File(payload=BytesIO(generation_files_item_data))

                    generation_files.append(generation_files_item)

            if not isinstance(generation_files, (list, Unset)):
                expect(generation_files, (list, Unset))

            _field = "simulation_type"
            _simulation_type = d.pop("simulation_type", UNSET)
            simulation_type: SchemaGenerateScenariosSimulationType | Unset
            if isinstance(_simulation_type, Unset):
                simulation_type = UNSET
            else:
                simulation_type = SchemaGenerateScenariosSimulationType(_simulation_type)

            if not isinstance(simulation_type, (SchemaGenerateScenariosSimulationType, Unset)):
                expect(simulation_type, (SchemaGenerateScenariosSimulationType, Unset))

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

            _field = "first_message"
            first_message = d.pop("first_message", UNSET)
            if not isinstance(first_message, (str, Unset)):
                expect(first_message, (str, Unset))

            _field = "generate_expected_outcomes"
            generate_expected_outcomes = d.pop("generate_expected_outcomes", UNSET)
            if not isinstance(generate_expected_outcomes, (bool, Unset)):
                expect(generate_expected_outcomes, (bool, Unset))

            _field = "tags"
            tags = cast(list[str], d.pop("tags", UNSET))

            if not isinstance(tags, (list, Unset)):
                expect(tags, (list, Unset))

            _field = "tool_ids"
            tool_ids = cast(list[str], d.pop("tool_ids", UNSET))

            if not isinstance(tool_ids, (list, Unset)):
                expect(tool_ids, (list, Unset))

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

            schema_generate_scenarios = cls(
                num_scenarios=num_scenarios,
                agent_id=agent_id,
                assistant_id=assistant_id,
                personalities=personalities,
                test_profile=test_profile,
                scenario_type=scenario_type,
                attack_type=attack_type,
                expected_outcome=expected_outcome,
                extra_instructions=extra_instructions,
                generation_files=generation_files,
                simulation_type=simulation_type,
                inbound_phone_number=inbound_phone_number,
                first_message=first_message,
                generate_expected_outcomes=generate_expected_outcomes,
                tags=tags,
                tool_ids=tool_ids,
                folder_path=folder_path,
            )

            schema_generate_scenarios.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_generate_scenarios

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
