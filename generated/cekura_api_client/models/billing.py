from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.billing_type import BillingType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "organization",
        "balance",
        "extra_balance",
        "total_balance",
        "text_runs_count",
        "non_text_runs_minutes",
        "call_logs_count",
        "runs_count",
        "concurrency_status",
        "runs_balance",
        "call_logs_balance",
        "num_test_cases",
        "total_run_minutes",
        "total_call_log_minutes",
        "balance_expiry",
        "is_indian_payment_method",
        "requires_mandate_setup",
        "type",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = self.organization
        if not isinstance(self.balance, Unset) and _response:
            field_dict["balance"] = self.balance
        if not isinstance(self.extra_balance, Unset) and _response:
            field_dict["extra_balance"] = self.extra_balance
        if not isinstance(self.total_balance, Unset) and _response:
            field_dict["total_balance"] = self.total_balance
        if not isinstance(self.text_runs_count, Unset) and _response:
            field_dict["text_runs_count"] = self.text_runs_count
        if not isinstance(self.non_text_runs_minutes, Unset) and _response:
            field_dict["non_text_runs_minutes"] = self.non_text_runs_minutes
        if not isinstance(self.call_logs_count, Unset) and _response:
            field_dict["call_logs_count"] = self.call_logs_count
        if not isinstance(self.runs_count, Unset) and _response:
            field_dict["runs_count"] = self.runs_count
        if not isinstance(self.concurrency_status, Unset) and _response:
            field_dict["concurrency_status"] = self.concurrency_status
        if not isinstance(self.runs_balance, Unset) and _response:
            field_dict["runs_balance"] = self.runs_balance
        if not isinstance(self.call_logs_balance, Unset) and _response:
            field_dict["call_logs_balance"] = self.call_logs_balance
        if not isinstance(self.num_test_cases, Unset) and _response:
            field_dict["num_test_cases"] = self.num_test_cases
        if not isinstance(self.total_run_minutes, Unset) and _response:
            field_dict["total_run_minutes"] = self.total_run_minutes
        if not isinstance(self.total_call_log_minutes, Unset) and _response:
            field_dict["total_call_log_minutes"] = self.total_call_log_minutes
        if not isinstance(self.balance_expiry, Unset) and _response:
            field_dict["balance_expiry"] = (
                _wire[1]
                if _wire is not None and self.balance_expiry is _wire[0]
                else self.balance_expiry.isoformat().replace("+00:00", "Z")
                if type(self.balance_expiry) is datetime.datetime
                else iso_datetime(self.balance_expiry, "balance_expiry", self)
            )
        if not isinstance(self.is_indian_payment_method, Unset) and _response:
            field_dict["is_indian_payment_method"] = self.is_indian_payment_method
        if not isinstance(self.requires_mandate_setup, Unset) and _response:
            field_dict["requires_mandate_setup"] = self.requires_mandate_setup
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is BillingType
                else enum_value(BillingType, self.type_, "type", self)
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(enum_value(BillingType, self.type_, "type")).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
                    if type(organization) is not int:
                        organization = checked(organization, (int,))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int")

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

            _field = "extra_balance"
            try:
                if "extra_balance" in src_dict:
                    extra_balance: Any = src_dict["extra_balance"]
                    _present += 1
                    if type(extra_balance) is not str:
                        extra_balance = checked(extra_balance, (str,))
                else:
                    extra_balance = UNSET
            except FIELD_ERRORS as _error:
                extra_balance, _found = tolerated(src_dict, "extra_balance", _error, _found, "str")

            _field = "total_balance"
            try:
                if "total_balance" in src_dict:
                    total_balance: Any = src_dict["total_balance"]
                    _present += 1
                    if type(total_balance) is not str:
                        total_balance = checked(total_balance, (str,))
                else:
                    total_balance = UNSET
            except FIELD_ERRORS as _error:
                total_balance, _found = tolerated(src_dict, "total_balance", _error, _found, "str")

            _field = "text_runs_count"
            try:
                if "text_runs_count" in src_dict:
                    text_runs_count: Any = src_dict["text_runs_count"]
                    _present += 1
                    if type(text_runs_count) is not str:
                        text_runs_count = checked(text_runs_count, (str,))
                else:
                    text_runs_count = UNSET
            except FIELD_ERRORS as _error:
                text_runs_count, _found = tolerated(src_dict, "text_runs_count", _error, _found, "str")

            _field = "non_text_runs_minutes"
            try:
                if "non_text_runs_minutes" in src_dict:
                    non_text_runs_minutes: Any = src_dict["non_text_runs_minutes"]
                    _present += 1
                    if type(non_text_runs_minutes) is not str:
                        non_text_runs_minutes = checked(non_text_runs_minutes, (str,))
                else:
                    non_text_runs_minutes = UNSET
            except FIELD_ERRORS as _error:
                non_text_runs_minutes, _found = tolerated(src_dict, "non_text_runs_minutes", _error, _found, "str")

            _field = "call_logs_count"
            try:
                if "call_logs_count" in src_dict:
                    call_logs_count: Any = src_dict["call_logs_count"]
                    _present += 1
                    if type(call_logs_count) is not str:
                        call_logs_count = checked(call_logs_count, (str,))
                else:
                    call_logs_count = UNSET
            except FIELD_ERRORS as _error:
                call_logs_count, _found = tolerated(src_dict, "call_logs_count", _error, _found, "str")

            _field = "runs_count"
            try:
                if "runs_count" in src_dict:
                    runs_count: Any = src_dict["runs_count"]
                    _present += 1
                    if type(runs_count) is not str:
                        runs_count = checked(runs_count, (str,))
                else:
                    runs_count = UNSET
            except FIELD_ERRORS as _error:
                runs_count, _found = tolerated(src_dict, "runs_count", _error, _found, "str")

            _field = "concurrency_status"
            try:
                if "concurrency_status" in src_dict:
                    concurrency_status: Any = src_dict["concurrency_status"]
                    _present += 1
                    if type(concurrency_status) is not str:
                        concurrency_status = checked(concurrency_status, (str,))
                else:
                    concurrency_status = UNSET
            except FIELD_ERRORS as _error:
                concurrency_status, _found = tolerated(src_dict, "concurrency_status", _error, _found, "str")

            _field = "runs_balance"
            try:
                if "runs_balance" in src_dict:
                    runs_balance: Any = src_dict["runs_balance"]
                    _present += 1
                    if type(runs_balance) is not int:
                        runs_balance = checked(runs_balance, (int,))
                else:
                    runs_balance = UNSET
            except FIELD_ERRORS as _error:
                runs_balance, _found = tolerated(src_dict, "runs_balance", _error, _found, "int")

            _field = "call_logs_balance"
            try:
                if "call_logs_balance" in src_dict:
                    call_logs_balance: Any = src_dict["call_logs_balance"]
                    _present += 1
                    if type(call_logs_balance) is not int:
                        call_logs_balance = checked(call_logs_balance, (int,))
                else:
                    call_logs_balance = UNSET
            except FIELD_ERRORS as _error:
                call_logs_balance, _found = tolerated(src_dict, "call_logs_balance", _error, _found, "int")

            _field = "num_test_cases"
            try:
                if "num_test_cases" in src_dict:
                    num_test_cases: Any = src_dict["num_test_cases"]
                    _present += 1
                    if type(num_test_cases) is not int:
                        num_test_cases = checked(num_test_cases, (int,))
                else:
                    num_test_cases = UNSET
            except FIELD_ERRORS as _error:
                num_test_cases, _found = tolerated(src_dict, "num_test_cases", _error, _found, "int")

            _field = "total_run_minutes"
            try:
                if "total_run_minutes" in src_dict:
                    total_run_minutes: Any = src_dict["total_run_minutes"]
                    _present += 1
                    if type(total_run_minutes) is not str:
                        total_run_minutes = checked(total_run_minutes, (str,))
                else:
                    total_run_minutes = UNSET
            except FIELD_ERRORS as _error:
                total_run_minutes, _found = tolerated(src_dict, "total_run_minutes", _error, _found, "str")

            _field = "total_call_log_minutes"
            try:
                if "total_call_log_minutes" in src_dict:
                    total_call_log_minutes: Any = src_dict["total_call_log_minutes"]
                    _present += 1
                    if type(total_call_log_minutes) is not str:
                        total_call_log_minutes = checked(total_call_log_minutes, (str,))
                else:
                    total_call_log_minutes = UNSET
            except FIELD_ERRORS as _error:
                total_call_log_minutes, _found = tolerated(src_dict, "total_call_log_minutes", _error, _found, "str")

            _field = "balance_expiry"
            try:
                if "balance_expiry" in src_dict:
                    balance_expiry: Any = src_dict["balance_expiry"]
                    _balance_expiry_text = balance_expiry
                    _present += 1
                    if type(balance_expiry) is str:
                        try:
                            balance_expiry = fromisoformat(balance_expiry)
                        except ValueError:
                            balance_expiry = parse_datetime(balance_expiry)
                    else:
                        balance_expiry = checked(balance_expiry, (datetime.datetime,))
                        _balance_expiry_text = balance_expiry.isoformat().replace("+00:00", "Z")
                else:
                    balance_expiry = _balance_expiry_text = UNSET
            except FIELD_ERRORS as _error:
                balance_expiry, _found = tolerated(src_dict, "balance_expiry", _error, _found, "datetime.datetime")
                _balance_expiry_text = balance_expiry

            _field = "is_indian_payment_method"
            try:
                if "is_indian_payment_method" in src_dict:
                    is_indian_payment_method: Any = src_dict["is_indian_payment_method"]
                    _present += 1
                    if type(is_indian_payment_method) is not str:
                        is_indian_payment_method = checked(is_indian_payment_method, (str,))
                else:
                    is_indian_payment_method = UNSET
            except FIELD_ERRORS as _error:
                is_indian_payment_method, _found = tolerated(
                    src_dict, "is_indian_payment_method", _error, _found, "str"
                )

            _field = "requires_mandate_setup"
            try:
                if "requires_mandate_setup" in src_dict:
                    requires_mandate_setup: Any = src_dict["requires_mandate_setup"]
                    _present += 1
                    if type(requires_mandate_setup) is not str:
                        requires_mandate_setup = checked(requires_mandate_setup, (str,))
                else:
                    requires_mandate_setup = UNSET
            except FIELD_ERRORS as _error:
                requires_mandate_setup, _found = tolerated(src_dict, "requires_mandate_setup", _error, _found, "str")

            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        BillingType._value2member_map_.get(type_) or BillingType(type_)
                        if type(type_) is str
                        else checked(type_, (BillingType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "BillingType")

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
