from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        audio_id: None | str | Unset
        if isinstance(self.audio_id, Unset):
            audio_id = UNSET
        else:
            audio_id = self.audio_id

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        condition_id: int | None | Unset
        if isinstance(self.condition_id, Unset):
            condition_id = UNSET
        else:
            condition_id = self.condition_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        transcript: None | str | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        else:
            transcript = self.transcript

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        timing_source: None | str | Unset
        if isinstance(self.timing_source, Unset):
            timing_source = UNSET
        else:
            timing_source = self.timing_source

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        playback_url = self.playback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_id is not UNSET:
            field_dict["audio_id"] = audio_id
        if action is not UNSET:
            field_dict["action"] = action
        if condition_id is not UNSET:
            field_dict["condition_id"] = condition_id
        if status is not UNSET:
            field_dict["status"] = status
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if duration is not UNSET:
            field_dict["duration"] = duration
        if filename is not UNSET:
            field_dict["filename"] = filename
        if timing_source is not UNSET:
            field_dict["timing_source"] = timing_source
        if error is not UNSET:
            field_dict["error"] = error
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if playback_url is not UNSET and _response:
            field_dict["playback_url"] = playback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "audio_id"

            def _parse_audio_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            audio_id = _parse_audio_id(d.pop("audio_id", UNSET))

            if not isinstance(audio_id, (str, type(None), Unset)):
                expect(audio_id, (str, type(None), Unset))

            _field = "action"

            def _parse_action(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            action = _parse_action(d.pop("action", UNSET))

            if not isinstance(action, (str, type(None), Unset)):
                expect(action, (str, type(None), Unset))

            _field = "condition_id"

            def _parse_condition_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            condition_id = _parse_condition_id(d.pop("condition_id", UNSET))

            if not isinstance(condition_id, (int, type(None), Unset)) or isinstance(condition_id, bool):
                expect(condition_id, (int, type(None), Unset))

            _field = "status"

            def _parse_status(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

            if not isinstance(status, (str, type(None), Unset)):
                expect(status, (str, type(None), Unset))

            _field = "transcript"

            def _parse_transcript(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            transcript = _parse_transcript(d.pop("transcript", UNSET))

            if not isinstance(transcript, (str, type(None), Unset)):
                expect(transcript, (str, type(None), Unset))

            _field = "duration"

            def _parse_duration(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            duration = _parse_duration(d.pop("duration", UNSET))

            if not isinstance(duration, (float, int, type(None), Unset)) or isinstance(duration, bool):
                expect(duration, (float, int, type(None), Unset))

            _field = "filename"

            def _parse_filename(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            filename = _parse_filename(d.pop("filename", UNSET))

            if not isinstance(filename, (str, type(None), Unset)):
                expect(filename, (str, type(None), Unset))

            _field = "timing_source"

            def _parse_timing_source(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timing_source = _parse_timing_source(d.pop("timing_source", UNSET))

            if not isinstance(timing_source, (str, type(None), Unset)):
                expect(timing_source, (str, type(None), Unset))

            _field = "error"

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error = _parse_error(d.pop("error", UNSET))

            if not isinstance(error, (str, type(None), Unset)):
                expect(error, (str, type(None), Unset))

            _field = "updated_at"

            def _parse_updated_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

            if not isinstance(updated_at, (str, type(None), Unset)):
                expect(updated_at, (str, type(None), Unset))

            _field = "playback_url"
            playback_url = d.pop("playback_url", UNSET)
            if not isinstance(playback_url, (str, Unset)):
                expect(playback_url, (str, Unset))

            condition_audio_entry = cls(
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

            condition_audio_entry.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return condition_audio_entry

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
