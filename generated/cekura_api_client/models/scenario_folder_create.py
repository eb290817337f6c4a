from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioFolderCreate")


@_attrs_define
class ScenarioFolderCreate:
    name: str
    project_id: int
    parent_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        parent_path: None | str | Unset
        if isinstance(self.parent_path, Unset):
            parent_path = UNSET
        else:
            parent_path = self.parent_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
            }
        )
        if parent_path is not UNSET:
            field_dict["parent_path"] = parent_path

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.parent_path, Unset):
            if isinstance(self.parent_path, str):
                files.append(("parent_path", (None, str(self.parent_path).encode(), "text/plain")))
            else:
                files.append(("parent_path", (None, str(self.parent_path).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "project_id"
            project_id = d.pop("project_id")
            if not isinstance(project_id, (int,)) or isinstance(project_id, bool):
                expect(project_id, (int,))

            _field = "parent_path"

            def _parse_parent_path(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            parent_path = _parse_parent_path(d.pop("parent_path", UNSET))

            if not isinstance(parent_path, (str, type(None), Unset)):
                expect(parent_path, (str, type(None), Unset))

            scenario_folder_create = cls(
                name=name,
                project_id=project_id,
                parent_path=parent_path,
            )

            scenario_folder_create.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_folder_create

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
