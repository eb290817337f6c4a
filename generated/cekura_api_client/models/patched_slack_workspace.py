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

T = TypeVar("T", bound="PatchedSlackWorkspace")


@_attrs_define
class PatchedSlackWorkspace:
    id: int | Unset = UNSET
    team_name: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    organization: int | Unset = UNSET
    is_verified: bool | Unset = UNSET
    project: int | None | Unset = UNSET
    scopes: str | Unset = UNSET
    has_files_write: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        team_name = self.team_name

        channel_id = self.channel_id

        organization = self.organization

        is_verified = self.is_verified

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        scopes = self.scopes

        has_files_write = self.has_files_write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if team_name is not UNSET and _response:
            field_dict["team_name"] = team_name
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if organization is not UNSET and _response:
            field_dict["organization"] = organization
        if is_verified is not UNSET and _response:
            field_dict["is_verified"] = is_verified
        if project is not UNSET:
            field_dict["project"] = project
        if scopes is not UNSET and _response:
            field_dict["scopes"] = scopes
        if has_files_write is not UNSET and _response:
            field_dict["has_files_write"] = has_files_write

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.channel_id, Unset):
            files.append(("channel_id", (None, str(self.channel_id).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "team_name"
            team_name = d.pop("team_name", UNSET)
            if not isinstance(team_name, (str, Unset)):
                expect(team_name, (str, Unset))

            _field = "channel_id"
            channel_id = d.pop("channel_id", UNSET)
            if not isinstance(channel_id, (str, Unset)):
                expect(channel_id, (str, Unset))

            _field = "organization"
            organization = d.pop("organization", UNSET)
            if not isinstance(organization, (int, Unset)) or isinstance(organization, bool):
                expect(organization, (int, Unset))

            _field = "is_verified"
            is_verified = d.pop("is_verified", UNSET)
            if not isinstance(is_verified, (bool, Unset)):
                expect(is_verified, (bool, Unset))

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

            _field = "scopes"
            scopes = d.pop("scopes", UNSET)
            if not isinstance(scopes, (str, Unset)):
                expect(scopes, (str, Unset))

            _field = "has_files_write"
            has_files_write = d.pop("has_files_write", UNSET)
            if not isinstance(has_files_write, (str, Unset)):
                expect(has_files_write, (str, Unset))

            patched_slack_workspace = cls(
                id=id,
                team_name=team_name,
                channel_id=channel_id,
                organization=organization,
                is_verified=is_verified,
                project=project,
                scopes=scopes,
                has_files_write=has_files_write,
            )

            patched_slack_workspace.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_slack_workspace

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
