from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_inline_role import MembershipInlineRole
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


T = TypeVar("T", bound="MembershipInline")


@_attrs_define
class MembershipInline:
    id: int | Unset = UNSET
    user: UserInline | Unset = UNSET
    role: MembershipInlineRole | Unset = UNSET
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
            role: MembershipInlineRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = MembershipInlineRole(_role)

            if not isinstance(role, (MembershipInlineRole, Unset)):
                expect(role, (MembershipInlineRole, Unset))

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

            membership_inline = cls(
                id=id,
                user=user,
                role=role,
                is_email_notify_enabled=is_email_notify_enabled,
                created_at=created_at,
                updated_at=updated_at,
            )

            membership_inline.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return membership_inline

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
