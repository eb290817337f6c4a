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
        "name",
        "project_id",
        "parent_path",
    }
)

T = TypeVar("T", bound="ScenarioFolderCreate")


@_attrs_define
class ScenarioFolderCreate:
    name: str
    project_id: int
    parent_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "name": self.name,
            "project_id": self.project_id,
        }
        if not isinstance(self.parent_path, Unset):
            field_dict["parent_path"] = self.parent_path
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.parent_path, Unset):
            if isinstance(self.parent_path, str):
                files.append(("parent_path", (None, str(self.parent_path).encode(), "text/plain")))
            else:
                files.append(("parent_path", (None, b"", "text/plain")))

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
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "project_id"
            try:
                project_id: Any = src_dict["project_id"]
                if type(project_id) is not int:
                    project_id = checked(project_id, (int,))
            except FIELD_ERRORS as _error:
                project_id, _found = tolerated(src_dict, "project_id", _error, _found, "int")

            _field = "parent_path"
            try:
                if "parent_path" in src_dict:
                    parent_path: Any = src_dict["parent_path"]
                    _present += 1
                    if parent_path is not None:
                        if type(parent_path) is not str:
                            parent_path = checked(parent_path, (str, type(None)))
                else:
                    parent_path = UNSET
            except FIELD_ERRORS as _error:
                parent_path, _found = tolerated(src_dict, "parent_path", _error, _found, "None | str")

            _instance = cls(
                name=name,
                project_id=project_id,
                parent_path=parent_path,
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
