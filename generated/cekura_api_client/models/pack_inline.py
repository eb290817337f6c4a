from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pack_inline_billing_type import PackInlineBillingType
from ..models.pack_inline_interval import PackInlineInterval
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackInline")


@_attrs_define
class PackInline:
    price: str
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    code: str | Unset = UNSET
    balance: str | Unset = UNSET
    subscription_overage: str | Unset = UNSET
    """ Price per credit for overage/extra purchases. Set to -1 to disallow purchasing extra credits. """
    billing_type: PackInlineBillingType | Unset = UNSET
    """ Billing type for the pack

    * `subscription` - Subscription
    * `self_serve` - Self Serve """
    interval: PackInlineInterval | Unset = UNSET
    """ * `month` - Monthly
    * `quarter` - Quarterly
    * `year` - Yearly """
    max_members_limit: int | Unset = UNSET
    max_concurrent_runs_limit: int | Unset = UNSET
    max_concurrent_chat_runs_limit: int | Unset = UNSET
    allow_cancellation: bool | Unset = UNSET
    """ Allow users to cancel subscription """
    allow_view_only_role: bool | Unset = UNSET
    """ Allow VIEW_ONLY role for memberships/invites on this pack. When False, view-only seats are blocked. """
    data_retention_days: int | None | Unset = UNSET
    """ Data retention period in days. Leave blank to skip archival for this plan. """
    extra_member_price: str | Unset = UNSET
    free_members_count: int | Unset = UNSET
    """ Number of members included for free (e.g. 1 = first user free). <b>Only applies to self-serve billing.</b>
    Self-serve packs with free members never expire: the base plan is free and only the seats beyond this count are
    billed through Stripe. """
    one_time_credits: str | Unset = UNSET
    """ One-time complimentary credits granted when the pack is provisioned. Added to the never-expiring extra
    balance; they do not recur. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        price = self.price

        id = self.id

        name = self.name

        code = self.code

        balance = self.balance

        subscription_overage = self.subscription_overage

        billing_type: str | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = self.billing_type.value

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        max_members_limit = self.max_members_limit

        max_concurrent_runs_limit = self.max_concurrent_runs_limit

        max_concurrent_chat_runs_limit = self.max_concurrent_chat_runs_limit

        allow_cancellation = self.allow_cancellation

        allow_view_only_role = self.allow_view_only_role

        data_retention_days: int | None | Unset
        if isinstance(self.data_retention_days, Unset):
            data_retention_days = UNSET
        else:
            data_retention_days = self.data_retention_days

        extra_member_price = self.extra_member_price

        free_members_count = self.free_members_count

        one_time_credits = self.one_time_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if balance is not UNSET:
            field_dict["balance"] = balance
        if subscription_overage is not UNSET:
            field_dict["subscription_overage"] = subscription_overage
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if interval is not UNSET:
            field_dict["interval"] = interval
        if max_members_limit is not UNSET:
            field_dict["max_members_limit"] = max_members_limit
        if max_concurrent_runs_limit is not UNSET:
            field_dict["max_concurrent_runs_limit"] = max_concurrent_runs_limit
        if max_concurrent_chat_runs_limit is not UNSET:
            field_dict["max_concurrent_chat_runs_limit"] = max_concurrent_chat_runs_limit
        if allow_cancellation is not UNSET:
            field_dict["allow_cancellation"] = allow_cancellation
        if allow_view_only_role is not UNSET:
            field_dict["allow_view_only_role"] = allow_view_only_role
        if data_retention_days is not UNSET:
            field_dict["data_retention_days"] = data_retention_days
        if extra_member_price is not UNSET and _response:
            field_dict["extra_member_price"] = extra_member_price
        if free_members_count is not UNSET:
            field_dict["free_members_count"] = free_members_count
        if one_time_credits is not UNSET:
            field_dict["one_time_credits"] = one_time_credits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "price"
            price = d.pop("price")
            if not isinstance(price, (str,)):
                expect(price, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "code"
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, Unset)):
                expect(code, (str, Unset))

            _field = "balance"
            balance = d.pop("balance", UNSET)
            if not isinstance(balance, (str, Unset)):
                expect(balance, (str, Unset))

            _field = "subscription_overage"
            subscription_overage = d.pop("subscription_overage", UNSET)
            if not isinstance(subscription_overage, (str, Unset)):
                expect(subscription_overage, (str, Unset))

            _field = "billing_type"
            _billing_type = d.pop("billing_type", UNSET)
            billing_type: PackInlineBillingType | Unset
            if isinstance(_billing_type, Unset):
                billing_type = UNSET
            else:
                billing_type = PackInlineBillingType(_billing_type)

            if not isinstance(billing_type, (PackInlineBillingType, Unset)):
                expect(billing_type, (PackInlineBillingType, Unset))

            _field = "interval"
            _interval = d.pop("interval", UNSET)
            interval: PackInlineInterval | Unset
            if isinstance(_interval, Unset):
                interval = UNSET
            else:
                interval = PackInlineInterval(_interval)

            if not isinstance(interval, (PackInlineInterval, Unset)):
                expect(interval, (PackInlineInterval, Unset))

            _field = "max_members_limit"
            max_members_limit = d.pop("max_members_limit", UNSET)
            if not isinstance(max_members_limit, (int, Unset)) or isinstance(max_members_limit, bool):
                expect(max_members_limit, (int, Unset))

            _field = "max_concurrent_runs_limit"
            max_concurrent_runs_limit = d.pop("max_concurrent_runs_limit", UNSET)
            if not isinstance(max_concurrent_runs_limit, (int, Unset)) or isinstance(max_concurrent_runs_limit, bool):
                expect(max_concurrent_runs_limit, (int, Unset))

            _field = "max_concurrent_chat_runs_limit"
            max_concurrent_chat_runs_limit = d.pop("max_concurrent_chat_runs_limit", UNSET)
            if not isinstance(max_concurrent_chat_runs_limit, (int, Unset)) or isinstance(
                max_concurrent_chat_runs_limit, bool
            ):
                expect(max_concurrent_chat_runs_limit, (int, Unset))

            _field = "allow_cancellation"
            allow_cancellation = d.pop("allow_cancellation", UNSET)
            if not isinstance(allow_cancellation, (bool, Unset)):
                expect(allow_cancellation, (bool, Unset))

            _field = "allow_view_only_role"
            allow_view_only_role = d.pop("allow_view_only_role", UNSET)
            if not isinstance(allow_view_only_role, (bool, Unset)):
                expect(allow_view_only_role, (bool, Unset))

            _field = "data_retention_days"

            def _parse_data_retention_days(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            data_retention_days = _parse_data_retention_days(d.pop("data_retention_days", UNSET))

            if not isinstance(data_retention_days, (int, type(None), Unset)) or isinstance(data_retention_days, bool):
                expect(data_retention_days, (int, type(None), Unset))

            _field = "extra_member_price"
            extra_member_price = d.pop("extra_member_price", UNSET)
            if not isinstance(extra_member_price, (str, Unset)):
                expect(extra_member_price, (str, Unset))

            _field = "free_members_count"
            free_members_count = d.pop("free_members_count", UNSET)
            if not isinstance(free_members_count, (int, Unset)) or isinstance(free_members_count, bool):
                expect(free_members_count, (int, Unset))

            _field = "one_time_credits"
            one_time_credits = d.pop("one_time_credits", UNSET)
            if not isinstance(one_time_credits, (str, Unset)):
                expect(one_time_credits, (str, Unset))

            pack_inline = cls(
                price=price,
                id=id,
                name=name,
                code=code,
                balance=balance,
                subscription_overage=subscription_overage,
                billing_type=billing_type,
                interval=interval,
                max_members_limit=max_members_limit,
                max_concurrent_runs_limit=max_concurrent_runs_limit,
                max_concurrent_chat_runs_limit=max_concurrent_chat_runs_limit,
                allow_cancellation=allow_cancellation,
                allow_view_only_role=allow_view_only_role,
                data_retention_days=data_retention_days,
                extra_member_price=extra_member_price,
                free_members_count=free_members_count,
                one_time_credits=one_time_credits,
            )

            pack_inline.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return pack_inline

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
