from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.uploads import as_file
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, File, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "condition_id",
        "file",
        "action_template",
        "replace_audio_id",
    }
)

T = TypeVar("T", bound="TestFrameworkV2ScenariosConditionAudioCreateBody")


@_attrs_define
class TestFrameworkV2ScenariosConditionAudioCreateBody:
    condition_id: int
    file: File = _attrs_field(converter=as_file)
    action_template: str | Unset = UNSET
    replace_audio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {
            "condition_id": self.condition_id,
            "file": file,
        }
        if not isinstance(self.action_template, Unset):
            field_dict["action_template"] = self.action_template
        if not isinstance(self.replace_audio_id, Unset):
            field_dict["replace_audio_id"] = self.replace_audio_id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("condition_id", (None, str(self.condition_id).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.action_template, Unset):
            files.append(("action_template", (None, str(self.action_template).encode(), "text/plain")))

        if not isinstance(self.replace_audio_id, Unset):
            files.append(("replace_audio_id", (None, str(self.replace_audio_id).encode(), "text/plain")))

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
            _field = "condition_id"
            try:
                condition_id: Any = src_dict["condition_id"]
                if type(condition_id) is not int:
                    condition_id = checked(condition_id, (int,))
            except FIELD_ERRORS as _error:
                condition_id, _found = tolerated(src_dict, "condition_id", _error, _found, "int")

            _field = "file"
            try:
                file = File(payload=BytesIO(src_dict["file"]))

                if not isinstance(file, (File,)):
                    expect(file, (File,))
            except FIELD_ERRORS as _error:
                file, _found = tolerated(src_dict, "file", _error, _found, "File")

            _field = "action_template"
            try:
                if "action_template" in src_dict:
                    action_template: Any = src_dict["action_template"]
                    _present += 1
                    if type(action_template) is not str:
                        action_template = checked(action_template, (str,))
                else:
                    action_template = UNSET
            except FIELD_ERRORS as _error:
                action_template, _found = tolerated(src_dict, "action_template", _error, _found, "str")

            _field = "replace_audio_id"
            try:
                if "replace_audio_id" in src_dict:
                    replace_audio_id: Any = src_dict["replace_audio_id"]
                    _present += 1
                    if type(replace_audio_id) is not str:
                        replace_audio_id = checked(replace_audio_id, (str,))
                else:
                    replace_audio_id = UNSET
            except FIELD_ERRORS as _error:
                replace_audio_id, _found = tolerated(src_dict, "replace_audio_id", _error, _found, "str")

            _instance = cls(
                condition_id=condition_id,
                file=file,
                action_template=action_template,
                replace_audio_id=replace_audio_id,
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
