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

T = TypeVar("T", bound="KnowledgeBaseFile")


@_attrs_define
class KnowledgeBaseFile:
    agent: int
    file: str | Unset = UNSET
    """ Knowledge base file """
    id: int | Unset = UNSET
    file_url: str | Unset = UNSET
    """ URL of the Knowledge file """
    file_name: str | Unset = UNSET
    """ Name of the Knowledge file """
    file_type: str | Unset = UNSET
    """ MIME type of the Knowledge file """
    file_size: int | Unset = UNSET
    """ Size in bytes.
    Example: `1048576` """
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        agent = self.agent

        file: str | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file

        id = self.id

        file_url = self.file_url

        file_name = self.file_name

        file_type = self.file_type

        file_size = self.file_size

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
                "agent": agent,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if id is not UNSET and _response:
            field_dict["id"] = id
        if file_url is not UNSET and _response:
            field_dict["file_url"] = file_url
        if file_name is not UNSET and _response:
            field_dict["file_name"] = file_name
        if file_type is not UNSET and _response:
            field_dict["file_type"] = file_type
        if file_size is not UNSET and _response:
            field_dict["file_size"] = file_size
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
            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "file"
            _file = d.pop("file", UNSET)
            file: str | Unset = UNSET
            if not isinstance(_file, Unset):
                file = _file
            if not isinstance(file, (str, Unset)):
                expect(file, (str, Unset))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "file_url"
            file_url = d.pop("file_url", UNSET)
            if not isinstance(file_url, (str, Unset)):
                expect(file_url, (str, Unset))

            _field = "file_name"
            file_name = d.pop("file_name", UNSET)
            if not isinstance(file_name, (str, Unset)):
                expect(file_name, (str, Unset))

            _field = "file_type"
            file_type = d.pop("file_type", UNSET)
            if not isinstance(file_type, (str, Unset)):
                expect(file_type, (str, Unset))

            _field = "file_size"
            file_size = d.pop("file_size", UNSET)
            if not isinstance(file_size, (int, Unset)) or isinstance(file_size, bool):
                expect(file_size, (int, Unset))

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

            knowledge_base_file = cls(
                agent=agent,
                file=file,
                id=id,
                file_url=file_url,
                file_name=file_name,
                file_type=file_type,
                file_size=file_size,
                created_at=created_at,
                updated_at=updated_at,
            )

            knowledge_base_file.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return knowledge_base_file

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
