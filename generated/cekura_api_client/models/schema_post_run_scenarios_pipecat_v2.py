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
    from ..models.schema_pipecat_v2_data import SchemaPipecatV2Data
    from ..models.schema_pipecat_v2_scenario import SchemaPipecatV2Scenario


T = TypeVar("T", bound="SchemaPostRunScenariosPipecatV2")


@_attrs_define
class SchemaPostRunScenariosPipecatV2:
    """Schema for the run_scenarios_pipecat_v2 endpoint with automated Pipecat Cloud integration.
    Uses Pipecat Cloud SDK to automatically create sessions and Daily.co rooms.

    """

    scenarios: list[SchemaPipecatV2Scenario]
    """ List of scenarios to run with automated Pipecat Cloud session creation """
    name: None | str | Unset = UNSET
    """ Optional name for the scenario result """
    frequency: int | Unset = 1
    """ Number of times to run each scenario (default: 1) """
    personality_ids: list[int] | None | Unset = UNSET
    """ List of personality IDs to override for this run. If not provided, uses the scenario's default personality.
    """
    test_profile_ids: list[int] | None | Unset = UNSET
    """ List of test profile IDs to override for this run. If not provided, uses the scenario's default test
    profile. """
    mock_tool_names: list[str] | None | Unset = UNSET
    """ Names of mock tools to activate for this run. Omit (or send null) to mock every tool configured on the
    agent; send an empty list to mock none so every tool keeps its original endpoint; send specific names to mock
    only those. """
    personality_id: int | None | Unset = UNSET
    """ Single personality ID override. Merged into personality_ids; prefer personality_ids for multiple. """
    test_profile_id: int | None | Unset = UNSET
    """ Single test profile ID override. Merged into test_profile_ids; prefer test_profile_ids for multiple. """
    pipecat_data: SchemaPipecatV2Data | Unset = UNSET
    """ Per-run Pipecat Cloud overrides. Credentials are read from the agent/project ProviderCredential. """
    concurrency_limit: int | None | Unset = UNSET
    """ Optional cap on how many of this run's calls execute concurrently. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenarios = []
        for scenarios_item_data in self.scenarios:
            scenarios_item = scenarios_item_data.to_dict()
            scenarios.append(scenarios_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        frequency = self.frequency

        personality_ids: list[int] | None | Unset
        if isinstance(self.personality_ids, Unset):
            personality_ids = UNSET
        elif isinstance(self.personality_ids, list):
            personality_ids = self.personality_ids

        else:
            personality_ids = self.personality_ids

        test_profile_ids: list[int] | None | Unset
        if isinstance(self.test_profile_ids, Unset):
            test_profile_ids = UNSET
        elif isinstance(self.test_profile_ids, list):
            test_profile_ids = self.test_profile_ids

        else:
            test_profile_ids = self.test_profile_ids

        mock_tool_names: list[str] | None | Unset
        if isinstance(self.mock_tool_names, Unset):
            mock_tool_names = UNSET
        elif isinstance(self.mock_tool_names, list):
            mock_tool_names = self.mock_tool_names

        else:
            mock_tool_names = self.mock_tool_names

        personality_id: int | None | Unset
        if isinstance(self.personality_id, Unset):
            personality_id = UNSET
        else:
            personality_id = self.personality_id

        test_profile_id: int | None | Unset
        if isinstance(self.test_profile_id, Unset):
            test_profile_id = UNSET
        else:
            test_profile_id = self.test_profile_id

        pipecat_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipecat_data, Unset):
            pipecat_data = self.pipecat_data.to_dict()

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarios": scenarios,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if personality_ids is not UNSET:
            field_dict["personality_ids"] = personality_ids
        if test_profile_ids is not UNSET:
            field_dict["test_profile_ids"] = test_profile_ids
        if mock_tool_names is not UNSET:
            field_dict["mock_tool_names"] = mock_tool_names
        if personality_id is not UNSET:
            field_dict["personality_id"] = personality_id
        if test_profile_id is not UNSET:
            field_dict["test_profile_id"] = test_profile_id
        if pipecat_data is not UNSET:
            field_dict["pipecat_data"] = pipecat_data
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for scenarios_item_element in self.scenarios:
            files.append(
                ("scenarios", (None, json.dumps(scenarios_item_element.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.frequency, Unset):
            files.append(("frequency", (None, str(self.frequency).encode(), "text/plain")))

        if not isinstance(self.personality_ids, Unset):
            if isinstance(self.personality_ids, list):
                for personality_ids_type_0_item_element in self.personality_ids:
                    files.append(
                        ("personality_ids", (None, str(personality_ids_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("personality_ids", (None, str(self.personality_ids).encode(), "text/plain")))

        if not isinstance(self.test_profile_ids, Unset):
            if isinstance(self.test_profile_ids, list):
                for test_profile_ids_type_0_item_element in self.test_profile_ids:
                    files.append(
                        ("test_profile_ids", (None, str(test_profile_ids_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("test_profile_ids", (None, str(self.test_profile_ids).encode(), "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            if isinstance(self.mock_tool_names, list):
                for mock_tool_names_type_0_item_element in self.mock_tool_names:
                    files.append(
                        ("mock_tool_names", (None, str(mock_tool_names_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("mock_tool_names", (None, str(self.mock_tool_names).encode(), "text/plain")))

        if not isinstance(self.personality_id, Unset):
            if isinstance(self.personality_id, int):
                files.append(("personality_id", (None, str(self.personality_id).encode(), "text/plain")))
            else:
                files.append(("personality_id", (None, str(self.personality_id).encode(), "text/plain")))

        if not isinstance(self.test_profile_id, Unset):
            if isinstance(self.test_profile_id, int):
                files.append(("test_profile_id", (None, str(self.test_profile_id).encode(), "text/plain")))
            else:
                files.append(("test_profile_id", (None, str(self.test_profile_id).encode(), "text/plain")))

        if not isinstance(self.pipecat_data, Unset):
            files.append(("pipecat_data", (None, json.dumps(self.pipecat_data.to_dict()).encode(), "application/json")))

        if not isinstance(self.concurrency_limit, Unset):
            if isinstance(self.concurrency_limit, int):
                files.append(("concurrency_limit", (None, str(self.concurrency_limit).encode(), "text/plain")))
            else:
                files.append(("concurrency_limit", (None, str(self.concurrency_limit).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schema_pipecat_v2_data import SchemaPipecatV2Data  # noqa: PLC0415
        from ..models.schema_pipecat_v2_scenario import SchemaPipecatV2Scenario  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenarios"
            scenarios = []
            _scenarios = d.pop("scenarios")
            for scenarios_item_data in _scenarios:
                scenarios_item = SchemaPipecatV2Scenario.from_dict(scenarios_item_data)

                scenarios.append(scenarios_item)

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

            if not isinstance(name, (str, type(None), Unset)):
                expect(name, (str, type(None), Unset))

            _field = "frequency"
            frequency = d.pop("frequency", UNSET)
            if not isinstance(frequency, (int, Unset)) or isinstance(frequency, bool):
                expect(frequency, (int, Unset))

            _field = "personality_ids"

            def _parse_personality_ids(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    personality_ids_type_0 = cast(list[int], data)

                    return personality_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            personality_ids = _parse_personality_ids(d.pop("personality_ids", UNSET))

            if not isinstance(personality_ids, (list, type(None), Unset)):
                expect(personality_ids, (list, type(None), Unset))

            _field = "test_profile_ids"

            def _parse_test_profile_ids(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    test_profile_ids_type_0 = cast(list[int], data)

                    return test_profile_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            test_profile_ids = _parse_test_profile_ids(d.pop("test_profile_ids", UNSET))

            if not isinstance(test_profile_ids, (list, type(None), Unset)):
                expect(test_profile_ids, (list, type(None), Unset))

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

            _field = "personality_id"

            def _parse_personality_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            personality_id = _parse_personality_id(d.pop("personality_id", UNSET))

            if not isinstance(personality_id, (int, type(None), Unset)) or isinstance(personality_id, bool):
                expect(personality_id, (int, type(None), Unset))

            _field = "test_profile_id"

            def _parse_test_profile_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            test_profile_id = _parse_test_profile_id(d.pop("test_profile_id", UNSET))

            if not isinstance(test_profile_id, (int, type(None), Unset)) or isinstance(test_profile_id, bool):
                expect(test_profile_id, (int, type(None), Unset))

            _field = "pipecat_data"
            _pipecat_data = d.pop("pipecat_data", UNSET)
            pipecat_data: SchemaPipecatV2Data | Unset
            if isinstance(_pipecat_data, Unset):
                pipecat_data = UNSET
            else:
                pipecat_data = SchemaPipecatV2Data.from_dict(_pipecat_data)

            if not isinstance(pipecat_data, (SchemaPipecatV2Data, Unset)):
                expect(pipecat_data, (SchemaPipecatV2Data, Unset))

            _field = "concurrency_limit"

            def _parse_concurrency_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

            if not isinstance(concurrency_limit, (int, type(None), Unset)) or isinstance(concurrency_limit, bool):
                expect(concurrency_limit, (int, type(None), Unset))

            schema_post_run_scenarios_pipecat_v2 = cls(
                scenarios=scenarios,
                name=name,
                frequency=frequency,
                personality_ids=personality_ids,
                test_profile_ids=test_profile_ids,
                mock_tool_names=mock_tool_names,
                personality_id=personality_id,
                test_profile_id=test_profile_id,
                pipecat_data=pipecat_data,
                concurrency_limit=concurrency_limit,
            )

            schema_post_run_scenarios_pipecat_v2.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_run_scenarios_pipecat_v2

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
