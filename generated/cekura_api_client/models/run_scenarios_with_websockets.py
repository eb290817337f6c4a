from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_with_websocket import ScenarioWithWebsocket


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

    def to_dict(self) -> dict[str, Any]:
        scenarios = []
        for scenarios_item_data in self.scenarios:
            scenarios_item = scenarios_item_data.to_dict()
            scenarios.append(scenarios_item)

        frequency = self.frequency

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        mock_tool_names: list[str] | None | Unset
        if isinstance(self.mock_tool_names, Unset):
            mock_tool_names = UNSET
        elif isinstance(self.mock_tool_names, list):
            mock_tool_names = self.mock_tool_names

        else:
            mock_tool_names = self.mock_tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarios": scenarios,
                "frequency": frequency,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if mock_tool_names is not UNSET:
            field_dict["mock_tool_names"] = mock_tool_names

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
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            if isinstance(self.mock_tool_names, list):
                for mock_tool_names_type_0_item_element in self.mock_tool_names:
                    files.append(
                        ("mock_tool_names", (None, str(mock_tool_names_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("mock_tool_names", (None, str(self.mock_tool_names).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenario_with_websocket import ScenarioWithWebsocket  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenarios"
            scenarios = []
            _scenarios = d.pop("scenarios")
            for scenarios_item_data in _scenarios:
                scenarios_item = ScenarioWithWebsocket.from_dict(scenarios_item_data)

                scenarios.append(scenarios_item)

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "frequency"
            frequency = d.pop("frequency")
            if not isinstance(frequency, (int,)) or isinstance(frequency, bool):
                expect(frequency, (int,))

            _field = "agent"

            def _parse_agent(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            agent = _parse_agent(d.pop("agent", UNSET))

            if not isinstance(agent, (int, type(None), Unset)) or isinstance(agent, bool):
                expect(agent, (int, type(None), Unset))

            _field = "mock_tool_names"

            def _parse_mock_tool_names(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    mock_tool_names_type_0 = cast(list[str], data)

                    return mock_tool_names_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            mock_tool_names = _parse_mock_tool_names(d.pop("mock_tool_names", UNSET))

            if not isinstance(mock_tool_names, (list, type(None), Unset)):
                expect(mock_tool_names, (list, type(None), Unset))

            run_scenarios_with_websockets = cls(
                scenarios=scenarios,
                frequency=frequency,
                agent=agent,
                mock_tool_names=mock_tool_names,
            )

            run_scenarios_with_websockets.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_scenarios_with_websockets

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
