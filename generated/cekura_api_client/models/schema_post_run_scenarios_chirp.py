from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_run_scenarios_chirp_mode import SchemaPostRunScenariosChirpMode
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_id",
        "assistant_id",
        "scenarios",
        "tags",
        "folder_path",
        "project_id",
        "frequency",
        "name",
        "outbound_phone_number",
        "personality_ids",
        "test_profile_ids",
        "personality_id",
        "test_profile_id",
        "mode",
        "agent_number",
        "concurrency_limit",
        "mock_tool_names",
        "websocket_url",
    }
)

T = TypeVar("T", bound="SchemaPostRunScenariosChirp")


@_attrs_define
class SchemaPostRunScenariosChirp:
    """Schema for the run_scenarios_chirp endpoint (raw-PCM WebSocket voice)."""

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
    mode: SchemaPostRunScenariosChirpMode | Unset = SchemaPostRunScenariosChirpMode.SAME_NUMBER
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
    websocket_url: str | Unset = UNSET
    """ Override the agent's stored raw-PCM WebSocket endpoint (telephony.websocket_url) for this run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.scenarios, Unset):
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.frequency, Unset):
            field_dict["frequency"] = self.frequency
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.outbound_phone_number, Unset):
            field_dict["outbound_phone_number"] = self.outbound_phone_number
        if not isinstance(self.personality_ids, Unset):
            field_dict["personality_ids"] = self.personality_ids
        if not isinstance(self.test_profile_ids, Unset):
            field_dict["test_profile_ids"] = self.test_profile_ids
        if not isinstance(self.personality_id, Unset):
            field_dict["personality_id"] = self.personality_id
        if not isinstance(self.test_profile_id, Unset):
            field_dict["test_profile_id"] = self.test_profile_id
        if not isinstance(self.mode, Unset):
            field_dict["mode"] = (
                self.mode._value_
                if type(self.mode) is SchemaPostRunScenariosChirpMode
                else enum_value(SchemaPostRunScenariosChirpMode, self.mode, "mode", self)
            )
        if not isinstance(self.agent_number, Unset):
            field_dict["agent_number"] = self.agent_number
        if not isinstance(self.concurrency_limit, Unset):
            field_dict["concurrency_limit"] = self.concurrency_limit
        if not isinstance(self.mock_tool_names, Unset):
            field_dict["mock_tool_names"] = self.mock_tool_names
        if not isinstance(self.websocket_url, Unset):
            field_dict["websocket_url"] = self.websocket_url
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
                files.append(("personality_ids", (None, b"", "text/plain")))

        if not isinstance(self.test_profile_ids, Unset):
            if isinstance(self.test_profile_ids, list):
                for test_profile_ids_type_0_item_element in self.test_profile_ids:
                    files.append(
                        ("test_profile_ids", (None, str(test_profile_ids_type_0_item_element).encode(), "text/plain"))
                    )
            else:
                files.append(("test_profile_ids", (None, b"", "text/plain")))

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

        if not isinstance(self.mode, Unset):
            files.append(
                (
                    "mode",
                    (None, str(enum_value(SchemaPostRunScenariosChirpMode, self.mode, "mode")).encode(), "text/plain"),
                )
            )

        if not isinstance(self.agent_number, Unset):
            files.append(("agent_number", (None, str(self.agent_number).encode(), "text/plain")))

        if not isinstance(self.concurrency_limit, Unset):
            files.append(("concurrency_limit", (None, str(self.concurrency_limit).encode(), "text/plain")))

        if not isinstance(self.mock_tool_names, Unset):
            for mock_tool_names_item_element in self.mock_tool_names:
                files.append(("mock_tool_names", (None, str(mock_tool_names_item_element).encode(), "text/plain")))

        if not isinstance(self.websocket_url, Unset):
            files.append(("websocket_url", (None, str(self.websocket_url).encode(), "text/plain")))

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
            _present = 0
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

            _field = "assistant_id"
            try:
                if "assistant_id" in src_dict:
                    assistant_id: Any = src_dict["assistant_id"]
                    _present += 1
                    if type(assistant_id) is not str:
                        assistant_id = checked(assistant_id, (str,))
                else:
                    assistant_id = UNSET
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "str")

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1
                    if type(scenarios) is not list:
                        scenarios = checked(scenarios, (list,))
                    for _item in scenarios:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict, "scenarios", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "tags"
            try:
                if "tags" in src_dict:
                    tags: Any = src_dict["tags"]
                    _present += 1
                    if type(tags) is not list:
                        tags = checked(tags, (list,))
                    for _item in tags:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    tags = UNSET
            except FIELD_ERRORS as _error:
                tags, _found = tolerated(
                    src_dict, "tags", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "folder_path"
            try:
                if "folder_path" in src_dict:
                    folder_path: Any = src_dict["folder_path"]
                    _present += 1
                    if type(folder_path) is not str:
                        folder_path = checked(folder_path, (str,))
                else:
                    folder_path = UNSET
            except FIELD_ERRORS as _error:
                folder_path, _found = tolerated(src_dict, "folder_path", _error, _found, "str")

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

            _field = "outbound_phone_number"
            try:
                if "outbound_phone_number" in src_dict:
                    outbound_phone_number: Any = src_dict["outbound_phone_number"]
                    _present += 1
                    if type(outbound_phone_number) is not str:
                        outbound_phone_number = checked(outbound_phone_number, (str,))
                else:
                    outbound_phone_number = UNSET
            except FIELD_ERRORS as _error:
                outbound_phone_number, _found = tolerated(src_dict, "outbound_phone_number", _error, _found, "str")

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

            _field = "mode"
            try:
                if "mode" in src_dict:
                    mode: Any = src_dict["mode"]
                    _present += 1
                    mode = (
                        SchemaPostRunScenariosChirpMode._value2member_map_.get(mode)
                        or SchemaPostRunScenariosChirpMode(mode)
                        if type(mode) is str
                        else checked(mode, (SchemaPostRunScenariosChirpMode,))
                    )
                else:
                    mode = UNSET
            except FIELD_ERRORS as _error:
                mode, _found = tolerated(src_dict, "mode", _error, _found, "SchemaPostRunScenariosChirpMode")

            _field = "agent_number"
            try:
                if "agent_number" in src_dict:
                    agent_number: Any = src_dict["agent_number"]
                    _present += 1
                    if type(agent_number) is not str:
                        agent_number = checked(agent_number, (str,))
                else:
                    agent_number = UNSET
            except FIELD_ERRORS as _error:
                agent_number, _found = tolerated(src_dict, "agent_number", _error, _found, "str")

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

            _field = "websocket_url"
            try:
                if "websocket_url" in src_dict:
                    websocket_url: Any = src_dict["websocket_url"]
                    _present += 1
                    if type(websocket_url) is not str:
                        websocket_url = checked(websocket_url, (str,))
                else:
                    websocket_url = UNSET
            except FIELD_ERRORS as _error:
                websocket_url, _found = tolerated(src_dict, "websocket_url", _error, _found, "str")

            _instance = cls(
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
                websocket_url=websocket_url,
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
