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
    from ..models.schema_pipecat_scenario import SchemaPipecatScenario


T = TypeVar("T", bound="SchemaPostRunScenariosPipecat")


@_attrs_define
class SchemaPostRunScenariosPipecat:
    """Schema for the run_scenarios_pipecat endpoint, which runs scenarios using Pipecat WebRTC.
    Total runs: one per entry in `scenarios` (no frequency multiplier on this endpoint).

    """

    scenarios: list[SchemaPipecatScenario]
    """ List of scenarios to run with their Pipecat WebRTC configuration """
    agent: int | Unset = UNSET
    """ Agent ID to run the scenarios against. If omitted, the agent is derived from the first scenario's configured
    agent. """
    mock_tool_names: list[str] | None | Unset = UNSET
    """ Names of mock tools to activate for this run. Omit (or send null) to mock every tool configured on the
    agent; send an empty list to mock none so every tool keeps its original endpoint; send specific names to mock
    only those. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenarios = []
        for scenarios_item_data in self.scenarios:
            scenarios_item = scenarios_item_data.to_dict()
            scenarios.append(scenarios_item)

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

        if not isinstance(self.agent, Unset):
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
        from ..models.schema_pipecat_scenario import SchemaPipecatScenario  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenarios"
            scenarios = []
            _scenarios = d.pop("scenarios")
            for scenarios_item_data in _scenarios:
                scenarios_item = SchemaPipecatScenario.from_dict(scenarios_item_data)

                scenarios.append(scenarios_item)

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

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

            schema_post_run_scenarios_pipecat = cls(
                scenarios=scenarios,
                agent=agent,
                mock_tool_names=mock_tool_names,
            )

            schema_post_run_scenarios_pipecat.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_run_scenarios_pipecat

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
