from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_run_scenarios_sip_mode import SchemaPostRunScenariosSipMode
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPostRunScenariosSip")


@_attrs_define
class SchemaPostRunScenariosSip:
    """Schema for the run_scenarios_sip endpoint."""

    agent_id: int | Unset = UNSET
    """ ID of the agent to run evaluators for """
    assistant_id: str | Unset = UNSET
    """
    Alternative to agent ID - the assistant ID to use for this scenario
    Example: `"asst_1234567890"`
     """
    scenarios: list[int] | Unset = UNSET
    """
    List of evaluator IDs to run. Either scenarios, tags, or folder_path must be provided.
    Example: `[11, 22, 33]`

    To run evaluators by tag or folder, use the `tags` or `folder_path` fields instead.
     """
    tags: list[str] | Unset = UNSET
    """
    List of tags to filter evaluators to run. Either evaluators or tags must be provided.
    Example: `["tag1", "tag2", "tag3"]`
     """
    folder_path: str | Unset = UNSET
    """
    Dot-separated folder path to select evaluators from (e.g. `"Sales.Inbound"`).
    Mutually exclusive with `scenarios` and `tags`. Requires `project_id`.
     """
    project_id: int | Unset = UNSET
    """
    Project ID. Required when using `folder_path` (or when passing a folder path string via `scenarios`).
    Example: `1376`
     """
    frequency: int | Unset = 1
    """
    The number of times each evaluator will run
    Example: `1`
     """
    name: str | Unset = UNSET
    """ Label text for result """
    outbound_phone_number: str | Unset = UNSET
    """
    Override the phone number to use for outbound calls.
    Example: "+1234567890"
     """
    personality_ids: list[int] | None | Unset = UNSET
    """
    List of personality IDs to override for this run. If not provided, uses the scenario's default personality.
    Example: `[123, 456, 789]`
     """
    test_profile_ids: list[int] | None | Unset = UNSET
    """
    List of test profile IDs to override for this run. If not provided, uses the scenario's default test profile.
    Example: `[123, 456, 789]`
     """
    personality_id: int | None | Unset = UNSET
    """ Single personality ID override. Merged into personality_ids; prefer personality_ids for multiple. """
    test_profile_id: int | None | Unset = UNSET
    """ Single test profile ID override. Merged into test_profile_ids; prefer test_profile_ids for multiple. """
    mode: SchemaPostRunScenariosSipMode | Unset = SchemaPostRunScenariosSipMode.SAME_NUMBER
    """ Using same or different phone numbers for each evaluation

    * `same_number` - same_number
    * `different_numbers` - different_numbers """
    agent_number: str | Unset = UNSET
    """
    Override the phone number from which the agent under test receives the call during outbound runs.
    This allows overriding the default agent contact number for testing purposes.
    Example: "+1234567890"
     """
    concurrency_limit: int | Unset = UNSET
    """
    Cap on the number of evaluator runs executed in parallel. Default: unbounded (subject to your provider's rate
    limits).
    Use this to avoid hitting provider rate limits on large frequency or folder runs.
    Example: `5`
     """
    mock_tool_names: list[str] | Unset = UNSET
    """
    Names of mock tools to activate for this run. Cekura swaps those tools' URLs to mock endpoints while the
    run is active and restores the originals when it finishes. Omit (or send null) to mock every tool
    configured on the agent; send an empty list to mock none so every tool keeps its original endpoint.
    Example: `["get_appointments", "cancel_booking"]`
     """
    sip_endpoint: str | Unset = UNSET
    """ Override the agent's stored SIP endpoint for this run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        assistant_id = self.assistant_id

        scenarios: list[int] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = self.scenarios

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        folder_path = self.folder_path

        project_id = self.project_id

        frequency = self.frequency

        name = self.name

        outbound_phone_number = self.outbound_phone_number

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

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        agent_number = self.agent_number

        concurrency_limit = self.concurrency_limit

        mock_tool_names: list[str] | Unset = UNSET
        if not isinstance(self.mock_tool_names, Unset):
            mock_tool_names = self.mock_tool_names

        sip_endpoint = self.sip_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if tags is not UNSET:
            field_dict["tags"] = tags
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if name is not UNSET:
            field_dict["name"] = name
        if outbound_phone_number is not UNSET:
            field_dict["outbound_phone_number"] = outbound_phone_number
        if personality_ids is not UNSET:
            field_dict["personality_ids"] = personality_ids
        if test_profile_ids is not UNSET:
            field_dict["test_profile_ids"] = test_profile_ids
        if personality_id is not UNSET:
            field_dict["personality_id"] = personality_id
        if test_profile_id is not UNSET:
            field_dict["test_profile_id"] = test_profile_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if agent_number is not UNSET:
            field_dict["agent_number"] = agent_number
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if mock_tool_names is not UNSET:
            field_dict["mock_tool_names"] = mock_tool_names
        if sip_endpoint is not UNSET:
            field_dict["sip_endpoint"] = sip_endpoint

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            for scenarios_item_element in self.scenarios:
                files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.frequency, Unset):
            files.append(("frequency", (None, str(self.frequency).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.outbound_phone_number, Unset):
            files.append(("outbound_phone_number", (None, str(self.outbound_phone_number).encode(), "text/plain")))

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

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode.value).encode(), "text/plain")))

        if not isinstance(self.agent_number, Unset):
            files.append(("agent_number", (None, str(self.agent_number).encode(), "text/plain")))

        if not isinstance(self.concurrency_limit, Unset):
            files.append(("concurrency_limit", (None, str(self.concurrency_limit).encode(), "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            for mock_tool_names_item_element in self.mock_tool_names:
                files.append(("mock_tool_names", (None, str(mock_tool_names_item_element).encode(), "text/plain")))

        if not isinstance(self.sip_endpoint, Unset):
            files.append(("sip_endpoint", (None, str(self.sip_endpoint).encode(), "text/plain")))

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

            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios", UNSET))

            if not isinstance(scenarios, (list, Unset)):
                expect(scenarios, (list, Unset))

            _field = "tags"
            tags = cast(list[str], d.pop("tags", UNSET))

            if not isinstance(tags, (list, Unset)):
                expect(tags, (list, Unset))

            _field = "folder_path"
            folder_path = d.pop("folder_path", UNSET)
            if not isinstance(folder_path, (str, Unset)):
                expect(folder_path, (str, Unset))

            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

            _field = "frequency"
            frequency = d.pop("frequency", UNSET)
            if not isinstance(frequency, (int, Unset)) or isinstance(frequency, bool):
                expect(frequency, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "outbound_phone_number"
            outbound_phone_number = d.pop("outbound_phone_number", UNSET)
            if not isinstance(outbound_phone_number, (str, Unset)):
                expect(outbound_phone_number, (str, Unset))

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

            _field = "mode"
            _mode = d.pop("mode", UNSET)
            mode: SchemaPostRunScenariosSipMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = SchemaPostRunScenariosSipMode(_mode)

            if not isinstance(mode, (SchemaPostRunScenariosSipMode, Unset)):
                expect(mode, (SchemaPostRunScenariosSipMode, Unset))

            _field = "agent_number"
            agent_number = d.pop("agent_number", UNSET)
            if not isinstance(agent_number, (str, Unset)):
                expect(agent_number, (str, Unset))

            _field = "concurrency_limit"
            concurrency_limit = d.pop("concurrency_limit", UNSET)
            if not isinstance(concurrency_limit, (int, Unset)) or isinstance(concurrency_limit, bool):
                expect(concurrency_limit, (int, Unset))

            _field = "mock_tool_names"
            mock_tool_names = cast(list[str], d.pop("mock_tool_names", UNSET))

            if not isinstance(mock_tool_names, (list, Unset)):
                expect(mock_tool_names, (list, Unset))

            _field = "sip_endpoint"
            sip_endpoint = d.pop("sip_endpoint", UNSET)
            if not isinstance(sip_endpoint, (str, Unset)):
                expect(sip_endpoint, (str, Unset))

            schema_post_run_scenarios_sip = cls(
                agent_id=agent_id,
                assistant_id=assistant_id,
                scenarios=scenarios,
                tags=tags,
                folder_path=folder_path,
                project_id=project_id,
                frequency=frequency,
                name=name,
                outbound_phone_number=outbound_phone_number,
                personality_ids=personality_ids,
                test_profile_ids=test_profile_ids,
                personality_id=personality_id,
                test_profile_id=test_profile_id,
                mode=mode,
                agent_number=agent_number,
                concurrency_limit=concurrency_limit,
                mock_tool_names=mock_tool_names,
                sip_endpoint=sip_endpoint,
            )

            schema_post_run_scenarios_sip.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_run_scenarios_sip

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
