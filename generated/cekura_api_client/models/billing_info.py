from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_status import SubscriptionStatus


T = TypeVar("T", bound="BillingInfo")


@_attrs_define
class BillingInfo:
    balance_expiry: datetime.datetime | None
    """ Date the current credit balance expires (null if no expiry is set).
    Example: `2026-06-23T10:00:00Z` """
    organization: int | Unset = UNSET
    """ Organization ID this billing record belongs to.
    Example: `37` """
    credits_remaining: str | Unset = UNSET
    """ Credits currently available to spend on runs and calls.
    Example: `7436.08` """
    credits_used: str | Unset = UNSET
    """ Credits consumed in the current billing cycle, calculated from that cycle's billing-cycle aggregate
    (`run_credits + calllog_credits`). Returns `0` until the cycle's aggregate is created and may lag usage by up to
    30 minutes.
    Example: `36462.14` """
    initial_balance: str | Unset = UNSET
    """ Credits granted by the current pack at the start of the billing period (before any usage).
    Example: `50000.00` """
    subscription_status: SubscriptionStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ When this billing record was first created.
    Example: `2024-01-15T10:30:00Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this billing record was last modified.
    Example: `2026-05-12T14:25:30Z` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        balance_expiry: None | str
        if isinstance(self.balance_expiry, datetime.datetime):
            balance_expiry = self.balance_expiry.isoformat().replace("+00:00", "Z")
        else:
            balance_expiry = self.balance_expiry

        organization = self.organization

        credits_remaining = self.credits_remaining

        credits_used = self.credits_used

        initial_balance = self.initial_balance

        subscription_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_status, Unset):
            subscription_status = self.subscription_status.to_dict()

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
                "balance_expiry": balance_expiry,
            }
        )
        if organization is not UNSET and _response:
            field_dict["organization"] = organization
        if credits_remaining is not UNSET and _response:
            field_dict["credits_remaining"] = credits_remaining
        if credits_used is not UNSET and _response:
            field_dict["credits_used"] = credits_used
        if initial_balance is not UNSET and _response:
            field_dict["initial_balance"] = initial_balance
        if subscription_status is not UNSET and _response:
            field_dict["subscription_status"] = subscription_status
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_status import SubscriptionStatus  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "balance_expiry"

            def _parse_balance_expiry(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    balance_expiry_type_0 = parse_datetime(data)

                    return balance_expiry_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            balance_expiry = _parse_balance_expiry(d.pop("balance_expiry"))

            if not isinstance(balance_expiry, (datetime.datetime, type(None))):
                expect(balance_expiry, (datetime.datetime, type(None)))

            _field = "organization"
            organization = d.pop("organization", UNSET)
            if not isinstance(organization, (int, Unset)) or isinstance(organization, bool):
                expect(organization, (int, Unset))

            _field = "credits_remaining"
            credits_remaining = d.pop("credits_remaining", UNSET)
            if not isinstance(credits_remaining, (str, Unset)):
                expect(credits_remaining, (str, Unset))

            _field = "credits_used"
            credits_used = d.pop("credits_used", UNSET)
            if not isinstance(credits_used, (str, Unset)):
                expect(credits_used, (str, Unset))

            _field = "initial_balance"
            initial_balance = d.pop("initial_balance", UNSET)
            if not isinstance(initial_balance, (str, Unset)):
                expect(initial_balance, (str, Unset))

            _field = "subscription_status"
            _subscription_status = d.pop("subscription_status", UNSET)
            subscription_status: SubscriptionStatus | Unset
            if isinstance(_subscription_status, Unset):
                subscription_status = UNSET
            else:
                subscription_status = SubscriptionStatus.from_dict(_subscription_status)

            if not isinstance(subscription_status, (SubscriptionStatus, Unset)):
                expect(subscription_status, (SubscriptionStatus, Unset))

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

            billing_info = cls(
                balance_expiry=balance_expiry,
                organization=organization,
                credits_remaining=credits_remaining,
                credits_used=credits_used,
                initial_balance=initial_balance,
                subscription_status=subscription_status,
                created_at=created_at,
                updated_at=updated_at,
            )

            billing_info.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return billing_info

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
