from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status_status import SubscriptionStatusStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime

if TYPE_CHECKING:
    from ..models.subscription_status_pack import SubscriptionStatusPack


_PROPERTIES: frozenset[str] = frozenset(
    {
        "status",
        "is_active",
        "is_trial",
        "pack_name",
        "expire_at",
        "last_payment_at",
        "days_until_expiry",
        "created_at",
        "pack",
    }
)

T = TypeVar("T", bound="SubscriptionStatus")


@_attrs_define
class SubscriptionStatus:
    status: None | SubscriptionStatusStatus
    """ One-shot lifecycle signal for the subscription.

    * `active` - active
    * `trial` - trial
    * `expired` - expired
    * `inactive` - inactive """
    is_active: bool
    """ Whether the subscription row is flagged active. """
    is_trial: bool
    """ True if the customer is on a trial pack. """
    pack_name: None | str
    """ Display name of the current pack. """
    expire_at: datetime.datetime | None
    """ When the current billing period ends. """
    last_payment_at: datetime.datetime | None
    """ Timestamp of the last successful charge. """
    days_until_expiry: int | None
    """ Days until `expire_at`; negative if already past. """
    created_at: datetime.datetime | None
    """ When the subscription was first created. """
    pack: None | SubscriptionStatusPack
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "status": None
            if self.status is None
            else self.status._value_
            if type(self.status) is SubscriptionStatusStatus
            else enum_value(SubscriptionStatusStatus, self.status, "status", self),
            "is_active": self.is_active,
            "is_trial": self.is_trial,
            "pack_name": self.pack_name,
            "expire_at": _wire[1]
            if _wire is not None and self.expire_at is _wire[0]
            else None
            if self.expire_at is None
            else self.expire_at.isoformat().replace("+00:00", "Z")
            if type(self.expire_at) is datetime.datetime
            else iso_datetime(self.expire_at, "expire_at", self),
            "last_payment_at": _wire[3]
            if _wire is not None and self.last_payment_at is _wire[2]
            else None
            if self.last_payment_at is None
            else self.last_payment_at.isoformat().replace("+00:00", "Z")
            if type(self.last_payment_at) is datetime.datetime
            else iso_datetime(self.last_payment_at, "last_payment_at", self),
            "days_until_expiry": self.days_until_expiry,
            "created_at": _wire[5]
            if _wire is not None and self.created_at is _wire[4]
            else None
            if self.created_at is None
            else self.created_at.isoformat().replace("+00:00", "Z")
            if type(self.created_at) is datetime.datetime
            else iso_datetime(self.created_at, "created_at", self),
            "pack": None
            if self.pack is None
            else self.pack.to_dict()
            if type(self.pack) is SubscriptionStatusPack
            else written(self.pack, "pack", self),
        }
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
            _field = "status"
            try:
                status: Any = src_dict["status"]
                if status is not None:
                    status = (
                        SubscriptionStatusStatus._value2member_map_.get(status) or SubscriptionStatusStatus(status)
                        if type(status) is str
                        else checked(status, (SubscriptionStatusStatus, type(None)))
                    )
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "None | SubscriptionStatusStatus")

            _field = "is_active"
            try:
                is_active: Any = src_dict["is_active"]
                if type(is_active) is not bool:
                    is_active = checked(is_active, (bool,))
            except FIELD_ERRORS as _error:
                is_active, _found = tolerated(src_dict, "is_active", _error, _found, "bool")

            _field = "is_trial"
            try:
                is_trial: Any = src_dict["is_trial"]
                if type(is_trial) is not bool:
                    is_trial = checked(is_trial, (bool,))
            except FIELD_ERRORS as _error:
                is_trial, _found = tolerated(src_dict, "is_trial", _error, _found, "bool")

            _field = "pack_name"
            try:
                pack_name: Any = src_dict["pack_name"]
                if pack_name is not None:
                    if type(pack_name) is not str:
                        pack_name = checked(pack_name, (str, type(None)))
            except FIELD_ERRORS as _error:
                pack_name, _found = tolerated(src_dict, "pack_name", _error, _found, "None | str")

            _field = "expire_at"
            try:
                expire_at: Any = src_dict["expire_at"]
                _expire_at_text = expire_at
                if expire_at is not None:
                    if type(expire_at) is str:
                        try:
                            expire_at = fromisoformat(expire_at)
                        except ValueError:
                            expire_at = parse_datetime(expire_at)
                    else:
                        expire_at = checked(expire_at, (datetime.datetime, type(None)))
                        _expire_at_text = expire_at.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                expire_at, _found = tolerated(src_dict, "expire_at", _error, _found, "datetime.datetime | None")
                _expire_at_text = expire_at

            _field = "last_payment_at"
            try:
                last_payment_at: Any = src_dict["last_payment_at"]
                _last_payment_at_text = last_payment_at
                if last_payment_at is not None:
                    if type(last_payment_at) is str:
                        try:
                            last_payment_at = fromisoformat(last_payment_at)
                        except ValueError:
                            last_payment_at = parse_datetime(last_payment_at)
                    else:
                        last_payment_at = checked(last_payment_at, (datetime.datetime, type(None)))
                        _last_payment_at_text = last_payment_at.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                last_payment_at, _found = tolerated(
                    src_dict, "last_payment_at", _error, _found, "datetime.datetime | None"
                )
                _last_payment_at_text = last_payment_at

            _field = "days_until_expiry"
            try:
                days_until_expiry: Any = src_dict["days_until_expiry"]
                if days_until_expiry is not None:
                    if type(days_until_expiry) is not int:
                        days_until_expiry = checked(days_until_expiry, (int, type(None)))
            except FIELD_ERRORS as _error:
                days_until_expiry, _found = tolerated(src_dict, "days_until_expiry", _error, _found, "int | None")

            _field = "created_at"
            try:
                created_at: Any = src_dict["created_at"]
                _created_at_text = created_at
                if created_at is not None:
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime, type(None)))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime | None")
                _created_at_text = created_at

            _field = "pack"
            try:
                pack: Any = src_dict["pack"]
                if pack is not None:
                    pack = SubscriptionStatusPack.from_dict(pack)
            except FIELD_ERRORS as _error:
                pack, _found = tolerated(src_dict, "pack", _error, _found, "None | SubscriptionStatusPack")

            _instance = cls(
                status=status,
                is_active=is_active,
                is_trial=is_trial,
                pack_name=pack_name,
                expire_at=expire_at,
                last_payment_at=last_payment_at,
                days_until_expiry=days_until_expiry,
                created_at=created_at,
                pack=pack,
            )
            _instance._wire_text = (
                expire_at,
                _expire_at_text,
                last_payment_at,
                _last_payment_at_text,
                created_at,
                _created_at_text,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 9 or _found is not None:
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
    global _imports_pending, SubscriptionStatusPack  # noqa: PLW0603
    from ..models.subscription_status_pack import SubscriptionStatusPack  # noqa: PLC0415

    _imports_pending = False
