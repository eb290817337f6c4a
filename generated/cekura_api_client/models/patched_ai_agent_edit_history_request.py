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
        "history_id",
        "version_name",
    }
)

T = TypeVar("T", bound="PatchedAIAgentEditHistoryRequest")


@_attrs_define
class PatchedAIAgentEditHistoryRequest:
    history_id: int | Unset = UNSET
    version_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.history_id, Unset):
            field_dict["history_id"] = self.history_id
        if not isinstance(self.version_name, Unset):
            field_dict["version_name"] = self.version_name
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.history_id, Unset):
            files.append(("history_id", (None, str(self.history_id).encode(), "text/plain")))

        if not isinstance(self.version_name, Unset):
            if isinstance(self.version_name, str):
                files.append(("version_name", (None, str(self.version_name).encode(), "text/plain")))
            else:
                files.append(("version_name", (None, b"", "text/plain")))

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
            _present = 0
            _field = "history_id"
            try:
                if "history_id" in src_dict:
                    history_id: Any = src_dict["history_id"]
                    _present += 1
                    if type(history_id) is not int:
                        history_id = checked(history_id, (int,))
                else:
                    history_id = UNSET
            except FIELD_ERRORS as _error:
                history_id, _found = tolerated(src_dict, "history_id", _error, _found, "int")

            _field = "version_name"
            try:
                if "version_name" in src_dict:
                    version_name: Any = src_dict["version_name"]
                    _present += 1
                    if version_name is not None:
                        if type(version_name) is not str:
                            version_name = checked(version_name, (str, type(None)))
                else:
                    version_name = UNSET
            except FIELD_ERRORS as _error:
                version_name, _found = tolerated(src_dict, "version_name", _error, _found, "None | str")

            _instance = cls(
                history_id=history_id,
                version_name=version_name,
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
