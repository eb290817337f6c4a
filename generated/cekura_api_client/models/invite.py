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
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "organization",
        "organization_name",
        "email",
        "role",
        "status",
        "invite_type",
        "created_at",
        "updated_at",
        "projects",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = self.organization
        if not isinstance(self.organization_name, Unset) and _response:
            field_dict["organization_name"] = self.organization_name
        if not isinstance(self.email, Unset) and _response:
            field_dict["email"] = self.email
        if not isinstance(self.role, Unset):
            field_dict["role"] = (
                self.role._value_ if type(self.role) is InviteRole else enum_value(InviteRole, self.role, "role", self)
            )
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is InviteStatus
                else enum_value(InviteStatus, self.status, "status", self)
            )
        if not isinstance(self.invite_type, Unset) and _response:
            field_dict["invite_type"] = (
                self.invite_type._value_
                if type(self.invite_type) is InviteInviteType
                else enum_value(InviteInviteType, self.invite_type, "invite_type", self)
            )
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if not isinstance(self.projects, Unset) and _response:
            field_dict["projects"] = self.projects
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.role, Unset):
            files.append(("role", (None, str(enum_value(InviteRole, self.role, "role")).encode(), "text/plain")))

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
            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if type(organization) is not int:
                        organization = checked(organization, (int,))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int")

            _field = "organization_name"
            try:
                if "organization_name" in src_dict:
                    organization_name: Any = src_dict["organization_name"]
                    _present += 1
                    if type(organization_name) is not str:
                        organization_name = checked(organization_name, (str,))
                else:
                    organization_name = UNSET
            except FIELD_ERRORS as _error:
                organization_name, _found = tolerated(src_dict, "organization_name", _error, _found, "str")

            _field = "email"
            try:
                if "email" in src_dict:
                    email: Any = src_dict["email"]
                    _present += 1
                    if type(email) is not str:
                        email = checked(email, (str,))
                else:
                    email = UNSET
            except FIELD_ERRORS as _error:
                email, _found = tolerated(src_dict, "email", _error, _found, "str")

            _field = "role"
            try:
                if "role" in src_dict:
                    role: Any = src_dict["role"]
                    _present += 1
                    role = (
                        InviteRole._value2member_map_.get(role) or InviteRole(role)
                        if type(role) is str
                        else checked(role, (InviteRole,))
                    )
                else:
                    role = UNSET
            except FIELD_ERRORS as _error:
                role, _found = tolerated(src_dict, "role", _error, _found, "InviteRole")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        InviteStatus._value2member_map_.get(status) or InviteStatus(status)
                        if type(status) is str
                        else checked(status, (InviteStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "InviteStatus")

            _field = "invite_type"
            try:
                if "invite_type" in src_dict:
                    invite_type: Any = src_dict["invite_type"]
                    _present += 1
                    invite_type = (
                        InviteInviteType._value2member_map_.get(invite_type) or InviteInviteType(invite_type)
                        if type(invite_type) is str
                        else checked(invite_type, (InviteInviteType,))
                    )
                else:
                    invite_type = UNSET
            except FIELD_ERRORS as _error:
                invite_type, _found = tolerated(src_dict, "invite_type", _error, _found, "InviteInviteType")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _field = "projects"
            try:
                if "projects" in src_dict:
                    projects: Any = src_dict["projects"]
                    _present += 1
                    if type(projects) is not str:
                        projects = checked(projects, (str,))
                else:
                    projects = UNSET
            except FIELD_ERRORS as _error:
                projects, _found = tolerated(src_dict, "projects", _error, _found, "str")

            _instance = cls(
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
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
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
