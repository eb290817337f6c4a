from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pack_access_request_status import PackAccessRequestStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        organization = self.organization

        id = self.id

        user = self.user

        user_email = self.user_email

        organization_name = self.organization_name

        pack = self.pack

        pack_name = self.pack_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        requested_at: str | Unset = UNSET
        if not isinstance(self.requested_at, Unset):
            requested_at = self.requested_at.isoformat().replace("+00:00", "Z")

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        elif isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat().replace("+00:00", "Z")
        else:
            reviewed_at = self.reviewed_at

        reviewed_by: int | None | Unset
        if isinstance(self.reviewed_by, Unset):
            reviewed_by = UNSET
        else:
            reviewed_by = self.reviewed_by

        admin_notes = self.admin_notes

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
                "organization": organization,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if user is not UNSET and _response:
            field_dict["user"] = user
        if user_email is not UNSET and _response:
            field_dict["user_email"] = user_email
        if organization_name is not UNSET and _response:
            field_dict["organization_name"] = organization_name
        if pack is not UNSET and _response:
            field_dict["pack"] = pack
        if pack_name is not UNSET and _response:
            field_dict["pack_name"] = pack_name
        if status is not UNSET and _response:
            field_dict["status"] = status
        if requested_at is not UNSET and _response:
            field_dict["requested_at"] = requested_at
        if reviewed_at is not UNSET and _response:
            field_dict["reviewed_at"] = reviewed_at
        if reviewed_by is not UNSET and _response:
            field_dict["reviewed_by"] = reviewed_by
        if admin_notes is not UNSET and _response:
            field_dict["admin_notes"] = admin_notes
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
            _field = "organization"
            organization = d.pop("organization")
            if not isinstance(organization, (int,)) or isinstance(organization, bool):
                expect(organization, (int,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "user"
            user = d.pop("user", UNSET)
            if not isinstance(user, (int, Unset)) or isinstance(user, bool):
                expect(user, (int, Unset))

            _field = "user_email"
            user_email = d.pop("user_email", UNSET)
            if not isinstance(user_email, (str, Unset)):
                expect(user_email, (str, Unset))

            _field = "organization_name"
            organization_name = d.pop("organization_name", UNSET)
            if not isinstance(organization_name, (str, Unset)):
                expect(organization_name, (str, Unset))

            _field = "pack"
            pack = d.pop("pack", UNSET)
            if not isinstance(pack, (int, Unset)) or isinstance(pack, bool):
                expect(pack, (int, Unset))

            _field = "pack_name"
            pack_name = d.pop("pack_name", UNSET)
            if not isinstance(pack_name, (str, Unset)):
                expect(pack_name, (str, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: PackAccessRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PackAccessRequestStatus(_status)

            if not isinstance(status, (PackAccessRequestStatus, Unset)):
                expect(status, (PackAccessRequestStatus, Unset))

            _field = "requested_at"
            _requested_at = d.pop("requested_at", UNSET)
            requested_at: datetime.datetime | Unset
            if isinstance(_requested_at, Unset):
                requested_at = UNSET
            else:
                requested_at = parse_datetime(_requested_at)

            if not isinstance(requested_at, (datetime.datetime, Unset)):
                expect(requested_at, (datetime.datetime, Unset))

            _field = "reviewed_at"

            def _parse_reviewed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reviewed_at_type_0 = parse_datetime(data)

                    return reviewed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

            if not isinstance(reviewed_at, (datetime.datetime, type(None), Unset)):
                expect(reviewed_at, (datetime.datetime, type(None), Unset))

            _field = "reviewed_by"

            def _parse_reviewed_by(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            reviewed_by = _parse_reviewed_by(d.pop("reviewed_by", UNSET))

            if not isinstance(reviewed_by, (int, type(None), Unset)) or isinstance(reviewed_by, bool):
                expect(reviewed_by, (int, type(None), Unset))

            _field = "admin_notes"
            admin_notes = d.pop("admin_notes", UNSET)
            if not isinstance(admin_notes, (str, Unset)):
                expect(admin_notes, (str, Unset))

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

            pack_access_request = cls(
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

            pack_access_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return pack_access_request

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
