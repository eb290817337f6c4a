from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        assistant_id = self.assistant_id

        call_logs: list[int] | Unset = UNSET
        if not isinstance(self.call_logs, Unset):
            call_logs = self.call_logs

        copy_to_agent: int | None | Unset
        if isinstance(self.copy_to_agent, Unset):
            copy_to_agent = UNSET
        else:
            copy_to_agent = self.copy_to_agent

        project_id = self.project_id

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if call_logs is not UNSET:
            field_dict["call_logs"] = call_logs
        if copy_to_agent is not UNSET:
            field_dict["copy_to_agent"] = copy_to_agent
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

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
                files.append(("copy_to_agent", (None, str(self.copy_to_agent).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

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
            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "call_logs"
            call_logs = cast(list[int], d.pop("call_logs", UNSET))

            if not isinstance(call_logs, (list, Unset)):
                expect(call_logs, (list, Unset))

            _field = "copy_to_agent"

            def _parse_copy_to_agent(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            copy_to_agent = _parse_copy_to_agent(d.pop("copy_to_agent", UNSET))

            if not isinstance(copy_to_agent, (int, type(None), Unset)) or isinstance(copy_to_agent, bool):
                expect(copy_to_agent, (int, type(None), Unset))

            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

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

            schema_post_create_scenarios = cls(
                agent_id=agent_id,
                assistant_id=assistant_id,
                call_logs=call_logs,
                copy_to_agent=copy_to_agent,
                project_id=project_id,
                folder_path=folder_path,
            )

            schema_post_create_scenarios.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_create_scenarios

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
