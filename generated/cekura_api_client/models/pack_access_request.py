from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pack_access_request_status import PackAccessRequestStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "organization",
        "id",
        "user",
        "user_email",
        "organization_name",
        "pack",
        "pack_name",
        "status",
        "requested_at",
        "reviewed_at",
        "reviewed_by",
        "admin_notes",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="PackAccessRequest")


@_attrs_define
class PackAccessRequest:
    organization: int
    """ Organization requesting pack access """
    id: int | Unset = UNSET
    user: int | Unset = UNSET
    """ User who requested pack access """
    user_email: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    pack: int | Unset = UNSET
    """ Pack being requested (typically sandbox) """
    pack_name: str | Unset = UNSET
    status: PackAccessRequestStatus | Unset = PackAccessRequestStatus.PENDING
    """ Request status

    * `pending` - Pending
    * `accepted` - Accepted
    * `declined` - Declined """
    requested_at: datetime.datetime | Unset = UNSET
    reviewed_at: datetime.datetime | None | Unset = UNSET
    reviewed_by: int | None | Unset = UNSET
    """ Admin who reviewed the request """
    admin_notes: str | Unset = UNSET
    """ Optional notes from admin during review """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "organization": self.organization,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.user, Unset) and _response:
            field_dict["user"] = self.user
        if not isinstance(self.user_email, Unset) and _response:
            field_dict["user_email"] = self.user_email
        if not isinstance(self.organization_name, Unset) and _response:
            field_dict["organization_name"] = self.organization_name
        if not isinstance(self.pack, Unset) and _response:
            field_dict["pack"] = self.pack
        if not isinstance(self.pack_name, Unset) and _response:
            field_dict["pack_name"] = self.pack_name
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is PackAccessRequestStatus
                else enum_value(PackAccessRequestStatus, self.status, "status", self)
            )
        if not isinstance(self.requested_at, Unset) and _response:
            field_dict["requested_at"] = (
                _wire[1]
                if _wire is not None and self.requested_at is _wire[0]
                else self.requested_at.isoformat().replace("+00:00", "Z")
                if type(self.requested_at) is datetime.datetime
                else iso_datetime(self.requested_at, "requested_at", self)
            )
        if not isinstance(self.reviewed_at, Unset) and _response:
            field_dict["reviewed_at"] = (
                _wire[3]
                if _wire is not None and self.reviewed_at is _wire[2]
                else None
                if self.reviewed_at is None
                else self.reviewed_at.isoformat().replace("+00:00", "Z")
                if type(self.reviewed_at) is datetime.datetime
                else iso_datetime(self.reviewed_at, "reviewed_at", self)
            )
        if not isinstance(self.reviewed_by, Unset) and _response:
            field_dict["reviewed_by"] = self.reviewed_by
        if not isinstance(self.admin_notes, Unset) and _response:
            field_dict["admin_notes"] = self.admin_notes
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[5]
                if _wire is not None and self.created_at is _wire[4]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[7]
                if _wire is not None and self.updated_at is _wire[6]
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
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "organization"
            try:
                organization: Any = src_dict["organization"]
                if type(organization) is not int:
                    organization = checked(organization, (int,))
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int")

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
                    if type(user) is not int:
                        user = checked(user, (int,))
                else:
                    user = UNSET
            except FIELD_ERRORS as _error:
                user, _found = tolerated(src_dict, "user", _error, _found, "int")

            _field = "user_email"
            try:
                if "user_email" in src_dict:
                    user_email: Any = src_dict["user_email"]
                    _present += 1
                    if type(user_email) is not str:
                        user_email = checked(user_email, (str,))
                else:
                    user_email = UNSET
            except FIELD_ERRORS as _error:
                user_email, _found = tolerated(src_dict, "user_email", _error, _found, "str")

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

            _field = "pack"
            try:
                if "pack" in src_dict:
                    pack: Any = src_dict["pack"]
                    _present += 1
                    if type(pack) is not int:
                        pack = checked(pack, (int,))
                else:
                    pack = UNSET
            except FIELD_ERRORS as _error:
                pack, _found = tolerated(src_dict, "pack", _error, _found, "int")

            _field = "pack_name"
            try:
                if "pack_name" in src_dict:
                    pack_name: Any = src_dict["pack_name"]
                    _present += 1
                    if type(pack_name) is not str:
                        pack_name = checked(pack_name, (str,))
                else:
                    pack_name = UNSET
            except FIELD_ERRORS as _error:
                pack_name, _found = tolerated(src_dict, "pack_name", _error, _found, "str")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        PackAccessRequestStatus._value2member_map_.get(status) or PackAccessRequestStatus(status)
                        if type(status) is str
                        else checked(status, (PackAccessRequestStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "PackAccessRequestStatus")

            _field = "requested_at"
            try:
                if "requested_at" in src_dict:
                    requested_at: Any = src_dict["requested_at"]
                    _requested_at_text = requested_at
                    _present += 1
                    if type(requested_at) is str:
                        try:
                            requested_at = fromisoformat(requested_at)
                        except ValueError:
                            requested_at = parse_datetime(requested_at)
                    else:
                        requested_at = checked(requested_at, (datetime.datetime,))
                        _requested_at_text = requested_at.isoformat().replace("+00:00", "Z")
                else:
                    requested_at = _requested_at_text = UNSET
            except FIELD_ERRORS as _error:
                requested_at, _found = tolerated(src_dict, "requested_at", _error, _found, "datetime.datetime")
                _requested_at_text = requested_at

            _field = "reviewed_at"
            try:
                if "reviewed_at" in src_dict:
                    reviewed_at: Any = src_dict["reviewed_at"]
                    _reviewed_at_text = reviewed_at
                    _present += 1
                    if reviewed_at is not None:
                        if type(reviewed_at) is str:
                            try:
                                reviewed_at = fromisoformat(reviewed_at)
                            except ValueError:
                                reviewed_at = parse_datetime(reviewed_at)
                        else:
                            reviewed_at = checked(reviewed_at, (datetime.datetime, type(None)))
                            _reviewed_at_text = reviewed_at.isoformat().replace("+00:00", "Z")
                else:
                    reviewed_at = _reviewed_at_text = UNSET
            except FIELD_ERRORS as _error:
                reviewed_at, _found = tolerated(src_dict, "reviewed_at", _error, _found, "datetime.datetime | None")
                _reviewed_at_text = reviewed_at

            _field = "reviewed_by"
            try:
                if "reviewed_by" in src_dict:
                    reviewed_by: Any = src_dict["reviewed_by"]
                    _present += 1
                    if reviewed_by is not None:
                        if type(reviewed_by) is not int:
                            reviewed_by = checked(reviewed_by, (int, type(None)))
                else:
                    reviewed_by = UNSET
            except FIELD_ERRORS as _error:
                reviewed_by, _found = tolerated(src_dict, "reviewed_by", _error, _found, "int | None")

            _field = "admin_notes"
            try:
                if "admin_notes" in src_dict:
                    admin_notes: Any = src_dict["admin_notes"]
                    _present += 1
                    if type(admin_notes) is not str:
                        admin_notes = checked(admin_notes, (str,))
                else:
                    admin_notes = UNSET
            except FIELD_ERRORS as _error:
                admin_notes, _found = tolerated(src_dict, "admin_notes", _error, _found, "str")

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
                organization=organization,
                id=id,
                user=user,
                user_email=user_email,
                organization_name=organization_name,
                pack=pack,
                pack_name=pack_name,
                status=status,
                requested_at=requested_at,
                reviewed_at=reviewed_at,
                reviewed_by=reviewed_by,
                admin_notes=admin_notes,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                requested_at,
                _requested_at_text,
                reviewed_at,
                _reviewed_at_text,
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
