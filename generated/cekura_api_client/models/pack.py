from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pack_billing_type import PackBillingType
from ..models.pack_interval import PackInterval
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "price",
        "id",
        "name",
        "code",
        "description",
        "interval",
        "trial_period_days",
        "balance",
        "runs_balance",
        "call_logs_balance",
        "max_members_limit",
        "max_agents_limit",
        "max_projects_limit",
        "max_concurrent_runs_limit",
        "max_concurrent_chat_runs_limit",
        "monitoring_minutes",
        "premium_slack_support",
        "custom_api_integrations",
        "dedicated_support_engineer",
        "sla_hours",
        "custom_feature_requests",
        "simulate_scenarios",
        "downloadable_reports",
        "slack_alerts",
        "custom_sso",
        "dedicated_cloud_instance",
        "on_prem_deployment",
        "multiple_organizations",
        "hippa_compliance",
        "display_order",
        "billing_type",
        "allow_view_only_role",
        "data_retention_days",
        "free_members_count",
        "one_time_credits",
        "allow_switch_to_plan",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="Pack")


@_attrs_define
class Pack:
    price: str
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    interval: PackInterval | Unset = UNSET
    """ * `month` - Monthly
    * `quarter` - Quarterly
    * `year` - Yearly """
    trial_period_days: str | Unset = UNSET
    balance: str | Unset = UNSET
    runs_balance: int | Unset = UNSET
    call_logs_balance: int | Unset = UNSET
    max_members_limit: int | Unset = UNSET
    max_agents_limit: int | Unset = UNSET
    max_projects_limit: int | Unset = UNSET
    max_concurrent_runs_limit: int | Unset = UNSET
    max_concurrent_chat_runs_limit: int | Unset = UNSET
    monitoring_minutes: int | Unset = UNSET
    premium_slack_support: bool | Unset = UNSET
    custom_api_integrations: bool | Unset = UNSET
    dedicated_support_engineer: bool | Unset = UNSET
    sla_hours: int | Unset = UNSET
    custom_feature_requests: bool | Unset = UNSET
    simulate_scenarios: bool | Unset = UNSET
    downloadable_reports: bool | Unset = UNSET
    slack_alerts: bool | Unset = UNSET
    custom_sso: bool | Unset = UNSET
    dedicated_cloud_instance: bool | Unset = UNSET
    on_prem_deployment: bool | Unset = UNSET
    multiple_organizations: bool | Unset = UNSET
    hippa_compliance: bool | Unset = UNSET
    display_order: int | Unset = UNSET
    billing_type: PackBillingType | Unset = UNSET
    """ Billing type for the pack

    * `subscription` - Subscription
    * `self_serve` - Self Serve """
    allow_view_only_role: bool | Unset = UNSET
    """ Allow VIEW_ONLY role for memberships/invites on this pack. When False, view-only seats are blocked. """
    data_retention_days: int | None | Unset = UNSET
    """ Data retention period in days. Leave blank to skip archival for this plan. """
    free_members_count: int | Unset = UNSET
    """ Number of members included for free (e.g. 1 = first user free). <b>Only applies to self-serve billing.</b>
    Self-serve packs with free members never expire: the base plan is free and only the seats beyond this count are
    billed through Stripe. """
    one_time_credits: str | Unset = UNSET
    """ One-time complimentary credits granted when the pack is provisioned. Added to the never-expiring extra
    balance; they do not recur. """
    allow_switch_to_plan: int | None | Unset = UNSET
    """ Plan that can be offered as a one-time switch when this plan reaches its first paid member seat. Leave blank
    to disable the offer. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "price": self.price,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.code, Unset):
            field_dict["code"] = self.code
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.interval, Unset):
            field_dict["interval"] = (
                self.interval._value_
                if type(self.interval) is PackInterval
                else enum_value(PackInterval, self.interval, "interval", self)
            )
        if not isinstance(self.trial_period_days, Unset) and _response:
            field_dict["trial_period_days"] = self.trial_period_days
        if not isinstance(self.balance, Unset):
            field_dict["balance"] = self.balance
        if not isinstance(self.runs_balance, Unset):
            field_dict["runs_balance"] = self.runs_balance
        if not isinstance(self.call_logs_balance, Unset):
            field_dict["call_logs_balance"] = self.call_logs_balance
        if not isinstance(self.max_members_limit, Unset):
            field_dict["max_members_limit"] = self.max_members_limit
        if not isinstance(self.max_agents_limit, Unset):
            field_dict["max_agents_limit"] = self.max_agents_limit
        if not isinstance(self.max_projects_limit, Unset):
            field_dict["max_projects_limit"] = self.max_projects_limit
        if not isinstance(self.max_concurrent_runs_limit, Unset):
            field_dict["max_concurrent_runs_limit"] = self.max_concurrent_runs_limit
        if not isinstance(self.max_concurrent_chat_runs_limit, Unset):
            field_dict["max_concurrent_chat_runs_limit"] = self.max_concurrent_chat_runs_limit
        if not isinstance(self.monitoring_minutes, Unset):
            field_dict["monitoring_minutes"] = self.monitoring_minutes
        if not isinstance(self.premium_slack_support, Unset):
            field_dict["premium_slack_support"] = self.premium_slack_support
        if not isinstance(self.custom_api_integrations, Unset):
            field_dict["custom_api_integrations"] = self.custom_api_integrations
        if not isinstance(self.dedicated_support_engineer, Unset):
            field_dict["dedicated_support_engineer"] = self.dedicated_support_engineer
        if not isinstance(self.sla_hours, Unset):
            field_dict["sla_hours"] = self.sla_hours
        if not isinstance(self.custom_feature_requests, Unset):
            field_dict["custom_feature_requests"] = self.custom_feature_requests
        if not isinstance(self.simulate_scenarios, Unset):
            field_dict["simulate_scenarios"] = self.simulate_scenarios
        if not isinstance(self.downloadable_reports, Unset):
            field_dict["downloadable_reports"] = self.downloadable_reports
        if not isinstance(self.slack_alerts, Unset):
            field_dict["slack_alerts"] = self.slack_alerts
        if not isinstance(self.custom_sso, Unset):
            field_dict["custom_sso"] = self.custom_sso
        if not isinstance(self.dedicated_cloud_instance, Unset):
            field_dict["dedicated_cloud_instance"] = self.dedicated_cloud_instance
        if not isinstance(self.on_prem_deployment, Unset):
            field_dict["on_prem_deployment"] = self.on_prem_deployment
        if not isinstance(self.multiple_organizations, Unset):
            field_dict["multiple_organizations"] = self.multiple_organizations
        if not isinstance(self.hippa_compliance, Unset):
            field_dict["hippa_compliance"] = self.hippa_compliance
        if not isinstance(self.display_order, Unset):
            field_dict["display_order"] = self.display_order
        if not isinstance(self.billing_type, Unset):
            field_dict["billing_type"] = (
                self.billing_type._value_
                if type(self.billing_type) is PackBillingType
                else enum_value(PackBillingType, self.billing_type, "billing_type", self)
            )
        if not isinstance(self.allow_view_only_role, Unset):
            field_dict["allow_view_only_role"] = self.allow_view_only_role
        if not isinstance(self.data_retention_days, Unset):
            field_dict["data_retention_days"] = self.data_retention_days
        if not isinstance(self.free_members_count, Unset):
            field_dict["free_members_count"] = self.free_members_count
        if not isinstance(self.one_time_credits, Unset):
            field_dict["one_time_credits"] = self.one_time_credits
        if not isinstance(self.allow_switch_to_plan, Unset):
            field_dict["allow_switch_to_plan"] = self.allow_switch_to_plan
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
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

            _field = "description"
            try:
                if "description" in src_dict:
                    description: Any = src_dict["description"]
                    _present += 1
                    if type(description) is not str:
                        description = checked(description, (str,))
                else:
                    description = UNSET
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "interval"
            try:
                if "interval" in src_dict:
                    interval: Any = src_dict["interval"]
                    _present += 1
                    interval = (
                        PackInterval._value2member_map_.get(interval) or PackInterval(interval)
                        if type(interval) is str
                        else checked(interval, (PackInterval,))
                    )
                else:
                    interval = UNSET
            except FIELD_ERRORS as _error:
                interval, _found = tolerated(src_dict, "interval", _error, _found, "PackInterval")

            _field = "trial_period_days"
            try:
                if "trial_period_days" in src_dict:
                    trial_period_days: Any = src_dict["trial_period_days"]
                    _present += 1
                    if type(trial_period_days) is not str:
                        trial_period_days = checked(trial_period_days, (str,))
                else:
                    trial_period_days = UNSET
            except FIELD_ERRORS as _error:
                trial_period_days, _found = tolerated(src_dict, "trial_period_days", _error, _found, "str")

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

            _field = "max_agents_limit"
            try:
                if "max_agents_limit" in src_dict:
                    max_agents_limit: Any = src_dict["max_agents_limit"]
                    _present += 1
                    if type(max_agents_limit) is not int:
                        max_agents_limit = checked(max_agents_limit, (int,))
                else:
                    max_agents_limit = UNSET
            except FIELD_ERRORS as _error:
                max_agents_limit, _found = tolerated(src_dict, "max_agents_limit", _error, _found, "int")

            _field = "max_projects_limit"
            try:
                if "max_projects_limit" in src_dict:
                    max_projects_limit: Any = src_dict["max_projects_limit"]
                    _present += 1
                    if type(max_projects_limit) is not int:
                        max_projects_limit = checked(max_projects_limit, (int,))
                else:
                    max_projects_limit = UNSET
            except FIELD_ERRORS as _error:
                max_projects_limit, _found = tolerated(src_dict, "max_projects_limit", _error, _found, "int")

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

            _field = "monitoring_minutes"
            try:
                if "monitoring_minutes" in src_dict:
                    monitoring_minutes: Any = src_dict["monitoring_minutes"]
                    _present += 1
                    if type(monitoring_minutes) is not int:
                        monitoring_minutes = checked(monitoring_minutes, (int,))
                else:
                    monitoring_minutes = UNSET
            except FIELD_ERRORS as _error:
                monitoring_minutes, _found = tolerated(src_dict, "monitoring_minutes", _error, _found, "int")

            _field = "premium_slack_support"
            try:
                if "premium_slack_support" in src_dict:
                    premium_slack_support: Any = src_dict["premium_slack_support"]
                    _present += 1
                    if type(premium_slack_support) is not bool:
                        premium_slack_support = checked(premium_slack_support, (bool,))
                else:
                    premium_slack_support = UNSET
            except FIELD_ERRORS as _error:
                premium_slack_support, _found = tolerated(src_dict, "premium_slack_support", _error, _found, "bool")

            _field = "custom_api_integrations"
            try:
                if "custom_api_integrations" in src_dict:
                    custom_api_integrations: Any = src_dict["custom_api_integrations"]
                    _present += 1
                    if type(custom_api_integrations) is not bool:
                        custom_api_integrations = checked(custom_api_integrations, (bool,))
                else:
                    custom_api_integrations = UNSET
            except FIELD_ERRORS as _error:
                custom_api_integrations, _found = tolerated(src_dict, "custom_api_integrations", _error, _found, "bool")

            _field = "dedicated_support_engineer"
            try:
                if "dedicated_support_engineer" in src_dict:
                    dedicated_support_engineer: Any = src_dict["dedicated_support_engineer"]
                    _present += 1
                    if type(dedicated_support_engineer) is not bool:
                        dedicated_support_engineer = checked(dedicated_support_engineer, (bool,))
                else:
                    dedicated_support_engineer = UNSET
            except FIELD_ERRORS as _error:
                dedicated_support_engineer, _found = tolerated(
                    src_dict, "dedicated_support_engineer", _error, _found, "bool"
                )

            _field = "sla_hours"
            try:
                if "sla_hours" in src_dict:
                    sla_hours: Any = src_dict["sla_hours"]
                    _present += 1
                    if type(sla_hours) is not int:
                        sla_hours = checked(sla_hours, (int,))
                else:
                    sla_hours = UNSET
            except FIELD_ERRORS as _error:
                sla_hours, _found = tolerated(src_dict, "sla_hours", _error, _found, "int")

            _field = "custom_feature_requests"
            try:
                if "custom_feature_requests" in src_dict:
                    custom_feature_requests: Any = src_dict["custom_feature_requests"]
                    _present += 1
                    if type(custom_feature_requests) is not bool:
                        custom_feature_requests = checked(custom_feature_requests, (bool,))
                else:
                    custom_feature_requests = UNSET
            except FIELD_ERRORS as _error:
                custom_feature_requests, _found = tolerated(src_dict, "custom_feature_requests", _error, _found, "bool")

            _field = "simulate_scenarios"
            try:
                if "simulate_scenarios" in src_dict:
                    simulate_scenarios: Any = src_dict["simulate_scenarios"]
                    _present += 1
                    if type(simulate_scenarios) is not bool:
                        simulate_scenarios = checked(simulate_scenarios, (bool,))
                else:
                    simulate_scenarios = UNSET
            except FIELD_ERRORS as _error:
                simulate_scenarios, _found = tolerated(src_dict, "simulate_scenarios", _error, _found, "bool")

            _field = "downloadable_reports"
            try:
                if "downloadable_reports" in src_dict:
                    downloadable_reports: Any = src_dict["downloadable_reports"]
                    _present += 1
                    if type(downloadable_reports) is not bool:
                        downloadable_reports = checked(downloadable_reports, (bool,))
                else:
                    downloadable_reports = UNSET
            except FIELD_ERRORS as _error:
                downloadable_reports, _found = tolerated(src_dict, "downloadable_reports", _error, _found, "bool")

            _field = "slack_alerts"
            try:
                if "slack_alerts" in src_dict:
                    slack_alerts: Any = src_dict["slack_alerts"]
                    _present += 1
                    if type(slack_alerts) is not bool:
                        slack_alerts = checked(slack_alerts, (bool,))
                else:
                    slack_alerts = UNSET
            except FIELD_ERRORS as _error:
                slack_alerts, _found = tolerated(src_dict, "slack_alerts", _error, _found, "bool")

            _field = "custom_sso"
            try:
                if "custom_sso" in src_dict:
                    custom_sso: Any = src_dict["custom_sso"]
                    _present += 1
                    if type(custom_sso) is not bool:
                        custom_sso = checked(custom_sso, (bool,))
                else:
                    custom_sso = UNSET
            except FIELD_ERRORS as _error:
                custom_sso, _found = tolerated(src_dict, "custom_sso", _error, _found, "bool")

            _field = "dedicated_cloud_instance"
            try:
                if "dedicated_cloud_instance" in src_dict:
                    dedicated_cloud_instance: Any = src_dict["dedicated_cloud_instance"]
                    _present += 1
                    if type(dedicated_cloud_instance) is not bool:
                        dedicated_cloud_instance = checked(dedicated_cloud_instance, (bool,))
                else:
                    dedicated_cloud_instance = UNSET
            except FIELD_ERRORS as _error:
                dedicated_cloud_instance, _found = tolerated(
                    src_dict, "dedicated_cloud_instance", _error, _found, "bool"
                )

            _field = "on_prem_deployment"
            try:
                if "on_prem_deployment" in src_dict:
                    on_prem_deployment: Any = src_dict["on_prem_deployment"]
                    _present += 1
                    if type(on_prem_deployment) is not bool:
                        on_prem_deployment = checked(on_prem_deployment, (bool,))
                else:
                    on_prem_deployment = UNSET
            except FIELD_ERRORS as _error:
                on_prem_deployment, _found = tolerated(src_dict, "on_prem_deployment", _error, _found, "bool")

            _field = "multiple_organizations"
            try:
                if "multiple_organizations" in src_dict:
                    multiple_organizations: Any = src_dict["multiple_organizations"]
                    _present += 1
                    if type(multiple_organizations) is not bool:
                        multiple_organizations = checked(multiple_organizations, (bool,))
                else:
                    multiple_organizations = UNSET
            except FIELD_ERRORS as _error:
                multiple_organizations, _found = tolerated(src_dict, "multiple_organizations", _error, _found, "bool")

            _field = "hippa_compliance"
            try:
                if "hippa_compliance" in src_dict:
                    hippa_compliance: Any = src_dict["hippa_compliance"]
                    _present += 1
                    if type(hippa_compliance) is not bool:
                        hippa_compliance = checked(hippa_compliance, (bool,))
                else:
                    hippa_compliance = UNSET
            except FIELD_ERRORS as _error:
                hippa_compliance, _found = tolerated(src_dict, "hippa_compliance", _error, _found, "bool")

            _field = "display_order"
            try:
                if "display_order" in src_dict:
                    display_order: Any = src_dict["display_order"]
                    _present += 1
                    if type(display_order) is not int:
                        display_order = checked(display_order, (int,))
                else:
                    display_order = UNSET
            except FIELD_ERRORS as _error:
                display_order, _found = tolerated(src_dict, "display_order", _error, _found, "int")

            _field = "billing_type"
            try:
                if "billing_type" in src_dict:
                    billing_type: Any = src_dict["billing_type"]
                    _present += 1
                    billing_type = (
                        PackBillingType._value2member_map_.get(billing_type) or PackBillingType(billing_type)
                        if type(billing_type) is str
                        else checked(billing_type, (PackBillingType,))
                    )
                else:
                    billing_type = UNSET
            except FIELD_ERRORS as _error:
                billing_type, _found = tolerated(src_dict, "billing_type", _error, _found, "PackBillingType")

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

            _field = "allow_switch_to_plan"
            try:
                if "allow_switch_to_plan" in src_dict:
                    allow_switch_to_plan: Any = src_dict["allow_switch_to_plan"]
                    _present += 1
                    if allow_switch_to_plan is not None:
                        if type(allow_switch_to_plan) is not int:
                            allow_switch_to_plan = checked(allow_switch_to_plan, (int, type(None)))
                else:
                    allow_switch_to_plan = UNSET
            except FIELD_ERRORS as _error:
                allow_switch_to_plan, _found = tolerated(src_dict, "allow_switch_to_plan", _error, _found, "int | None")

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
                price=price,
                id=id,
                name=name,
                code=code,
                description=description,
                interval=interval,
                trial_period_days=trial_period_days,
                balance=balance,
                runs_balance=runs_balance,
                call_logs_balance=call_logs_balance,
                max_members_limit=max_members_limit,
                max_agents_limit=max_agents_limit,
                max_projects_limit=max_projects_limit,
                max_concurrent_runs_limit=max_concurrent_runs_limit,
                max_concurrent_chat_runs_limit=max_concurrent_chat_runs_limit,
                monitoring_minutes=monitoring_minutes,
                premium_slack_support=premium_slack_support,
                custom_api_integrations=custom_api_integrations,
                dedicated_support_engineer=dedicated_support_engineer,
                sla_hours=sla_hours,
                custom_feature_requests=custom_feature_requests,
                simulate_scenarios=simulate_scenarios,
                downloadable_reports=downloadable_reports,
                slack_alerts=slack_alerts,
                custom_sso=custom_sso,
                dedicated_cloud_instance=dedicated_cloud_instance,
                on_prem_deployment=on_prem_deployment,
                multiple_organizations=multiple_organizations,
                hippa_compliance=hippa_compliance,
                display_order=display_order,
                billing_type=billing_type,
                allow_view_only_role=allow_view_only_role,
                data_retention_days=data_retention_days,
                free_members_count=free_members_count,
                one_time_credits=one_time_credits,
                allow_switch_to_plan=allow_switch_to_plan,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
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
