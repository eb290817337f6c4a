from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem,
    )
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_inbound_phone_number_data import (
        ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData,
    )
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_information_fields import (
        ScenariosGenerateProgress3Response200ScenariosListItemInformationFields,
    )
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_test_profile_data import (
        ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData,
    )


T = TypeVar("T", bound="ScenariosGenerateProgress3Response200ScenariosListItem")


@_attrs_define
class ScenariosGenerateProgress3Response200ScenariosListItem:
    id: int | Unset = UNSET
    """ Unique identifier for the scenario """
    name: str | Unset = UNSET
    """ Name of the scenario """
    agent: int | Unset = UNSET
    """ ID of the AI agent this scenario belongs to """
    assistant_id: str | Unset = UNSET
    """ Alternative to agent ID - the assistant ID to use for this scenario """
    personality: int | Unset = UNSET
    """ ID of the personality used in this scenario """
    personality_name: str | Unset = UNSET
    """ Name of the personality used in this scenario """
    tags: list[str] | Unset = UNSET
    """ Tags associated with this scenario. """
    runs: list[int] | Unset = UNSET
    """ List of IDs for the last run of this scenario """
    metrics: list[int] | Unset = UNSET
    """ List of metric IDs to associate with this scenario """
    metric_names: list[str] | Unset = UNSET
    """ List of metric names associated with this scenario """
    phone_number: str | Unset = UNSET
    """ Phone number used for outbound calls in this scenario """
    phone_number_queue_length: int | Unset = UNSET
    """ Number of runs in queue for this phone number """
    first_message: str | Unset = UNSET
    """ First message to be sent in the scenario """
    inbound_phone_number: int | Unset = UNSET
    """ ID of the phone number used for inbound calls """
    inbound_phone_number_data: ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData | Unset = (
        UNSET
    )
    """ Details of the phone number used for inbound calls """
    instructions: str | Unset = UNSET
    """ Instructions for the AI agent in this scenario """
    simulation_description: str | Unset = UNSET
    """ Description of the simulation if this scenario was created by simulation """
    information_fields: ScenariosGenerateProgress3Response200ScenariosListItemInformationFields | Unset = UNSET
    """ Additional information fields for the scenario """
    expected_outcome_prompt: str | Unset = UNSET
    """ Expected outcome prompt for the scenario """
    scenario_language: str | Unset = UNSET
    """ Language of the scenario """
    is_simulating: bool | Unset = UNSET
    """ Whether this scenario was created by simulation """
    test_profile_data: ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData | Unset = UNSET
    """ The test profile generated for this scenario, including its sectioned `information` (main_agent_variables /
    testing_agent_variables) """
    generated_mock_tool_entries: (
        list[ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem] | Unset
    ) = UNSET
    """ Expected mock tool calls generated for this scenario when the agent has mock tools attached. Empty when the
    agent has no mock tools. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        agent = self.agent

        assistant_id = self.assistant_id

        personality = self.personality

        personality_name = self.personality_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        runs: list[int] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = self.runs

        metrics: list[int] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        metric_names: list[str] | Unset = UNSET
        if not isinstance(self.metric_names, Unset):
            metric_names = self.metric_names

        phone_number = self.phone_number

        phone_number_queue_length = self.phone_number_queue_length

        first_message = self.first_message

        inbound_phone_number = self.inbound_phone_number

        inbound_phone_number_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound_phone_number_data, Unset):
            inbound_phone_number_data = self.inbound_phone_number_data.to_dict()

        instructions = self.instructions

        simulation_description = self.simulation_description

        information_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.information_fields, Unset):
            information_fields = self.information_fields.to_dict()

        expected_outcome_prompt = self.expected_outcome_prompt

        scenario_language = self.scenario_language

        is_simulating = self.is_simulating

        test_profile_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_profile_data, Unset):
            test_profile_data = self.test_profile_data.to_dict()

        generated_mock_tool_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generated_mock_tool_entries, Unset):
            generated_mock_tool_entries = []
            for generated_mock_tool_entries_item_data in self.generated_mock_tool_entries:
                generated_mock_tool_entries_item = generated_mock_tool_entries_item_data.to_dict()
                generated_mock_tool_entries.append(generated_mock_tool_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if agent is not UNSET:
            field_dict["agent"] = agent
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if personality is not UNSET:
            field_dict["personality"] = personality
        if personality_name is not UNSET:
            field_dict["personality_name"] = personality_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if runs is not UNSET:
            field_dict["runs"] = runs
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metric_names is not UNSET:
            field_dict["metric_names"] = metric_names
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_number_queue_length is not UNSET:
            field_dict["phone_number_queue_length"] = phone_number_queue_length
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if inbound_phone_number_data is not UNSET:
            field_dict["inbound_phone_number_data"] = inbound_phone_number_data
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
        if is_simulating is not UNSET:
            field_dict["is_simulating"] = is_simulating
        if test_profile_data is not UNSET:
            field_dict["test_profile_data"] = test_profile_data
        if generated_mock_tool_entries is not UNSET:
            field_dict["generated_mock_tool_entries"] = generated_mock_tool_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
            ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem,  # noqa: PLC0415
        )
        from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_inbound_phone_number_data import (
            ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData,  # noqa: PLC0415
        )
        from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_information_fields import (
            ScenariosGenerateProgress3Response200ScenariosListItemInformationFields,  # noqa: PLC0415
        )
        from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_test_profile_data import (
            ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
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

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "personality"
            personality = d.pop("personality", UNSET)
            if not isinstance(personality, (int, Unset)) or isinstance(personality, bool):
                expect(personality, (int, Unset))

            _field = "personality_name"
            personality_name = d.pop("personality_name", UNSET)
            if not isinstance(personality_name, (str, Unset)):
                expect(personality_name, (str, Unset))

            _field = "tags"
            tags = cast(list[str], d.pop("tags", UNSET))

            if not isinstance(tags, (list, Unset)):
                expect(tags, (list, Unset))

            _field = "runs"
            runs = cast(list[int], d.pop("runs", UNSET))

            if not isinstance(runs, (list, Unset)):
                expect(runs, (list, Unset))

            _field = "metrics"
            metrics = cast(list[int], d.pop("metrics", UNSET))

            if not isinstance(metrics, (list, Unset)):
                expect(metrics, (list, Unset))

            _field = "metric_names"
            metric_names = cast(list[str], d.pop("metric_names", UNSET))

            if not isinstance(metric_names, (list, Unset)):
                expect(metric_names, (list, Unset))

            _field = "phone_number"
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                expect(phone_number, (str, Unset))

            _field = "phone_number_queue_length"
            phone_number_queue_length = d.pop("phone_number_queue_length", UNSET)
            if not isinstance(phone_number_queue_length, (int, Unset)) or isinstance(phone_number_queue_length, bool):
                expect(phone_number_queue_length, (int, Unset))

            _field = "first_message"
            first_message = d.pop("first_message", UNSET)
            if not isinstance(first_message, (str, Unset)):
                expect(first_message, (str, Unset))

            _field = "inbound_phone_number"
            inbound_phone_number = d.pop("inbound_phone_number", UNSET)
            if not isinstance(inbound_phone_number, (int, Unset)) or isinstance(inbound_phone_number, bool):
                expect(inbound_phone_number, (int, Unset))

            _field = "inbound_phone_number_data"
            _inbound_phone_number_data = d.pop("inbound_phone_number_data", UNSET)
            inbound_phone_number_data: (
                ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData | Unset
            )
            if isinstance(_inbound_phone_number_data, Unset):
                inbound_phone_number_data = UNSET
            else:
                inbound_phone_number_data = (
                    ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData.from_dict(
                        _inbound_phone_number_data
                    )
                )

            if not isinstance(
                inbound_phone_number_data,
                (ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData, Unset),
            ):
                expect(
                    inbound_phone_number_data,
                    (ScenariosGenerateProgress3Response200ScenariosListItemInboundPhoneNumberData, Unset),
                )

            _field = "instructions"
            instructions = d.pop("instructions", UNSET)
            if not isinstance(instructions, (str, Unset)):
                expect(instructions, (str, Unset))

            _field = "simulation_description"
            simulation_description = d.pop("simulation_description", UNSET)
            if not isinstance(simulation_description, (str, Unset)):
                expect(simulation_description, (str, Unset))

            _field = "information_fields"
            _information_fields = d.pop("information_fields", UNSET)
            information_fields: ScenariosGenerateProgress3Response200ScenariosListItemInformationFields | Unset
            if isinstance(_information_fields, Unset):
                information_fields = UNSET
            else:
                information_fields = ScenariosGenerateProgress3Response200ScenariosListItemInformationFields.from_dict(
                    _information_fields
                )

            if not isinstance(
                information_fields, (ScenariosGenerateProgress3Response200ScenariosListItemInformationFields, Unset)
            ):
                expect(
                    information_fields, (ScenariosGenerateProgress3Response200ScenariosListItemInformationFields, Unset)
                )

            _field = "expected_outcome_prompt"
            expected_outcome_prompt = d.pop("expected_outcome_prompt", UNSET)
            if not isinstance(expected_outcome_prompt, (str, Unset)):
                expect(expected_outcome_prompt, (str, Unset))

            _field = "scenario_language"
            scenario_language = d.pop("scenario_language", UNSET)
            if not isinstance(scenario_language, (str, Unset)):
                expect(scenario_language, (str, Unset))

            _field = "is_simulating"
            is_simulating = d.pop("is_simulating", UNSET)
            if not isinstance(is_simulating, (bool, Unset)):
                expect(is_simulating, (bool, Unset))

            _field = "test_profile_data"
            _test_profile_data = d.pop("test_profile_data", UNSET)
            test_profile_data: ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData | Unset
            if isinstance(_test_profile_data, Unset):
                test_profile_data = UNSET
            else:
                test_profile_data = ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData.from_dict(
                    _test_profile_data
                )

            if not isinstance(
                test_profile_data, (ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData, Unset)
            ):
                expect(
                    test_profile_data, (ScenariosGenerateProgress3Response200ScenariosListItemTestProfileData, Unset)
                )

            _field = "generated_mock_tool_entries"
            _generated_mock_tool_entries = d.pop("generated_mock_tool_entries", UNSET)
            generated_mock_tool_entries: (
                list[ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem] | Unset
            ) = UNSET
            if _generated_mock_tool_entries is not UNSET:
                generated_mock_tool_entries = []
                for generated_mock_tool_entries_item_data in _generated_mock_tool_entries:
                    generated_mock_tool_entries_item = (
                        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItem.from_dict(
                            generated_mock_tool_entries_item_data
                        )
                    )

                    generated_mock_tool_entries.append(generated_mock_tool_entries_item)

            if not isinstance(generated_mock_tool_entries, (list, Unset)):
                expect(generated_mock_tool_entries, (list, Unset))

            scenarios_generate_progress_3_response_200_scenarios_list_item = cls(
                id=id,
                name=name,
                agent=agent,
                assistant_id=assistant_id,
                personality=personality,
                personality_name=personality_name,
                tags=tags,
                runs=runs,
                metrics=metrics,
                metric_names=metric_names,
                phone_number=phone_number,
                phone_number_queue_length=phone_number_queue_length,
                first_message=first_message,
                inbound_phone_number=inbound_phone_number,
                inbound_phone_number_data=inbound_phone_number_data,
                instructions=instructions,
                simulation_description=simulation_description,
                information_fields=information_fields,
                expected_outcome_prompt=expected_outcome_prompt,
                scenario_language=scenario_language,
                is_simulating=is_simulating,
                test_profile_data=test_profile_data,
                generated_mock_tool_entries=generated_mock_tool_entries,
            )

            scenarios_generate_progress_3_response_200_scenarios_list_item.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_generate_progress_3_response_200_scenarios_list_item

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
