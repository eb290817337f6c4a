from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ScenariosConditionAudioCreateBody")


@_attrs_define
class ScenariosConditionAudioCreateBody:
    condition_id: int
    file: File
    action_template: str | Unset = UNSET
    replace_audio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_id = self.condition_id

        file = self.file.to_tuple()

        action_template = self.action_template

        replace_audio_id = self.replace_audio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition_id": condition_id,
                "file": file,
            }
        )
        if action_template is not UNSET:
            field_dict["action_template"] = action_template
        if replace_audio_id is not UNSET:
            field_dict["replace_audio_id"] = replace_audio_id

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
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "condition_id"
            condition_id = d.pop("condition_id")
            if not isinstance(condition_id, (int,)) or isinstance(condition_id, bool):
                expect(condition_id, (int,))

            _field = "file"
            file = File(payload=BytesIO(d.pop("file")))

            if not isinstance(file, (File,)):
                expect(file, (File,))

            _field = "action_template"
            action_template = d.pop("action_template", UNSET)
            if not isinstance(action_template, (str, Unset)):
                expect(action_template, (str, Unset))

            _field = "replace_audio_id"
            replace_audio_id = d.pop("replace_audio_id", UNSET)
            if not isinstance(replace_audio_id, (str, Unset)):
                expect(replace_audio_id, (str, Unset))

            scenarios_condition_audio_create_body = cls(
                condition_id=condition_id,
                file=file,
                action_template=action_template,
                replace_audio_id=replace_audio_id,
            )

            scenarios_condition_audio_create_body.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_condition_audio_create_body

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
