from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        scenarios = self.scenarios

        agent_id = self.agent_id

        project_id = self.project_id

        retell_agent_id = self.retell_agent_id

        frequency = self.frequency

        name = self.name

        concurrency_limit = self.concurrency_limit

        mock_tool_names: list[str] | Unset = UNSET
        if not isinstance(self.mock_tool_names, Unset):
            mock_tool_names = self.mock_tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarios": scenarios,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if retell_agent_id is not UNSET:
            field_dict["retell_agent_id"] = retell_agent_id
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if name is not UNSET:
            field_dict["name"] = name
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if mock_tool_names is not UNSET:
            field_dict["mock_tool_names"] = mock_tool_names

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

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

            _field = "retell_agent_id"
            retell_agent_id = d.pop("retell_agent_id", UNSET)
            if not isinstance(retell_agent_id, (str, Unset)):
                expect(retell_agent_id, (str, Unset))

            _field = "frequency"
            frequency = d.pop("frequency", UNSET)
            if not isinstance(frequency, (int, Unset)) or isinstance(frequency, bool):
                expect(frequency, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "concurrency_limit"
            concurrency_limit = d.pop("concurrency_limit", UNSET)
            if not isinstance(concurrency_limit, (int, Unset)) or isinstance(concurrency_limit, bool):
                expect(concurrency_limit, (int, Unset))

            _field = "mock_tool_names"
            mock_tool_names = cast(list[str], d.pop("mock_tool_names", UNSET))

            if not isinstance(mock_tool_names, (list, Unset)):
                expect(mock_tool_names, (list, Unset))

            run_scenarios_retell_web_rtc_request = cls(
                scenarios=scenarios,
                agent_id=agent_id,
                project_id=project_id,
                retell_agent_id=retell_agent_id,
                frequency=frequency,
                name=name,
                concurrency_limit=concurrency_limit,
                mock_tool_names=mock_tool_names,
            )

            run_scenarios_retell_web_rtc_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_scenarios_retell_web_rtc_request

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
