from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pack_inline import PackInline


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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        stripe_subscription_id = self.stripe_subscription_id

        is_active = self.is_active

        status = self.status

        is_trial = self.is_trial

        pack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pack, Unset):
            pack = self.pack.to_dict()

        next_billing_cost = self.next_billing_cost

        has_payment_method = self.has_payment_method

        is_stripe_managed = self.is_stripe_managed

        can_switch_to_payg = self.can_switch_to_payg

        first_paid_seat_plan_offer = self.first_paid_seat_plan_offer

        plan_upgrade_offer = self.plan_upgrade_offer

        seat_payment_overdue_since: None | str | Unset
        if isinstance(self.seat_payment_overdue_since, Unset):
            seat_payment_overdue_since = UNSET
        elif isinstance(self.seat_payment_overdue_since, datetime.datetime):
            seat_payment_overdue_since = self.seat_payment_overdue_since.isoformat().replace("+00:00", "Z")
        else:
            seat_payment_overdue_since = self.seat_payment_overdue_since

        last_payment_at: str | Unset = UNSET
        if not isinstance(self.last_payment_at, Unset):
            last_payment_at = self.last_payment_at.isoformat().replace("+00:00", "Z")

        expire_at: str | Unset = UNSET
        if not isinstance(self.expire_at, Unset):
            expire_at = self.expire_at.isoformat().replace("+00:00", "Z")

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat().replace("+00:00", "Z")
        else:
            cancelled_at = self.cancelled_at

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
        if stripe_subscription_id is not UNSET and _response:
            field_dict["stripe_subscription_id"] = stripe_subscription_id
        if is_active is not UNSET and _response:
            field_dict["is_active"] = is_active
        if status is not UNSET and _response:
            field_dict["status"] = status
        if is_trial is not UNSET and _response:
            field_dict["is_trial"] = is_trial
        if pack is not UNSET and _response:
            field_dict["pack"] = pack
        if next_billing_cost is not UNSET and _response:
            field_dict["next_billing_cost"] = next_billing_cost
        if has_payment_method is not UNSET and _response:
            field_dict["has_payment_method"] = has_payment_method
        if is_stripe_managed is not UNSET and _response:
            field_dict["is_stripe_managed"] = is_stripe_managed
        if can_switch_to_payg is not UNSET and _response:
            field_dict["can_switch_to_payg"] = can_switch_to_payg
        if first_paid_seat_plan_offer is not UNSET and _response:
            field_dict["first_paid_seat_plan_offer"] = first_paid_seat_plan_offer
        if plan_upgrade_offer is not UNSET and _response:
            field_dict["plan_upgrade_offer"] = plan_upgrade_offer
        if seat_payment_overdue_since is not UNSET and _response:
            field_dict["seat_payment_overdue_since"] = seat_payment_overdue_since
        if last_payment_at is not UNSET and _response:
            field_dict["last_payment_at"] = last_payment_at
        if expire_at is not UNSET and _response:
            field_dict["expire_at"] = expire_at
        if cancelled_at is not UNSET and _response:
            field_dict["cancelled_at"] = cancelled_at
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pack_inline import PackInline  # noqa: PLC0415

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

            _field = "stripe_subscription_id"
            stripe_subscription_id = d.pop("stripe_subscription_id", UNSET)
            if not isinstance(stripe_subscription_id, (str, Unset)):
                expect(stripe_subscription_id, (str, Unset))

            _field = "is_active"
            is_active = d.pop("is_active", UNSET)
            if not isinstance(is_active, (bool, Unset)):
                expect(is_active, (bool, Unset))

            _field = "status"
            status = d.pop("status", UNSET)
            if not isinstance(status, (str, Unset)):
                expect(status, (str, Unset))

            _field = "is_trial"
            is_trial = d.pop("is_trial", UNSET)
            if not isinstance(is_trial, (str, Unset)):
                expect(is_trial, (str, Unset))

            _field = "pack"
            _pack = d.pop("pack", UNSET)
            pack: PackInline | Unset
            if isinstance(_pack, Unset):
                pack = UNSET
            else:
                pack = PackInline.from_dict(_pack)

            if not isinstance(pack, (PackInline, Unset)):
                expect(pack, (PackInline, Unset))

            _field = "next_billing_cost"
            next_billing_cost = d.pop("next_billing_cost", UNSET)
            if not isinstance(next_billing_cost, (str, Unset)):
                expect(next_billing_cost, (str, Unset))

            _field = "has_payment_method"
            has_payment_method = d.pop("has_payment_method", UNSET)
            if not isinstance(has_payment_method, (str, Unset)):
                expect(has_payment_method, (str, Unset))

            _field = "is_stripe_managed"
            is_stripe_managed = d.pop("is_stripe_managed", UNSET)
            if not isinstance(is_stripe_managed, (str, Unset)):
                expect(is_stripe_managed, (str, Unset))

            _field = "can_switch_to_payg"
            can_switch_to_payg = d.pop("can_switch_to_payg", UNSET)
            if not isinstance(can_switch_to_payg, (str, Unset)):
                expect(can_switch_to_payg, (str, Unset))

            _field = "first_paid_seat_plan_offer"
            first_paid_seat_plan_offer = d.pop("first_paid_seat_plan_offer", UNSET)
            if not isinstance(first_paid_seat_plan_offer, (str, Unset)):
                expect(first_paid_seat_plan_offer, (str, Unset))

            _field = "plan_upgrade_offer"
            plan_upgrade_offer = d.pop("plan_upgrade_offer", UNSET)
            if not isinstance(plan_upgrade_offer, (str, Unset)):
                expect(plan_upgrade_offer, (str, Unset))

            _field = "seat_payment_overdue_since"

            def _parse_seat_payment_overdue_since(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    seat_payment_overdue_since_type_0 = parse_datetime(data)

                    return seat_payment_overdue_since_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            seat_payment_overdue_since = _parse_seat_payment_overdue_since(d.pop("seat_payment_overdue_since", UNSET))

            if not isinstance(seat_payment_overdue_since, (datetime.datetime, type(None), Unset)):
                expect(seat_payment_overdue_since, (datetime.datetime, type(None), Unset))

            _field = "last_payment_at"
            _last_payment_at = d.pop("last_payment_at", UNSET)
            last_payment_at: datetime.datetime | Unset
            if isinstance(_last_payment_at, Unset):
                last_payment_at = UNSET
            else:
                last_payment_at = parse_datetime(_last_payment_at)

            if not isinstance(last_payment_at, (datetime.datetime, Unset)):
                expect(last_payment_at, (datetime.datetime, Unset))

            _field = "expire_at"
            _expire_at = d.pop("expire_at", UNSET)
            expire_at: datetime.datetime | Unset
            if isinstance(_expire_at, Unset):
                expire_at = UNSET
            else:
                expire_at = parse_datetime(_expire_at)

            if not isinstance(expire_at, (datetime.datetime, Unset)):
                expect(expire_at, (datetime.datetime, Unset))

            _field = "cancelled_at"

            def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    cancelled_at_type_0 = parse_datetime(data)

                    return cancelled_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

            if not isinstance(cancelled_at, (datetime.datetime, type(None), Unset)):
                expect(cancelled_at, (datetime.datetime, type(None), Unset))

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

            subscription = cls(
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

            subscription.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return subscription

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
