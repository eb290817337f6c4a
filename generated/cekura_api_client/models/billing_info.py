from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_status import SubscriptionStatus


_PROPERTIES: frozenset[str] = frozenset(
    {
        "balance_expiry",
        "organization",
        "credits_remaining",
        "credits_used",
        "initial_balance",
        "subscription_status",
        "created_at",
        "updated_at",
    }
)

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
    """ Current subscription state for the org plus the active pack's max-allowed plan caps. `status` is one of
    `active`, `trial`, `expired`, `inactive`. `days_until_expiry` is negative when `expire_at` is in the past.
    Nested `pack` caps are the plan's ceilings — the org's currently configured limits may be lower. All fields are
    null/false when there is no active subscription.

    Example:
    ```json
    {
      "status": "active",
      "is_active": true,
      "is_trial": false,
      "pack_name": "Enterprise",
      "expire_at": "2026-06-15T10:00:00Z",
      "last_payment_at": "2026-05-15T10:00:00Z",
      "days_until_expiry": 34,
      "created_at": "2025-08-01T09:00:00Z",
      "pack": {
        "name": "Enterprise",
        "max_concurrent_runs_limit": 50,
        "max_concurrent_chat_runs_limit": 50,
        "max_agents_limit": 20,
        "max_members_limit": 10,
        "max_projects_limit": 10,
        "billing_type": "subscription",
        "subscription_overage": "0.08"
      }
    }
    ``` """
    created_at: datetime.datetime | Unset = UNSET
    """ When this billing record was first created.
    Example: `2024-01-15T10:30:00Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this billing record was last modified.
    Example: `2026-05-12T14:25:30Z` """
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
        field_dict: dict[str, Any] = {
            "balance_expiry": _wire[1]
            if _wire is not None and self.balance_expiry is _wire[0]
            else None
            if self.balance_expiry is None
            else self.balance_expiry.isoformat().replace("+00:00", "Z")
            if type(self.balance_expiry) is datetime.datetime
            else iso_datetime(self.balance_expiry, "balance_expiry", self),
        }
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = self.organization
        if not isinstance(self.credits_remaining, Unset) and _response:
            field_dict["credits_remaining"] = self.credits_remaining
        if not isinstance(self.credits_used, Unset) and _response:
            field_dict["credits_used"] = self.credits_used
        if not isinstance(self.initial_balance, Unset) and _response:
            field_dict["initial_balance"] = self.initial_balance
        if not isinstance(self.subscription_status, Unset) and _response:
            field_dict["subscription_status"] = (
                self.subscription_status.to_dict()
                if type(self.subscription_status) is SubscriptionStatus
                else written(self.subscription_status, "subscription_status", self)
            )
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[3]
                if _wire is not None and self.created_at is _wire[2]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[5]
                if _wire is not None and self.updated_at is _wire[4]
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
            _present = 1
            _field = "balance_expiry"
            try:
                balance_expiry: Any = src_dict["balance_expiry"]
                _balance_expiry_text = balance_expiry
                if balance_expiry is not None:
                    if type(balance_expiry) is str:
                        try:
                            balance_expiry = fromisoformat(balance_expiry)
                        except ValueError:
                            balance_expiry = parse_datetime(balance_expiry)
                    else:
                        balance_expiry = checked(balance_expiry, (datetime.datetime, type(None)))
                        _balance_expiry_text = balance_expiry.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                balance_expiry, _found = tolerated(
                    src_dict, "balance_expiry", _error, _found, "datetime.datetime | None"
                )
                _balance_expiry_text = balance_expiry

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if type(organization) is not int:
                        organization = checked(organization, (int,))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int")

            _field = "credits_remaining"
            try:
                if "credits_remaining" in src_dict:
                    credits_remaining: Any = src_dict["credits_remaining"]
                    _present += 1
                    if type(credits_remaining) is not str:
                        credits_remaining = checked(credits_remaining, (str,))
                else:
                    credits_remaining = UNSET
            except FIELD_ERRORS as _error:
                credits_remaining, _found = tolerated(src_dict, "credits_remaining", _error, _found, "str")

            _field = "credits_used"
            try:
                if "credits_used" in src_dict:
                    credits_used: Any = src_dict["credits_used"]
                    _present += 1
                    if type(credits_used) is not str:
                        credits_used = checked(credits_used, (str,))
                else:
                    credits_used = UNSET
            except FIELD_ERRORS as _error:
                credits_used, _found = tolerated(src_dict, "credits_used", _error, _found, "str")

            _field = "initial_balance"
            try:
                if "initial_balance" in src_dict:
                    initial_balance: Any = src_dict["initial_balance"]
                    _present += 1
                    if type(initial_balance) is not str:
                        initial_balance = checked(initial_balance, (str,))
                else:
                    initial_balance = UNSET
            except FIELD_ERRORS as _error:
                initial_balance, _found = tolerated(src_dict, "initial_balance", _error, _found, "str")

            _field = "subscription_status"
            try:
                if "subscription_status" in src_dict:
                    subscription_status: Any = src_dict["subscription_status"]
                    _present += 1
                    subscription_status = SubscriptionStatus.from_dict(subscription_status)
                else:
                    subscription_status = UNSET
            except FIELD_ERRORS as _error:
                subscription_status, _found = tolerated(
                    src_dict, "subscription_status", _error, _found, "SubscriptionStatus"
                )

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
                balance_expiry=balance_expiry,
                organization=organization,
                credits_remaining=credits_remaining,
                credits_used=credits_used,
                initial_balance=initial_balance,
                subscription_status=subscription_status,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                balance_expiry,
                _balance_expiry_text,
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
    global _imports_pending, SubscriptionStatus  # noqa: PLW0603
    from ..models.subscription_status import SubscriptionStatus  # noqa: PLC0415

    _imports_pending = False
