from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "max_concurrent_runs_limit",
        "max_concurrent_chat_runs_limit",
        "max_agents_limit",
        "max_members_limit",
        "max_projects_limit",
        "billing_type",
        "subscription_overage",
    }
)

T = TypeVar("T", bound="SubscriptionStatusPack")


@_attrs_define
class SubscriptionStatusPack:
    name: str
    """ Pack display name. """
    max_concurrent_runs_limit: int
    """ Maximum parallel call/voice runs allowed by the plan. """
    max_concurrent_chat_runs_limit: int
    """ Maximum parallel chat runs allowed by the plan. """
    max_agents_limit: int
    """ Maximum agents allowed by the plan (`-1` = unlimited). """
    max_members_limit: int
    """ Maximum org members allowed by the plan (`-1` = unlimited). """
    max_projects_limit: int
    """ Maximum projects allowed by the plan (`-1` = unlimited). """
    billing_type: str
    """ Pack billing type, e.g. `subscription` or `self_serve`. """
    subscription_overage: str
    """ Price per credit for overage purchases. `-1` disables overage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "name": self.name,
            "max_concurrent_runs_limit": self.max_concurrent_runs_limit,
            "max_concurrent_chat_runs_limit": self.max_concurrent_chat_runs_limit,
            "max_agents_limit": self.max_agents_limit,
            "max_members_limit": self.max_members_limit,
            "max_projects_limit": self.max_projects_limit,
            "billing_type": self.billing_type,
            "subscription_overage": self.subscription_overage,
        }
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
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "max_concurrent_runs_limit"
            try:
                max_concurrent_runs_limit: Any = src_dict["max_concurrent_runs_limit"]
                if type(max_concurrent_runs_limit) is not int:
                    max_concurrent_runs_limit = checked(max_concurrent_runs_limit, (int,))
            except FIELD_ERRORS as _error:
                max_concurrent_runs_limit, _found = tolerated(
                    src_dict, "max_concurrent_runs_limit", _error, _found, "int"
                )

            _field = "max_concurrent_chat_runs_limit"
            try:
                max_concurrent_chat_runs_limit: Any = src_dict["max_concurrent_chat_runs_limit"]
                if type(max_concurrent_chat_runs_limit) is not int:
                    max_concurrent_chat_runs_limit = checked(max_concurrent_chat_runs_limit, (int,))
            except FIELD_ERRORS as _error:
                max_concurrent_chat_runs_limit, _found = tolerated(
                    src_dict, "max_concurrent_chat_runs_limit", _error, _found, "int"
                )

            _field = "max_agents_limit"
            try:
                max_agents_limit: Any = src_dict["max_agents_limit"]
                if type(max_agents_limit) is not int:
                    max_agents_limit = checked(max_agents_limit, (int,))
            except FIELD_ERRORS as _error:
                max_agents_limit, _found = tolerated(src_dict, "max_agents_limit", _error, _found, "int")

            _field = "max_members_limit"
            try:
                max_members_limit: Any = src_dict["max_members_limit"]
                if type(max_members_limit) is not int:
                    max_members_limit = checked(max_members_limit, (int,))
            except FIELD_ERRORS as _error:
                max_members_limit, _found = tolerated(src_dict, "max_members_limit", _error, _found, "int")

            _field = "max_projects_limit"
            try:
                max_projects_limit: Any = src_dict["max_projects_limit"]
                if type(max_projects_limit) is not int:
                    max_projects_limit = checked(max_projects_limit, (int,))
            except FIELD_ERRORS as _error:
                max_projects_limit, _found = tolerated(src_dict, "max_projects_limit", _error, _found, "int")

            _field = "billing_type"
            try:
                billing_type: Any = src_dict["billing_type"]
                if type(billing_type) is not str:
                    billing_type = checked(billing_type, (str,))
            except FIELD_ERRORS as _error:
                billing_type, _found = tolerated(src_dict, "billing_type", _error, _found, "str")

            _field = "subscription_overage"
            try:
                subscription_overage: Any = src_dict["subscription_overage"]
                if type(subscription_overage) is not str:
                    subscription_overage = checked(subscription_overage, (str,))
            except FIELD_ERRORS as _error:
                subscription_overage, _found = tolerated(src_dict, "subscription_overage", _error, _found, "str")

            _instance = cls(
                name=name,
                max_concurrent_runs_limit=max_concurrent_runs_limit,
                max_concurrent_chat_runs_limit=max_concurrent_chat_runs_limit,
                max_agents_limit=max_agents_limit,
                max_members_limit=max_members_limit,
                max_projects_limit=max_projects_limit,
                billing_type=billing_type,
                subscription_overage=subscription_overage,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 8 or _found is not None:
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
