from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_user_membership_role import PatchedUserMembershipRole
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


T = TypeVar("T", bound="PatchedUserMembership")


@_attrs_define
class PatchedUserMembership:
    id: int | Unset = UNSET
    organization: int | None | Unset = UNSET
    organization_name: str | Unset = UNSET
    project: int | None | Unset = UNSET
    project_name: str | Unset = UNSET
    user: UserInline | Unset = UNSET
    role: PatchedUserMembershipRole | Unset = UNSET
    """ * `admin` - Admin
    * `member` - Member
    * `view_only` - View Only
    * `internal_view` - Internal View Only
    * `labs` - Labs
    * `labs_view_only` - Labs View Only
    * `insights_view` - Insights View Only """
    is_email_notify_enabled: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        organization_name = self.organization_name

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        project_name = self.project_name

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        is_email_notify_enabled = self.is_email_notify_enabled

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if organization is not UNSET and _response:
            field_dict["organization"] = organization
        if organization_name is not UNSET and _response:
            field_dict["organization_name"] = organization_name
        if project is not UNSET:
            field_dict["project"] = project
        if project_name is not UNSET and _response:
            field_dict["project_name"] = project_name
        if user is not UNSET and _response:
            field_dict["user"] = user
        if role is not UNSET:
            field_dict["role"] = role
        if is_email_notify_enabled is not UNSET:
            field_dict["is_email_notify_enabled"] = is_email_notify_enabled
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.role, Unset):
            files.append(("role", (None, str(self.role.value).encode(), "text/plain")))

        if not isinstance(self.is_email_notify_enabled, Unset):
            files.append(("is_email_notify_enabled", (None, str(self.is_email_notify_enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "organization"

            def _parse_organization(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            organization = _parse_organization(d.pop("organization", UNSET))

            if not isinstance(organization, (int, type(None), Unset)) or isinstance(organization, bool):
                expect(organization, (int, type(None), Unset))

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

            _field = "user"
            _user = d.pop("user", UNSET)
            user: UserInline | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = UserInline.from_dict(_user)

            if not isinstance(user, (UserInline, Unset)):
                expect(user, (UserInline, Unset))

            _field = "role"
            _role = d.pop("role", UNSET)
            role: PatchedUserMembershipRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = PatchedUserMembershipRole(_role)

            if not isinstance(role, (PatchedUserMembershipRole, Unset)):
                expect(role, (PatchedUserMembershipRole, Unset))

            _field = "is_email_notify_enabled"
            is_email_notify_enabled = d.pop("is_email_notify_enabled", UNSET)
            if not isinstance(is_email_notify_enabled, (bool, Unset)):
                expect(is_email_notify_enabled, (bool, Unset))

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

            patched_user_membership = cls(
                id=id,
                organization=organization,
                organization_name=organization_name,
                project=project,
                project_name=project_name,
                user=user,
                role=role,
                is_email_notify_enabled=is_email_notify_enabled,
                created_at=created_at,
                updated_at=updated_at,
            )

            patched_user_membership.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_user_membership

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
