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
    from ..models.schema_pipecat_v2_data import SchemaPipecatV2Data
    from ..models.schema_pipecat_v2_scenario import SchemaPipecatV2Scenario


_PROPERTIES: frozenset[str] = frozenset(
    {
        "scenarios",
        "name",
        "frequency",
        "personality_ids",
        "test_profile_ids",
        "mock_tool_names",
        "personality_id",
        "test_profile_id",
        "pipecat_data",
        "concurrency_limit",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "scenarios": [
                element.to_dict() if type(element) is SchemaPipecatV2Scenario else written(element, "scenarios", self)
                for element in self.scenarios
            ]
            if type(self.scenarios) is list
            else written(self.scenarios, "scenarios", self),
        }
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.frequency, Unset):
            field_dict["frequency"] = self.frequency
        if not isinstance(self.personality_ids, Unset):
            field_dict["personality_ids"] = self.personality_ids
        if not isinstance(self.test_profile_ids, Unset):
            field_dict["test_profile_ids"] = self.test_profile_ids
        if not isinstance(self.mock_tool_names, Unset):
            field_dict["mock_tool_names"] = self.mock_tool_names
        if not isinstance(self.personality_id, Unset):
            field_dict["personality_id"] = self.personality_id
        if not isinstance(self.test_profile_id, Unset):
            field_dict["test_profile_id"] = self.test_profile_id
        if not isinstance(self.pipecat_data, Unset):
            field_dict["pipecat_data"] = (
                self.pipecat_data.to_dict()
                if type(self.pipecat_data) is SchemaPipecatV2Data
                else written(self.pipecat_data, "pipecat_data", self)
            )
        if not isinstance(self.concurrency_limit, Unset):
            field_dict["concurrency_limit"] = self.concurrency_limit
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

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, b"", "text/plain")))

        if not isinstance(self.frequency, Unset):
            files.append(("frequency", (None, str(self.frequency).encode(), "text/plain")))

        if not isinstance(self.personality_ids, Unset):
            if isinstance(self.personality_ids, list):
                for personality_ids_type_0_item_element in self.personality_ids:
                    files.append(
                        ("personality_ids", (None, str(personality_ids_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("personality_ids", (None, b"", "text/plain")))

        if not isinstance(self.test_profile_ids, Unset):
            if isinstance(self.test_profile_ids, list):
                for test_profile_ids_type_0_item_element in self.test_profile_ids:
                    files.append(
                        ("test_profile_ids", (None, str(test_profile_ids_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("test_profile_ids", (None, b"", "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            if isinstance(self.mock_tool_names, list):
                for mock_tool_names_type_0_item_element in self.mock_tool_names:
                    files.append(
                        ("mock_tool_names", (None, str(mock_tool_names_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("mock_tool_names", (None, b"", "text/plain")))

        if not isinstance(self.personality_id, Unset):
            if isinstance(self.personality_id, int):
                files.append(("personality_id", (None, str(self.personality_id).encode(), "text/plain")))
            else:
                files.append(("personality_id", (None, b"", "text/plain")))

        if not isinstance(self.test_profile_id, Unset):
            if isinstance(self.test_profile_id, int):
                files.append(("test_profile_id", (None, str(self.test_profile_id).encode(), "text/plain")))
            else:
                files.append(("test_profile_id", (None, b"", "text/plain")))

        if not isinstance(self.pipecat_data, Unset):
            files.append(("pipecat_data", (None, json.dumps(self.pipecat_data.to_dict()).encode(), "application/json")))

        if not isinstance(self.concurrency_limit, Unset):
            if isinstance(self.concurrency_limit, int):
                files.append(("concurrency_limit", (None, str(self.concurrency_limit).encode(), "text/plain")))
            else:
                files.append(("concurrency_limit", (None, b"", "text/plain")))

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
            _present = 1
            _field = "scenarios"
            try:
                scenarios: Any = src_dict["scenarios"]
                if type(scenarios) is not list:
                    scenarios = checked(scenarios, (list,))
                scenarios = [SchemaPipecatV2Scenario.from_dict(element) for element in scenarios]

            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict,
                    "scenarios",
                    _error,
                    _found,
                    "list[SchemaPipecatV2Scenario]",
                    lambda element: SchemaPipecatV2Scenario.from_dict(element),
                )

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if name is not None:
                        if type(name) is not str:
                            name = checked(name, (str, type(None)))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "None | str")

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

            _field = "personality_ids"
            try:
                if "personality_ids" in src_dict:
                    personality_ids: Any = src_dict["personality_ids"]
                    _present += 1
                    if personality_ids is not None:
                        if type(personality_ids) is not list:
                            personality_ids = checked(personality_ids, (list, type(None)))
                        for _item in personality_ids:
                            if type(_item) is not int:
                                checked(_item, (int,))
                else:
                    personality_ids = UNSET
            except FIELD_ERRORS as _error:
                personality_ids, _found = tolerated(
                    src_dict,
                    "personality_ids",
                    _error,
                    _found,
                    "list[int] | None",
                    lambda element: checked(element, (int,)),
                )

            _field = "test_profile_ids"
            try:
                if "test_profile_ids" in src_dict:
                    test_profile_ids: Any = src_dict["test_profile_ids"]
                    _present += 1
                    if test_profile_ids is not None:
                        if type(test_profile_ids) is not list:
                            test_profile_ids = checked(test_profile_ids, (list, type(None)))
                        for _item in test_profile_ids:
                            if type(_item) is not int:
                                checked(_item, (int,))
                else:
                    test_profile_ids = UNSET
            except FIELD_ERRORS as _error:
                test_profile_ids, _found = tolerated(
                    src_dict,
                    "test_profile_ids",
                    _error,
                    _found,
                    "list[int] | None",
                    lambda element: checked(element, (int,)),
                )

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

            _field = "personality_id"
            try:
                if "personality_id" in src_dict:
                    personality_id: Any = src_dict["personality_id"]
                    _present += 1
                    if personality_id is not None:
                        if type(personality_id) is not int:
                            personality_id = checked(personality_id, (int, type(None)))
                else:
                    personality_id = UNSET
            except FIELD_ERRORS as _error:
                personality_id, _found = tolerated(src_dict, "personality_id", _error, _found, "int | None")

            _field = "test_profile_id"
            try:
                if "test_profile_id" in src_dict:
                    test_profile_id: Any = src_dict["test_profile_id"]
                    _present += 1
                    if test_profile_id is not None:
                        if type(test_profile_id) is not int:
                            test_profile_id = checked(test_profile_id, (int, type(None)))
                else:
                    test_profile_id = UNSET
            except FIELD_ERRORS as _error:
                test_profile_id, _found = tolerated(src_dict, "test_profile_id", _error, _found, "int | None")

            _field = "pipecat_data"
            try:
                if "pipecat_data" in src_dict:
                    pipecat_data: Any = src_dict["pipecat_data"]
                    _present += 1
                    pipecat_data = SchemaPipecatV2Data.from_dict(pipecat_data)
                else:
                    pipecat_data = UNSET
            except FIELD_ERRORS as _error:
                pipecat_data, _found = tolerated(src_dict, "pipecat_data", _error, _found, "SchemaPipecatV2Data")

            _field = "concurrency_limit"
            try:
                if "concurrency_limit" in src_dict:
                    concurrency_limit: Any = src_dict["concurrency_limit"]
                    _present += 1
                    if concurrency_limit is not None:
                        if type(concurrency_limit) is not int:
                            concurrency_limit = checked(concurrency_limit, (int, type(None)))
                else:
                    concurrency_limit = UNSET
            except FIELD_ERRORS as _error:
                concurrency_limit, _found = tolerated(src_dict, "concurrency_limit", _error, _found, "int | None")

            _instance = cls(
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
    global _imports_pending, SchemaPipecatV2Data, SchemaPipecatV2Scenario  # noqa: PLW0603
    from ..models.schema_pipecat_v2_data import SchemaPipecatV2Data  # noqa: PLC0415
    from ..models.schema_pipecat_v2_scenario import SchemaPipecatV2Scenario  # noqa: PLC0415

    _imports_pending = False
