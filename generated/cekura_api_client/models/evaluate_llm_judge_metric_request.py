from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "description",
        "data",
        "eval_type",
        "enum_values",
        "audio",
        "audio_start_time",
        "audio_end_time",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "description": self.description,
            "data": self.data,
        }
        if not isinstance(self.eval_type, Unset):
            field_dict["eval_type"] = self.eval_type
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.audio, Unset):
            field_dict["audio"] = self.audio
        if not isinstance(self.audio_start_time, Unset):
            field_dict["audio_start_time"] = self.audio_start_time
        if not isinstance(self.audio_end_time, Unset):
            field_dict["audio_end_time"] = self.audio_end_time
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        files.append(("data", (None, form_text(self.data, "data"), "text/plain")))

        if not isinstance(self.eval_type, Unset):
            if isinstance(self.eval_type, str):
                files.append(("eval_type", (None, str(self.eval_type).encode(), "text/plain")))
            else:
                files.append(("eval_type", (None, b"", "text/plain")))

        if not isinstance(self.enum_values, Unset):
            if isinstance(self.enum_values, list):
                for enum_values_type_0_item_element in self.enum_values:
                    files.append(("enum_values", (None, str(enum_values_type_0_item_element).encode(), "text/plain")))
            else:
                files.append(("enum_values", (None, b"", "text/plain")))

        if not isinstance(self.audio, Unset):
            files.append(("audio", (None, str(self.audio).encode(), "text/plain")))

        if not isinstance(self.audio_start_time, Unset):
            if isinstance(self.audio_start_time, float):
                files.append(("audio_start_time", (None, str(self.audio_start_time).encode(), "text/plain")))
            else:
                files.append(("audio_start_time", (None, b"", "text/plain")))

        if not isinstance(self.audio_end_time, Unset):
            if isinstance(self.audio_end_time, float):
                files.append(("audio_end_time", (None, str(self.audio_end_time).encode(), "text/plain")))
            else:
                files.append(("audio_end_time", (None, b"", "text/plain")))

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
            _present = 2
            _field = "description"
            try:
                description: Any = src_dict["description"]
                if type(description) is not str:
                    description = checked(description, (str,))
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "data"
            try:
                data: Any = src_dict["data"]

            except FIELD_ERRORS as _error:
                data, _found = tolerated(src_dict, "data", _error, _found, "Any")

            _field = "eval_type"
            try:
                if "eval_type" in src_dict:
                    eval_type: Any = src_dict["eval_type"]
                    _present += 1
                    if eval_type is not None:
                        if type(eval_type) is not str:
                            eval_type = checked(eval_type, (str, type(None)))
                else:
                    eval_type = UNSET
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "None | str")

            _field = "enum_values"
            try:
                if "enum_values" in src_dict:
                    enum_values: Any = src_dict["enum_values"]
                    _present += 1
                    if enum_values is not None:
                        if type(enum_values) is not list:
                            enum_values = checked(enum_values, (list, type(None)))
                        for _item in enum_values:
                            if type(_item) is not str:
                                checked(_item, (str,))
                else:
                    enum_values = UNSET
            except FIELD_ERRORS as _error:
                enum_values, _found = tolerated(
                    src_dict,
                    "enum_values",
                    _error,
                    _found,
                    "list[str] | None",
                    lambda element: checked(element, (str,)),
                )

            _field = "audio"
            try:
                if "audio" in src_dict:
                    audio: Any = src_dict["audio"]
                    _present += 1
                    if type(audio) is not bool:
                        audio = checked(audio, (bool,))
                else:
                    audio = UNSET
            except FIELD_ERRORS as _error:
                audio, _found = tolerated(src_dict, "audio", _error, _found, "bool")

            _field = "audio_start_time"
            try:
                if "audio_start_time" in src_dict:
                    audio_start_time: Any = src_dict["audio_start_time"]
                    _present += 1
                    if audio_start_time is not None:
                        if type(audio_start_time) is not float:
                            audio_start_time = checked(audio_start_time, (float, int, type(None)))
                else:
                    audio_start_time = UNSET
            except FIELD_ERRORS as _error:
                audio_start_time, _found = tolerated(src_dict, "audio_start_time", _error, _found, "float | None")

            _field = "audio_end_time"
            try:
                if "audio_end_time" in src_dict:
                    audio_end_time: Any = src_dict["audio_end_time"]
                    _present += 1
                    if audio_end_time is not None:
                        if type(audio_end_time) is not float:
                            audio_end_time = checked(audio_end_time, (float, int, type(None)))
                else:
                    audio_end_time = UNSET
            except FIELD_ERRORS as _error:
                audio_end_time, _found = tolerated(src_dict, "audio_end_time", _error, _found, "float | None")

            _instance = cls(
                description=description,
                data=data,
                eval_type=eval_type,
                enum_values=enum_values,
                audio=audio,
                audio_start_time=audio_start_time,
                audio_end_time=audio_end_time,
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
