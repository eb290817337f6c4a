from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedUserAPIKey")


@_attrs_define
class PatchedUserAPIKey:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    project: int | None | Unset = UNSET
    project_name: str | Unset = UNSET
    key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        name = self.name

        organization_name = self.organization_name

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        project_name = self.project_name

        key = self.key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_name is not UNSET and _response:
            field_dict["organization_name"] = organization_name
        if project is not UNSET:
            field_dict["project"] = project
        if project_name is not UNSET and _response:
            field_dict["project_name"] = project_name
        if key is not UNSET and _response:
            field_dict["key"] = key
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "organization_name"
            organization_name = d.pop("organization_name", UNSET)
            if not isinstance(organization_name, (str, Unset)):
                expect(organization_name, (str, Unset))

            _field = "project"

            def _parse_project(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project = _parse_project(d.pop("project", UNSET))

            if not isinstance(project, (int, type(None), Unset)) or isinstance(project, bool):
                expect(project, (int, type(None), Unset))

            _field = "project_name"
            project_name = d.pop("project_name", UNSET)
            if not isinstance(project_name, (str, Unset)):
                expect(project_name, (str, Unset))

            _field = "key"
            key = d.pop("key", UNSET)
            if not isinstance(key, (str, Unset)):
                expect(key, (str, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            patched_user_api_key = cls(
                id=id,
                name=name,
                organization_name=organization_name,
                project=project,
                project_name=project_name,
                key=key,
                created_at=created_at,
            )

            patched_user_api_key.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_user_api_key

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
