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
        "agent_id",
        "assistant_id",
        "call_logs",
        "copy_to_agent",
        "project_id",
        "folder_path",
    }
)

T = TypeVar("T", bound="SchemaPostCreateScenarios")


@_attrs_define
class SchemaPostCreateScenarios:
    agent_id: int | Unset = UNSET
    """
    Agent ID, required if assistant_id is not provided
    Example: `2142`
     """
    assistant_id: str | Unset = UNSET
    """
    Assistant ID, required if agent_id is not provided
    Example: `asst_1234567890`
     """
    call_logs: list[int] | Unset = UNSET
    """
    List of call log IDs to create scenarios from. Can also be the string "all" to process all call logs.
    Example: `[1, 2, 3]` or `"all"`
     """
    copy_to_agent: int | None | Unset = UNSET
    """
    Optional agent ID to copy created scenarios to
    Example: `2142`
     """
    project_id: int | Unset = UNSET
    """
    Project ID. Required when using folder_path.
    Example: `1376`
     """
    folder_path: None | str | Unset = UNSET
    """
    Folder path to assign the created scenarios to.
    Example: `"Sales.Inbound"`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.call_logs, Unset):
            field_dict["call_logs"] = self.call_logs
        if not isinstance(self.copy_to_agent, Unset):
            field_dict["copy_to_agent"] = self.copy_to_agent
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.call_logs, Unset):
            for call_logs_item_element in self.call_logs:
                files.append(("call_logs", (None, str(call_logs_item_element).encode(), "text/plain")))

        if not isinstance(self.copy_to_agent, Unset):
            if isinstance(self.copy_to_agent, int):
                files.append(("copy_to_agent", (None, str(self.copy_to_agent).encode(), "text/plain")))
            else:
                files.append(("copy_to_agent", (None, b"", "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            if isinstance(self.folder_path, str):
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))
            else:
                files.append(("folder_path", (None, b"", "text/plain")))

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
            _present = 0
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

            _field = "call_logs"
            try:
                if "call_logs" in src_dict:
                    call_logs: Any = src_dict["call_logs"]
                    _present += 1
                    if type(call_logs) is not list:
                        call_logs = checked(call_logs, (list,))
                    for _item in call_logs:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    call_logs = UNSET
            except FIELD_ERRORS as _error:
                call_logs, _found = tolerated(
                    src_dict, "call_logs", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "copy_to_agent"
            try:
                if "copy_to_agent" in src_dict:
                    copy_to_agent: Any = src_dict["copy_to_agent"]
                    _present += 1
                    if copy_to_agent is not None:
                        if type(copy_to_agent) is not int:
                            copy_to_agent = checked(copy_to_agent, (int, type(None)))
                else:
                    copy_to_agent = UNSET
            except FIELD_ERRORS as _error:
                copy_to_agent, _found = tolerated(src_dict, "copy_to_agent", _error, _found, "int | None")

            _field = "project_id"
            try:
                if "project_id" in src_dict:
                    project_id: Any = src_dict["project_id"]
                    _present += 1
                    if type(project_id) is not int:
                        project_id = checked(project_id, (int,))
                else:
                    project_id = UNSET
            except FIELD_ERRORS as _error:
                project_id, _found = tolerated(src_dict, "project_id", _error, _found, "int")

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
                agent_id=agent_id,
                assistant_id=assistant_id,
                call_logs=call_logs,
                copy_to_agent=copy_to_agent,
                project_id=project_id,
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
