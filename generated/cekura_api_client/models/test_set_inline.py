from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_set_inline_source_model import TestSetInlineSourceModel
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestSetInline")


@_attrs_define
class TestSetInline:
    agent: int
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """
    Name of the test set
    Example: `"Test Set 1"`
     """
    transcript: str | Unset = UNSET
    """ Full text transcript of the call.
    Example:
    ```text
    [00:01] Testing Agent: Hello.
    [00:02] Main Agent: Hello, how can I help you today?
    [00:03] Testing Agent: Well, I mean, sure. What time exactly are we talking about here
    [00:04] Main Agent: 6 PM.
    [00:05] Testing Agent: Great. I'll book that for you. Just a sec.
    [00:06] Main Agent: Okay.
    ```
     """
    voice_recording_url: str | Unset = UNSET
    call_end_reason: str | Unset = UNSET
    """ Reason why the call ended.
    Example:
    - `"customer-ended-call"`
    - `"agent-ended-call"`
     """
    duration: str | Unset = UNSET
    source_model: TestSetInlineSourceModel | Unset = UNSET
    """ * `CallLog` - Call Log
    * `Run` - Run """
    source_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        agent = self.agent

        id = self.id

        name = self.name

        transcript = self.transcript

        voice_recording_url = self.voice_recording_url

        call_end_reason = self.call_end_reason

        duration = self.duration

        source_model: str | Unset = UNSET
        if not isinstance(self.source_model, Unset):
            source_model = self.source_model.value

        source_id = self.source_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if voice_recording_url is not UNSET and _response:
            field_dict["voice_recording_url"] = voice_recording_url
        if call_end_reason is not UNSET:
            field_dict["call_end_reason"] = call_end_reason
        if duration is not UNSET and _response:
            field_dict["duration"] = duration
        if source_model is not UNSET and _response:
            field_dict["source_model"] = source_model
        if source_id is not UNSET and _response:
            field_dict["source_id"] = source_id
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "transcript"
            transcript = d.pop("transcript", UNSET)
            if not isinstance(transcript, (str, Unset)):
                expect(transcript, (str, Unset))

            _field = "voice_recording_url"
            voice_recording_url = d.pop("voice_recording_url", UNSET)
            if not isinstance(voice_recording_url, (str, Unset)):
                expect(voice_recording_url, (str, Unset))

            _field = "call_end_reason"
            call_end_reason = d.pop("call_end_reason", UNSET)
            if not isinstance(call_end_reason, (str, Unset)):
                expect(call_end_reason, (str, Unset))

            _field = "duration"
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (str, Unset)):
                expect(duration, (str, Unset))

            _field = "source_model"
            _source_model = d.pop("source_model", UNSET)
            source_model: TestSetInlineSourceModel | Unset
            if isinstance(_source_model, Unset):
                source_model = UNSET
            else:
                source_model = TestSetInlineSourceModel(_source_model)

            if not isinstance(source_model, (TestSetInlineSourceModel, Unset)):
                expect(source_model, (TestSetInlineSourceModel, Unset))

            _field = "source_id"
            source_id = d.pop("source_id", UNSET)
            if not isinstance(source_id, (str, Unset)):
                expect(source_id, (str, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            test_set_inline = cls(
                agent=agent,
                id=id,
                name=name,
                transcript=transcript,
                voice_recording_url=voice_recording_url,
                call_end_reason=call_end_reason,
                duration=duration,
                source_model=source_model,
                source_id=source_id,
                created_at=created_at,
                updated_at=updated_at,
            )

            test_set_inline.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return test_set_inline

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
