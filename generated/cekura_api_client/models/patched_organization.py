from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_organization_cronjob_low_balance_mute_days import PatchedOrganizationCronjobLowBalanceMuteDays
from ..models.patched_organization_onboarding_flow import PatchedOrganizationOnboardingFlow
from ..models.patched_organization_team_size import PatchedOrganizationTeamSize
from ..models.patched_organization_timezone import PatchedOrganizationTimezone
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_inline import MembershipInline
    from ..models.project_inline import ProjectInline


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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        name = self.name

        team_size: str | Unset = UNSET
        if not isinstance(self.team_size, Unset):
            team_size = self.team_size.value

        discovery_source: None | str | Unset
        if isinstance(self.discovery_source, Unset):
            discovery_source = UNSET
        else:
            discovery_source = self.discovery_source

        outbound_timeout = self.outbound_timeout

        max_agents_limit = self.max_agents_limit

        max_members_limit = self.max_members_limit

        max_concurrent_runs_limit = self.max_concurrent_runs_limit

        max_concurrent_chat_runs_limit = self.max_concurrent_chat_runs_limit

        max_call_duration = self.max_call_duration

        evaluate_relevant_metrics_enabled = self.evaluate_relevant_metrics_enabled

        end_call_enabled = self.end_call_enabled

        generate_scenario_auto_assign_numbers_enabled = self.generate_scenario_auto_assign_numbers_enabled

        show_custom_dashboards = self.show_custom_dashboards

        notify_daily_report = self.notify_daily_report

        notify_cron_failure = self.notify_cron_failure

        notify_cron_success = self.notify_cron_success

        notify_no_calls = self.notify_no_calls

        notify_result_webhook = self.notify_result_webhook

        notify_cronjob_webhook = self.notify_cronjob_webhook

        notify_call_log_webhook = self.notify_call_log_webhook

        forward_vapi_webhook = self.forward_vapi_webhook

        forward_retell_webhook = self.forward_retell_webhook

        is_send_emails_enabled = self.is_send_emails_enabled

        notify_frequent_calls_for_number = self.notify_frequent_calls_for_number

        frequent_calls_threshold = self.frequent_calls_threshold

        frequent_calls_time_period = self.frequent_calls_time_period

        frequent_calls_cooldown = self.frequent_calls_cooldown

        notify_metric_significant_shift = self.notify_metric_significant_shift

        notify_low_credits = self.notify_low_credits

        low_credits_threshold = self.low_credits_threshold

        cronjob_low_balance_mute_days: str | Unset = UNSET
        if not isinstance(self.cronjob_low_balance_mute_days, Unset):
            cronjob_low_balance_mute_days = self.cronjob_low_balance_mute_days.value

        limit_to_exclusive_numbers = self.limit_to_exclusive_numbers

        allow_duplicate_call_ids = self.allow_duplicate_call_ids

        allow_join_requests = self.allow_join_requests

        conditional_actions_generation_enabled = self.conditional_actions_generation_enabled

        vapi_api_key = self.vapi_api_key

        vapi_api_key_configured = self.vapi_api_key_configured

        vapi_public_key_configured = self.vapi_public_key_configured

        retell_api_key = self.retell_api_key

        retell_api_key_configured = self.retell_api_key_configured

        syntflow_api_key = self.syntflow_api_key

        syntflow_api_key_configured = self.syntflow_api_key_configured

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        is_internal_view_only = self.is_internal_view_only

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone.value

        is_2fa_required = self.is_2fa_required

        skip_onboarding = self.skip_onboarding

        onboarding_flow: str | Unset = UNSET
        if not isinstance(self.onboarding_flow, Unset):
            onboarding_flow = self.onboarding_flow.value

        user_onboarding = self.user_onboarding

        phone_number_verified = self.phone_number_verified

        slack_invite_sent = self.slack_invite_sent

        auto_refill = self.auto_refill

        auto_refill_threshold = self.auto_refill_threshold

        auto_refill_amount = self.auto_refill_amount

        auto_refill_max_cap: None | str | Unset
        if isinstance(self.auto_refill_max_cap, Unset):
            auto_refill_max_cap = UNSET
        else:
            auto_refill_max_cap = self.auto_refill_max_cap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if team_size is not UNSET:
            field_dict["team_size"] = team_size
        if discovery_source is not UNSET:
            field_dict["discovery_source"] = discovery_source
        if outbound_timeout is not UNSET:
            field_dict["outbound_timeout"] = outbound_timeout
        if max_agents_limit is not UNSET and _response:
            field_dict["max_agents_limit"] = max_agents_limit
        if max_members_limit is not UNSET and _response:
            field_dict["max_members_limit"] = max_members_limit
        if max_concurrent_runs_limit is not UNSET:
            field_dict["max_concurrent_runs_limit"] = max_concurrent_runs_limit
        if max_concurrent_chat_runs_limit is not UNSET:
            field_dict["max_concurrent_chat_runs_limit"] = max_concurrent_chat_runs_limit
        if max_call_duration is not UNSET:
            field_dict["max_call_duration"] = max_call_duration
        if evaluate_relevant_metrics_enabled is not UNSET:
            field_dict["evaluate_relevant_metrics_enabled"] = evaluate_relevant_metrics_enabled
        if end_call_enabled is not UNSET:
            field_dict["end_call_enabled"] = end_call_enabled
        if generate_scenario_auto_assign_numbers_enabled is not UNSET:
            field_dict["generate_scenario_auto_assign_numbers_enabled"] = generate_scenario_auto_assign_numbers_enabled
        if show_custom_dashboards is not UNSET and _response:
            field_dict["show_custom_dashboards"] = show_custom_dashboards
        if notify_daily_report is not UNSET:
            field_dict["notify_daily_report"] = notify_daily_report
        if notify_cron_failure is not UNSET:
            field_dict["notify_cron_failure"] = notify_cron_failure
        if notify_cron_success is not UNSET:
            field_dict["notify_cron_success"] = notify_cron_success
        if notify_no_calls is not UNSET:
            field_dict["notify_no_calls"] = notify_no_calls
        if notify_result_webhook is not UNSET:
            field_dict["notify_result_webhook"] = notify_result_webhook
        if notify_cronjob_webhook is not UNSET:
            field_dict["notify_cronjob_webhook"] = notify_cronjob_webhook
        if notify_call_log_webhook is not UNSET:
            field_dict["notify_call_log_webhook"] = notify_call_log_webhook
        if forward_vapi_webhook is not UNSET:
            field_dict["forward_vapi_webhook"] = forward_vapi_webhook
        if forward_retell_webhook is not UNSET:
            field_dict["forward_retell_webhook"] = forward_retell_webhook
        if is_send_emails_enabled is not UNSET:
            field_dict["is_send_emails_enabled"] = is_send_emails_enabled
        if notify_frequent_calls_for_number is not UNSET:
            field_dict["notify_frequent_calls_for_number"] = notify_frequent_calls_for_number
        if frequent_calls_threshold is not UNSET:
            field_dict["frequent_calls_threshold"] = frequent_calls_threshold
        if frequent_calls_time_period is not UNSET:
            field_dict["frequent_calls_time_period"] = frequent_calls_time_period
        if frequent_calls_cooldown is not UNSET:
            field_dict["frequent_calls_cooldown"] = frequent_calls_cooldown
        if notify_metric_significant_shift is not UNSET:
            field_dict["notify_metric_significant_shift"] = notify_metric_significant_shift
        if notify_low_credits is not UNSET:
            field_dict["notify_low_credits"] = notify_low_credits
        if low_credits_threshold is not UNSET:
            field_dict["low_credits_threshold"] = low_credits_threshold
        if cronjob_low_balance_mute_days is not UNSET:
            field_dict["cronjob_low_balance_mute_days"] = cronjob_low_balance_mute_days
        if limit_to_exclusive_numbers is not UNSET:
            field_dict["limit_to_exclusive_numbers"] = limit_to_exclusive_numbers
        if allow_duplicate_call_ids is not UNSET:
            field_dict["allow_duplicate_call_ids"] = allow_duplicate_call_ids
        if allow_join_requests is not UNSET:
            field_dict["allow_join_requests"] = allow_join_requests
        if conditional_actions_generation_enabled is not UNSET:
            field_dict["conditional_actions_generation_enabled"] = conditional_actions_generation_enabled
        if vapi_api_key is not UNSET:
            field_dict["vapi_api_key"] = vapi_api_key
        if vapi_api_key_configured is not UNSET and _response:
            field_dict["vapi_api_key_configured"] = vapi_api_key_configured
        if vapi_public_key_configured is not UNSET and _response:
            field_dict["vapi_public_key_configured"] = vapi_public_key_configured
        if retell_api_key is not UNSET:
            field_dict["retell_api_key"] = retell_api_key
        if retell_api_key_configured is not UNSET and _response:
            field_dict["retell_api_key_configured"] = retell_api_key_configured
        if syntflow_api_key is not UNSET:
            field_dict["syntflow_api_key"] = syntflow_api_key
        if syntflow_api_key_configured is not UNSET and _response:
            field_dict["syntflow_api_key_configured"] = syntflow_api_key_configured
        if members is not UNSET and _response:
            field_dict["members"] = members
        if projects is not UNSET and _response:
            field_dict["projects"] = projects
        if is_internal_view_only is not UNSET and _response:
            field_dict["is_internal_view_only"] = is_internal_view_only
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if is_2fa_required is not UNSET:
            field_dict["is_2fa_required"] = is_2fa_required
        if skip_onboarding is not UNSET:
            field_dict["skip_onboarding"] = skip_onboarding
        if onboarding_flow is not UNSET:
            field_dict["onboarding_flow"] = onboarding_flow
        if user_onboarding is not UNSET and _response:
            field_dict["user_onboarding"] = user_onboarding
        if phone_number_verified is not UNSET and _response:
            field_dict["phone_number_verified"] = phone_number_verified
        if slack_invite_sent is not UNSET and _response:
            field_dict["slack_invite_sent"] = slack_invite_sent
        if auto_refill is not UNSET:
            field_dict["auto_refill"] = auto_refill
        if auto_refill_threshold is not UNSET:
            field_dict["auto_refill_threshold"] = auto_refill_threshold
        if auto_refill_amount is not UNSET:
            field_dict["auto_refill_amount"] = auto_refill_amount
        if auto_refill_max_cap is not UNSET:
            field_dict["auto_refill_max_cap"] = auto_refill_max_cap

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.team_size, Unset):
            files.append(("team_size", (None, str(self.team_size.value).encode(), "text/plain")))

        if not isinstance(self.discovery_source, Unset):
            if isinstance(self.discovery_source, str):
                files.append(("discovery_source", (None, str(self.discovery_source).encode(), "text/plain")))
            else:
                files.append(("discovery_source", (None, str(self.discovery_source).encode(), "text/plain")))

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
                    (None, str(self.cronjob_low_balance_mute_days.value).encode(), "text/plain"),
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
            files.append(("timezone", (None, str(self.timezone.value).encode(), "text/plain")))

        if not isinstance(self.is_2fa_required, Unset):
            files.append(("is_2fa_required", (None, str(self.is_2fa_required).encode(), "text/plain")))

        if not isinstance(self.skip_onboarding, Unset):
            files.append(("skip_onboarding", (None, str(self.skip_onboarding).encode(), "text/plain")))

        if not isinstance(self.onboarding_flow, Unset):
            files.append(("onboarding_flow", (None, str(self.onboarding_flow.value).encode(), "text/plain")))

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
                files.append(("auto_refill_max_cap", (None, str(self.auto_refill_max_cap).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_inline import MembershipInline  # noqa: PLC0415
        from ..models.project_inline import ProjectInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "team_size"
            _team_size = d.pop("team_size", UNSET)
            team_size: PatchedOrganizationTeamSize | Unset
            if isinstance(_team_size, Unset):
                team_size = UNSET
            else:
                team_size = PatchedOrganizationTeamSize(_team_size)

            if not isinstance(team_size, (PatchedOrganizationTeamSize, Unset)):
                expect(team_size, (PatchedOrganizationTeamSize, Unset))

            _field = "discovery_source"

            def _parse_discovery_source(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            discovery_source = _parse_discovery_source(d.pop("discovery_source", UNSET))

            if not isinstance(discovery_source, (str, type(None), Unset)):
                expect(discovery_source, (str, type(None), Unset))

            _field = "outbound_timeout"
            outbound_timeout = d.pop("outbound_timeout", UNSET)
            if not isinstance(outbound_timeout, (int, Unset)) or isinstance(outbound_timeout, bool):
                expect(outbound_timeout, (int, Unset))

            _field = "max_agents_limit"
            max_agents_limit = d.pop("max_agents_limit", UNSET)
            if not isinstance(max_agents_limit, (int, Unset)) or isinstance(max_agents_limit, bool):
                expect(max_agents_limit, (int, Unset))

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

            _field = "max_call_duration"
            max_call_duration = d.pop("max_call_duration", UNSET)
            if not isinstance(max_call_duration, (int, Unset)) or isinstance(max_call_duration, bool):
                expect(max_call_duration, (int, Unset))

            _field = "evaluate_relevant_metrics_enabled"
            evaluate_relevant_metrics_enabled = d.pop("evaluate_relevant_metrics_enabled", UNSET)
            if not isinstance(evaluate_relevant_metrics_enabled, (bool, Unset)):
                expect(evaluate_relevant_metrics_enabled, (bool, Unset))

            _field = "end_call_enabled"
            end_call_enabled = d.pop("end_call_enabled", UNSET)
            if not isinstance(end_call_enabled, (bool, Unset)):
                expect(end_call_enabled, (bool, Unset))

            _field = "generate_scenario_auto_assign_numbers_enabled"
            generate_scenario_auto_assign_numbers_enabled = d.pop(
                "generate_scenario_auto_assign_numbers_enabled", UNSET
            )
            if not isinstance(generate_scenario_auto_assign_numbers_enabled, (bool, Unset)):
                expect(generate_scenario_auto_assign_numbers_enabled, (bool, Unset))

            _field = "show_custom_dashboards"
            show_custom_dashboards = d.pop("show_custom_dashboards", UNSET)
            if not isinstance(show_custom_dashboards, (bool, Unset)):
                expect(show_custom_dashboards, (bool, Unset))

            _field = "notify_daily_report"
            notify_daily_report = d.pop("notify_daily_report", UNSET)
            if not isinstance(notify_daily_report, (bool, Unset)):
                expect(notify_daily_report, (bool, Unset))

            _field = "notify_cron_failure"
            notify_cron_failure = d.pop("notify_cron_failure", UNSET)
            if not isinstance(notify_cron_failure, (bool, Unset)):
                expect(notify_cron_failure, (bool, Unset))

            _field = "notify_cron_success"
            notify_cron_success = d.pop("notify_cron_success", UNSET)
            if not isinstance(notify_cron_success, (bool, Unset)):
                expect(notify_cron_success, (bool, Unset))

            _field = "notify_no_calls"
            notify_no_calls = d.pop("notify_no_calls", UNSET)
            if not isinstance(notify_no_calls, (bool, Unset)):
                expect(notify_no_calls, (bool, Unset))

            _field = "notify_result_webhook"
            notify_result_webhook = d.pop("notify_result_webhook", UNSET)
            if not isinstance(notify_result_webhook, (bool, Unset)):
                expect(notify_result_webhook, (bool, Unset))

            _field = "notify_cronjob_webhook"
            notify_cronjob_webhook = d.pop("notify_cronjob_webhook", UNSET)
            if not isinstance(notify_cronjob_webhook, (bool, Unset)):
                expect(notify_cronjob_webhook, (bool, Unset))

            _field = "notify_call_log_webhook"
            notify_call_log_webhook = d.pop("notify_call_log_webhook", UNSET)
            if not isinstance(notify_call_log_webhook, (bool, Unset)):
                expect(notify_call_log_webhook, (bool, Unset))

            _field = "forward_vapi_webhook"
            forward_vapi_webhook = d.pop("forward_vapi_webhook", UNSET)
            if not isinstance(forward_vapi_webhook, (bool, Unset)):
                expect(forward_vapi_webhook, (bool, Unset))

            _field = "forward_retell_webhook"
            forward_retell_webhook = d.pop("forward_retell_webhook", UNSET)
            if not isinstance(forward_retell_webhook, (bool, Unset)):
                expect(forward_retell_webhook, (bool, Unset))

            _field = "is_send_emails_enabled"
            is_send_emails_enabled = d.pop("is_send_emails_enabled", UNSET)
            if not isinstance(is_send_emails_enabled, (bool, Unset)):
                expect(is_send_emails_enabled, (bool, Unset))

            _field = "notify_frequent_calls_for_number"
            notify_frequent_calls_for_number = d.pop("notify_frequent_calls_for_number", UNSET)
            if not isinstance(notify_frequent_calls_for_number, (bool, Unset)):
                expect(notify_frequent_calls_for_number, (bool, Unset))

            _field = "frequent_calls_threshold"
            frequent_calls_threshold = d.pop("frequent_calls_threshold", UNSET)
            if not isinstance(frequent_calls_threshold, (int, Unset)) or isinstance(frequent_calls_threshold, bool):
                expect(frequent_calls_threshold, (int, Unset))

            _field = "frequent_calls_time_period"
            frequent_calls_time_period = d.pop("frequent_calls_time_period", UNSET)
            if not isinstance(frequent_calls_time_period, (int, Unset)) or isinstance(frequent_calls_time_period, bool):
                expect(frequent_calls_time_period, (int, Unset))

            _field = "frequent_calls_cooldown"
            frequent_calls_cooldown = d.pop("frequent_calls_cooldown", UNSET)
            if not isinstance(frequent_calls_cooldown, (int, Unset)) or isinstance(frequent_calls_cooldown, bool):
                expect(frequent_calls_cooldown, (int, Unset))

            _field = "notify_metric_significant_shift"
            notify_metric_significant_shift = d.pop("notify_metric_significant_shift", UNSET)
            if not isinstance(notify_metric_significant_shift, (bool, Unset)):
                expect(notify_metric_significant_shift, (bool, Unset))

            _field = "notify_low_credits"
            notify_low_credits = d.pop("notify_low_credits", UNSET)
            if not isinstance(notify_low_credits, (bool, Unset)):
                expect(notify_low_credits, (bool, Unset))

            _field = "low_credits_threshold"
            low_credits_threshold = d.pop("low_credits_threshold", UNSET)
            if not isinstance(low_credits_threshold, (str, Unset)):
                expect(low_credits_threshold, (str, Unset))

            _field = "cronjob_low_balance_mute_days"
            _cronjob_low_balance_mute_days = d.pop("cronjob_low_balance_mute_days", UNSET)
            cronjob_low_balance_mute_days: PatchedOrganizationCronjobLowBalanceMuteDays | Unset
            if isinstance(_cronjob_low_balance_mute_days, Unset):
                cronjob_low_balance_mute_days = UNSET
            else:
                cronjob_low_balance_mute_days = PatchedOrganizationCronjobLowBalanceMuteDays(
                    _cronjob_low_balance_mute_days
                )

            if not isinstance(cronjob_low_balance_mute_days, (PatchedOrganizationCronjobLowBalanceMuteDays, Unset)):
                expect(cronjob_low_balance_mute_days, (PatchedOrganizationCronjobLowBalanceMuteDays, Unset))

            _field = "limit_to_exclusive_numbers"
            limit_to_exclusive_numbers = d.pop("limit_to_exclusive_numbers", UNSET)
            if not isinstance(limit_to_exclusive_numbers, (bool, Unset)):
                expect(limit_to_exclusive_numbers, (bool, Unset))

            _field = "allow_duplicate_call_ids"
            allow_duplicate_call_ids = d.pop("allow_duplicate_call_ids", UNSET)
            if not isinstance(allow_duplicate_call_ids, (bool, Unset)):
                expect(allow_duplicate_call_ids, (bool, Unset))

            _field = "allow_join_requests"
            allow_join_requests = d.pop("allow_join_requests", UNSET)
            if not isinstance(allow_join_requests, (bool, Unset)):
                expect(allow_join_requests, (bool, Unset))

            _field = "conditional_actions_generation_enabled"
            conditional_actions_generation_enabled = d.pop("conditional_actions_generation_enabled", UNSET)
            if not isinstance(conditional_actions_generation_enabled, (bool, Unset)):
                expect(conditional_actions_generation_enabled, (bool, Unset))

            _field = "vapi_api_key"
            vapi_api_key = d.pop("vapi_api_key", UNSET)
            if not isinstance(vapi_api_key, (str, Unset)):
                expect(vapi_api_key, (str, Unset))

            _field = "vapi_api_key_configured"
            vapi_api_key_configured = d.pop("vapi_api_key_configured", UNSET)
            if not isinstance(vapi_api_key_configured, (str, Unset)):
                expect(vapi_api_key_configured, (str, Unset))

            _field = "vapi_public_key_configured"
            vapi_public_key_configured = d.pop("vapi_public_key_configured", UNSET)
            if not isinstance(vapi_public_key_configured, (str, Unset)):
                expect(vapi_public_key_configured, (str, Unset))

            _field = "retell_api_key"
            retell_api_key = d.pop("retell_api_key", UNSET)
            if not isinstance(retell_api_key, (str, Unset)):
                expect(retell_api_key, (str, Unset))

            _field = "retell_api_key_configured"
            retell_api_key_configured = d.pop("retell_api_key_configured", UNSET)
            if not isinstance(retell_api_key_configured, (str, Unset)):
                expect(retell_api_key_configured, (str, Unset))

            _field = "syntflow_api_key"
            syntflow_api_key = d.pop("syntflow_api_key", UNSET)
            if not isinstance(syntflow_api_key, (str, Unset)):
                expect(syntflow_api_key, (str, Unset))

            _field = "syntflow_api_key_configured"
            syntflow_api_key_configured = d.pop("syntflow_api_key_configured", UNSET)
            if not isinstance(syntflow_api_key_configured, (str, Unset)):
                expect(syntflow_api_key_configured, (str, Unset))

            _field = "members"
            _members = d.pop("members", UNSET)
            members: list[MembershipInline] | Unset = UNSET
            if _members is not UNSET:
                members = []
                for members_item_data in _members:
                    members_item = MembershipInline.from_dict(members_item_data)

                    members.append(members_item)

            if not isinstance(members, (list, Unset)):
                expect(members, (list, Unset))

            _field = "projects"
            _projects = d.pop("projects", UNSET)
            projects: list[ProjectInline] | Unset = UNSET
            if _projects is not UNSET:
                projects = []
                for projects_item_data in _projects:
                    projects_item = ProjectInline.from_dict(projects_item_data)

                    projects.append(projects_item)

            if not isinstance(projects, (list, Unset)):
                expect(projects, (list, Unset))

            _field = "is_internal_view_only"
            is_internal_view_only = d.pop("is_internal_view_only", UNSET)
            if not isinstance(is_internal_view_only, (bool, Unset)):
                expect(is_internal_view_only, (bool, Unset))

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

            _field = "timezone"
            _timezone = d.pop("timezone", UNSET)
            timezone: PatchedOrganizationTimezone | Unset
            if isinstance(_timezone, Unset):
                timezone = UNSET
            else:
                timezone = PatchedOrganizationTimezone(_timezone)

            if not isinstance(timezone, (PatchedOrganizationTimezone, Unset)):
                expect(timezone, (PatchedOrganizationTimezone, Unset))

            _field = "is_2fa_required"
            is_2fa_required = d.pop("is_2fa_required", UNSET)
            if not isinstance(is_2fa_required, (bool, Unset)):
                expect(is_2fa_required, (bool, Unset))

            _field = "skip_onboarding"
            skip_onboarding = d.pop("skip_onboarding", UNSET)
            if not isinstance(skip_onboarding, (bool, Unset)):
                expect(skip_onboarding, (bool, Unset))

            _field = "onboarding_flow"
            _onboarding_flow = d.pop("onboarding_flow", UNSET)
            onboarding_flow: PatchedOrganizationOnboardingFlow | Unset
            if isinstance(_onboarding_flow, Unset):
                onboarding_flow = UNSET
            else:
                onboarding_flow = PatchedOrganizationOnboardingFlow(_onboarding_flow)

            if not isinstance(onboarding_flow, (PatchedOrganizationOnboardingFlow, Unset)):
                expect(onboarding_flow, (PatchedOrganizationOnboardingFlow, Unset))

            _field = "user_onboarding"
            user_onboarding = d.pop("user_onboarding", UNSET)
            if not isinstance(user_onboarding, (str, Unset)):
                expect(user_onboarding, (str, Unset))

            _field = "phone_number_verified"
            phone_number_verified = d.pop("phone_number_verified", UNSET)
            if not isinstance(phone_number_verified, (bool, Unset)):
                expect(phone_number_verified, (bool, Unset))

            _field = "slack_invite_sent"
            slack_invite_sent = d.pop("slack_invite_sent", UNSET)
            if not isinstance(slack_invite_sent, (bool, Unset)):
                expect(slack_invite_sent, (bool, Unset))

            _field = "auto_refill"
            auto_refill = d.pop("auto_refill", UNSET)
            if not isinstance(auto_refill, (bool, Unset)):
                expect(auto_refill, (bool, Unset))

            _field = "auto_refill_threshold"
            auto_refill_threshold = d.pop("auto_refill_threshold", UNSET)
            if not isinstance(auto_refill_threshold, (str, Unset)):
                expect(auto_refill_threshold, (str, Unset))

            _field = "auto_refill_amount"
            auto_refill_amount = d.pop("auto_refill_amount", UNSET)
            if not isinstance(auto_refill_amount, (str, Unset)):
                expect(auto_refill_amount, (str, Unset))

            _field = "auto_refill_max_cap"

            def _parse_auto_refill_max_cap(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            auto_refill_max_cap = _parse_auto_refill_max_cap(d.pop("auto_refill_max_cap", UNSET))

            if not isinstance(auto_refill_max_cap, (str, type(None), Unset)):
                expect(auto_refill_max_cap, (str, type(None), Unset))

            patched_organization = cls(
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

            patched_organization.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_organization

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
