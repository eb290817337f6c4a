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
        "agent_id",
        "project_id",
        "retell_agent_id",
        "frequency",
        "name",
        "concurrency_limit",
        "mock_tool_names",
    }
)

T = TypeVar("T", bound="RunScenariosRetellWebRTCRequest")


@_attrs_define
class RunScenariosRetellWebRTCRequest:
    scenarios: list[int]
    """ List of scenario IDs to run """
    agent_id: int | Unset = UNSET
    """ Agent ID (optional if scenarios all belong to one agent) """
    project_id: int | Unset = UNSET
    retell_agent_id: str | Unset = UNSET
    """ Retell agent ID; defaults to agent.assistant_id """
    frequency: int | Unset = 1
    name: str | Unset = UNSET
    concurrency_limit: int | Unset = UNSET
    mock_tool_names: list[str] | Unset = UNSET
    """ Names of mock tools to activate for this run. Omit (or send null) to mock every tool configured on the
    agent; send an empty list to mock none so every tool keeps its original endpoint; send specific names to mock
    only those. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "scenarios": self.scenarios,
        }
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.retell_agent_id, Unset):
            field_dict["retell_agent_id"] = self.retell_agent_id
        if not isinstance(self.frequency, Unset):
            field_dict["frequency"] = self.frequency
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.concurrency_limit, Unset):
            field_dict["concurrency_limit"] = self.concurrency_limit
        if not isinstance(self.mock_tool_names, Unset):
            field_dict["mock_tool_names"] = self.mock_tool_names
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for scenarios_item_element in self.scenarios:
            files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.retell_agent_id, Unset):
            files.append(("retell_agent_id", (None, str(self.retell_agent_id).encode(), "text/plain")))

        if not isinstance(self.frequency, Unset):
            files.append(("frequency", (None, str(self.frequency).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.concurrency_limit, Unset):
            files.append(("concurrency_limit", (None, str(self.concurrency_limit).encode(), "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            for mock_tool_names_item_element in self.mock_tool_names:
                files.append(("mock_tool_names", (None, str(mock_tool_names_item_element).encode(), "text/plain")))

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

            _field = "retell_agent_id"
            try:
                if "retell_agent_id" in src_dict:
                    retell_agent_id: Any = src_dict["retell_agent_id"]
                    _present += 1
                    if type(retell_agent_id) is not str:
                        retell_agent_id = checked(retell_agent_id, (str,))
                else:
                    retell_agent_id = UNSET
            except FIELD_ERRORS as _error:
                retell_agent_id, _found = tolerated(src_dict, "retell_agent_id", _error, _found, "str")

            _field = "frequency"
            try:
                if "frequency" in src_dict:
                    frequency: Any = src_dict["frequency"]
                    _present += 1
                    if type(frequency) is not int:
                        frequency = checked(frequency, (int,))
                else:
                    frequency = UNSET
            except FIELD_ERRORS as _error:
                frequency, _found = tolerated(src_dict, "frequency", _error, _found, "int")

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

            _field = "concurrency_limit"
            try:
                if "concurrency_limit" in src_dict:
                    concurrency_limit: Any = src_dict["concurrency_limit"]
                    _present += 1
                    if type(concurrency_limit) is not int:
                        concurrency_limit = checked(concurrency_limit, (int,))
                else:
                    concurrency_limit = UNSET
            except FIELD_ERRORS as _error:
                concurrency_limit, _found = tolerated(src_dict, "concurrency_limit", _error, _found, "int")

            _field = "mock_tool_names"
            try:
                if "mock_tool_names" in src_dict:
                    mock_tool_names: Any = src_dict["mock_tool_names"]
                    _present += 1
                    if type(mock_tool_names) is not list:
                        mock_tool_names = checked(mock_tool_names, (list,))
                    for _item in mock_tool_names:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    mock_tool_names = UNSET
            except FIELD_ERRORS as _error:
                mock_tool_names, _found = tolerated(
                    src_dict, "mock_tool_names", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _instance = cls(
                scenarios=scenarios,
                agent_id=agent_id,
                project_id=project_id,
                retell_agent_id=retell_agent_id,
                frequency=frequency,
                name=name,
                concurrency_limit=concurrency_limit,
                mock_tool_names=mock_tool_names,
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
