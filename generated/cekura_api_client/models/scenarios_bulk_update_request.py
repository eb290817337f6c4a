from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "scenarios",
        "agent",
        "project",
        "metric_ids_to_add",
        "metric_ids_to_remove",
        "tool_ids_to_add",
        "tool_ids_to_remove",
        "personality",
        "test_profile",
        "append_instruction",
        "first_message",
        "phone_number",
        "inbound_phone_number",
        "folder_path",
        "max_duration",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "scenarios": self.scenarios,
        }
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.metric_ids_to_add, Unset):
            field_dict["metric_ids_to_add"] = self.metric_ids_to_add
        if not isinstance(self.metric_ids_to_remove, Unset):
            field_dict["metric_ids_to_remove"] = self.metric_ids_to_remove
        if not isinstance(self.tool_ids_to_add, Unset):
            field_dict["tool_ids_to_add"] = self.tool_ids_to_add
        if not isinstance(self.tool_ids_to_remove, Unset):
            field_dict["tool_ids_to_remove"] = self.tool_ids_to_remove
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.test_profile, Unset):
            field_dict["test_profile"] = self.test_profile
        if not isinstance(self.append_instruction, Unset):
            field_dict["append_instruction"] = self.append_instruction
        if not isinstance(self.first_message, Unset):
            field_dict["first_message"] = self.first_message
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.inbound_phone_number, Unset):
            field_dict["inbound_phone_number"] = self.inbound_phone_number
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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "scenarios"
            try:
                scenarios: Any = src_dict["scenarios"]
                if type(scenarios) is not list:
                    scenarios = checked(scenarios, (list,))
                for _item in scenarios:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict, "scenarios", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

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
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "metric_ids_to_add"
            try:
                if "metric_ids_to_add" in src_dict:
                    metric_ids_to_add: Any = src_dict["metric_ids_to_add"]
                    _present += 1
                    if type(metric_ids_to_add) is not list:
                        metric_ids_to_add = checked(metric_ids_to_add, (list,))
                    for _item in metric_ids_to_add:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    metric_ids_to_add = UNSET
            except FIELD_ERRORS as _error:
                metric_ids_to_add, _found = tolerated(
                    src_dict, "metric_ids_to_add", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "metric_ids_to_remove"
            try:
                if "metric_ids_to_remove" in src_dict:
                    metric_ids_to_remove: Any = src_dict["metric_ids_to_remove"]
                    _present += 1
                    if type(metric_ids_to_remove) is not list:
                        metric_ids_to_remove = checked(metric_ids_to_remove, (list,))
                    for _item in metric_ids_to_remove:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    metric_ids_to_remove = UNSET
            except FIELD_ERRORS as _error:
                metric_ids_to_remove, _found = tolerated(
                    src_dict,
                    "metric_ids_to_remove",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

            _field = "tool_ids_to_add"
            try:
                if "tool_ids_to_add" in src_dict:
                    tool_ids_to_add: Any = src_dict["tool_ids_to_add"]
                    _present += 1
                    if type(tool_ids_to_add) is not list:
                        tool_ids_to_add = checked(tool_ids_to_add, (list,))
                    for _item in tool_ids_to_add:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    tool_ids_to_add = UNSET
            except FIELD_ERRORS as _error:
                tool_ids_to_add, _found = tolerated(
                    src_dict, "tool_ids_to_add", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "tool_ids_to_remove"
            try:
                if "tool_ids_to_remove" in src_dict:
                    tool_ids_to_remove: Any = src_dict["tool_ids_to_remove"]
                    _present += 1
                    if type(tool_ids_to_remove) is not list:
                        tool_ids_to_remove = checked(tool_ids_to_remove, (list,))
                    for _item in tool_ids_to_remove:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    tool_ids_to_remove = UNSET
            except FIELD_ERRORS as _error:
                tool_ids_to_remove, _found = tolerated(
                    src_dict,
                    "tool_ids_to_remove",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

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

            _field = "append_instruction"
            try:
                if "append_instruction" in src_dict:
                    append_instruction: Any = src_dict["append_instruction"]
                    _present += 1
                    if type(append_instruction) is not str:
                        append_instruction = checked(append_instruction, (str,))
                else:
                    append_instruction = UNSET
            except FIELD_ERRORS as _error:
                append_instruction, _found = tolerated(src_dict, "append_instruction", _error, _found, "str")

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

            _field = "phone_number"
            try:
                if "phone_number" in src_dict:
                    phone_number: Any = src_dict["phone_number"]
                    _present += 1
                    if type(phone_number) is not int:
                        phone_number = checked(phone_number, (int,))
                else:
                    phone_number = UNSET
            except FIELD_ERRORS as _error:
                phone_number, _found = tolerated(src_dict, "phone_number", _error, _found, "int")

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

            _field = "folder_path"
            try:
                if "folder_path" in src_dict:
                    folder_path: Any = src_dict["folder_path"]
                    _present += 1
                    if type(folder_path) is not str:
                        folder_path = checked(folder_path, (str,))
                else:
                    folder_path = UNSET
            except FIELD_ERRORS as _error:
                folder_path, _found = tolerated(src_dict, "folder_path", _error, _found, "str")

            _field = "max_duration"
            try:
                if "max_duration" in src_dict:
                    max_duration: Any = src_dict["max_duration"]
                    _present += 1
                    if type(max_duration) is not int:
                        max_duration = checked(max_duration, (int,))
                else:
                    max_duration = UNSET
            except FIELD_ERRORS as _error:
                max_duration, _found = tolerated(src_dict, "max_duration", _error, _found, "int")

            _instance = cls(
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
