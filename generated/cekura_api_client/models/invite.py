from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.invite_invite_type import InviteInviteType
from ..models.invite_role import InviteRole
from ..models.invite_status import InviteStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invite")


@_attrs_define
class Invite:
    id: int | Unset = UNSET
    organization: int | Unset = UNSET
    organization_name: str | Unset = UNSET
    email: str | Unset = UNSET
    role: InviteRole | Unset = UNSET
    """ * `admin` - Admin
    * `member` - Member
    * `view_only` - View Only
    * `internal_view` - Internal View Only
    * `labs` - Labs
    * `labs_view_only` - Labs View Only
    * `insights_view` - Insights View Only """
    status: InviteStatus | Unset = UNSET
    """ * `pending` - Pending
    * `accepted` - Accepted
    * `rejected` - Rejected """
    invite_type: InviteInviteType | Unset = UNSET
    """ * `invite` - Admin Invite
    * `request` - User Request """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    projects: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        organization = self.organization

        organization_name = self.organization_name

        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        invite_type: str | Unset = UNSET
        if not isinstance(self.invite_type, Unset):
            invite_type = self.invite_type.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if organization is not UNSET and _response:
            field_dict["organization"] = organization
        if organization_name is not UNSET and _response:
            field_dict["organization_name"] = organization_name
        if email is not UNSET and _response:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET and _response:
            field_dict["status"] = status
        if invite_type is not UNSET and _response:
            field_dict["invite_type"] = invite_type
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if projects is not UNSET and _response:
            field_dict["projects"] = projects

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.role, Unset):
            files.append(("role", (None, str(self.role.value).encode(), "text/plain")))

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

            _field = "organization"
            organization = d.pop("organization", UNSET)
            if not isinstance(organization, (int, Unset)) or isinstance(organization, bool):
                expect(organization, (int, Unset))

            _field = "organization_name"
            organization_name = d.pop("organization_name", UNSET)
            if not isinstance(organization_name, (str, Unset)):
                expect(organization_name, (str, Unset))

            _field = "email"
            email = d.pop("email", UNSET)
            if not isinstance(email, (str, Unset)):
                expect(email, (str, Unset))

            _field = "role"
            _role = d.pop("role", UNSET)
            role: InviteRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = InviteRole(_role)

            if not isinstance(role, (InviteRole, Unset)):
                expect(role, (InviteRole, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: InviteStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = InviteStatus(_status)

            if not isinstance(status, (InviteStatus, Unset)):
                expect(status, (InviteStatus, Unset))

            _field = "invite_type"
            _invite_type = d.pop("invite_type", UNSET)
            invite_type: InviteInviteType | Unset
            if isinstance(_invite_type, Unset):
                invite_type = UNSET
            else:
                invite_type = InviteInviteType(_invite_type)

            if not isinstance(invite_type, (InviteInviteType, Unset)):
                expect(invite_type, (InviteInviteType, Unset))

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

            _field = "projects"
            projects = d.pop("projects", UNSET)
            if not isinstance(projects, (str, Unset)):
                expect(projects, (str, Unset))

            invite = cls(
                id=id,
                organization=organization,
                organization_name=organization_name,
                email=email,
                role=role,
                status=status,
                invite_type=invite_type,
                created_at=created_at,
                updated_at=updated_at,
                projects=projects,
            )

            invite.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return invite

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
