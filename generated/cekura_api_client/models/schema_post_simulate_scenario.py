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
    from ..models.simulate_scenario_transcript_message import SimulateScenarioTranscriptMessage


_PROPERTIES: frozenset[str] = frozenset(
    {
        "transcript_json",
        "personality",
        "agent",
        "assistant_id",
        "name",
        "expected_outcome_prompt",
        "folder_path",
    }
)

T = TypeVar("T", bound="SchemaPostSimulateScenario")


@_attrs_define
class SchemaPostSimulateScenario:
    transcript_json: list[SimulateScenarioTranscriptMessage]
    """ JSON representation of the conversation transcript """
    personality: int | Unset = UNSET
    """ ID of the personality to use in the simulation """
    agent: int | Unset = UNSET
    """ ID of the agent to use in the simulation """
    assistant_id: str | Unset = UNSET
    """ Assistant ID to use in the simulation """
    name: str | Unset = UNSET
    """ Name for the simulated scenario """
    expected_outcome_prompt: str | Unset = UNSET
    """ Prompt describing the expected outcome of the scenario """
    folder_path: None | str | Unset = UNSET
    """ Folder path to assign the scenario to (e.g. 'folder_name' or 'parent.child') """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "transcript_json": [
                element.to_dict()
                if type(element) is SimulateScenarioTranscriptMessage
                else written(element, "transcript_json", self)
                for element in self.transcript_json
            ]
            if type(self.transcript_json) is list
            else written(self.transcript_json, "transcript_json", self),
        }
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.expected_outcome_prompt, Unset):
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for transcript_json_item_element in self.transcript_json:
            files.append(
                (
                    "transcript_json",
                    (None, json.dumps(transcript_json_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.personality, Unset):
            files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.expected_outcome_prompt, Unset):
            files.append(("expected_outcome_prompt", (None, str(self.expected_outcome_prompt).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            if isinstance(self.folder_path, str):
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))
            else:
                files.append(("folder_path", (None, b"", "text/plain")))

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
            _field = "transcript_json"
            try:
                transcript_json: Any = src_dict["transcript_json"]
                if type(transcript_json) is not list:
                    transcript_json = checked(transcript_json, (list,))
                transcript_json = [SimulateScenarioTranscriptMessage.from_dict(element) for element in transcript_json]

            except FIELD_ERRORS as _error:
                transcript_json, _found = tolerated(
                    src_dict,
                    "transcript_json",
                    _error,
                    _found,
                    "list[SimulateScenarioTranscriptMessage]",
                    lambda element: SimulateScenarioTranscriptMessage.from_dict(element),
                )

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if type(personality) is not int:
                        personality = checked(personality, (int,))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

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

            _field = "expected_outcome_prompt"
            try:
                if "expected_outcome_prompt" in src_dict:
                    expected_outcome_prompt: Any = src_dict["expected_outcome_prompt"]
                    _present += 1
                    if type(expected_outcome_prompt) is not str:
                        expected_outcome_prompt = checked(expected_outcome_prompt, (str,))
                else:
                    expected_outcome_prompt = UNSET
            except FIELD_ERRORS as _error:
                expected_outcome_prompt, _found = tolerated(src_dict, "expected_outcome_prompt", _error, _found, "str")

            _field = "folder_path"
            try:
                if "folder_path" in src_dict:
                    folder_path: Any = src_dict["folder_path"]
                    _present += 1
                    if folder_path is not None:
                        if type(folder_path) is not str:
                            folder_path = checked(folder_path, (str, type(None)))
                else:
                    folder_path = UNSET
            except FIELD_ERRORS as _error:
                folder_path, _found = tolerated(src_dict, "folder_path", _error, _found, "None | str")

            _instance = cls(
                transcript_json=transcript_json,
                personality=personality,
                agent=agent,
                assistant_id=assistant_id,
                name=name,
                expected_outcome_prompt=expected_outcome_prompt,
                folder_path=folder_path,
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
    global _imports_pending, SimulateScenarioTranscriptMessage  # noqa: PLW0603
    from ..models.simulate_scenario_transcript_message import SimulateScenarioTranscriptMessage  # noqa: PLC0415

    _imports_pending = False
