from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_inline_role import MembershipInlineRole
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "user",
        "role",
        "is_email_notify_enabled",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.user, Unset) and _response:
            field_dict["user"] = (
                self.user.to_dict() if type(self.user) is UserInline else written(self.user, "user", self)
            )
        if not isinstance(self.role, Unset):
            field_dict["role"] = (
                self.role._value_
                if type(self.role) is MembershipInlineRole
                else enum_value(MembershipInlineRole, self.role, "role", self)
            )
        if not isinstance(self.is_email_notify_enabled, Unset):
            field_dict["is_email_notify_enabled"] = self.is_email_notify_enabled
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
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
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

            _field = "user"
            try:
                if "user" in src_dict:
                    user: Any = src_dict["user"]
                    _present += 1
                    user = UserInline.from_dict(user)
                else:
                    user = UNSET
            except FIELD_ERRORS as _error:
                user, _found = tolerated(src_dict, "user", _error, _found, "UserInline")

            _field = "role"
            try:
                if "role" in src_dict:
                    role: Any = src_dict["role"]
                    _present += 1
                    role = (
                        MembershipInlineRole._value2member_map_.get(role) or MembershipInlineRole(role)
                        if type(role) is str
                        else checked(role, (MembershipInlineRole,))
                    )
                else:
                    role = UNSET
            except FIELD_ERRORS as _error:
                role, _found = tolerated(src_dict, "role", _error, _found, "MembershipInlineRole")

            _field = "is_email_notify_enabled"
            try:
                if "is_email_notify_enabled" in src_dict:
                    is_email_notify_enabled: Any = src_dict["is_email_notify_enabled"]
                    _present += 1
                    if type(is_email_notify_enabled) is not bool:
                        is_email_notify_enabled = checked(is_email_notify_enabled, (bool,))
                else:
                    is_email_notify_enabled = UNSET
            except FIELD_ERRORS as _error:
                is_email_notify_enabled, _found = tolerated(src_dict, "is_email_notify_enabled", _error, _found, "bool")

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

            _instance = cls(
                id=id,
                user=user,
                role=role,
                is_email_notify_enabled=is_email_notify_enabled,
                created_at=created_at,
                updated_at=updated_at,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, UserInline  # noqa: PLW0603
    from ..models.user_inline import UserInline  # noqa: PLC0415

    _imports_pending = False
