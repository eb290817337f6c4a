from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "audio_id",
        "action",
        "condition_id",
        "status",
        "transcript",
        "duration",
        "filename",
        "timing_source",
        "error",
        "updated_at",
        "playback_url",
    }
)

T = TypeVar("T", bound="ConditionAudioEntry")


@_attrs_define
class ConditionAudioEntry:
    """Read serializer for one Scenario.condition_audio entry (a plain dict).

    The caller passes each entry dict with `audio_id` injected; fields are
    tolerant of missing keys. `words` is intentionally not exposed (runtime-only
    playback timing data).

    """

    audio_id: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    condition_id: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    transcript: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    timing_source: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    playback_url: str | Unset = UNSET
    """ S3 URL of the recorded audio clip """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.audio_id, Unset):
            field_dict["audio_id"] = self.audio_id
        if not isinstance(self.action, Unset):
            field_dict["action"] = self.action
        if not isinstance(self.condition_id, Unset):
            field_dict["condition_id"] = self.condition_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.transcript, Unset):
            field_dict["transcript"] = self.transcript
        if not isinstance(self.duration, Unset):
            field_dict["duration"] = self.duration
        if not isinstance(self.filename, Unset):
            field_dict["filename"] = self.filename
        if not isinstance(self.timing_source, Unset):
            field_dict["timing_source"] = self.timing_source
        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = self.updated_at
        if not isinstance(self.playback_url, Unset) and _response:
            field_dict["playback_url"] = self.playback_url
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
            _present = 0
            _field = "audio_id"
            try:
                if "audio_id" in src_dict:
                    audio_id: Any = src_dict["audio_id"]
                    _present += 1
                    if audio_id is not None:
                        if type(audio_id) is not str:
                            audio_id = checked(audio_id, (str, type(None)))
                else:
                    audio_id = UNSET
            except FIELD_ERRORS as _error:
                audio_id, _found = tolerated(src_dict, "audio_id", _error, _found, "None | str")

            _field = "action"
            try:
                if "action" in src_dict:
                    action: Any = src_dict["action"]
                    _present += 1
                    if action is not None:
                        if type(action) is not str:
                            action = checked(action, (str, type(None)))
                else:
                    action = UNSET
            except FIELD_ERRORS as _error:
                action, _found = tolerated(src_dict, "action", _error, _found, "None | str")

            _field = "condition_id"
            try:
                if "condition_id" in src_dict:
                    condition_id: Any = src_dict["condition_id"]
                    _present += 1
                    if condition_id is not None:
                        if type(condition_id) is not int:
                            condition_id = checked(condition_id, (int, type(None)))
                else:
                    condition_id = UNSET
            except FIELD_ERRORS as _error:
                condition_id, _found = tolerated(src_dict, "condition_id", _error, _found, "int | None")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    if status is not None:
                        if type(status) is not str:
                            status = checked(status, (str, type(None)))
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "None | str")

            _field = "transcript"
            try:
                if "transcript" in src_dict:
                    transcript: Any = src_dict["transcript"]
                    _present += 1
                    if transcript is not None:
                        if type(transcript) is not str:
                            transcript = checked(transcript, (str, type(None)))
                else:
                    transcript = UNSET
            except FIELD_ERRORS as _error:
                transcript, _found = tolerated(src_dict, "transcript", _error, _found, "None | str")

            _field = "duration"
            try:
                if "duration" in src_dict:
                    duration: Any = src_dict["duration"]
                    _present += 1
                    if duration is not None:
                        if type(duration) is not float:
                            duration = checked(duration, (float, int, type(None)))
                else:
                    duration = UNSET
            except FIELD_ERRORS as _error:
                duration, _found = tolerated(src_dict, "duration", _error, _found, "float | None")

            _field = "filename"
            try:
                if "filename" in src_dict:
                    filename: Any = src_dict["filename"]
                    _present += 1
                    if filename is not None:
                        if type(filename) is not str:
                            filename = checked(filename, (str, type(None)))
                else:
                    filename = UNSET
            except FIELD_ERRORS as _error:
                filename, _found = tolerated(src_dict, "filename", _error, _found, "None | str")

            _field = "timing_source"
            try:
                if "timing_source" in src_dict:
                    timing_source: Any = src_dict["timing_source"]
                    _present += 1
                    if timing_source is not None:
                        if type(timing_source) is not str:
                            timing_source = checked(timing_source, (str, type(None)))
                else:
                    timing_source = UNSET
            except FIELD_ERRORS as _error:
                timing_source, _found = tolerated(src_dict, "timing_source", _error, _found, "None | str")

            _field = "error"
            try:
                if "error" in src_dict:
                    error: Any = src_dict["error"]
                    _present += 1
                    if error is not None:
                        if type(error) is not str:
                            error = checked(error, (str, type(None)))
                else:
                    error = UNSET
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "None | str")

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _present += 1
                    if updated_at is not None:
                        if type(updated_at) is not str:
                            updated_at = checked(updated_at, (str, type(None)))
                else:
                    updated_at = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "None | str")

            _field = "playback_url"
            try:
                if "playback_url" in src_dict:
                    playback_url: Any = src_dict["playback_url"]
                    _present += 1
                    if type(playback_url) is not str:
                        playback_url = checked(playback_url, (str,))
                else:
                    playback_url = UNSET
            except FIELD_ERRORS as _error:
                playback_url, _found = tolerated(src_dict, "playback_url", _error, _found, "str")

            _instance = cls(
                audio_id=audio_id,
                action=action,
                condition_id=condition_id,
                status=status,
                transcript=transcript,
                duration=duration,
                filename=filename,
                timing_source=timing_source,
                error=error,
                updated_at=updated_at,
                playback_url=playback_url,
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
