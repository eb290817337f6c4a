from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.billing_type import BillingType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Billing")


@_attrs_define
class Billing:
    id: int | Unset = UNSET
    organization: int | Unset = UNSET
    balance: str | Unset = UNSET
    extra_balance: str | Unset = UNSET
    """ Never expiry balance """
    total_balance: str | Unset = UNSET
    text_runs_count: str | Unset = UNSET
    non_text_runs_minutes: str | Unset = UNSET
    call_logs_count: str | Unset = UNSET
    runs_count: str | Unset = UNSET
    concurrency_status: str | Unset = UNSET
    runs_balance: int | Unset = UNSET
    call_logs_balance: int | Unset = UNSET
    num_test_cases: int | Unset = UNSET
    total_run_minutes: str | Unset = UNSET
    total_call_log_minutes: str | Unset = UNSET
    balance_expiry: datetime.datetime | Unset = UNSET
    is_indian_payment_method: str | Unset = UNSET
    requires_mandate_setup: str | Unset = UNSET
    type_: BillingType | Unset = UNSET
    """ Billing type for the organization

    * `subscription` - Subscription
    * `self_serve` - Self Serve """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        organization = self.organization

        balance = self.balance

        extra_balance = self.extra_balance

        total_balance = self.total_balance

        text_runs_count = self.text_runs_count

        non_text_runs_minutes = self.non_text_runs_minutes

        call_logs_count = self.call_logs_count

        runs_count = self.runs_count

        concurrency_status = self.concurrency_status

        runs_balance = self.runs_balance

        call_logs_balance = self.call_logs_balance

        num_test_cases = self.num_test_cases

        total_run_minutes = self.total_run_minutes

        total_call_log_minutes = self.total_call_log_minutes

        balance_expiry: str | Unset = UNSET
        if not isinstance(self.balance_expiry, Unset):
            balance_expiry = self.balance_expiry.isoformat().replace("+00:00", "Z")

        is_indian_payment_method = self.is_indian_payment_method

        requires_mandate_setup = self.requires_mandate_setup

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        if balance is not UNSET and _response:
            field_dict["balance"] = balance
        if extra_balance is not UNSET and _response:
            field_dict["extra_balance"] = extra_balance
        if total_balance is not UNSET and _response:
            field_dict["total_balance"] = total_balance
        if text_runs_count is not UNSET and _response:
            field_dict["text_runs_count"] = text_runs_count
        if non_text_runs_minutes is not UNSET and _response:
            field_dict["non_text_runs_minutes"] = non_text_runs_minutes
        if call_logs_count is not UNSET and _response:
            field_dict["call_logs_count"] = call_logs_count
        if runs_count is not UNSET and _response:
            field_dict["runs_count"] = runs_count
        if concurrency_status is not UNSET and _response:
            field_dict["concurrency_status"] = concurrency_status
        if runs_balance is not UNSET and _response:
            field_dict["runs_balance"] = runs_balance
        if call_logs_balance is not UNSET and _response:
            field_dict["call_logs_balance"] = call_logs_balance
        if num_test_cases is not UNSET and _response:
            field_dict["num_test_cases"] = num_test_cases
        if total_run_minutes is not UNSET and _response:
            field_dict["total_run_minutes"] = total_run_minutes
        if total_call_log_minutes is not UNSET and _response:
            field_dict["total_call_log_minutes"] = total_call_log_minutes
        if balance_expiry is not UNSET and _response:
            field_dict["balance_expiry"] = balance_expiry
        if is_indian_payment_method is not UNSET and _response:
            field_dict["is_indian_payment_method"] = is_indian_payment_method
        if requires_mandate_setup is not UNSET and _response:
            field_dict["requires_mandate_setup"] = requires_mandate_setup
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "organization"
            organization = d.pop("organization", UNSET)
            if not isinstance(organization, (int, Unset)) or isinstance(organization, bool):
                expect(organization, (int, Unset))

            _field = "balance"
            balance = d.pop("balance", UNSET)
            if not isinstance(balance, (str, Unset)):
                expect(balance, (str, Unset))

            _field = "extra_balance"
            extra_balance = d.pop("extra_balance", UNSET)
            if not isinstance(extra_balance, (str, Unset)):
                expect(extra_balance, (str, Unset))

            _field = "total_balance"
            total_balance = d.pop("total_balance", UNSET)
            if not isinstance(total_balance, (str, Unset)):
                expect(total_balance, (str, Unset))

            _field = "text_runs_count"
            text_runs_count = d.pop("text_runs_count", UNSET)
            if not isinstance(text_runs_count, (str, Unset)):
                expect(text_runs_count, (str, Unset))

            _field = "non_text_runs_minutes"
            non_text_runs_minutes = d.pop("non_text_runs_minutes", UNSET)
            if not isinstance(non_text_runs_minutes, (str, Unset)):
                expect(non_text_runs_minutes, (str, Unset))

            _field = "call_logs_count"
            call_logs_count = d.pop("call_logs_count", UNSET)
            if not isinstance(call_logs_count, (str, Unset)):
                expect(call_logs_count, (str, Unset))

            _field = "runs_count"
            runs_count = d.pop("runs_count", UNSET)
            if not isinstance(runs_count, (str, Unset)):
                expect(runs_count, (str, Unset))

            _field = "concurrency_status"
            concurrency_status = d.pop("concurrency_status", UNSET)
            if not isinstance(concurrency_status, (str, Unset)):
                expect(concurrency_status, (str, Unset))

            _field = "runs_balance"
            runs_balance = d.pop("runs_balance", UNSET)
            if not isinstance(runs_balance, (int, Unset)) or isinstance(runs_balance, bool):
                expect(runs_balance, (int, Unset))

            _field = "call_logs_balance"
            call_logs_balance = d.pop("call_logs_balance", UNSET)
            if not isinstance(call_logs_balance, (int, Unset)) or isinstance(call_logs_balance, bool):
                expect(call_logs_balance, (int, Unset))

            _field = "num_test_cases"
            num_test_cases = d.pop("num_test_cases", UNSET)
            if not isinstance(num_test_cases, (int, Unset)) or isinstance(num_test_cases, bool):
                expect(num_test_cases, (int, Unset))

            _field = "total_run_minutes"
            total_run_minutes = d.pop("total_run_minutes", UNSET)
            if not isinstance(total_run_minutes, (str, Unset)):
                expect(total_run_minutes, (str, Unset))

            _field = "total_call_log_minutes"
            total_call_log_minutes = d.pop("total_call_log_minutes", UNSET)
            if not isinstance(total_call_log_minutes, (str, Unset)):
                expect(total_call_log_minutes, (str, Unset))

            _field = "balance_expiry"
            _balance_expiry = d.pop("balance_expiry", UNSET)
            balance_expiry: datetime.datetime | Unset
            if isinstance(_balance_expiry, Unset):
                balance_expiry = UNSET
            else:
                balance_expiry = parse_datetime(_balance_expiry)

            if not isinstance(balance_expiry, (datetime.datetime, Unset)):
                expect(balance_expiry, (datetime.datetime, Unset))

            _field = "is_indian_payment_method"
            is_indian_payment_method = d.pop("is_indian_payment_method", UNSET)
            if not isinstance(is_indian_payment_method, (str, Unset)):
                expect(is_indian_payment_method, (str, Unset))

            _field = "requires_mandate_setup"
            requires_mandate_setup = d.pop("requires_mandate_setup", UNSET)
            if not isinstance(requires_mandate_setup, (str, Unset)):
                expect(requires_mandate_setup, (str, Unset))

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: BillingType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BillingType(_type_)

            if not isinstance(type_, (BillingType, Unset)):
                expect(type_, (BillingType, Unset))

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

            billing = cls(
                id=id,
                organization=organization,
                balance=balance,
                extra_balance=extra_balance,
                total_balance=total_balance,
                text_runs_count=text_runs_count,
                non_text_runs_minutes=non_text_runs_minutes,
                call_logs_count=call_logs_count,
                runs_count=runs_count,
                concurrency_status=concurrency_status,
                runs_balance=runs_balance,
                call_logs_balance=call_logs_balance,
                num_test_cases=num_test_cases,
                total_run_minutes=total_run_minutes,
                total_call_log_minutes=total_call_log_minutes,
                balance_expiry=balance_expiry,
                is_indian_payment_method=is_indian_payment_method,
                requires_mandate_setup=requires_mandate_setup,
                type_=type_,
                created_at=created_at,
                updated_at=updated_at,
            )

            billing.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return billing

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
