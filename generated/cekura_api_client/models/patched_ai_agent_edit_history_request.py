from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedAIAgentEditHistoryRequest")


@_attrs_define
class PatchedAIAgentEditHistoryRequest:
    history_id: int | Unset = UNSET
    version_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_id = self.history_id

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if history_id is not UNSET:
            field_dict["history_id"] = history_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.history_id, Unset):
            files.append(("history_id", (None, str(self.history_id).encode(), "text/plain")))

        if not isinstance(self.version_name, Unset):
            if isinstance(self.version_name, str):
                files.append(("version_name", (None, str(self.version_name).encode(), "text/plain")))
            else:
                files.append(("version_name", (None, str(self.version_name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "history_id"
            history_id = d.pop("history_id", UNSET)
            if not isinstance(history_id, (int, Unset)) or isinstance(history_id, bool):
                expect(history_id, (int, Unset))

            _field = "version_name"

            def _parse_version_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_name = _parse_version_name(d.pop("version_name", UNSET))

            if not isinstance(version_name, (str, type(None), Unset)):
                expect(version_name, (str, type(None), Unset))

            patched_ai_agent_edit_history_request = cls(
                history_id=history_id,
                version_name=version_name,
            )

            patched_ai_agent_edit_history_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_ai_agent_edit_history_request

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
