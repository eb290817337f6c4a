from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenariosBulkUpdateRequest")


@_attrs_define
class ScenariosBulkUpdateRequest:
    scenarios: list[int]
    """ List of evaluator (scenario) IDs to update. """
    agent: int | Unset = UNSET
    """ Scopes the permission check to a specific agent (either this or `project` is required). When provided, also
    overrides each evaluator's `agent` to this ID. """
    project: int | Unset = UNSET
    """ Scope the permission check to a specific project. Either this or `agent` is required. """
    metric_ids_to_add: list[int] | Unset = UNSET
    """ Metric IDs to attach to each evaluator. """
    metric_ids_to_remove: list[int] | Unset = UNSET
    """ Metric IDs to detach from each evaluator. """
    tool_ids_to_add: list[int] | Unset = UNSET
    """ Tool IDs to attach to each evaluator. """
    tool_ids_to_remove: list[int] | Unset = UNSET
    """ Tool IDs to detach from each evaluator. """
    personality: int | Unset = UNSET
    """ Replace each evaluator's personality with this ID. """
    test_profile: int | Unset = UNSET
    """ Replace each evaluator's test profile with this ID. """
    append_instruction: str | Unset = UNSET
    """ Text appended to every evaluator's instructions. Concatenates on each call — not idempotent. """
    first_message: str | Unset = UNSET
    """ Replace each evaluator's first message. """
    phone_number: int | Unset = UNSET
    """ Replace each evaluator's outbound phone number ID. """
    inbound_phone_number: int | Unset = UNSET
    """ Replace each evaluator's inbound phone number ID. """
    folder_path: str | Unset = UNSET
    """ Move every evaluator into this folder. Dot-separated (e.g. "Sales.Inbound"). """
    max_duration: int | Unset = UNSET
    """ Replace each evaluator's max duration in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenarios = self.scenarios

        agent = self.agent

        project = self.project

        metric_ids_to_add: list[int] | Unset = UNSET
        if not isinstance(self.metric_ids_to_add, Unset):
            metric_ids_to_add = self.metric_ids_to_add

        metric_ids_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.metric_ids_to_remove, Unset):
            metric_ids_to_remove = self.metric_ids_to_remove

        tool_ids_to_add: list[int] | Unset = UNSET
        if not isinstance(self.tool_ids_to_add, Unset):
            tool_ids_to_add = self.tool_ids_to_add

        tool_ids_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.tool_ids_to_remove, Unset):
            tool_ids_to_remove = self.tool_ids_to_remove

        personality = self.personality

        test_profile = self.test_profile

        append_instruction = self.append_instruction

        first_message = self.first_message

        phone_number = self.phone_number

        inbound_phone_number = self.inbound_phone_number

        folder_path = self.folder_path

        max_duration = self.max_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarios": scenarios,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if project is not UNSET:
            field_dict["project"] = project
        if metric_ids_to_add is not UNSET:
            field_dict["metric_ids_to_add"] = metric_ids_to_add
        if metric_ids_to_remove is not UNSET:
            field_dict["metric_ids_to_remove"] = metric_ids_to_remove
        if tool_ids_to_add is not UNSET:
            field_dict["tool_ids_to_add"] = tool_ids_to_add
        if tool_ids_to_remove is not UNSET:
            field_dict["tool_ids_to_remove"] = tool_ids_to_remove
        if personality is not UNSET:
            field_dict["personality"] = personality
        if test_profile is not UNSET:
            field_dict["test_profile"] = test_profile
        if append_instruction is not UNSET:
            field_dict["append_instruction"] = append_instruction
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if inbound_phone_number is not UNSET:
            field_dict["inbound_phone_number"] = inbound_phone_number
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for scenarios_item_element in self.scenarios:
            files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.metric_ids_to_add, Unset):
            for metric_ids_to_add_item_element in self.metric_ids_to_add:
                files.append(("metric_ids_to_add", (None, str(metric_ids_to_add_item_element).encode(), "text/plain")))

        if not isinstance(self.metric_ids_to_remove, Unset):
            for metric_ids_to_remove_item_element in self.metric_ids_to_remove:
                files.append(
                    ("metric_ids_to_remove", (None, str(metric_ids_to_remove_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.tool_ids_to_add, Unset):
            for tool_ids_to_add_item_element in self.tool_ids_to_add:
                files.append(("tool_ids_to_add", (None, str(tool_ids_to_add_item_element).encode(), "text/plain")))

        if not isinstance(self.tool_ids_to_remove, Unset):
            for tool_ids_to_remove_item_element in self.tool_ids_to_remove:
                files.append(
                    ("tool_ids_to_remove", (None, str(tool_ids_to_remove_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.personality, Unset):
            files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.test_profile, Unset):
            files.append(("test_profile", (None, str(self.test_profile).encode(), "text/plain")))

        if not isinstance(self.append_instruction, Unset):
            files.append(("append_instruction", (None, str(self.append_instruction).encode(), "text/plain")))

        if not isinstance(self.first_message, Unset):
            files.append(("first_message", (None, str(self.first_message).encode(), "text/plain")))

        if not isinstance(self.phone_number, Unset):
            files.append(("phone_number", (None, str(self.phone_number).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_number, Unset):
            files.append(("inbound_phone_number", (None, str(self.inbound_phone_number).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        if not isinstance(self.max_duration, Unset):
            files.append(("max_duration", (None, str(self.max_duration).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios"))

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

            _field = "metric_ids_to_add"
            metric_ids_to_add = cast(list[int], d.pop("metric_ids_to_add", UNSET))

            if not isinstance(metric_ids_to_add, (list, Unset)):
                expect(metric_ids_to_add, (list, Unset))

            _field = "metric_ids_to_remove"
            metric_ids_to_remove = cast(list[int], d.pop("metric_ids_to_remove", UNSET))

            if not isinstance(metric_ids_to_remove, (list, Unset)):
                expect(metric_ids_to_remove, (list, Unset))

            _field = "tool_ids_to_add"
            tool_ids_to_add = cast(list[int], d.pop("tool_ids_to_add", UNSET))

            if not isinstance(tool_ids_to_add, (list, Unset)):
                expect(tool_ids_to_add, (list, Unset))

            _field = "tool_ids_to_remove"
            tool_ids_to_remove = cast(list[int], d.pop("tool_ids_to_remove", UNSET))

            if not isinstance(tool_ids_to_remove, (list, Unset)):
                expect(tool_ids_to_remove, (list, Unset))

            _field = "personality"
            personality = d.pop("personality", UNSET)
            if not isinstance(personality, (int, Unset)) or isinstance(personality, bool):
                expect(personality, (int, Unset))

            _field = "test_profile"
            test_profile = d.pop("test_profile", UNSET)
            if not isinstance(test_profile, (int, Unset)) or isinstance(test_profile, bool):
                expect(test_profile, (int, Unset))

            _field = "append_instruction"
            append_instruction = d.pop("append_instruction", UNSET)
            if not isinstance(append_instruction, (str, Unset)):
                expect(append_instruction, (str, Unset))

            _field = "first_message"
            first_message = d.pop("first_message", UNSET)
            if not isinstance(first_message, (str, Unset)):
                expect(first_message, (str, Unset))

            _field = "phone_number"
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (int, Unset)) or isinstance(phone_number, bool):
                expect(phone_number, (int, Unset))

            _field = "inbound_phone_number"
            inbound_phone_number = d.pop("inbound_phone_number", UNSET)
            if not isinstance(inbound_phone_number, (int, Unset)) or isinstance(inbound_phone_number, bool):
                expect(inbound_phone_number, (int, Unset))

            _field = "folder_path"
            folder_path = d.pop("folder_path", UNSET)
            if not isinstance(folder_path, (str, Unset)):
                expect(folder_path, (str, Unset))

            _field = "max_duration"
            max_duration = d.pop("max_duration", UNSET)
            if not isinstance(max_duration, (int, Unset)) or isinstance(max_duration, bool):
                expect(max_duration, (int, Unset))

            scenarios_bulk_update_request = cls(
                scenarios=scenarios,
                agent=agent,
                project=project,
                metric_ids_to_add=metric_ids_to_add,
                metric_ids_to_remove=metric_ids_to_remove,
                tool_ids_to_add=tool_ids_to_add,
                tool_ids_to_remove=tool_ids_to_remove,
                personality=personality,
                test_profile=test_profile,
                append_instruction=append_instruction,
                first_message=first_message,
                phone_number=phone_number,
                inbound_phone_number=inbound_phone_number,
                folder_path=folder_path,
                max_duration=max_duration,
            )

            scenarios_bulk_update_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_bulk_update_request

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
