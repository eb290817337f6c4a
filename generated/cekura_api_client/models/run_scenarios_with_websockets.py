from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_with_websocket import ScenarioWithWebsocket


_PROPERTIES: frozenset[str] = frozenset(
    {
        "scenarios",
        "frequency",
        "agent",
        "mock_tool_names",
    }
)

T = TypeVar("T", bound="RunScenariosWithWebsockets")


@_attrs_define
class RunScenariosWithWebsockets:
    scenarios: list[ScenarioWithWebsocket]
    """ List of scenario+websocket pairs. Each element must be an object with two keys: `scenario` (integer
    evaluator ID) and `websocket_url` (string, ws:// or wss:// URL). Example: [{"scenario": 101, "websocket_url":
    "wss://agent-a.example.com/chat"}, {"scenario": 102, "websocket_url": "wss://agent-b.example.com/chat"}] """
    frequency: int
    """ Frequency to run """
    agent: int | None | Unset = UNSET
    """ Agent to use. Required if none of the scenarios have an agent. """
    mock_tool_names: list[str] | None | Unset = UNSET
    """ Names of mock tools to activate for this run. Omit (or send null) to mock every tool configured on the
    agent; send an empty list to mock none so every tool keeps its original endpoint; send specific names to mock
    only those. Tools that belong to an MCP server should be selected via the MCP server's name or key, which mocks
    all of that server's tools as one unit. Legacy MCP sub-tool names are accepted as aliases for the whole parent
    MCP. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "scenarios": [
                element.to_dict() if type(element) is ScenarioWithWebsocket else written(element, "scenarios", self)
                for element in self.scenarios
            ]
            if type(self.scenarios) is list
            else written(self.scenarios, "scenarios", self),
            "frequency": self.frequency,
        }
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
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
            files.append(
                ("scenarios", (None, json.dumps(scenarios_item_element.to_dict()).encode(), "application/json"))
            )

        files.append(("frequency", (None, str(self.frequency).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, b"", "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            if isinstance(self.mock_tool_names, list):
                for mock_tool_names_type_0_item_element in self.mock_tool_names:
                    files.append(
                        ("mock_tool_names", (None, str(mock_tool_names_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("mock_tool_names", (None, b"", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "scenarios"
            try:
                scenarios: Any = src_dict["scenarios"]
                if type(scenarios) is not list:
                    scenarios = checked(scenarios, (list,))
                scenarios = [ScenarioWithWebsocket.from_dict(element) for element in scenarios]

            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict,
                    "scenarios",
                    _error,
                    _found,
                    "list[ScenarioWithWebsocket]",
                    lambda element: ScenarioWithWebsocket.from_dict(element),
                )

            _field = "frequency"
            try:
                frequency: Any = src_dict["frequency"]
                if type(frequency) is not int:
                    frequency = checked(frequency, (int,))
            except FIELD_ERRORS as _error:
                frequency, _found = tolerated(src_dict, "frequency", _error, _found, "int")

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

            _field = "mock_tool_names"
            try:
                if "mock_tool_names" in src_dict:
                    mock_tool_names: Any = src_dict["mock_tool_names"]
                    _present += 1
                    if mock_tool_names is not None:
                        if type(mock_tool_names) is not list:
                            mock_tool_names = checked(mock_tool_names, (list, type(None)))
                        for _item in mock_tool_names:
                            if type(_item) is not str:
                                checked(_item, (str,))
                else:
                    mock_tool_names = UNSET
            except FIELD_ERRORS as _error:
                mock_tool_names, _found = tolerated(
                    src_dict,
                    "mock_tool_names",
                    _error,
                    _found,
                    "list[str] | None",
                    lambda element: checked(element, (str,)),
                )

            _instance = cls(
                scenarios=scenarios,
                frequency=frequency,
                agent=agent,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ScenarioWithWebsocket  # noqa: PLW0603
    from ..models.scenario_with_websocket import ScenarioWithWebsocket  # noqa: PLC0415

    _imports_pending = False
