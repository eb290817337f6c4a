from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPostRunScenariosApiChat")


@_attrs_define
class SchemaPostRunScenariosApiChat:
    """Schema for the run_scenarios_api_chat endpoint (customer-driven pull mode).
    Same selection fields as the other run endpoints (agent_id, scenarios/tags/
    folder_path, frequency, personality/test-profile overrides) plus `timeout`.

    """

    agent_id: int | Unset = UNSET
    """ ID of the agent to run evaluators for """
    assistant_id: str | Unset = UNSET
    """
    Alternative to agent ID - the assistant ID to use for this scenario
    Example: `"asst_1234567890"`
     """
    name: str | Unset = UNSET
    """ Label text for result """
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
    personality_ids: list[int] | None | Unset = UNSET
    """ Personality IDs to override for this run. Defaults to each scenario's personality. """
    test_profile_ids: list[int] | None | Unset = UNSET
    """ Test-profile IDs to override for this run. Defaults to each scenario's test profile. """
    timeout: int | None | Unset = UNSET
    """ Overall run timeout in seconds — the whole conversation's max lifetime (NOT a per-message timeout). When it
    elapses the run is finalized and scored automatically. Defaults to the project's configured duration. Capped at
    3600 (1 hour). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        assistant_id = self.assistant_id

        name = self.name

        scenarios: list[int] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = self.scenarios

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        folder_path = self.folder_path

        project_id = self.project_id

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

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if name is not UNSET:
            field_dict["name"] = name
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
        if personality_ids is not UNSET:
            field_dict["personality_ids"] = personality_ids
        if test_profile_ids is not UNSET:
            field_dict["test_profile_ids"] = test_profile_ids
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

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

        if not isinstance(self.timeout, Unset):
            if isinstance(self.timeout, int):
                files.append(("timeout", (None, str(self.timeout).encode(), "text/plain")))
            else:
                files.append(("timeout", (None, str(self.timeout).encode(), "text/plain")))

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

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

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

            _field = "timeout"

            def _parse_timeout(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            timeout = _parse_timeout(d.pop("timeout", UNSET))

            if not isinstance(timeout, (int, type(None), Unset)) or isinstance(timeout, bool):
                expect(timeout, (int, type(None), Unset))

            schema_post_run_scenarios_api_chat = cls(
                agent_id=agent_id,
                assistant_id=assistant_id,
                name=name,
                scenarios=scenarios,
                tags=tags,
                folder_path=folder_path,
                project_id=project_id,
                frequency=frequency,
                personality_ids=personality_ids,
                test_profile_ids=test_profile_ids,
                timeout=timeout,
            )

            schema_post_run_scenarios_api_chat.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_run_scenarios_api_chat

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
