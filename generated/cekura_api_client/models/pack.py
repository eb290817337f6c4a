from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pack_billing_type import PackBillingType
from ..models.pack_interval import PackInterval
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        price = self.price

        id = self.id

        name = self.name

        code = self.code

        description = self.description

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        trial_period_days = self.trial_period_days

        balance = self.balance

        runs_balance = self.runs_balance

        call_logs_balance = self.call_logs_balance

        max_members_limit = self.max_members_limit

        max_agents_limit = self.max_agents_limit

        max_projects_limit = self.max_projects_limit

        max_concurrent_runs_limit = self.max_concurrent_runs_limit

        max_concurrent_chat_runs_limit = self.max_concurrent_chat_runs_limit

        monitoring_minutes = self.monitoring_minutes

        premium_slack_support = self.premium_slack_support

        custom_api_integrations = self.custom_api_integrations

        dedicated_support_engineer = self.dedicated_support_engineer

        sla_hours = self.sla_hours

        custom_feature_requests = self.custom_feature_requests

        simulate_scenarios = self.simulate_scenarios

        downloadable_reports = self.downloadable_reports

        slack_alerts = self.slack_alerts

        custom_sso = self.custom_sso

        dedicated_cloud_instance = self.dedicated_cloud_instance

        on_prem_deployment = self.on_prem_deployment

        multiple_organizations = self.multiple_organizations

        hippa_compliance = self.hippa_compliance

        display_order = self.display_order

        billing_type: str | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = self.billing_type.value

        allow_view_only_role = self.allow_view_only_role

        data_retention_days: int | None | Unset
        if isinstance(self.data_retention_days, Unset):
            data_retention_days = UNSET
        else:
            data_retention_days = self.data_retention_days

        free_members_count = self.free_members_count

        one_time_credits = self.one_time_credits

        allow_switch_to_plan: int | None | Unset
        if isinstance(self.allow_switch_to_plan, Unset):
            allow_switch_to_plan = UNSET
        else:
            allow_switch_to_plan = self.allow_switch_to_plan

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
                "price": price,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if interval is not UNSET:
            field_dict["interval"] = interval
        if trial_period_days is not UNSET and _response:
            field_dict["trial_period_days"] = trial_period_days
        if balance is not UNSET:
            field_dict["balance"] = balance
        if runs_balance is not UNSET:
            field_dict["runs_balance"] = runs_balance
        if call_logs_balance is not UNSET:
            field_dict["call_logs_balance"] = call_logs_balance
        if max_members_limit is not UNSET:
            field_dict["max_members_limit"] = max_members_limit
        if max_agents_limit is not UNSET:
            field_dict["max_agents_limit"] = max_agents_limit
        if max_projects_limit is not UNSET:
            field_dict["max_projects_limit"] = max_projects_limit
        if max_concurrent_runs_limit is not UNSET:
            field_dict["max_concurrent_runs_limit"] = max_concurrent_runs_limit
        if max_concurrent_chat_runs_limit is not UNSET:
            field_dict["max_concurrent_chat_runs_limit"] = max_concurrent_chat_runs_limit
        if monitoring_minutes is not UNSET:
            field_dict["monitoring_minutes"] = monitoring_minutes
        if premium_slack_support is not UNSET:
            field_dict["premium_slack_support"] = premium_slack_support
        if custom_api_integrations is not UNSET:
            field_dict["custom_api_integrations"] = custom_api_integrations
        if dedicated_support_engineer is not UNSET:
            field_dict["dedicated_support_engineer"] = dedicated_support_engineer
        if sla_hours is not UNSET:
            field_dict["sla_hours"] = sla_hours
        if custom_feature_requests is not UNSET:
            field_dict["custom_feature_requests"] = custom_feature_requests
        if simulate_scenarios is not UNSET:
            field_dict["simulate_scenarios"] = simulate_scenarios
        if downloadable_reports is not UNSET:
            field_dict["downloadable_reports"] = downloadable_reports
        if slack_alerts is not UNSET:
            field_dict["slack_alerts"] = slack_alerts
        if custom_sso is not UNSET:
            field_dict["custom_sso"] = custom_sso
        if dedicated_cloud_instance is not UNSET:
            field_dict["dedicated_cloud_instance"] = dedicated_cloud_instance
        if on_prem_deployment is not UNSET:
            field_dict["on_prem_deployment"] = on_prem_deployment
        if multiple_organizations is not UNSET:
            field_dict["multiple_organizations"] = multiple_organizations
        if hippa_compliance is not UNSET:
            field_dict["hippa_compliance"] = hippa_compliance
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if allow_view_only_role is not UNSET:
            field_dict["allow_view_only_role"] = allow_view_only_role
        if data_retention_days is not UNSET:
            field_dict["data_retention_days"] = data_retention_days
        if free_members_count is not UNSET:
            field_dict["free_members_count"] = free_members_count
        if one_time_credits is not UNSET:
            field_dict["one_time_credits"] = one_time_credits
        if allow_switch_to_plan is not UNSET:
            field_dict["allow_switch_to_plan"] = allow_switch_to_plan
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

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

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "interval"
            _interval = d.pop("interval", UNSET)
            interval: PackInterval | Unset
            if isinstance(_interval, Unset):
                interval = UNSET
            else:
                interval = PackInterval(_interval)

            if not isinstance(interval, (PackInterval, Unset)):
                expect(interval, (PackInterval, Unset))

            _field = "trial_period_days"
            trial_period_days = d.pop("trial_period_days", UNSET)
            if not isinstance(trial_period_days, (str, Unset)):
                expect(trial_period_days, (str, Unset))

            _field = "balance"
            balance = d.pop("balance", UNSET)
            if not isinstance(balance, (str, Unset)):
                expect(balance, (str, Unset))

            _field = "runs_balance"
            runs_balance = d.pop("runs_balance", UNSET)
            if not isinstance(runs_balance, (int, Unset)) or isinstance(runs_balance, bool):
                expect(runs_balance, (int, Unset))

            _field = "call_logs_balance"
            call_logs_balance = d.pop("call_logs_balance", UNSET)
            if not isinstance(call_logs_balance, (int, Unset)) or isinstance(call_logs_balance, bool):
                expect(call_logs_balance, (int, Unset))

            _field = "max_members_limit"
            max_members_limit = d.pop("max_members_limit", UNSET)
            if not isinstance(max_members_limit, (int, Unset)) or isinstance(max_members_limit, bool):
                expect(max_members_limit, (int, Unset))

            _field = "max_agents_limit"
            max_agents_limit = d.pop("max_agents_limit", UNSET)
            if not isinstance(max_agents_limit, (int, Unset)) or isinstance(max_agents_limit, bool):
                expect(max_agents_limit, (int, Unset))

            _field = "max_projects_limit"
            max_projects_limit = d.pop("max_projects_limit", UNSET)
            if not isinstance(max_projects_limit, (int, Unset)) or isinstance(max_projects_limit, bool):
                expect(max_projects_limit, (int, Unset))

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

            _field = "monitoring_minutes"
            monitoring_minutes = d.pop("monitoring_minutes", UNSET)
            if not isinstance(monitoring_minutes, (int, Unset)) or isinstance(monitoring_minutes, bool):
                expect(monitoring_minutes, (int, Unset))

            _field = "premium_slack_support"
            premium_slack_support = d.pop("premium_slack_support", UNSET)
            if not isinstance(premium_slack_support, (bool, Unset)):
                expect(premium_slack_support, (bool, Unset))

            _field = "custom_api_integrations"
            custom_api_integrations = d.pop("custom_api_integrations", UNSET)
            if not isinstance(custom_api_integrations, (bool, Unset)):
                expect(custom_api_integrations, (bool, Unset))

            _field = "dedicated_support_engineer"
            dedicated_support_engineer = d.pop("dedicated_support_engineer", UNSET)
            if not isinstance(dedicated_support_engineer, (bool, Unset)):
                expect(dedicated_support_engineer, (bool, Unset))

            _field = "sla_hours"
            sla_hours = d.pop("sla_hours", UNSET)
            if not isinstance(sla_hours, (int, Unset)) or isinstance(sla_hours, bool):
                expect(sla_hours, (int, Unset))

            _field = "custom_feature_requests"
            custom_feature_requests = d.pop("custom_feature_requests", UNSET)
            if not isinstance(custom_feature_requests, (bool, Unset)):
                expect(custom_feature_requests, (bool, Unset))

            _field = "simulate_scenarios"
            simulate_scenarios = d.pop("simulate_scenarios", UNSET)
            if not isinstance(simulate_scenarios, (bool, Unset)):
                expect(simulate_scenarios, (bool, Unset))

            _field = "downloadable_reports"
            downloadable_reports = d.pop("downloadable_reports", UNSET)
            if not isinstance(downloadable_reports, (bool, Unset)):
                expect(downloadable_reports, (bool, Unset))

            _field = "slack_alerts"
            slack_alerts = d.pop("slack_alerts", UNSET)
            if not isinstance(slack_alerts, (bool, Unset)):
                expect(slack_alerts, (bool, Unset))

            _field = "custom_sso"
            custom_sso = d.pop("custom_sso", UNSET)
            if not isinstance(custom_sso, (bool, Unset)):
                expect(custom_sso, (bool, Unset))

            _field = "dedicated_cloud_instance"
            dedicated_cloud_instance = d.pop("dedicated_cloud_instance", UNSET)
            if not isinstance(dedicated_cloud_instance, (bool, Unset)):
                expect(dedicated_cloud_instance, (bool, Unset))

            _field = "on_prem_deployment"
            on_prem_deployment = d.pop("on_prem_deployment", UNSET)
            if not isinstance(on_prem_deployment, (bool, Unset)):
                expect(on_prem_deployment, (bool, Unset))

            _field = "multiple_organizations"
            multiple_organizations = d.pop("multiple_organizations", UNSET)
            if not isinstance(multiple_organizations, (bool, Unset)):
                expect(multiple_organizations, (bool, Unset))

            _field = "hippa_compliance"
            hippa_compliance = d.pop("hippa_compliance", UNSET)
            if not isinstance(hippa_compliance, (bool, Unset)):
                expect(hippa_compliance, (bool, Unset))

            _field = "display_order"
            display_order = d.pop("display_order", UNSET)
            if not isinstance(display_order, (int, Unset)) or isinstance(display_order, bool):
                expect(display_order, (int, Unset))

            _field = "billing_type"
            _billing_type = d.pop("billing_type", UNSET)
            billing_type: PackBillingType | Unset
            if isinstance(_billing_type, Unset):
                billing_type = UNSET
            else:
                billing_type = PackBillingType(_billing_type)

            if not isinstance(billing_type, (PackBillingType, Unset)):
                expect(billing_type, (PackBillingType, Unset))

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

            _field = "free_members_count"
            free_members_count = d.pop("free_members_count", UNSET)
            if not isinstance(free_members_count, (int, Unset)) or isinstance(free_members_count, bool):
                expect(free_members_count, (int, Unset))

            _field = "one_time_credits"
            one_time_credits = d.pop("one_time_credits", UNSET)
            if not isinstance(one_time_credits, (str, Unset)):
                expect(one_time_credits, (str, Unset))

            _field = "allow_switch_to_plan"

            def _parse_allow_switch_to_plan(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            allow_switch_to_plan = _parse_allow_switch_to_plan(d.pop("allow_switch_to_plan", UNSET))

            if not isinstance(allow_switch_to_plan, (int, type(None), Unset)) or isinstance(allow_switch_to_plan, bool):
                expect(allow_switch_to_plan, (int, type(None), Unset))

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

            pack = cls(
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

            pack.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return pack

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
