from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluateLlmJudgeMetricRequest")


@_attrs_define
class EvaluateLlmJudgeMetricRequest:
    description: str
    """ Evaluation prompt for the LLM judge. """
    data: Any
    """ Per-call payload (transcript, metadata, voice_recording, etc.) the metric runs against. """
    eval_type: None | str | Unset = UNSET
    """ One of binary, numeric, continuous_qualitative, enum. Legacy values (binary_workflow_adherence,
    binary_qualitative) are accepted and mapped to binary. """
    enum_values: list[str] | None | Unset = UNSET
    """ Required when eval_type='enum'. """
    audio: bool | Unset = UNSET
    """ When true, the LLM judge analyzes the voice recording instead of (or in addition to) the transcript. """
    audio_start_time: float | None | Unset = UNSET
    """ Optional clip start (seconds from call start) when audio=true. """
    audio_end_time: float | None | Unset = UNSET
    """ Optional clip end (seconds from call start) when audio=true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        data = self.data

        eval_type: None | str | Unset
        if isinstance(self.eval_type, Unset):
            eval_type = UNSET
        else:
            eval_type = self.eval_type

        enum_values: list[str] | None | Unset
        if isinstance(self.enum_values, Unset):
            enum_values = UNSET
        elif isinstance(self.enum_values, list):
            enum_values = self.enum_values

        else:
            enum_values = self.enum_values

        audio = self.audio

        audio_start_time: float | None | Unset
        if isinstance(self.audio_start_time, Unset):
            audio_start_time = UNSET
        else:
            audio_start_time = self.audio_start_time

        audio_end_time: float | None | Unset
        if isinstance(self.audio_end_time, Unset):
            audio_end_time = UNSET
        else:
            audio_end_time = self.audio_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "data": data,
            }
        )
        if eval_type is not UNSET:
            field_dict["eval_type"] = eval_type
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_start_time is not UNSET:
            field_dict["audio_start_time"] = audio_start_time
        if audio_end_time is not UNSET:
            field_dict["audio_end_time"] = audio_end_time

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        files.append(("data", (None, str(self.data).encode(), "text/plain")))

        if not isinstance(self.eval_type, Unset):
            if isinstance(self.eval_type, str):
                files.append(("eval_type", (None, str(self.eval_type).encode(), "text/plain")))
            else:
                files.append(("eval_type", (None, str(self.eval_type).encode(), "text/plain")))

        if not isinstance(self.enum_values, Unset):
            if isinstance(self.enum_values, list):
                for enum_values_type_0_item_element in self.enum_values:
                    files.append(("enum_values", (None, str(enum_values_type_0_item_element).encode(), "text/plain")))
            else:
                files.append(("enum_values", (None, str(self.enum_values).encode(), "text/plain")))

        if not isinstance(self.audio, Unset):
            files.append(("audio", (None, str(self.audio).encode(), "text/plain")))

        if not isinstance(self.audio_start_time, Unset):
            if isinstance(self.audio_start_time, float):
                files.append(("audio_start_time", (None, str(self.audio_start_time).encode(), "text/plain")))
            else:
                files.append(("audio_start_time", (None, str(self.audio_start_time).encode(), "text/plain")))

        if not isinstance(self.audio_end_time, Unset):
            if isinstance(self.audio_end_time, float):
                files.append(("audio_end_time", (None, str(self.audio_end_time).encode(), "text/plain")))
            else:
                files.append(("audio_end_time", (None, str(self.audio_end_time).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "description"
            description = d.pop("description")
            if not isinstance(description, (str,)):
                expect(description, (str,))

            _field = "data"
            data = d.pop("data")

            _field = "eval_type"

            def _parse_eval_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            eval_type = _parse_eval_type(d.pop("eval_type", UNSET))

            if not isinstance(eval_type, (str, type(None), Unset)):
                expect(eval_type, (str, type(None), Unset))

            _field = "enum_values"

            def _parse_enum_values(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    enum_values_type_0 = cast(list[str], data)

                    return enum_values_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            enum_values = _parse_enum_values(d.pop("enum_values", UNSET))

            if not isinstance(enum_values, (list, type(None), Unset)):
                expect(enum_values, (list, type(None), Unset))

            _field = "audio"
            audio = d.pop("audio", UNSET)
            if not isinstance(audio, (bool, Unset)):
                expect(audio, (bool, Unset))

            _field = "audio_start_time"

            def _parse_audio_start_time(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            audio_start_time = _parse_audio_start_time(d.pop("audio_start_time", UNSET))

            if not isinstance(audio_start_time, (float, int, type(None), Unset)) or isinstance(audio_start_time, bool):
                expect(audio_start_time, (float, int, type(None), Unset))

            _field = "audio_end_time"

            def _parse_audio_end_time(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            audio_end_time = _parse_audio_end_time(d.pop("audio_end_time", UNSET))

            if not isinstance(audio_end_time, (float, int, type(None), Unset)) or isinstance(audio_end_time, bool):
                expect(audio_end_time, (float, int, type(None), Unset))

            evaluate_llm_judge_metric_request = cls(
                description=description,
                data=data,
                eval_type=eval_type,
                enum_values=enum_values,
                audio=audio,
                audio_start_time=audio_start_time,
                audio_end_time=audio_end_time,
            )

            evaluate_llm_judge_metric_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return evaluate_llm_judge_metric_request

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
