from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pack_inline_billing_type import PackInlineBillingType
from ..models.pack_inline_interval import PackInlineInterval
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "price",
        "id",
        "name",
        "code",
        "balance",
        "subscription_overage",
        "billing_type",
        "interval",
        "max_members_limit",
        "max_concurrent_runs_limit",
        "max_concurrent_chat_runs_limit",
        "allow_cancellation",
        "allow_view_only_role",
        "data_retention_days",
        "extra_member_price",
        "free_members_count",
        "one_time_credits",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "price": self.price,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.code, Unset):
            field_dict["code"] = self.code
        if not isinstance(self.balance, Unset):
            field_dict["balance"] = self.balance
        if not isinstance(self.subscription_overage, Unset):
            field_dict["subscription_overage"] = self.subscription_overage
        if not isinstance(self.billing_type, Unset):
            field_dict["billing_type"] = (
                self.billing_type._value_
                if type(self.billing_type) is PackInlineBillingType
                else enum_value(PackInlineBillingType, self.billing_type, "billing_type", self)
            )
        if not isinstance(self.interval, Unset):
            field_dict["interval"] = (
                self.interval._value_
                if type(self.interval) is PackInlineInterval
                else enum_value(PackInlineInterval, self.interval, "interval", self)
            )
        if not isinstance(self.max_members_limit, Unset):
            field_dict["max_members_limit"] = self.max_members_limit
        if not isinstance(self.max_concurrent_runs_limit, Unset):
            field_dict["max_concurrent_runs_limit"] = self.max_concurrent_runs_limit
        if not isinstance(self.max_concurrent_chat_runs_limit, Unset):
            field_dict["max_concurrent_chat_runs_limit"] = self.max_concurrent_chat_runs_limit
        if not isinstance(self.allow_cancellation, Unset):
            field_dict["allow_cancellation"] = self.allow_cancellation
        if not isinstance(self.allow_view_only_role, Unset):
            field_dict["allow_view_only_role"] = self.allow_view_only_role
        if not isinstance(self.data_retention_days, Unset):
            field_dict["data_retention_days"] = self.data_retention_days
        if not isinstance(self.extra_member_price, Unset) and _response:
            field_dict["extra_member_price"] = self.extra_member_price
        if not isinstance(self.free_members_count, Unset):
            field_dict["free_members_count"] = self.free_members_count
        if not isinstance(self.one_time_credits, Unset):
            field_dict["one_time_credits"] = self.one_time_credits
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
            _field = "price"
            try:
                price: Any = src_dict["price"]
                if type(price) is not str:
                    price = checked(price, (str,))
            except FIELD_ERRORS as _error:
                price, _found = tolerated(src_dict, "price", _error, _found, "str")

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

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "code"
            try:
                if "code" in src_dict:
                    code: Any = src_dict["code"]
                    _present += 1
                    if type(code) is not str:
                        code = checked(code, (str,))
                else:
                    code = UNSET
            except FIELD_ERRORS as _error:
                code, _found = tolerated(src_dict, "code", _error, _found, "str")

            _field = "balance"
            try:
                if "balance" in src_dict:
                    balance: Any = src_dict["balance"]
                    _present += 1
                    if type(balance) is not str:
                        balance = checked(balance, (str,))
                else:
                    balance = UNSET
            except FIELD_ERRORS as _error:
                balance, _found = tolerated(src_dict, "balance", _error, _found, "str")

            _field = "subscription_overage"
            try:
                if "subscription_overage" in src_dict:
                    subscription_overage: Any = src_dict["subscription_overage"]
                    _present += 1
                    if type(subscription_overage) is not str:
                        subscription_overage = checked(subscription_overage, (str,))
                else:
                    subscription_overage = UNSET
            except FIELD_ERRORS as _error:
                subscription_overage, _found = tolerated(src_dict, "subscription_overage", _error, _found, "str")

            _field = "billing_type"
            try:
                if "billing_type" in src_dict:
                    billing_type: Any = src_dict["billing_type"]
                    _present += 1
                    billing_type = (
                        PackInlineBillingType._value2member_map_.get(billing_type)
                        or PackInlineBillingType(billing_type)
                        if type(billing_type) is str
                        else checked(billing_type, (PackInlineBillingType,))
                    )
                else:
                    billing_type = UNSET
            except FIELD_ERRORS as _error:
                billing_type, _found = tolerated(src_dict, "billing_type", _error, _found, "PackInlineBillingType")

            _field = "interval"
            try:
                if "interval" in src_dict:
                    interval: Any = src_dict["interval"]
                    _present += 1
                    interval = (
                        PackInlineInterval._value2member_map_.get(interval) or PackInlineInterval(interval)
                        if type(interval) is str
                        else checked(interval, (PackInlineInterval,))
                    )
                else:
                    interval = UNSET
            except FIELD_ERRORS as _error:
                interval, _found = tolerated(src_dict, "interval", _error, _found, "PackInlineInterval")

            _field = "max_members_limit"
            try:
                if "max_members_limit" in src_dict:
                    max_members_limit: Any = src_dict["max_members_limit"]
                    _present += 1
                    if type(max_members_limit) is not int:
                        max_members_limit = checked(max_members_limit, (int,))
                else:
                    max_members_limit = UNSET
            except FIELD_ERRORS as _error:
                max_members_limit, _found = tolerated(src_dict, "max_members_limit", _error, _found, "int")

            _field = "max_concurrent_runs_limit"
            try:
                if "max_concurrent_runs_limit" in src_dict:
                    max_concurrent_runs_limit: Any = src_dict["max_concurrent_runs_limit"]
                    _present += 1
                    if type(max_concurrent_runs_limit) is not int:
                        max_concurrent_runs_limit = checked(max_concurrent_runs_limit, (int,))
                else:
                    max_concurrent_runs_limit = UNSET
            except FIELD_ERRORS as _error:
                max_concurrent_runs_limit, _found = tolerated(
                    src_dict, "max_concurrent_runs_limit", _error, _found, "int"
                )

            _field = "max_concurrent_chat_runs_limit"
            try:
                if "max_concurrent_chat_runs_limit" in src_dict:
                    max_concurrent_chat_runs_limit: Any = src_dict["max_concurrent_chat_runs_limit"]
                    _present += 1
                    if type(max_concurrent_chat_runs_limit) is not int:
                        max_concurrent_chat_runs_limit = checked(max_concurrent_chat_runs_limit, (int,))
                else:
                    max_concurrent_chat_runs_limit = UNSET
            except FIELD_ERRORS as _error:
                max_concurrent_chat_runs_limit, _found = tolerated(
                    src_dict, "max_concurrent_chat_runs_limit", _error, _found, "int"
                )

            _field = "allow_cancellation"
            try:
                if "allow_cancellation" in src_dict:
                    allow_cancellation: Any = src_dict["allow_cancellation"]
                    _present += 1
                    if type(allow_cancellation) is not bool:
                        allow_cancellation = checked(allow_cancellation, (bool,))
                else:
                    allow_cancellation = UNSET
            except FIELD_ERRORS as _error:
                allow_cancellation, _found = tolerated(src_dict, "allow_cancellation", _error, _found, "bool")

            _field = "allow_view_only_role"
            try:
                if "allow_view_only_role" in src_dict:
                    allow_view_only_role: Any = src_dict["allow_view_only_role"]
                    _present += 1
                    if type(allow_view_only_role) is not bool:
                        allow_view_only_role = checked(allow_view_only_role, (bool,))
                else:
                    allow_view_only_role = UNSET
            except FIELD_ERRORS as _error:
                allow_view_only_role, _found = tolerated(src_dict, "allow_view_only_role", _error, _found, "bool")

            _field = "data_retention_days"
            try:
                if "data_retention_days" in src_dict:
                    data_retention_days: Any = src_dict["data_retention_days"]
                    _present += 1
                    if data_retention_days is not None:
                        if type(data_retention_days) is not int:
                            data_retention_days = checked(data_retention_days, (int, type(None)))
                else:
                    data_retention_days = UNSET
            except FIELD_ERRORS as _error:
                data_retention_days, _found = tolerated(src_dict, "data_retention_days", _error, _found, "int | None")

            _field = "extra_member_price"
            try:
                if "extra_member_price" in src_dict:
                    extra_member_price: Any = src_dict["extra_member_price"]
                    _present += 1
                    if type(extra_member_price) is not str:
                        extra_member_price = checked(extra_member_price, (str,))
                else:
                    extra_member_price = UNSET
            except FIELD_ERRORS as _error:
                extra_member_price, _found = tolerated(src_dict, "extra_member_price", _error, _found, "str")

            _field = "free_members_count"
            try:
                if "free_members_count" in src_dict:
                    free_members_count: Any = src_dict["free_members_count"]
                    _present += 1
                    if type(free_members_count) is not int:
                        free_members_count = checked(free_members_count, (int,))
                else:
                    free_members_count = UNSET
            except FIELD_ERRORS as _error:
                free_members_count, _found = tolerated(src_dict, "free_members_count", _error, _found, "int")

            _field = "one_time_credits"
            try:
                if "one_time_credits" in src_dict:
                    one_time_credits: Any = src_dict["one_time_credits"]
                    _present += 1
                    if type(one_time_credits) is not str:
                        one_time_credits = checked(one_time_credits, (str,))
                else:
                    one_time_credits = UNSET
            except FIELD_ERRORS as _error:
                one_time_credits, _found = tolerated(src_dict, "one_time_credits", _error, _found, "str")

            _instance = cls(
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
