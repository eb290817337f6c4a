from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscordServer")


@_attrs_define
class DiscordServer:
    server_name: str
    channel_id: str
    project: int | None
    id: int | Unset = UNSET
    organization: int | Unset = UNSET
    is_verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        server_name = self.server_name

        channel_id = self.channel_id

        project: int | None
        project = self.project

        id = self.id

        organization = self.organization

        is_verified = self.is_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_name": server_name,
                "channel_id": channel_id,
                "project": project,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if is_verified is not UNSET and _response:
            field_dict["is_verified"] = is_verified

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("server_name", (None, str(self.server_name).encode(), "text/plain")))

        files.append(("channel_id", (None, str(self.channel_id).encode(), "text/plain")))

        if isinstance(self.project, int):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))
        else:
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.organization, Unset):
            files.append(("organization", (None, str(self.organization).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "server_name"
            server_name = d.pop("server_name")
            if not isinstance(server_name, (str,)):
                expect(server_name, (str,))

            _field = "channel_id"
            channel_id = d.pop("channel_id")
            if not isinstance(channel_id, (str,)):
                expect(channel_id, (str,))

            _field = "project"

            def _parse_project(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            project = _parse_project(d.pop("project"))

            if not isinstance(project, (int, type(None))) or isinstance(project, bool):
                expect(project, (int, type(None)))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "organization"
            organization = d.pop("organization", UNSET)
            if not isinstance(organization, (int, Unset)) or isinstance(organization, bool):
                expect(organization, (int, Unset))

            _field = "is_verified"
            is_verified = d.pop("is_verified", UNSET)
            if not isinstance(is_verified, (bool, Unset)):
                expect(is_verified, (bool, Unset))

            discord_server = cls(
                server_name=server_name,
                channel_id=channel_id,
                project=project,
                id=id,
                organization=organization,
                is_verified=is_verified,
            )

            discord_server.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return discord_server

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
