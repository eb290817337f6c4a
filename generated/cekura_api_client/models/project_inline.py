from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_inline import MembershipInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "members",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="ProjectInline")


@_attrs_define
class ProjectInline:
    name: str
    id: int | Unset = UNSET
    members: list[MembershipInline] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "name": self.name,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.members, Unset) and _response:
            field_dict["members"] = [element.to_dict() for element in self.members]
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at")
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at")
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "name"
            name: Any = src_dict["name"]
            if type(name) is not str:
                name = checked(name, (str,))

            _field = "id"
            if "id" in src_dict:
                id: Any = src_dict["id"]
                _present += 1
                if type(id) is not int:
                    id = checked(id, (int,))
            else:
                id = UNSET

            _field = "members"
            if "members" in src_dict:
                members: Any = src_dict["members"]
                _present += 1
                if type(members) is not list:
                    members = checked(members, (list,))
                members = [MembershipInline.from_dict(element) for element in members]

            else:
                members = UNSET

            _field = "created_at"
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

            _field = "updated_at"
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

            _instance = cls(
                name=name,
                id=id,
                members=members,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
            )
            if len(src_dict) != _present:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
    global _imports_pending, MembershipInline  # noqa: PLW0603
    from ..models.membership_inline import MembershipInline  # noqa: PLC0415

    _imports_pending = False
