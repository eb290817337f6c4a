from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="View")


@_attrs_define
class View:
    project: int
    name: str
    """ Name of the view """
    id: int | Unset = UNSET
    filter_config: Any | Unset = UNSET
    """ Filter configuration with agent_ids and extensible fields """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        project = self.project

        name = self.name

        id = self.id

        filter_config = self.filter_config

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "name": name,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if filter_config is not UNSET:
            field_dict["filter_config"] = filter_config
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "filter_config"
            filter_config = d.pop("filter_config", UNSET)

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            view = cls(
                project=project,
                name=name,
                id=id,
                filter_config=filter_config,
                created_at=created_at,
                updated_at=updated_at,
            )

            view.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return view

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
