from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pack_inline import PackInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "organization",
        "stripe_subscription_id",
        "is_active",
        "status",
        "is_trial",
        "pack",
        "next_billing_cost",
        "has_payment_method",
        "is_stripe_managed",
        "can_switch_to_payg",
        "first_paid_seat_plan_offer",
        "plan_upgrade_offer",
        "seat_payment_overdue_since",
        "last_payment_at",
        "expire_at",
        "cancelled_at",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    id: int | Unset = UNSET
    organization: int | None | Unset = UNSET
    stripe_subscription_id: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    status: str | Unset = UNSET
    is_trial: str | Unset = UNSET
    pack: PackInline | Unset = UNSET
    next_billing_cost: str | Unset = UNSET
    has_payment_method: str | Unset = UNSET
    is_stripe_managed: str | Unset = UNSET
    can_switch_to_payg: str | Unset = UNSET
    first_paid_seat_plan_offer: str | Unset = UNSET
    plan_upgrade_offer: str | Unset = UNSET
    seat_payment_overdue_since: datetime.datetime | None | Unset = UNSET
    """ When a renewal payment for this perpetual plan's seat subscription first failed. Once older than
    SUBSCRIPTION_GRACE_PERIOD_DAYS, billable members other than the free-plan owner are blocked at the API level
    until the payment is fixed. Cleared when a seat invoice is paid. """
    last_payment_at: datetime.datetime | Unset = UNSET
    expire_at: datetime.datetime | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the subscription was cancelled (is_active set to False). """
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
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = self.organization
        if not isinstance(self.stripe_subscription_id, Unset) and _response:
            field_dict["stripe_subscription_id"] = self.stripe_subscription_id
        if not isinstance(self.is_active, Unset) and _response:
            field_dict["is_active"] = self.is_active
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = self.status
        if not isinstance(self.is_trial, Unset) and _response:
            field_dict["is_trial"] = self.is_trial
        if not isinstance(self.pack, Unset) and _response:
            field_dict["pack"] = (
                self.pack.to_dict() if type(self.pack) is PackInline else written(self.pack, "pack", self)
            )
        if not isinstance(self.next_billing_cost, Unset) and _response:
            field_dict["next_billing_cost"] = self.next_billing_cost
        if not isinstance(self.has_payment_method, Unset) and _response:
            field_dict["has_payment_method"] = self.has_payment_method
        if not isinstance(self.is_stripe_managed, Unset) and _response:
            field_dict["is_stripe_managed"] = self.is_stripe_managed
        if not isinstance(self.can_switch_to_payg, Unset) and _response:
            field_dict["can_switch_to_payg"] = self.can_switch_to_payg
        if not isinstance(self.first_paid_seat_plan_offer, Unset) and _response:
            field_dict["first_paid_seat_plan_offer"] = self.first_paid_seat_plan_offer
        if not isinstance(self.plan_upgrade_offer, Unset) and _response:
            field_dict["plan_upgrade_offer"] = self.plan_upgrade_offer
        if not isinstance(self.seat_payment_overdue_since, Unset) and _response:
            field_dict["seat_payment_overdue_since"] = (
                _wire[1]
                if _wire is not None and self.seat_payment_overdue_since is _wire[0]
                else None
                if self.seat_payment_overdue_since is None
                else self.seat_payment_overdue_since.isoformat().replace("+00:00", "Z")
                if type(self.seat_payment_overdue_since) is datetime.datetime
                else iso_datetime(self.seat_payment_overdue_since, "seat_payment_overdue_since", self)
            )
        if not isinstance(self.last_payment_at, Unset) and _response:
            field_dict["last_payment_at"] = (
                _wire[3]
                if _wire is not None and self.last_payment_at is _wire[2]
                else self.last_payment_at.isoformat().replace("+00:00", "Z")
                if type(self.last_payment_at) is datetime.datetime
                else iso_datetime(self.last_payment_at, "last_payment_at", self)
            )
        if not isinstance(self.expire_at, Unset) and _response:
            field_dict["expire_at"] = (
                _wire[5]
                if _wire is not None and self.expire_at is _wire[4]
                else self.expire_at.isoformat().replace("+00:00", "Z")
                if type(self.expire_at) is datetime.datetime
                else iso_datetime(self.expire_at, "expire_at", self)
            )
        if not isinstance(self.cancelled_at, Unset) and _response:
            field_dict["cancelled_at"] = (
                _wire[7]
                if _wire is not None and self.cancelled_at is _wire[6]
                else None
                if self.cancelled_at is None
                else self.cancelled_at.isoformat().replace("+00:00", "Z")
                if type(self.cancelled_at) is datetime.datetime
                else iso_datetime(self.cancelled_at, "cancelled_at", self)
            )
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[9]
                if _wire is not None and self.created_at is _wire[8]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[11]
                if _wire is not None and self.updated_at is _wire[10]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

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

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if organization is not None:
                        if type(organization) is not int:
                            organization = checked(organization, (int, type(None)))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int | None")

            _field = "stripe_subscription_id"
            try:
                if "stripe_subscription_id" in src_dict:
                    stripe_subscription_id: Any = src_dict["stripe_subscription_id"]
                    _present += 1
                    if type(stripe_subscription_id) is not str:
                        stripe_subscription_id = checked(stripe_subscription_id, (str,))
                else:
                    stripe_subscription_id = UNSET
            except FIELD_ERRORS as _error:
                stripe_subscription_id, _found = tolerated(src_dict, "stripe_subscription_id", _error, _found, "str")

            _field = "is_active"
            try:
                if "is_active" in src_dict:
                    is_active: Any = src_dict["is_active"]
                    _present += 1
                    if type(is_active) is not bool:
                        is_active = checked(is_active, (bool,))
                else:
                    is_active = UNSET
            except FIELD_ERRORS as _error:
                is_active, _found = tolerated(src_dict, "is_active", _error, _found, "bool")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    if type(status) is not str:
                        status = checked(status, (str,))
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "str")

            _field = "is_trial"
            try:
                if "is_trial" in src_dict:
                    is_trial: Any = src_dict["is_trial"]
                    _present += 1
                    if type(is_trial) is not str:
                        is_trial = checked(is_trial, (str,))
                else:
                    is_trial = UNSET
            except FIELD_ERRORS as _error:
                is_trial, _found = tolerated(src_dict, "is_trial", _error, _found, "str")

            _field = "pack"
            try:
                if "pack" in src_dict:
                    pack: Any = src_dict["pack"]
                    _present += 1
                    pack = PackInline.from_dict(pack)
                else:
                    pack = UNSET
            except FIELD_ERRORS as _error:
                pack, _found = tolerated(src_dict, "pack", _error, _found, "PackInline")

            _field = "next_billing_cost"
            try:
                if "next_billing_cost" in src_dict:
                    next_billing_cost: Any = src_dict["next_billing_cost"]
                    _present += 1
                    if type(next_billing_cost) is not str:
                        next_billing_cost = checked(next_billing_cost, (str,))
                else:
                    next_billing_cost = UNSET
            except FIELD_ERRORS as _error:
                next_billing_cost, _found = tolerated(src_dict, "next_billing_cost", _error, _found, "str")

            _field = "has_payment_method"
            try:
                if "has_payment_method" in src_dict:
                    has_payment_method: Any = src_dict["has_payment_method"]
                    _present += 1
                    if type(has_payment_method) is not str:
                        has_payment_method = checked(has_payment_method, (str,))
                else:
                    has_payment_method = UNSET
            except FIELD_ERRORS as _error:
                has_payment_method, _found = tolerated(src_dict, "has_payment_method", _error, _found, "str")

            _field = "is_stripe_managed"
            try:
                if "is_stripe_managed" in src_dict:
                    is_stripe_managed: Any = src_dict["is_stripe_managed"]
                    _present += 1
                    if type(is_stripe_managed) is not str:
                        is_stripe_managed = checked(is_stripe_managed, (str,))
                else:
                    is_stripe_managed = UNSET
            except FIELD_ERRORS as _error:
                is_stripe_managed, _found = tolerated(src_dict, "is_stripe_managed", _error, _found, "str")

            _field = "can_switch_to_payg"
            try:
                if "can_switch_to_payg" in src_dict:
                    can_switch_to_payg: Any = src_dict["can_switch_to_payg"]
                    _present += 1
                    if type(can_switch_to_payg) is not str:
                        can_switch_to_payg = checked(can_switch_to_payg, (str,))
                else:
                    can_switch_to_payg = UNSET
            except FIELD_ERRORS as _error:
                can_switch_to_payg, _found = tolerated(src_dict, "can_switch_to_payg", _error, _found, "str")

            _field = "first_paid_seat_plan_offer"
            try:
                if "first_paid_seat_plan_offer" in src_dict:
                    first_paid_seat_plan_offer: Any = src_dict["first_paid_seat_plan_offer"]
                    _present += 1
                    if type(first_paid_seat_plan_offer) is not str:
                        first_paid_seat_plan_offer = checked(first_paid_seat_plan_offer, (str,))
                else:
                    first_paid_seat_plan_offer = UNSET
            except FIELD_ERRORS as _error:
                first_paid_seat_plan_offer, _found = tolerated(
                    src_dict, "first_paid_seat_plan_offer", _error, _found, "str"
                )

            _field = "plan_upgrade_offer"
            try:
                if "plan_upgrade_offer" in src_dict:
                    plan_upgrade_offer: Any = src_dict["plan_upgrade_offer"]
                    _present += 1
                    if type(plan_upgrade_offer) is not str:
                        plan_upgrade_offer = checked(plan_upgrade_offer, (str,))
                else:
                    plan_upgrade_offer = UNSET
            except FIELD_ERRORS as _error:
                plan_upgrade_offer, _found = tolerated(src_dict, "plan_upgrade_offer", _error, _found, "str")

            _field = "seat_payment_overdue_since"
            try:
                if "seat_payment_overdue_since" in src_dict:
                    seat_payment_overdue_since: Any = src_dict["seat_payment_overdue_since"]
                    _seat_payment_overdue_since_text = seat_payment_overdue_since
                    _present += 1
                    if seat_payment_overdue_since is not None:
                        if type(seat_payment_overdue_since) is str:
                            try:
                                seat_payment_overdue_since = fromisoformat(seat_payment_overdue_since)
                            except ValueError:
                                seat_payment_overdue_since = parse_datetime(seat_payment_overdue_since)
                        else:
                            seat_payment_overdue_since = checked(
                                seat_payment_overdue_since, (datetime.datetime, type(None))
                            )
                            _seat_payment_overdue_since_text = seat_payment_overdue_since.isoformat().replace(
                                "+00:00", "Z"
                            )
                else:
                    seat_payment_overdue_since = _seat_payment_overdue_since_text = UNSET
            except FIELD_ERRORS as _error:
                seat_payment_overdue_since, _found = tolerated(
                    src_dict, "seat_payment_overdue_since", _error, _found, "datetime.datetime | None"
                )
                _seat_payment_overdue_since_text = seat_payment_overdue_since

            _field = "last_payment_at"
            try:
                if "last_payment_at" in src_dict:
                    last_payment_at: Any = src_dict["last_payment_at"]
                    _last_payment_at_text = last_payment_at
                    _present += 1
                    if type(last_payment_at) is str:
                        try:
                            last_payment_at = fromisoformat(last_payment_at)
                        except ValueError:
                            last_payment_at = parse_datetime(last_payment_at)
                    else:
                        last_payment_at = checked(last_payment_at, (datetime.datetime,))
                        _last_payment_at_text = last_payment_at.isoformat().replace("+00:00", "Z")
                else:
                    last_payment_at = _last_payment_at_text = UNSET
            except FIELD_ERRORS as _error:
                last_payment_at, _found = tolerated(src_dict, "last_payment_at", _error, _found, "datetime.datetime")
                _last_payment_at_text = last_payment_at

            _field = "expire_at"
            try:
                if "expire_at" in src_dict:
                    expire_at: Any = src_dict["expire_at"]
                    _expire_at_text = expire_at
                    _present += 1
                    if type(expire_at) is str:
                        try:
                            expire_at = fromisoformat(expire_at)
                        except ValueError:
                            expire_at = parse_datetime(expire_at)
                    else:
                        expire_at = checked(expire_at, (datetime.datetime,))
                        _expire_at_text = expire_at.isoformat().replace("+00:00", "Z")
                else:
                    expire_at = _expire_at_text = UNSET
            except FIELD_ERRORS as _error:
                expire_at, _found = tolerated(src_dict, "expire_at", _error, _found, "datetime.datetime")
                _expire_at_text = expire_at

            _field = "cancelled_at"
            try:
                if "cancelled_at" in src_dict:
                    cancelled_at: Any = src_dict["cancelled_at"]
                    _cancelled_at_text = cancelled_at
                    _present += 1
                    if cancelled_at is not None:
                        if type(cancelled_at) is str:
                            try:
                                cancelled_at = fromisoformat(cancelled_at)
                            except ValueError:
                                cancelled_at = parse_datetime(cancelled_at)
                        else:
                            cancelled_at = checked(cancelled_at, (datetime.datetime, type(None)))
                            _cancelled_at_text = cancelled_at.isoformat().replace("+00:00", "Z")
                else:
                    cancelled_at = _cancelled_at_text = UNSET
            except FIELD_ERRORS as _error:
                cancelled_at, _found = tolerated(src_dict, "cancelled_at", _error, _found, "datetime.datetime | None")
                _cancelled_at_text = cancelled_at

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
                organization=organization,
                stripe_subscription_id=stripe_subscription_id,
                is_active=is_active,
                status=status,
                is_trial=is_trial,
                pack=pack,
                next_billing_cost=next_billing_cost,
                has_payment_method=has_payment_method,
                is_stripe_managed=is_stripe_managed,
                can_switch_to_payg=can_switch_to_payg,
                first_paid_seat_plan_offer=first_paid_seat_plan_offer,
                plan_upgrade_offer=plan_upgrade_offer,
                seat_payment_overdue_since=seat_payment_overdue_since,
                last_payment_at=last_payment_at,
                expire_at=expire_at,
                cancelled_at=cancelled_at,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                seat_payment_overdue_since,
                _seat_payment_overdue_since_text,
                last_payment_at,
                _last_payment_at_text,
                expire_at,
                _expire_at_text,
                cancelled_at,
                _cancelled_at_text,
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
    global _imports_pending, PackInline  # noqa: PLW0603
    from ..models.pack_inline import PackInline  # noqa: PLC0415

    _imports_pending = False
