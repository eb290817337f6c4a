from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_organization_cronjob_low_balance_mute_days import PatchedOrganizationCronjobLowBalanceMuteDays
from ..models.patched_organization_onboarding_flow import PatchedOrganizationOnboardingFlow
from ..models.patched_organization_team_size import PatchedOrganizationTeamSize
from ..models.patched_organization_timezone import PatchedOrganizationTimezone
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_inline import MembershipInline
    from ..models.project_inline import ProjectInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "team_size",
        "discovery_source",
        "outbound_timeout",
        "max_agents_limit",
        "max_members_limit",
        "max_concurrent_runs_limit",
        "max_concurrent_chat_runs_limit",
        "max_call_duration",
        "evaluate_relevant_metrics_enabled",
        "end_call_enabled",
        "generate_scenario_auto_assign_numbers_enabled",
        "show_custom_dashboards",
        "notify_daily_report",
        "notify_cron_failure",
        "notify_cron_success",
        "notify_no_calls",
        "notify_result_webhook",
        "notify_cronjob_webhook",
        "notify_call_log_webhook",
        "forward_vapi_webhook",
        "forward_retell_webhook",
        "is_send_emails_enabled",
        "notify_frequent_calls_for_number",
        "frequent_calls_threshold",
        "frequent_calls_time_period",
        "frequent_calls_cooldown",
        "notify_metric_significant_shift",
        "notify_low_credits",
        "low_credits_threshold",
        "cronjob_low_balance_mute_days",
        "limit_to_exclusive_numbers",
        "allow_duplicate_call_ids",
        "allow_join_requests",
        "conditional_actions_generation_enabled",
        "vapi_api_key",
        "vapi_api_key_configured",
        "vapi_public_key_configured",
        "retell_api_key",
        "retell_api_key_configured",
        "syntflow_api_key",
        "syntflow_api_key_configured",
        "members",
        "projects",
        "is_internal_view_only",
        "created_at",
        "updated_at",
        "timezone",
        "is_2fa_required",
        "skip_onboarding",
        "onboarding_flow",
        "user_onboarding",
        "phone_number_verified",
        "slack_invite_sent",
        "auto_refill",
        "auto_refill_threshold",
        "auto_refill_amount",
        "auto_refill_max_cap",
    }
)

T = TypeVar("T", bound="PatchedOrganization")


@_attrs_define
class PatchedOrganization:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    team_size: PatchedOrganizationTeamSize | Unset = UNSET
    """ Number of people/employees in the organization

    * `1` - 1
    * `<10` - Less than 10
    * `10-100` - 10 - 100
    * `100-500` - 100 - 500
    * `500+` - More than 500 """
    discovery_source: None | str | Unset = UNSET
    """ How the user discovered the platform (e.g., LinkedIn, Google, ChatGPT, Friends, etc.) """
    outbound_timeout: int | Unset = UNSET
    max_agents_limit: int | Unset = UNSET
    max_members_limit: int | Unset = UNSET
    max_concurrent_runs_limit: int | Unset = UNSET
    max_concurrent_chat_runs_limit: int | Unset = UNSET
    max_call_duration: int | Unset = UNSET
    evaluate_relevant_metrics_enabled: bool | Unset = UNSET
    end_call_enabled: bool | Unset = UNSET
    generate_scenario_auto_assign_numbers_enabled: bool | Unset = UNSET
    show_custom_dashboards: bool | Unset = UNSET
    notify_daily_report: bool | Unset = UNSET
    notify_cron_failure: bool | Unset = UNSET
    notify_cron_success: bool | Unset = UNSET
    notify_no_calls: bool | Unset = UNSET
    notify_result_webhook: bool | Unset = UNSET
    notify_cronjob_webhook: bool | Unset = UNSET
    notify_call_log_webhook: bool | Unset = UNSET
    forward_vapi_webhook: bool | Unset = UNSET
    forward_retell_webhook: bool | Unset = UNSET
    is_send_emails_enabled: bool | Unset = UNSET
    notify_frequent_calls_for_number: bool | Unset = UNSET
    frequent_calls_threshold: int | Unset = UNSET
    frequent_calls_time_period: int | Unset = UNSET
    frequent_calls_cooldown: int | Unset = UNSET
    notify_metric_significant_shift: bool | Unset = UNSET
    notify_low_credits: bool | Unset = UNSET
    """ Enable email notifications when credits remaining falls below threshold """
    low_credits_threshold: str | Unset = UNSET
    """ Dollar amount threshold - notify when credits remaining is below this value. Example: 100.00 """
    cronjob_low_balance_mute_days: PatchedOrganizationCronjobLowBalanceMuteDays | Unset = UNSET
    """ Mute cronjob low balance notifications for selected number of days

    * `0` - Disabled
    * `3` - 3 Days
    * `7` - 7 Days
    * `14` - 14 Days """
    limit_to_exclusive_numbers: bool | Unset = UNSET
    """ When enabled, only phone numbers with organization field set to this organization will be visible. When
    disabled, all unassigned phone numbers are also visible. """
    allow_duplicate_call_ids: bool | Unset = UNSET
    """ When enabled, Allow uploading calls with the same call_id """
    allow_join_requests: bool | Unset = UNSET
    """ When enabled, users with matching email domain can discover and request to join this organization """
    conditional_actions_generation_enabled: bool | Unset = UNSET
    """ When enabled, auto-generated scenarios use conditional actions format instead of instructions """
    vapi_api_key: str | Unset = UNSET
    vapi_api_key_configured: str | Unset = UNSET
    vapi_public_key_configured: str | Unset = UNSET
    retell_api_key: str | Unset = UNSET
    retell_api_key_configured: str | Unset = UNSET
    syntflow_api_key: str | Unset = UNSET
    syntflow_api_key_configured: str | Unset = UNSET
    members: list[MembershipInline] | Unset = UNSET
    projects: list[ProjectInline] | Unset = UNSET
    is_internal_view_only: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    timezone: PatchedOrganizationTimezone | Unset = UNSET
    """ * `Africa/Abidjan` - Africa/Abidjan
    * `Africa/Accra` - Africa/Accra
    * `Africa/Addis_Ababa` - Africa/Addis_Ababa
    * `Africa/Algiers` - Africa/Algiers
    * `Africa/Asmara` - Africa/Asmara
    * `Africa/Bamako` - Africa/Bamako
    * `Africa/Bangui` - Africa/Bangui
    * `Africa/Banjul` - Africa/Banjul
    * `Africa/Bissau` - Africa/Bissau
    * `Africa/Blantyre` - Africa/Blantyre
    * `Africa/Brazzaville` - Africa/Brazzaville
    * `Africa/Bujumbura` - Africa/Bujumbura
    * `Africa/Cairo` - Africa/Cairo
    * `Africa/Casablanca` - Africa/Casablanca
    * `Africa/Ceuta` - Africa/Ceuta
    * `Africa/Conakry` - Africa/Conakry
    * `Africa/Dakar` - Africa/Dakar
    * `Africa/Dar_es_Salaam` - Africa/Dar_es_Salaam
    * `Africa/Djibouti` - Africa/Djibouti
    * `Africa/Douala` - Africa/Douala
    * `Africa/El_Aaiun` - Africa/El_Aaiun
    * `Africa/Freetown` - Africa/Freetown
    * `Africa/Gaborone` - Africa/Gaborone
    * `Africa/Harare` - Africa/Harare
    * `Africa/Johannesburg` - Africa/Johannesburg
    * `Africa/Juba` - Africa/Juba
    * `Africa/Kampala` - Africa/Kampala
    * `Africa/Khartoum` - Africa/Khartoum
    * `Africa/Kigali` - Africa/Kigali
    * `Africa/Kinshasa` - Africa/Kinshasa
    * `Africa/Lagos` - Africa/Lagos
    * `Africa/Libreville` - Africa/Libreville
    * `Africa/Lome` - Africa/Lome
    * `Africa/Luanda` - Africa/Luanda
    * `Africa/Lubumbashi` - Africa/Lubumbashi
    * `Africa/Lusaka` - Africa/Lusaka
    * `Africa/Malabo` - Africa/Malabo
    * `Africa/Maputo` - Africa/Maputo
    * `Africa/Maseru` - Africa/Maseru
    * `Africa/Mbabane` - Africa/Mbabane
    * `Africa/Mogadishu` - Africa/Mogadishu
    * `Africa/Monrovia` - Africa/Monrovia
    * `Africa/Nairobi` - Africa/Nairobi
    * `Africa/Ndjamena` - Africa/Ndjamena
    * `Africa/Niamey` - Africa/Niamey
    * `Africa/Nouakchott` - Africa/Nouakchott
    * `Africa/Ouagadougou` - Africa/Ouagadougou
    * `Africa/Porto-Novo` - Africa/Porto-Novo
    * `Africa/Sao_Tome` - Africa/Sao_Tome
    * `Africa/Tripoli` - Africa/Tripoli
    * `Africa/Tunis` - Africa/Tunis
    * `Africa/Windhoek` - Africa/Windhoek
    * `America/Adak` - America/Adak
    * `America/Anchorage` - America/Anchorage
    * `America/Chicago` - America/Chicago
    * `America/Denver` - America/Denver
    * `America/Los_Angeles` - America/Los_Angeles
    * `America/New_York` - America/New_York
    * `America/Phoenix` - America/Phoenix
    * `America/Sao_Paulo` - America/Sao_Paulo
    * `Asia/Dubai` - Asia/Dubai
    * `Asia/Hong_Kong` - Asia/Hong_Kong
    * `Asia/Kolkata` - Asia/Kolkata
    * `Asia/Seoul` - Asia/Seoul
    * `Asia/Shanghai` - Asia/Shanghai
    * `Asia/Singapore` - Asia/Singapore
    * `Asia/Tokyo` - Asia/Tokyo
    * `Australia/Melbourne` - Australia/Melbourne
    * `Australia/Perth` - Australia/Perth
    * `Australia/Sydney` - Australia/Sydney
    * `Europe/Amsterdam` - Europe/Amsterdam
    * `Europe/Berlin` - Europe/Berlin
    * `Europe/London` - Europe/London
    * `Europe/Madrid` - Europe/Madrid
    * `Europe/Moscow` - Europe/Moscow
    * `Europe/Paris` - Europe/Paris
    * `Europe/Rome` - Europe/Rome
    * `Pacific/Auckland` - Pacific/Auckland
    * `Pacific/Honolulu` - Pacific/Honolulu
    * `US/Central` - US/Central
    * `US/Eastern` - US/Eastern
    * `US/Mountain` - US/Mountain
    * `US/Pacific` - US/Pacific
    * `UTC` - UTC """
    is_2fa_required: bool | Unset = UNSET
    skip_onboarding: bool | Unset = UNSET
    onboarding_flow: PatchedOrganizationOnboardingFlow | Unset = UNSET
    """ * `simulation` - Simulation
    * `observability` - Observability """
    user_onboarding: str | Unset = UNSET
    phone_number_verified: bool | Unset = UNSET
    slack_invite_sent: bool | Unset = UNSET
    """ Whether Slack community invite has been sent to this organization """
    auto_refill: bool | Unset = UNSET
    auto_refill_threshold: str | Unset = UNSET
    auto_refill_amount: str | Unset = UNSET
    auto_refill_max_cap: None | str | Unset = UNSET
    """ Maximum total amount that can be auto-refilled in a billing cycle. None for no limit. """
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
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.team_size, Unset):
            field_dict["team_size"] = (
                self.team_size._value_
                if type(self.team_size) is PatchedOrganizationTeamSize
                else enum_value(PatchedOrganizationTeamSize, self.team_size, "team_size", self)
            )
        if not isinstance(self.discovery_source, Unset):
            field_dict["discovery_source"] = self.discovery_source
        if not isinstance(self.outbound_timeout, Unset):
            field_dict["outbound_timeout"] = self.outbound_timeout
        if not isinstance(self.max_agents_limit, Unset) and _response:
            field_dict["max_agents_limit"] = self.max_agents_limit
        if not isinstance(self.max_members_limit, Unset) and _response:
            field_dict["max_members_limit"] = self.max_members_limit
        if not isinstance(self.max_concurrent_runs_limit, Unset):
            field_dict["max_concurrent_runs_limit"] = self.max_concurrent_runs_limit
        if not isinstance(self.max_concurrent_chat_runs_limit, Unset):
            field_dict["max_concurrent_chat_runs_limit"] = self.max_concurrent_chat_runs_limit
        if not isinstance(self.max_call_duration, Unset):
            field_dict["max_call_duration"] = self.max_call_duration
        if not isinstance(self.evaluate_relevant_metrics_enabled, Unset):
            field_dict["evaluate_relevant_metrics_enabled"] = self.evaluate_relevant_metrics_enabled
        if not isinstance(self.end_call_enabled, Unset):
            field_dict["end_call_enabled"] = self.end_call_enabled
        if not isinstance(self.generate_scenario_auto_assign_numbers_enabled, Unset):
            field_dict["generate_scenario_auto_assign_numbers_enabled"] = (
                self.generate_scenario_auto_assign_numbers_enabled
            )
        if not isinstance(self.show_custom_dashboards, Unset) and _response:
            field_dict["show_custom_dashboards"] = self.show_custom_dashboards
        if not isinstance(self.notify_daily_report, Unset):
            field_dict["notify_daily_report"] = self.notify_daily_report
        if not isinstance(self.notify_cron_failure, Unset):
            field_dict["notify_cron_failure"] = self.notify_cron_failure
        if not isinstance(self.notify_cron_success, Unset):
            field_dict["notify_cron_success"] = self.notify_cron_success
        if not isinstance(self.notify_no_calls, Unset):
            field_dict["notify_no_calls"] = self.notify_no_calls
        if not isinstance(self.notify_result_webhook, Unset):
            field_dict["notify_result_webhook"] = self.notify_result_webhook
        if not isinstance(self.notify_cronjob_webhook, Unset):
            field_dict["notify_cronjob_webhook"] = self.notify_cronjob_webhook
        if not isinstance(self.notify_call_log_webhook, Unset):
            field_dict["notify_call_log_webhook"] = self.notify_call_log_webhook
        if not isinstance(self.forward_vapi_webhook, Unset):
            field_dict["forward_vapi_webhook"] = self.forward_vapi_webhook
        if not isinstance(self.forward_retell_webhook, Unset):
            field_dict["forward_retell_webhook"] = self.forward_retell_webhook
        if not isinstance(self.is_send_emails_enabled, Unset):
            field_dict["is_send_emails_enabled"] = self.is_send_emails_enabled
        if not isinstance(self.notify_frequent_calls_for_number, Unset):
            field_dict["notify_frequent_calls_for_number"] = self.notify_frequent_calls_for_number
        if not isinstance(self.frequent_calls_threshold, Unset):
            field_dict["frequent_calls_threshold"] = self.frequent_calls_threshold
        if not isinstance(self.frequent_calls_time_period, Unset):
            field_dict["frequent_calls_time_period"] = self.frequent_calls_time_period
        if not isinstance(self.frequent_calls_cooldown, Unset):
            field_dict["frequent_calls_cooldown"] = self.frequent_calls_cooldown
        if not isinstance(self.notify_metric_significant_shift, Unset):
            field_dict["notify_metric_significant_shift"] = self.notify_metric_significant_shift
        if not isinstance(self.notify_low_credits, Unset):
            field_dict["notify_low_credits"] = self.notify_low_credits
        if not isinstance(self.low_credits_threshold, Unset):
            field_dict["low_credits_threshold"] = self.low_credits_threshold
        if not isinstance(self.cronjob_low_balance_mute_days, Unset):
            field_dict["cronjob_low_balance_mute_days"] = (
                self.cronjob_low_balance_mute_days._value_
                if type(self.cronjob_low_balance_mute_days) is PatchedOrganizationCronjobLowBalanceMuteDays
                else enum_value(
                    PatchedOrganizationCronjobLowBalanceMuteDays,
                    self.cronjob_low_balance_mute_days,
                    "cronjob_low_balance_mute_days",
                    self,
                )
            )
        if not isinstance(self.limit_to_exclusive_numbers, Unset):
            field_dict["limit_to_exclusive_numbers"] = self.limit_to_exclusive_numbers
        if not isinstance(self.allow_duplicate_call_ids, Unset):
            field_dict["allow_duplicate_call_ids"] = self.allow_duplicate_call_ids
        if not isinstance(self.allow_join_requests, Unset):
            field_dict["allow_join_requests"] = self.allow_join_requests
        if not isinstance(self.conditional_actions_generation_enabled, Unset):
            field_dict["conditional_actions_generation_enabled"] = self.conditional_actions_generation_enabled
        if not isinstance(self.vapi_api_key, Unset):
            field_dict["vapi_api_key"] = self.vapi_api_key
        if not isinstance(self.vapi_api_key_configured, Unset) and _response:
            field_dict["vapi_api_key_configured"] = self.vapi_api_key_configured
        if not isinstance(self.vapi_public_key_configured, Unset) and _response:
            field_dict["vapi_public_key_configured"] = self.vapi_public_key_configured
        if not isinstance(self.retell_api_key, Unset):
            field_dict["retell_api_key"] = self.retell_api_key
        if not isinstance(self.retell_api_key_configured, Unset) and _response:
            field_dict["retell_api_key_configured"] = self.retell_api_key_configured
        if not isinstance(self.syntflow_api_key, Unset):
            field_dict["syntflow_api_key"] = self.syntflow_api_key
        if not isinstance(self.syntflow_api_key_configured, Unset) and _response:
            field_dict["syntflow_api_key_configured"] = self.syntflow_api_key_configured
        if not isinstance(self.members, Unset) and _response:
            field_dict["members"] = (
                [
                    element.to_dict() if type(element) is MembershipInline else written(element, "members", self)
                    for element in self.members
                ]
                if type(self.members) is list
                else written(self.members, "members", self)
            )
        if not isinstance(self.projects, Unset) and _response:
            field_dict["projects"] = (
                [
                    element.to_dict() if type(element) is ProjectInline else written(element, "projects", self)
                    for element in self.projects
                ]
                if type(self.projects) is list
                else written(self.projects, "projects", self)
            )
        if not isinstance(self.is_internal_view_only, Unset) and _response:
            field_dict["is_internal_view_only"] = self.is_internal_view_only
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
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = (
                self.timezone._value_
                if type(self.timezone) is PatchedOrganizationTimezone
                else enum_value(PatchedOrganizationTimezone, self.timezone, "timezone", self)
            )
        if not isinstance(self.is_2fa_required, Unset):
            field_dict["is_2fa_required"] = self.is_2fa_required
        if not isinstance(self.skip_onboarding, Unset):
            field_dict["skip_onboarding"] = self.skip_onboarding
        if not isinstance(self.onboarding_flow, Unset):
            field_dict["onboarding_flow"] = (
                self.onboarding_flow._value_
                if type(self.onboarding_flow) is PatchedOrganizationOnboardingFlow
                else enum_value(PatchedOrganizationOnboardingFlow, self.onboarding_flow, "onboarding_flow", self)
            )
        if not isinstance(self.user_onboarding, Unset) and _response:
            field_dict["user_onboarding"] = self.user_onboarding
        if not isinstance(self.phone_number_verified, Unset) and _response:
            field_dict["phone_number_verified"] = self.phone_number_verified
        if not isinstance(self.slack_invite_sent, Unset) and _response:
            field_dict["slack_invite_sent"] = self.slack_invite_sent
        if not isinstance(self.auto_refill, Unset):
            field_dict["auto_refill"] = self.auto_refill
        if not isinstance(self.auto_refill_threshold, Unset):
            field_dict["auto_refill_threshold"] = self.auto_refill_threshold
        if not isinstance(self.auto_refill_amount, Unset):
            field_dict["auto_refill_amount"] = self.auto_refill_amount
        if not isinstance(self.auto_refill_max_cap, Unset):
            field_dict["auto_refill_max_cap"] = self.auto_refill_max_cap
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.team_size, Unset):
            files.append(
                (
                    "team_size",
                    (
                        None,
                        str(enum_value(PatchedOrganizationTeamSize, self.team_size, "team_size")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.discovery_source, Unset):
            if isinstance(self.discovery_source, str):
                files.append(("discovery_source", (None, str(self.discovery_source).encode(), "text/plain")))
            else:
                files.append(("discovery_source", (None, b"", "text/plain")))

        if not isinstance(self.outbound_timeout, Unset):
            files.append(("outbound_timeout", (None, str(self.outbound_timeout).encode(), "text/plain")))

        if not isinstance(self.max_concurrent_runs_limit, Unset):
            files.append(
                ("max_concurrent_runs_limit", (None, str(self.max_concurrent_runs_limit).encode(), "text/plain"))
            )

        if not isinstance(self.max_concurrent_chat_runs_limit, Unset):
            files.append(
                (
                    "max_concurrent_chat_runs_limit",
                    (None, str(self.max_concurrent_chat_runs_limit).encode(), "text/plain"),
                )
            )

        if not isinstance(self.max_call_duration, Unset):
            files.append(("max_call_duration", (None, str(self.max_call_duration).encode(), "text/plain")))

        if not isinstance(self.evaluate_relevant_metrics_enabled, Unset):
            files.append(
                (
                    "evaluate_relevant_metrics_enabled",
                    (None, str(self.evaluate_relevant_metrics_enabled).encode(), "text/plain"),
                )
            )

        if not isinstance(self.end_call_enabled, Unset):
            files.append(("end_call_enabled", (None, str(self.end_call_enabled).encode(), "text/plain")))

        if not isinstance(self.generate_scenario_auto_assign_numbers_enabled, Unset):
            files.append(
                (
                    "generate_scenario_auto_assign_numbers_enabled",
                    (None, str(self.generate_scenario_auto_assign_numbers_enabled).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_daily_report, Unset):
            files.append(("notify_daily_report", (None, str(self.notify_daily_report).encode(), "text/plain")))

        if not isinstance(self.notify_cron_failure, Unset):
            files.append(("notify_cron_failure", (None, str(self.notify_cron_failure).encode(), "text/plain")))

        if not isinstance(self.notify_cron_success, Unset):
            files.append(("notify_cron_success", (None, str(self.notify_cron_success).encode(), "text/plain")))

        if not isinstance(self.notify_no_calls, Unset):
            files.append(("notify_no_calls", (None, str(self.notify_no_calls).encode(), "text/plain")))

        if not isinstance(self.notify_result_webhook, Unset):
            files.append(("notify_result_webhook", (None, str(self.notify_result_webhook).encode(), "text/plain")))

        if not isinstance(self.notify_cronjob_webhook, Unset):
            files.append(("notify_cronjob_webhook", (None, str(self.notify_cronjob_webhook).encode(), "text/plain")))

        if not isinstance(self.notify_call_log_webhook, Unset):
            files.append(("notify_call_log_webhook", (None, str(self.notify_call_log_webhook).encode(), "text/plain")))

        if not isinstance(self.forward_vapi_webhook, Unset):
            files.append(("forward_vapi_webhook", (None, str(self.forward_vapi_webhook).encode(), "text/plain")))

        if not isinstance(self.forward_retell_webhook, Unset):
            files.append(("forward_retell_webhook", (None, str(self.forward_retell_webhook).encode(), "text/plain")))

        if not isinstance(self.is_send_emails_enabled, Unset):
            files.append(("is_send_emails_enabled", (None, str(self.is_send_emails_enabled).encode(), "text/plain")))

        if not isinstance(self.notify_frequent_calls_for_number, Unset):
            files.append(
                (
                    "notify_frequent_calls_for_number",
                    (None, str(self.notify_frequent_calls_for_number).encode(), "text/plain"),
                )
            )

        if not isinstance(self.frequent_calls_threshold, Unset):
            files.append(
                ("frequent_calls_threshold", (None, str(self.frequent_calls_threshold).encode(), "text/plain"))
            )

        if not isinstance(self.frequent_calls_time_period, Unset):
            files.append(
                ("frequent_calls_time_period", (None, str(self.frequent_calls_time_period).encode(), "text/plain"))
            )

        if not isinstance(self.frequent_calls_cooldown, Unset):
            files.append(("frequent_calls_cooldown", (None, str(self.frequent_calls_cooldown).encode(), "text/plain")))

        if not isinstance(self.notify_metric_significant_shift, Unset):
            files.append(
                (
                    "notify_metric_significant_shift",
                    (None, str(self.notify_metric_significant_shift).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_low_credits, Unset):
            files.append(("notify_low_credits", (None, str(self.notify_low_credits).encode(), "text/plain")))

        if not isinstance(self.low_credits_threshold, Unset):
            files.append(("low_credits_threshold", (None, str(self.low_credits_threshold).encode(), "text/plain")))

        if not isinstance(self.cronjob_low_balance_mute_days, Unset):
            files.append(
                (
                    "cronjob_low_balance_mute_days",
                    (
                        None,
                        str(
                            enum_value(
                                PatchedOrganizationCronjobLowBalanceMuteDays,
                                self.cronjob_low_balance_mute_days,
                                "cronjob_low_balance_mute_days",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.limit_to_exclusive_numbers, Unset):
            files.append(
                ("limit_to_exclusive_numbers", (None, str(self.limit_to_exclusive_numbers).encode(), "text/plain"))
            )

        if not isinstance(self.allow_duplicate_call_ids, Unset):
            files.append(
                ("allow_duplicate_call_ids", (None, str(self.allow_duplicate_call_ids).encode(), "text/plain"))
            )

        if not isinstance(self.allow_join_requests, Unset):
            files.append(("allow_join_requests", (None, str(self.allow_join_requests).encode(), "text/plain")))

        if not isinstance(self.conditional_actions_generation_enabled, Unset):
            files.append(
                (
                    "conditional_actions_generation_enabled",
                    (None, str(self.conditional_actions_generation_enabled).encode(), "text/plain"),
                )
            )

        if not isinstance(self.vapi_api_key, Unset):
            files.append(("vapi_api_key", (None, str(self.vapi_api_key).encode(), "text/plain")))

        if not isinstance(self.retell_api_key, Unset):
            files.append(("retell_api_key", (None, str(self.retell_api_key).encode(), "text/plain")))

        if not isinstance(self.syntflow_api_key, Unset):
            files.append(("syntflow_api_key", (None, str(self.syntflow_api_key).encode(), "text/plain")))

        if not isinstance(self.timezone, Unset):
            files.append(
                (
                    "timezone",
                    (
                        None,
                        str(enum_value(PatchedOrganizationTimezone, self.timezone, "timezone")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.is_2fa_required, Unset):
            files.append(("is_2fa_required", (None, str(self.is_2fa_required).encode(), "text/plain")))

        if not isinstance(self.skip_onboarding, Unset):
            files.append(("skip_onboarding", (None, str(self.skip_onboarding).encode(), "text/plain")))

        if not isinstance(self.onboarding_flow, Unset):
            files.append(
                (
                    "onboarding_flow",
                    (
                        None,
                        str(
                            enum_value(PatchedOrganizationOnboardingFlow, self.onboarding_flow, "onboarding_flow")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.auto_refill, Unset):
            files.append(("auto_refill", (None, str(self.auto_refill).encode(), "text/plain")))

        if not isinstance(self.auto_refill_threshold, Unset):
            files.append(("auto_refill_threshold", (None, str(self.auto_refill_threshold).encode(), "text/plain")))

        if not isinstance(self.auto_refill_amount, Unset):
            files.append(("auto_refill_amount", (None, str(self.auto_refill_amount).encode(), "text/plain")))

        if not isinstance(self.auto_refill_max_cap, Unset):
            if isinstance(self.auto_refill_max_cap, str):
                files.append(("auto_refill_max_cap", (None, str(self.auto_refill_max_cap).encode(), "text/plain")))
            else:
                files.append(("auto_refill_max_cap", (None, b"", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
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

            _field = "team_size"
            try:
                if "team_size" in src_dict:
                    team_size: Any = src_dict["team_size"]
                    _present += 1
                    team_size = (
                        PatchedOrganizationTeamSize._value2member_map_.get(team_size)
                        or PatchedOrganizationTeamSize(team_size)
                        if type(team_size) is str
                        else checked(team_size, (PatchedOrganizationTeamSize,))
                    )
                else:
                    team_size = UNSET
            except FIELD_ERRORS as _error:
                team_size, _found = tolerated(src_dict, "team_size", _error, _found, "PatchedOrganizationTeamSize")

            _field = "discovery_source"
            try:
                if "discovery_source" in src_dict:
                    discovery_source: Any = src_dict["discovery_source"]
                    _present += 1
                    if discovery_source is not None:
                        if type(discovery_source) is not str:
                            discovery_source = checked(discovery_source, (str, type(None)))
                else:
                    discovery_source = UNSET
            except FIELD_ERRORS as _error:
                discovery_source, _found = tolerated(src_dict, "discovery_source", _error, _found, "None | str")

            _field = "outbound_timeout"
            try:
                if "outbound_timeout" in src_dict:
                    outbound_timeout: Any = src_dict["outbound_timeout"]
                    _present += 1
                    if type(outbound_timeout) is not int:
                        outbound_timeout = checked(outbound_timeout, (int,))
                else:
                    outbound_timeout = UNSET
            except FIELD_ERRORS as _error:
                outbound_timeout, _found = tolerated(src_dict, "outbound_timeout", _error, _found, "int")

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

            _field = "max_call_duration"
            try:
                if "max_call_duration" in src_dict:
                    max_call_duration: Any = src_dict["max_call_duration"]
                    _present += 1
                    if type(max_call_duration) is not int:
                        max_call_duration = checked(max_call_duration, (int,))
                else:
                    max_call_duration = UNSET
            except FIELD_ERRORS as _error:
                max_call_duration, _found = tolerated(src_dict, "max_call_duration", _error, _found, "int")

            _field = "evaluate_relevant_metrics_enabled"
            try:
                if "evaluate_relevant_metrics_enabled" in src_dict:
                    evaluate_relevant_metrics_enabled: Any = src_dict["evaluate_relevant_metrics_enabled"]
                    _present += 1
                    if type(evaluate_relevant_metrics_enabled) is not bool:
                        evaluate_relevant_metrics_enabled = checked(evaluate_relevant_metrics_enabled, (bool,))
                else:
                    evaluate_relevant_metrics_enabled = UNSET
            except FIELD_ERRORS as _error:
                evaluate_relevant_metrics_enabled, _found = tolerated(
                    src_dict, "evaluate_relevant_metrics_enabled", _error, _found, "bool"
                )

            _field = "end_call_enabled"
            try:
                if "end_call_enabled" in src_dict:
                    end_call_enabled: Any = src_dict["end_call_enabled"]
                    _present += 1
                    if type(end_call_enabled) is not bool:
                        end_call_enabled = checked(end_call_enabled, (bool,))
                else:
                    end_call_enabled = UNSET
            except FIELD_ERRORS as _error:
                end_call_enabled, _found = tolerated(src_dict, "end_call_enabled", _error, _found, "bool")

            _field = "generate_scenario_auto_assign_numbers_enabled"
            try:
                if "generate_scenario_auto_assign_numbers_enabled" in src_dict:
                    generate_scenario_auto_assign_numbers_enabled: Any = src_dict[
                        "generate_scenario_auto_assign_numbers_enabled"
                    ]
                    _present += 1
                    if type(generate_scenario_auto_assign_numbers_enabled) is not bool:
                        generate_scenario_auto_assign_numbers_enabled = checked(
                            generate_scenario_auto_assign_numbers_enabled, (bool,)
                        )
                else:
                    generate_scenario_auto_assign_numbers_enabled = UNSET
            except FIELD_ERRORS as _error:
                generate_scenario_auto_assign_numbers_enabled, _found = tolerated(
                    src_dict, "generate_scenario_auto_assign_numbers_enabled", _error, _found, "bool"
                )

            _field = "show_custom_dashboards"
            try:
                if "show_custom_dashboards" in src_dict:
                    show_custom_dashboards: Any = src_dict["show_custom_dashboards"]
                    _present += 1
                    if type(show_custom_dashboards) is not bool:
                        show_custom_dashboards = checked(show_custom_dashboards, (bool,))
                else:
                    show_custom_dashboards = UNSET
            except FIELD_ERRORS as _error:
                show_custom_dashboards, _found = tolerated(src_dict, "show_custom_dashboards", _error, _found, "bool")

            _field = "notify_daily_report"
            try:
                if "notify_daily_report" in src_dict:
                    notify_daily_report: Any = src_dict["notify_daily_report"]
                    _present += 1
                    if type(notify_daily_report) is not bool:
                        notify_daily_report = checked(notify_daily_report, (bool,))
                else:
                    notify_daily_report = UNSET
            except FIELD_ERRORS as _error:
                notify_daily_report, _found = tolerated(src_dict, "notify_daily_report", _error, _found, "bool")

            _field = "notify_cron_failure"
            try:
                if "notify_cron_failure" in src_dict:
                    notify_cron_failure: Any = src_dict["notify_cron_failure"]
                    _present += 1
                    if type(notify_cron_failure) is not bool:
                        notify_cron_failure = checked(notify_cron_failure, (bool,))
                else:
                    notify_cron_failure = UNSET
            except FIELD_ERRORS as _error:
                notify_cron_failure, _found = tolerated(src_dict, "notify_cron_failure", _error, _found, "bool")

            _field = "notify_cron_success"
            try:
                if "notify_cron_success" in src_dict:
                    notify_cron_success: Any = src_dict["notify_cron_success"]
                    _present += 1
                    if type(notify_cron_success) is not bool:
                        notify_cron_success = checked(notify_cron_success, (bool,))
                else:
                    notify_cron_success = UNSET
            except FIELD_ERRORS as _error:
                notify_cron_success, _found = tolerated(src_dict, "notify_cron_success", _error, _found, "bool")

            _field = "notify_no_calls"
            try:
                if "notify_no_calls" in src_dict:
                    notify_no_calls: Any = src_dict["notify_no_calls"]
                    _present += 1
                    if type(notify_no_calls) is not bool:
                        notify_no_calls = checked(notify_no_calls, (bool,))
                else:
                    notify_no_calls = UNSET
            except FIELD_ERRORS as _error:
                notify_no_calls, _found = tolerated(src_dict, "notify_no_calls", _error, _found, "bool")

            _field = "notify_result_webhook"
            try:
                if "notify_result_webhook" in src_dict:
                    notify_result_webhook: Any = src_dict["notify_result_webhook"]
                    _present += 1
                    if type(notify_result_webhook) is not bool:
                        notify_result_webhook = checked(notify_result_webhook, (bool,))
                else:
                    notify_result_webhook = UNSET
            except FIELD_ERRORS as _error:
                notify_result_webhook, _found = tolerated(src_dict, "notify_result_webhook", _error, _found, "bool")

            _field = "notify_cronjob_webhook"
            try:
                if "notify_cronjob_webhook" in src_dict:
                    notify_cronjob_webhook: Any = src_dict["notify_cronjob_webhook"]
                    _present += 1
                    if type(notify_cronjob_webhook) is not bool:
                        notify_cronjob_webhook = checked(notify_cronjob_webhook, (bool,))
                else:
                    notify_cronjob_webhook = UNSET
            except FIELD_ERRORS as _error:
                notify_cronjob_webhook, _found = tolerated(src_dict, "notify_cronjob_webhook", _error, _found, "bool")

            _field = "notify_call_log_webhook"
            try:
                if "notify_call_log_webhook" in src_dict:
                    notify_call_log_webhook: Any = src_dict["notify_call_log_webhook"]
                    _present += 1
                    if type(notify_call_log_webhook) is not bool:
                        notify_call_log_webhook = checked(notify_call_log_webhook, (bool,))
                else:
                    notify_call_log_webhook = UNSET
            except FIELD_ERRORS as _error:
                notify_call_log_webhook, _found = tolerated(src_dict, "notify_call_log_webhook", _error, _found, "bool")

            _field = "forward_vapi_webhook"
            try:
                if "forward_vapi_webhook" in src_dict:
                    forward_vapi_webhook: Any = src_dict["forward_vapi_webhook"]
                    _present += 1
                    if type(forward_vapi_webhook) is not bool:
                        forward_vapi_webhook = checked(forward_vapi_webhook, (bool,))
                else:
                    forward_vapi_webhook = UNSET
            except FIELD_ERRORS as _error:
                forward_vapi_webhook, _found = tolerated(src_dict, "forward_vapi_webhook", _error, _found, "bool")

            _field = "forward_retell_webhook"
            try:
                if "forward_retell_webhook" in src_dict:
                    forward_retell_webhook: Any = src_dict["forward_retell_webhook"]
                    _present += 1
                    if type(forward_retell_webhook) is not bool:
                        forward_retell_webhook = checked(forward_retell_webhook, (bool,))
                else:
                    forward_retell_webhook = UNSET
            except FIELD_ERRORS as _error:
                forward_retell_webhook, _found = tolerated(src_dict, "forward_retell_webhook", _error, _found, "bool")

            _field = "is_send_emails_enabled"
            try:
                if "is_send_emails_enabled" in src_dict:
                    is_send_emails_enabled: Any = src_dict["is_send_emails_enabled"]
                    _present += 1
                    if type(is_send_emails_enabled) is not bool:
                        is_send_emails_enabled = checked(is_send_emails_enabled, (bool,))
                else:
                    is_send_emails_enabled = UNSET
            except FIELD_ERRORS as _error:
                is_send_emails_enabled, _found = tolerated(src_dict, "is_send_emails_enabled", _error, _found, "bool")

            _field = "notify_frequent_calls_for_number"
            try:
                if "notify_frequent_calls_for_number" in src_dict:
                    notify_frequent_calls_for_number: Any = src_dict["notify_frequent_calls_for_number"]
                    _present += 1
                    if type(notify_frequent_calls_for_number) is not bool:
                        notify_frequent_calls_for_number = checked(notify_frequent_calls_for_number, (bool,))
                else:
                    notify_frequent_calls_for_number = UNSET
            except FIELD_ERRORS as _error:
                notify_frequent_calls_for_number, _found = tolerated(
                    src_dict, "notify_frequent_calls_for_number", _error, _found, "bool"
                )

            _field = "frequent_calls_threshold"
            try:
                if "frequent_calls_threshold" in src_dict:
                    frequent_calls_threshold: Any = src_dict["frequent_calls_threshold"]
                    _present += 1
                    if type(frequent_calls_threshold) is not int:
                        frequent_calls_threshold = checked(frequent_calls_threshold, (int,))
                else:
                    frequent_calls_threshold = UNSET
            except FIELD_ERRORS as _error:
                frequent_calls_threshold, _found = tolerated(
                    src_dict, "frequent_calls_threshold", _error, _found, "int"
                )

            _field = "frequent_calls_time_period"
            try:
                if "frequent_calls_time_period" in src_dict:
                    frequent_calls_time_period: Any = src_dict["frequent_calls_time_period"]
                    _present += 1
                    if type(frequent_calls_time_period) is not int:
                        frequent_calls_time_period = checked(frequent_calls_time_period, (int,))
                else:
                    frequent_calls_time_period = UNSET
            except FIELD_ERRORS as _error:
                frequent_calls_time_period, _found = tolerated(
                    src_dict, "frequent_calls_time_period", _error, _found, "int"
                )

            _field = "frequent_calls_cooldown"
            try:
                if "frequent_calls_cooldown" in src_dict:
                    frequent_calls_cooldown: Any = src_dict["frequent_calls_cooldown"]
                    _present += 1
                    if type(frequent_calls_cooldown) is not int:
                        frequent_calls_cooldown = checked(frequent_calls_cooldown, (int,))
                else:
                    frequent_calls_cooldown = UNSET
            except FIELD_ERRORS as _error:
                frequent_calls_cooldown, _found = tolerated(src_dict, "frequent_calls_cooldown", _error, _found, "int")

            _field = "notify_metric_significant_shift"
            try:
                if "notify_metric_significant_shift" in src_dict:
                    notify_metric_significant_shift: Any = src_dict["notify_metric_significant_shift"]
                    _present += 1
                    if type(notify_metric_significant_shift) is not bool:
                        notify_metric_significant_shift = checked(notify_metric_significant_shift, (bool,))
                else:
                    notify_metric_significant_shift = UNSET
            except FIELD_ERRORS as _error:
                notify_metric_significant_shift, _found = tolerated(
                    src_dict, "notify_metric_significant_shift", _error, _found, "bool"
                )

            _field = "notify_low_credits"
            try:
                if "notify_low_credits" in src_dict:
                    notify_low_credits: Any = src_dict["notify_low_credits"]
                    _present += 1
                    if type(notify_low_credits) is not bool:
                        notify_low_credits = checked(notify_low_credits, (bool,))
                else:
                    notify_low_credits = UNSET
            except FIELD_ERRORS as _error:
                notify_low_credits, _found = tolerated(src_dict, "notify_low_credits", _error, _found, "bool")

            _field = "low_credits_threshold"
            try:
                if "low_credits_threshold" in src_dict:
                    low_credits_threshold: Any = src_dict["low_credits_threshold"]
                    _present += 1
                    if type(low_credits_threshold) is not str:
                        low_credits_threshold = checked(low_credits_threshold, (str,))
                else:
                    low_credits_threshold = UNSET
            except FIELD_ERRORS as _error:
                low_credits_threshold, _found = tolerated(src_dict, "low_credits_threshold", _error, _found, "str")

            _field = "cronjob_low_balance_mute_days"
            try:
                if "cronjob_low_balance_mute_days" in src_dict:
                    cronjob_low_balance_mute_days: Any = src_dict["cronjob_low_balance_mute_days"]
                    _present += 1
                    cronjob_low_balance_mute_days = (
                        PatchedOrganizationCronjobLowBalanceMuteDays._value2member_map_.get(
                            cronjob_low_balance_mute_days
                        )
                        or PatchedOrganizationCronjobLowBalanceMuteDays(cronjob_low_balance_mute_days)
                        if type(cronjob_low_balance_mute_days) is str
                        else checked(cronjob_low_balance_mute_days, (PatchedOrganizationCronjobLowBalanceMuteDays,))
                    )
                else:
                    cronjob_low_balance_mute_days = UNSET
            except FIELD_ERRORS as _error:
                cronjob_low_balance_mute_days, _found = tolerated(
                    src_dict,
                    "cronjob_low_balance_mute_days",
                    _error,
                    _found,
                    "PatchedOrganizationCronjobLowBalanceMuteDays",
                )

            _field = "limit_to_exclusive_numbers"
            try:
                if "limit_to_exclusive_numbers" in src_dict:
                    limit_to_exclusive_numbers: Any = src_dict["limit_to_exclusive_numbers"]
                    _present += 1
                    if type(limit_to_exclusive_numbers) is not bool:
                        limit_to_exclusive_numbers = checked(limit_to_exclusive_numbers, (bool,))
                else:
                    limit_to_exclusive_numbers = UNSET
            except FIELD_ERRORS as _error:
                limit_to_exclusive_numbers, _found = tolerated(
                    src_dict, "limit_to_exclusive_numbers", _error, _found, "bool"
                )

            _field = "allow_duplicate_call_ids"
            try:
                if "allow_duplicate_call_ids" in src_dict:
                    allow_duplicate_call_ids: Any = src_dict["allow_duplicate_call_ids"]
                    _present += 1
                    if type(allow_duplicate_call_ids) is not bool:
                        allow_duplicate_call_ids = checked(allow_duplicate_call_ids, (bool,))
                else:
                    allow_duplicate_call_ids = UNSET
            except FIELD_ERRORS as _error:
                allow_duplicate_call_ids, _found = tolerated(
                    src_dict, "allow_duplicate_call_ids", _error, _found, "bool"
                )

            _field = "allow_join_requests"
            try:
                if "allow_join_requests" in src_dict:
                    allow_join_requests: Any = src_dict["allow_join_requests"]
                    _present += 1
                    if type(allow_join_requests) is not bool:
                        allow_join_requests = checked(allow_join_requests, (bool,))
                else:
                    allow_join_requests = UNSET
            except FIELD_ERRORS as _error:
                allow_join_requests, _found = tolerated(src_dict, "allow_join_requests", _error, _found, "bool")

            _field = "conditional_actions_generation_enabled"
            try:
                if "conditional_actions_generation_enabled" in src_dict:
                    conditional_actions_generation_enabled: Any = src_dict["conditional_actions_generation_enabled"]
                    _present += 1
                    if type(conditional_actions_generation_enabled) is not bool:
                        conditional_actions_generation_enabled = checked(
                            conditional_actions_generation_enabled, (bool,)
                        )
                else:
                    conditional_actions_generation_enabled = UNSET
            except FIELD_ERRORS as _error:
                conditional_actions_generation_enabled, _found = tolerated(
                    src_dict, "conditional_actions_generation_enabled", _error, _found, "bool"
                )

            _field = "vapi_api_key"
            try:
                if "vapi_api_key" in src_dict:
                    vapi_api_key: Any = src_dict["vapi_api_key"]
                    _present += 1
                    if type(vapi_api_key) is not str:
                        vapi_api_key = checked(vapi_api_key, (str,))
                else:
                    vapi_api_key = UNSET
            except FIELD_ERRORS as _error:
                vapi_api_key, _found = tolerated(src_dict, "vapi_api_key", _error, _found, "str")

            _field = "vapi_api_key_configured"
            try:
                if "vapi_api_key_configured" in src_dict:
                    vapi_api_key_configured: Any = src_dict["vapi_api_key_configured"]
                    _present += 1
                    if type(vapi_api_key_configured) is not str:
                        vapi_api_key_configured = checked(vapi_api_key_configured, (str,))
                else:
                    vapi_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                vapi_api_key_configured, _found = tolerated(src_dict, "vapi_api_key_configured", _error, _found, "str")

            _field = "vapi_public_key_configured"
            try:
                if "vapi_public_key_configured" in src_dict:
                    vapi_public_key_configured: Any = src_dict["vapi_public_key_configured"]
                    _present += 1
                    if type(vapi_public_key_configured) is not str:
                        vapi_public_key_configured = checked(vapi_public_key_configured, (str,))
                else:
                    vapi_public_key_configured = UNSET
            except FIELD_ERRORS as _error:
                vapi_public_key_configured, _found = tolerated(
                    src_dict, "vapi_public_key_configured", _error, _found, "str"
                )

            _field = "retell_api_key"
            try:
                if "retell_api_key" in src_dict:
                    retell_api_key: Any = src_dict["retell_api_key"]
                    _present += 1
                    if type(retell_api_key) is not str:
                        retell_api_key = checked(retell_api_key, (str,))
                else:
                    retell_api_key = UNSET
            except FIELD_ERRORS as _error:
                retell_api_key, _found = tolerated(src_dict, "retell_api_key", _error, _found, "str")

            _field = "retell_api_key_configured"
            try:
                if "retell_api_key_configured" in src_dict:
                    retell_api_key_configured: Any = src_dict["retell_api_key_configured"]
                    _present += 1
                    if type(retell_api_key_configured) is not str:
                        retell_api_key_configured = checked(retell_api_key_configured, (str,))
                else:
                    retell_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                retell_api_key_configured, _found = tolerated(
                    src_dict, "retell_api_key_configured", _error, _found, "str"
                )

            _field = "syntflow_api_key"
            try:
                if "syntflow_api_key" in src_dict:
                    syntflow_api_key: Any = src_dict["syntflow_api_key"]
                    _present += 1
                    if type(syntflow_api_key) is not str:
                        syntflow_api_key = checked(syntflow_api_key, (str,))
                else:
                    syntflow_api_key = UNSET
            except FIELD_ERRORS as _error:
                syntflow_api_key, _found = tolerated(src_dict, "syntflow_api_key", _error, _found, "str")

            _field = "syntflow_api_key_configured"
            try:
                if "syntflow_api_key_configured" in src_dict:
                    syntflow_api_key_configured: Any = src_dict["syntflow_api_key_configured"]
                    _present += 1
                    if type(syntflow_api_key_configured) is not str:
                        syntflow_api_key_configured = checked(syntflow_api_key_configured, (str,))
                else:
                    syntflow_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                syntflow_api_key_configured, _found = tolerated(
                    src_dict, "syntflow_api_key_configured", _error, _found, "str"
                )

            _field = "members"
            try:
                if "members" in src_dict:
                    members: Any = src_dict["members"]
                    _present += 1
                    if type(members) is not list:
                        members = checked(members, (list,))
                    members = [MembershipInline.from_dict(element) for element in members]

                else:
                    members = UNSET
            except FIELD_ERRORS as _error:
                members, _found = tolerated(
                    src_dict,
                    "members",
                    _error,
                    _found,
                    "list[MembershipInline]",
                    lambda element: MembershipInline.from_dict(element),
                )

            _field = "projects"
            try:
                if "projects" in src_dict:
                    projects: Any = src_dict["projects"]
                    _present += 1
                    if type(projects) is not list:
                        projects = checked(projects, (list,))
                    projects = [ProjectInline.from_dict(element) for element in projects]

                else:
                    projects = UNSET
            except FIELD_ERRORS as _error:
                projects, _found = tolerated(
                    src_dict,
                    "projects",
                    _error,
                    _found,
                    "list[ProjectInline]",
                    lambda element: ProjectInline.from_dict(element),
                )

            _field = "is_internal_view_only"
            try:
                if "is_internal_view_only" in src_dict:
                    is_internal_view_only: Any = src_dict["is_internal_view_only"]
                    _present += 1
                    if type(is_internal_view_only) is not bool:
                        is_internal_view_only = checked(is_internal_view_only, (bool,))
                else:
                    is_internal_view_only = UNSET
            except FIELD_ERRORS as _error:
                is_internal_view_only, _found = tolerated(src_dict, "is_internal_view_only", _error, _found, "bool")

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

            _field = "timezone"
            try:
                if "timezone" in src_dict:
                    timezone: Any = src_dict["timezone"]
                    _present += 1
                    timezone = (
                        PatchedOrganizationTimezone._value2member_map_.get(timezone)
                        or PatchedOrganizationTimezone(timezone)
                        if type(timezone) is str
                        else checked(timezone, (PatchedOrganizationTimezone,))
                    )
                else:
                    timezone = UNSET
            except FIELD_ERRORS as _error:
                timezone, _found = tolerated(src_dict, "timezone", _error, _found, "PatchedOrganizationTimezone")

            _field = "is_2fa_required"
            try:
                if "is_2fa_required" in src_dict:
                    is_2fa_required: Any = src_dict["is_2fa_required"]
                    _present += 1
                    if type(is_2fa_required) is not bool:
                        is_2fa_required = checked(is_2fa_required, (bool,))
                else:
                    is_2fa_required = UNSET
            except FIELD_ERRORS as _error:
                is_2fa_required, _found = tolerated(src_dict, "is_2fa_required", _error, _found, "bool")

            _field = "skip_onboarding"
            try:
                if "skip_onboarding" in src_dict:
                    skip_onboarding: Any = src_dict["skip_onboarding"]
                    _present += 1
                    if type(skip_onboarding) is not bool:
                        skip_onboarding = checked(skip_onboarding, (bool,))
                else:
                    skip_onboarding = UNSET
            except FIELD_ERRORS as _error:
                skip_onboarding, _found = tolerated(src_dict, "skip_onboarding", _error, _found, "bool")

            _field = "onboarding_flow"
            try:
                if "onboarding_flow" in src_dict:
                    onboarding_flow: Any = src_dict["onboarding_flow"]
                    _present += 1
                    onboarding_flow = (
                        PatchedOrganizationOnboardingFlow._value2member_map_.get(onboarding_flow)
                        or PatchedOrganizationOnboardingFlow(onboarding_flow)
                        if type(onboarding_flow) is str
                        else checked(onboarding_flow, (PatchedOrganizationOnboardingFlow,))
                    )
                else:
                    onboarding_flow = UNSET
            except FIELD_ERRORS as _error:
                onboarding_flow, _found = tolerated(
                    src_dict, "onboarding_flow", _error, _found, "PatchedOrganizationOnboardingFlow"
                )

            _field = "user_onboarding"
            try:
                if "user_onboarding" in src_dict:
                    user_onboarding: Any = src_dict["user_onboarding"]
                    _present += 1
                    if type(user_onboarding) is not str:
                        user_onboarding = checked(user_onboarding, (str,))
                else:
                    user_onboarding = UNSET
            except FIELD_ERRORS as _error:
                user_onboarding, _found = tolerated(src_dict, "user_onboarding", _error, _found, "str")

            _field = "phone_number_verified"
            try:
                if "phone_number_verified" in src_dict:
                    phone_number_verified: Any = src_dict["phone_number_verified"]
                    _present += 1
                    if type(phone_number_verified) is not bool:
                        phone_number_verified = checked(phone_number_verified, (bool,))
                else:
                    phone_number_verified = UNSET
            except FIELD_ERRORS as _error:
                phone_number_verified, _found = tolerated(src_dict, "phone_number_verified", _error, _found, "bool")

            _field = "slack_invite_sent"
            try:
                if "slack_invite_sent" in src_dict:
                    slack_invite_sent: Any = src_dict["slack_invite_sent"]
                    _present += 1
                    if type(slack_invite_sent) is not bool:
                        slack_invite_sent = checked(slack_invite_sent, (bool,))
                else:
                    slack_invite_sent = UNSET
            except FIELD_ERRORS as _error:
                slack_invite_sent, _found = tolerated(src_dict, "slack_invite_sent", _error, _found, "bool")

            _field = "auto_refill"
            try:
                if "auto_refill" in src_dict:
                    auto_refill: Any = src_dict["auto_refill"]
                    _present += 1
                    if type(auto_refill) is not bool:
                        auto_refill = checked(auto_refill, (bool,))
                else:
                    auto_refill = UNSET
            except FIELD_ERRORS as _error:
                auto_refill, _found = tolerated(src_dict, "auto_refill", _error, _found, "bool")

            _field = "auto_refill_threshold"
            try:
                if "auto_refill_threshold" in src_dict:
                    auto_refill_threshold: Any = src_dict["auto_refill_threshold"]
                    _present += 1
                    if type(auto_refill_threshold) is not str:
                        auto_refill_threshold = checked(auto_refill_threshold, (str,))
                else:
                    auto_refill_threshold = UNSET
            except FIELD_ERRORS as _error:
                auto_refill_threshold, _found = tolerated(src_dict, "auto_refill_threshold", _error, _found, "str")

            _field = "auto_refill_amount"
            try:
                if "auto_refill_amount" in src_dict:
                    auto_refill_amount: Any = src_dict["auto_refill_amount"]
                    _present += 1
                    if type(auto_refill_amount) is not str:
                        auto_refill_amount = checked(auto_refill_amount, (str,))
                else:
                    auto_refill_amount = UNSET
            except FIELD_ERRORS as _error:
                auto_refill_amount, _found = tolerated(src_dict, "auto_refill_amount", _error, _found, "str")

            _field = "auto_refill_max_cap"
            try:
                if "auto_refill_max_cap" in src_dict:
                    auto_refill_max_cap: Any = src_dict["auto_refill_max_cap"]
                    _present += 1
                    if auto_refill_max_cap is not None:
                        if type(auto_refill_max_cap) is not str:
                            auto_refill_max_cap = checked(auto_refill_max_cap, (str, type(None)))
                else:
                    auto_refill_max_cap = UNSET
            except FIELD_ERRORS as _error:
                auto_refill_max_cap, _found = tolerated(src_dict, "auto_refill_max_cap", _error, _found, "None | str")

            _instance = cls(
                id=id,
                name=name,
                team_size=team_size,
                discovery_source=discovery_source,
                outbound_timeout=outbound_timeout,
                max_agents_limit=max_agents_limit,
                max_members_limit=max_members_limit,
                max_concurrent_runs_limit=max_concurrent_runs_limit,
                max_concurrent_chat_runs_limit=max_concurrent_chat_runs_limit,
                max_call_duration=max_call_duration,
                evaluate_relevant_metrics_enabled=evaluate_relevant_metrics_enabled,
                end_call_enabled=end_call_enabled,
                generate_scenario_auto_assign_numbers_enabled=generate_scenario_auto_assign_numbers_enabled,
                show_custom_dashboards=show_custom_dashboards,
                notify_daily_report=notify_daily_report,
                notify_cron_failure=notify_cron_failure,
                notify_cron_success=notify_cron_success,
                notify_no_calls=notify_no_calls,
                notify_result_webhook=notify_result_webhook,
                notify_cronjob_webhook=notify_cronjob_webhook,
                notify_call_log_webhook=notify_call_log_webhook,
                forward_vapi_webhook=forward_vapi_webhook,
                forward_retell_webhook=forward_retell_webhook,
                is_send_emails_enabled=is_send_emails_enabled,
                notify_frequent_calls_for_number=notify_frequent_calls_for_number,
                frequent_calls_threshold=frequent_calls_threshold,
                frequent_calls_time_period=frequent_calls_time_period,
                frequent_calls_cooldown=frequent_calls_cooldown,
                notify_metric_significant_shift=notify_metric_significant_shift,
                notify_low_credits=notify_low_credits,
                low_credits_threshold=low_credits_threshold,
                cronjob_low_balance_mute_days=cronjob_low_balance_mute_days,
                limit_to_exclusive_numbers=limit_to_exclusive_numbers,
                allow_duplicate_call_ids=allow_duplicate_call_ids,
                allow_join_requests=allow_join_requests,
                conditional_actions_generation_enabled=conditional_actions_generation_enabled,
                vapi_api_key=vapi_api_key,
                vapi_api_key_configured=vapi_api_key_configured,
                vapi_public_key_configured=vapi_public_key_configured,
                retell_api_key=retell_api_key,
                retell_api_key_configured=retell_api_key_configured,
                syntflow_api_key=syntflow_api_key,
                syntflow_api_key_configured=syntflow_api_key_configured,
                members=members,
                projects=projects,
                is_internal_view_only=is_internal_view_only,
                created_at=created_at,
                updated_at=updated_at,
                timezone=timezone,
                is_2fa_required=is_2fa_required,
                skip_onboarding=skip_onboarding,
                onboarding_flow=onboarding_flow,
                user_onboarding=user_onboarding,
                phone_number_verified=phone_number_verified,
                slack_invite_sent=slack_invite_sent,
                auto_refill=auto_refill,
                auto_refill_threshold=auto_refill_threshold,
                auto_refill_amount=auto_refill_amount,
                auto_refill_max_cap=auto_refill_max_cap,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, MembershipInline, ProjectInline  # noqa: PLW0603
    from ..models.membership_inline import MembershipInline  # noqa: PLC0415
    from ..models.project_inline import ProjectInline  # noqa: PLC0415

    _imports_pending = False
