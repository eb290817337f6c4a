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
    from ..models.simulate_scenario_transcript_message import SimulateScenarioTranscriptMessage


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

    def to_dict(self) -> dict[str, Any]:
        transcript_json = []
        for transcript_json_item_data in self.transcript_json:
            transcript_json_item = transcript_json_item_data.to_dict()
            transcript_json.append(transcript_json_item)

        personality = self.personality

        agent = self.agent

        assistant_id = self.assistant_id

        name = self.name

        expected_outcome_prompt = self.expected_outcome_prompt

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript_json": transcript_json,
            }
        )
        if personality is not UNSET:
            field_dict["personality"] = personality
        if agent is not UNSET:
            field_dict["agent"] = agent
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if name is not UNSET:
            field_dict["name"] = name
        if expected_outcome_prompt is not UNSET:
            field_dict["expected_outcome_prompt"] = expected_outcome_prompt
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

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
                files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulate_scenario_transcript_message import SimulateScenarioTranscriptMessage  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "transcript_json"
            transcript_json = []
            _transcript_json = d.pop("transcript_json")
            for transcript_json_item_data in _transcript_json:
                transcript_json_item = SimulateScenarioTranscriptMessage.from_dict(transcript_json_item_data)

                transcript_json.append(transcript_json_item)

            if not isinstance(transcript_json, (list,)):
                expect(transcript_json, (list,))

            _field = "personality"
            personality = d.pop("personality", UNSET)
            if not isinstance(personality, (int, Unset)) or isinstance(personality, bool):
                expect(personality, (int, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "expected_outcome_prompt"
            expected_outcome_prompt = d.pop("expected_outcome_prompt", UNSET)
            if not isinstance(expected_outcome_prompt, (str, Unset)):
                expect(expected_outcome_prompt, (str, Unset))

            _field = "folder_path"

            def _parse_folder_path(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            folder_path = _parse_folder_path(d.pop("folder_path", UNSET))

            if not isinstance(folder_path, (str, type(None), Unset)):
                expect(folder_path, (str, type(None), Unset))

            schema_post_simulate_scenario = cls(
                transcript_json=transcript_json,
                personality=personality,
                agent=agent,
                assistant_id=assistant_id,
                name=name,
                expected_outcome_prompt=expected_outcome_prompt,
                folder_path=folder_path,
            )

            schema_post_simulate_scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_simulate_scenario

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
