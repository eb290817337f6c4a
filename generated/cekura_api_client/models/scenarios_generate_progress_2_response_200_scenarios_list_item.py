from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem,
    )
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data import (
        ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData,
    )
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_information_fields import (
        ScenariosGenerateProgress2Response200ScenariosListItemInformationFields,
    )
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_test_profile_data import (
        ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "agent",
        "assistant_id",
        "personality",
        "personality_name",
        "tags",
        "runs",
        "metrics",
        "metric_names",
        "phone_number",
        "phone_number_queue_length",
        "first_message",
        "inbound_phone_number",
        "inbound_phone_number_data",
        "instructions",
        "simulation_description",
        "information_fields",
        "expected_outcome_prompt",
        "scenario_language",
        "is_simulating",
        "test_profile_data",
        "generated_mock_tool_entries",
    }
)

T = TypeVar("T", bound="ScenariosGenerateProgress2Response200ScenariosListItem")


@_attrs_define
class ScenariosGenerateProgress2Response200ScenariosListItem:
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
    inbound_phone_number_data: ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData | Unset = (
        UNSET
    )
    """ Details of the phone number used for inbound calls """
    instructions: str | Unset = UNSET
    """ Instructions for the AI agent in this scenario """
    simulation_description: str | Unset = UNSET
    """ Description of the simulation if this scenario was created by simulation """
    information_fields: ScenariosGenerateProgress2Response200ScenariosListItemInformationFields | Unset = UNSET
    """ Additional information fields for the scenario """
    expected_outcome_prompt: str | Unset = UNSET
    """ Expected outcome prompt for the scenario """
    scenario_language: str | Unset = UNSET
    """ Language of the scenario """
    is_simulating: bool | Unset = UNSET
    """ Whether this scenario was created by simulation """
    test_profile_data: ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData | Unset = UNSET
    """ The test profile generated for this scenario, including its sectioned `information` (main_agent_variables /
    testing_agent_variables) """
    generated_mock_tool_entries: (
        list[ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem] | Unset
    ) = UNSET
    """ Expected mock tool calls generated for this scenario when the agent has mock tools attached. Empty when the
    agent has no mock tools. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.personality_name, Unset):
            field_dict["personality_name"] = self.personality_name
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.runs, Unset):
            field_dict["runs"] = self.runs
        if not isinstance(self.metrics, Unset):
            field_dict["metrics"] = self.metrics
        if not isinstance(self.metric_names, Unset):
            field_dict["metric_names"] = self.metric_names
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.phone_number_queue_length, Unset):
            field_dict["phone_number_queue_length"] = self.phone_number_queue_length
        if not isinstance(self.first_message, Unset):
            field_dict["first_message"] = self.first_message
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
        if not isinstance(self.inbound_phone_number_data, Unset):
            field_dict["inbound_phone_number_data"] = (
                self.inbound_phone_number_data.to_dict()
                if type(self.inbound_phone_number_data)
                is ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData
                else written(self.inbound_phone_number_data, "inbound_phone_number_data", self)
            )
        if not isinstance(self.instructions, Unset):
            field_dict["instructions"] = self.instructions
        if not isinstance(self.simulation_description, Unset):
            field_dict["simulation_description"] = self.simulation_description
        if not isinstance(self.information_fields, Unset):
            field_dict["information_fields"] = (
                self.information_fields.to_dict()
                if type(self.information_fields)
                is ScenariosGenerateProgress2Response200ScenariosListItemInformationFields
                else written(self.information_fields, "information_fields", self)
            )
        if not isinstance(self.expected_outcome_prompt, Unset):
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if not isinstance(self.scenario_language, Unset):
            field_dict["scenario_language"] = self.scenario_language
        if not isinstance(self.is_simulating, Unset):
            field_dict["is_simulating"] = self.is_simulating
        if not isinstance(self.test_profile_data, Unset):
            field_dict["test_profile_data"] = (
                self.test_profile_data.to_dict()
                if type(self.test_profile_data) is ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData
                else written(self.test_profile_data, "test_profile_data", self)
            )
        if not isinstance(self.generated_mock_tool_entries, Unset):
            field_dict["generated_mock_tool_entries"] = (
                [
                    element.to_dict()
                    if type(element)
                    is ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem
                    else written(element, "generated_mock_tool_entries", self)
                    for element in self.generated_mock_tool_entries
                ]
                if type(self.generated_mock_tool_entries) is list
                else written(self.generated_mock_tool_entries, "generated_mock_tool_entries", self)
            )
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
            _present = 0
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

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if type(personality) is not int:
                        personality = checked(personality, (int,))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int")

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

            _field = "runs"
            try:
                if "runs" in src_dict:
                    runs: Any = src_dict["runs"]
                    _present += 1
                    if type(runs) is not list:
                        runs = checked(runs, (list,))
                    for _item in runs:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    runs = UNSET
            except FIELD_ERRORS as _error:
                runs, _found = tolerated(
                    src_dict, "runs", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1
                    if type(metrics) is not list:
                        metrics = checked(metrics, (list,))
                    for _item in metrics:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(
                    src_dict, "metrics", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "metric_names"
            try:
                if "metric_names" in src_dict:
                    metric_names: Any = src_dict["metric_names"]
                    _present += 1
                    if type(metric_names) is not list:
                        metric_names = checked(metric_names, (list,))
                    for _item in metric_names:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    metric_names = UNSET
            except FIELD_ERRORS as _error:
                metric_names, _found = tolerated(
                    src_dict, "metric_names", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

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

            _field = "phone_number_queue_length"
            try:
                if "phone_number_queue_length" in src_dict:
                    phone_number_queue_length: Any = src_dict["phone_number_queue_length"]
                    _present += 1
                    if type(phone_number_queue_length) is not int:
                        phone_number_queue_length = checked(phone_number_queue_length, (int,))
                else:
                    phone_number_queue_length = UNSET
            except FIELD_ERRORS as _error:
                phone_number_queue_length, _found = tolerated(
                    src_dict, "phone_number_queue_length", _error, _found, "int"
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
                    if type(inbound_phone_number) is not int:
                        inbound_phone_number = checked(inbound_phone_number, (int,))
                else:
                    inbound_phone_number = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_number, _found = tolerated(src_dict, "inbound_phone_number", _error, _found, "int")

            _field = "inbound_phone_number_data"
            try:
                if "inbound_phone_number_data" in src_dict:
                    inbound_phone_number_data: Any = src_dict["inbound_phone_number_data"]
                    _present += 1
                    inbound_phone_number_data = (
                        ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData.from_dict(
                            inbound_phone_number_data
                        )
                    )
                else:
                    inbound_phone_number_data = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_number_data, _found = tolerated(
                    src_dict,
                    "inbound_phone_number_data",
                    _error,
                    _found,
                    "ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData",
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
                    information_fields = (
                        ScenariosGenerateProgress2Response200ScenariosListItemInformationFields.from_dict(
                            information_fields
                        )
                    )
                else:
                    information_fields = UNSET
            except FIELD_ERRORS as _error:
                information_fields, _found = tolerated(
                    src_dict,
                    "information_fields",
                    _error,
                    _found,
                    "ScenariosGenerateProgress2Response200ScenariosListItemInformationFields",
                )

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
                    if type(scenario_language) is not str:
                        scenario_language = checked(scenario_language, (str,))
                else:
                    scenario_language = UNSET
            except FIELD_ERRORS as _error:
                scenario_language, _found = tolerated(src_dict, "scenario_language", _error, _found, "str")

            _field = "is_simulating"
            try:
                if "is_simulating" in src_dict:
                    is_simulating: Any = src_dict["is_simulating"]
                    _present += 1
                    if type(is_simulating) is not bool:
                        is_simulating = checked(is_simulating, (bool,))
                else:
                    is_simulating = UNSET
            except FIELD_ERRORS as _error:
                is_simulating, _found = tolerated(src_dict, "is_simulating", _error, _found, "bool")

            _field = "test_profile_data"
            try:
                if "test_profile_data" in src_dict:
                    test_profile_data: Any = src_dict["test_profile_data"]
                    _present += 1
                    test_profile_data = ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData.from_dict(
                        test_profile_data
                    )
                else:
                    test_profile_data = UNSET
            except FIELD_ERRORS as _error:
                test_profile_data, _found = tolerated(
                    src_dict,
                    "test_profile_data",
                    _error,
                    _found,
                    "ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData",
                )

            _field = "generated_mock_tool_entries"
            try:
                if "generated_mock_tool_entries" in src_dict:
                    generated_mock_tool_entries: Any = src_dict["generated_mock_tool_entries"]
                    _present += 1
                    if type(generated_mock_tool_entries) is not list:
                        generated_mock_tool_entries = checked(generated_mock_tool_entries, (list,))
                    generated_mock_tool_entries = [
                        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem.from_dict(
                            element
                        )
                        for element in generated_mock_tool_entries
                    ]

                else:
                    generated_mock_tool_entries = UNSET
            except FIELD_ERRORS as _error:
                generated_mock_tool_entries, _found = tolerated(
                    src_dict,
                    "generated_mock_tool_entries",
                    _error,
                    _found,
                    "list[ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem]",
                    lambda element: (
                        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem.from_dict(
                            element
                        )
                    ),
                )

            _instance = cls(
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
    global _imports_pending, ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem, ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData, ScenariosGenerateProgress2Response200ScenariosListItemInformationFields, ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData  # noqa: PLW0603
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem,  # noqa: PLC0415
    )
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_inbound_phone_number_data import (
        ScenariosGenerateProgress2Response200ScenariosListItemInboundPhoneNumberData,  # noqa: PLC0415
    )
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_information_fields import (
        ScenariosGenerateProgress2Response200ScenariosListItemInformationFields,  # noqa: PLC0415
    )
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_test_profile_data import (
        ScenariosGenerateProgress2Response200ScenariosListItemTestProfileData,  # noqa: PLC0415
    )

    _imports_pending = False
