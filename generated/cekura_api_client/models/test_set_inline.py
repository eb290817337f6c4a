from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_set_inline_source_model import TestSetInlineSourceModel
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent",
        "id",
        "name",
        "transcript",
        "voice_recording_url",
        "call_end_reason",
        "duration",
        "source_model",
        "source_id",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "agent": self.agent,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.transcript, Unset):
            field_dict["transcript"] = self.transcript
        if not isinstance(self.voice_recording_url, Unset) and _response:
            field_dict["voice_recording_url"] = self.voice_recording_url
        if not isinstance(self.call_end_reason, Unset):
            field_dict["call_end_reason"] = self.call_end_reason
        if not isinstance(self.duration, Unset) and _response:
            field_dict["duration"] = self.duration
        if not isinstance(self.source_model, Unset) and _response:
            field_dict["source_model"] = (
                self.source_model._value_
                if type(self.source_model) is TestSetInlineSourceModel
                else enum_value(TestSetInlineSourceModel, self.source_model, "source_model", self)
            )
        if not isinstance(self.source_id, Unset) and _response:
            field_dict["source_id"] = self.source_id
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "agent"
            try:
                agent: Any = src_dict["agent"]
                if type(agent) is not int:
                    agent = checked(agent, (int,))
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

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

            _field = "transcript"
            try:
                if "transcript" in src_dict:
                    transcript: Any = src_dict["transcript"]
                    _present += 1
                    if type(transcript) is not str:
                        transcript = checked(transcript, (str,))
                else:
                    transcript = UNSET
            except FIELD_ERRORS as _error:
                transcript, _found = tolerated(src_dict, "transcript", _error, _found, "str")

            _field = "voice_recording_url"
            try:
                if "voice_recording_url" in src_dict:
                    voice_recording_url: Any = src_dict["voice_recording_url"]
                    _present += 1
                    if type(voice_recording_url) is not str:
                        voice_recording_url = checked(voice_recording_url, (str,))
                else:
                    voice_recording_url = UNSET
            except FIELD_ERRORS as _error:
                voice_recording_url, _found = tolerated(src_dict, "voice_recording_url", _error, _found, "str")

            _field = "call_end_reason"
            try:
                if "call_end_reason" in src_dict:
                    call_end_reason: Any = src_dict["call_end_reason"]
                    _present += 1
                    if type(call_end_reason) is not str:
                        call_end_reason = checked(call_end_reason, (str,))
                else:
                    call_end_reason = UNSET
            except FIELD_ERRORS as _error:
                call_end_reason, _found = tolerated(src_dict, "call_end_reason", _error, _found, "str")

            _field = "duration"
            try:
                if "duration" in src_dict:
                    duration: Any = src_dict["duration"]
                    _present += 1
                    if type(duration) is not str:
                        duration = checked(duration, (str,))
                else:
                    duration = UNSET
            except FIELD_ERRORS as _error:
                duration, _found = tolerated(src_dict, "duration", _error, _found, "str")

            _field = "source_model"
            try:
                if "source_model" in src_dict:
                    source_model: Any = src_dict["source_model"]
                    _present += 1
                    source_model = (
                        TestSetInlineSourceModel._value2member_map_.get(source_model)
                        or TestSetInlineSourceModel(source_model)
                        if type(source_model) is str
                        else checked(source_model, (TestSetInlineSourceModel,))
                    )
                else:
                    source_model = UNSET
            except FIELD_ERRORS as _error:
                source_model, _found = tolerated(src_dict, "source_model", _error, _found, "TestSetInlineSourceModel")

            _field = "source_id"
            try:
                if "source_id" in src_dict:
                    source_id: Any = src_dict["source_id"]
                    _present += 1
                    if type(source_id) is not str:
                        source_id = checked(source_id, (str,))
                else:
                    source_id = UNSET
            except FIELD_ERRORS as _error:
                source_id, _found = tolerated(src_dict, "source_id", _error, _found, "str")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
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
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
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
