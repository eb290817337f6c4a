from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_inline import MembershipInline
    from ..models.organization_inline import OrganizationInline


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    name: str
    """
    Name of the project
    Example: `"Default Project"`
     """
    id: int | Unset = UNSET
    members: list[MembershipInline] | Unset = UNSET
    organization: OrganizationInline | Unset = UNSET
    organization_id: int | Unset = UNSET
    """ ID of the organization to create the project under. Required when authenticating as a user (you must be an
    admin of that organization); omit it when using an organization-scoped API key, where the organization is
    inferred from the key. """
    outbound_timeout: int | Unset = UNSET
    """
    Outbound timeout in seconds
    Example: `300`
     """
    max_call_duration: int | Unset = UNSET
    """
    Max call duration in seconds
    Example: `300`
     """
    min_call_duration: int | Unset = UNSET
    """
    Min call duration in seconds
    Example: `30`
     """
    sample_rate: float | Unset = UNSET
    """
    Metric sampling rate (0.0 to 1.0). Default is 1.0 (100% of calls).
    Example: `0.5` (50%), `0.1` (10%), `0.001` (0.1%)
     """
    max_messages_chat_runs_limit: int | Unset = UNSET
    """
    Max messages chat runs limit
    Example: `100`
     """
    webhook_url: str | Unset = UNSET
    """
    Webhook URL
    Example: `"https://yourdomain.com/webhook"`
     """
    webhook_secret: str | Unset = UNSET
    """
    Webhook secret. Sent in `X-CEKURA-SECRET` header when invoking `webhook_url`.
    Write-only — never returned in API responses. Use `webhook_secret_configured`
    to check whether one is set.
    Example: `"your-webhook-secret"`
     """
    webhook_secret_configured: str | Unset = UNSET
    evaluate_relevant_metrics_enabled: bool | Unset = UNSET
    """
    Evaluate relevant metrics enabled
    Example: `true` or `false`
     """
    end_call_enabled: bool | Unset = UNSET
    """
    End call enabled
    Example: `true` or `false`
     """
    generate_scenario_auto_assign_numbers_enabled: bool | Unset = UNSET
    """
    Generate scenario auto assign numbers enabled
    Example: `true` or `false`
     """
    enable_client_side_testing: bool | Unset = UNSET
    """
    Enable client side testing
    Example: `true` or `false`
     """
    use_provider_transcript: bool | Unset = UNSET
    """ When true, evaluations use the provider transcript instead of Cekura transcript with provider side tool
    calls. Defaults to false. """
    should_show_powered_by: bool | Unset = UNSET
    """
    Should show powered by
    Example: `true` or `false`
     """
    notify_results_completion: bool | Unset = UNSET
    """
    Notify on result completion
    Example: `true` or `false`
     """
    notify_daily_report: bool | Unset = UNSET
    """
    Notify daily report
    Example: `true` or `false`
     """
    notify_daily_report_no_calls: bool | Unset = UNSET
    """
    Notify daily report even if there are no calls
    Example: `true` or `false`
     """
    daily_report_ai_summary_enabled: bool | Unset = UNSET
    """
    Replace the default daily report data dump with an AI-narrated Top Issues
    section in Slack and email. Off by default. When on, Slack also exposes a
    "Show more" button that opens a modal with the legacy detail sections.
    Example: `true` or `false`
     """
    notify_cron_failure: bool | Unset = UNSET
    """
    Notify cron failure
    Example: `true` or `false`
     """
    notify_cron_success: bool | Unset = UNSET
    """
    Notify cron success
    Example: `true` or `false`
     """
    notify_no_calls: bool | Unset = UNSET
    """
    Notify no calls
    Example: `true` or `false`
     """
    no_calls_notify_time_period: Any | Unset = UNSET
    """
    Configuration for no calls notification time periods, timeframes, exception numbers, and agents to exclude
    Example:
    ```json
    {
        "time_zone": "America/New_York",
        "time_periods": [
            {
                "start_time": "09:00",
                "end_time": "17:00",
                "time_frame": 30
            },
            {
                "start_time": "18:00",
                "end_time": "23:59",
                "time_frame": 60
            }
        ],
        "exception_numbers": ["+15551234567", "+14155552671"],
        "agents": [1, 10, 90]
    }
    ```
    Note:
    - Calls with customer_number in exception_numbers list will be ignored when checking for no calls alert.
    - If agents list is provided and not empty, those specific agents will be excluded from monitoring. All other
    agents in the project will be monitored. If omitted or empty, all agents in the project will be monitored.
     """
    notify_daily_report_webhook: bool | Unset = UNSET
    """
    Notify daily report webhook
    Example: `true` or `false`
     """
    notify_pre_run_webhook: bool | Unset = UNSET
    """
    Send a webhook at the start of a run (before calls dispatch) to configure the external test sandbox
    Example: `true` or `false`
     """
    daily_report_dashboard_ids: list[int] | Unset = UNSET
    """
    Dashboard IDs to include as visual snapshots in the daily report
    Example: `[1, 2, 3]`
     """
    notify_result_webhook_failed: bool | Unset = UNSET
    """
    Notify result webhook failed
    Example: `true` or `false`
     """
    notify_result_webhook_success: bool | Unset = UNSET
    """
    Notify result webhook success
    Example: `true` or `false`
     """
    notify_result_webhook_error: bool | Unset = UNSET
    """
    Notify result webhook for error runs (runs with error_message)
    Example: `true` or `false`
     """
    notify_cronjob_webhook_failed: bool | Unset = UNSET
    """
    Notify cronjob webhook failed
    Example: `true` or `false`
     """
    notify_cronjob_webhook_success: bool | Unset = UNSET
    """
    Notify cronjob webhook success
    Example: `true` or `false`
     """
    notify_cronjob_webhook_error: bool | Unset = UNSET
    """
    Notify cronjob webhook for error runs (runs with error_message)
    Example: `true` or `false`
     """
    notify_call_log_webhook_failed: bool | Unset = UNSET
    """
    Notify call log webhook failed
    Example: `true` or `false`
     """
    notify_call_log_webhook_success: bool | Unset = UNSET
    """
    Notify call log webhook success
    Example: `true` or `false`
     """
    notify_frequent_calls_for_number: bool | Unset = UNSET
    frequent_calls_threshold: int | Unset = UNSET
    frequent_calls_time_period: int | Unset = UNSET
    frequent_calls_cooldown: int | Unset = UNSET
    forward_vapi_webhook: bool | Unset = UNSET
    """
    Forward vapi webhook
    Example: `true` or `false`
     """
    forward_retell_webhook: bool | Unset = UNSET
    """
    Forward retell webhook
    Example: `true` or `false`
     """
    is_send_emails_enabled: bool | Unset = UNSET
    """
    Is send emails enabled
    Example: `true` or `false`
     """
    rubric_config: Any | Unset = UNSET
    """
    Project-level scoring rubric for evaluating call success. Each call log produced under this project is run
    against the rubric and gets a single pass/fail outcome based on its metric results.

    IMPORTANT (read before writing):
    - NEVER blindly overwrite this field. Always first GET the project, read the existing `rubric_config`, then
    merge in only the rule(s) you intend to add/update, and PATCH the full merged value. Sending a partial value
    will silently delete every rule you did not include.

    Structure:
    - `evaluation_logic`: MUST be `"and"`. All rules have to pass for a call to be marked successful. (Other values
    are not supported by the product currently.)
    - `rules`: List of rules. Use one rule per (metric, condition) — keep each rule simple, with a single condition
    inside.

    Each rule shape:
    ```json
    {
        "metric_id": <metric id>,
        "conditions": {
            "operator": "and",
            "conditions": [
                {"field": <field>, "op": <op>, "value": <value>}
            ]
        }
    }
    ```

    What `field`, `op`, and `value` to use depends on the metric type. The three supported cases:

    1. Numeric / score metrics (qualitative scores, numeric metrics, workflow adherence with a score, etc.):
       - `field`: `"score"`
       - `op`: one of `"gt"`, `"gte"`, `"lt"`, `"lte"`, `"eq"`
       - `value`: a number (qualitative scores are on a 0–5 scale)
       - Example (score must be at least 4): `{"field": "score", "op": "gte", "value": 4}`

    2. Boolean / binary metrics (eval_type `binary`, or `evaluate_expected_outcome`):
       - `field`: `"score"`
       - `op`: `"eq"` or `"neq"`
       - `value`: `true` for pass, `false` for fail
       - Example (must pass): `{"field": "score", "op": "eq", "value": true}`
       - Example (must fail): `{"field": "score", "op": "eq", "value": false}`
       - Legacy values `5` (pass) and `0` (fail) are still accepted for back-compat but new rules should use bool.

    3. Enum metrics (eval_type `enum`, or `observability_topics` / `observability_dropoff`):
       - `field`: `"enum"`
       - `op`: `"eq"`, `"neq"`, or `"in"`
       - `value`: a single string for `eq`/`neq`, or a list of strings for `in`. Must match one of the metric's
    defined `enum_values`.
       - Example: `{"field": "enum", "op": "eq", "value": "resolved"}`
       - Example (any of): `{"field": "enum", "op": "in", "value": ["resolved", "partially_resolved"]}`

    Full example:
    ```json
    {
        "evaluation_logic": "and",
        "rules": [
            {
                "metric_id": 115164,
                "conditions": {
                    "operator": "and",
                    "conditions": [
                        {"op": "eq", "field": "score", "value": true}
                    ]
                }
            },
            {
                "metric_id": 5512,
                "conditions": {
                    "operator": "and",
                    "conditions": [
                        {"op": "gte", "field": "score", "value": 4}
                    ]
                }
            },
            {
                "metric_id": 8821,
                "conditions": {
                    "operator": "and",
                    "conditions": [
                        {"op": "in", "field": "enum", "value": ["resolved", "partially_resolved"]}
                    ]
                }
            }
        ]
    }
    ```

    Notes:
    - `metric_id` must reference a metric belonging to this project (project-scoped or agent-scoped under this
    project); unknown ids are rejected.
    - Rules whose metric did not produce a value on a given call are skipped (neither pass nor fail) and do not
    affect the outcome.
    - Pass an empty object `{}` to clear the rubric.
     """
    timezone: str | Unset = UNSET
    """
    Project Timezone
     """
    vapi_api_key: str | Unset = UNSET
    """
    VAPI Private API Key. Used for all VAPI operations (calls, chat, and testing).
    Example: `"vapi_api_key_123"`
     """
    vapi_api_key_configured: str | Unset = UNSET
    vapi_public_key_configured: str | Unset = UNSET
    retell_api_key: str | Unset = UNSET
    """
    Retell API key
    Example: `"retell_api_key_123"`
     """
    retell_api_key_configured: str | Unset = UNSET
    syntflow_api_key: str | Unset = UNSET
    """
    Syntflow API key
    Example: `"syntflow_api_key_123"`
     """
    syntflow_api_key_configured: str | Unset = UNSET
    elevenlabs_api_key: str | Unset = UNSET
    """
    ElevenLabs API key
    Example: `"elevenlabs_api_key_123"`
     """
    elevenlabs_api_key_configured: str | Unset = UNSET
    livekit_api_key: str | Unset = UNSET
    """
    LiveKit API key
    Example: `"livekit_api_key_123"`
     """
    livekit_api_key_configured: str | Unset = UNSET
    pipecat_api_key: str | Unset = UNSET
    """
    Pipecat/Daily.co API key
    Example: `"pipecat_api_key_123"`
     """
    pipecat_api_key_configured: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        id = self.id

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        organization_id = self.organization_id

        outbound_timeout = self.outbound_timeout

        max_call_duration = self.max_call_duration

        min_call_duration = self.min_call_duration

        sample_rate = self.sample_rate

        max_messages_chat_runs_limit = self.max_messages_chat_runs_limit

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        webhook_secret_configured = self.webhook_secret_configured

        evaluate_relevant_metrics_enabled = self.evaluate_relevant_metrics_enabled

        end_call_enabled = self.end_call_enabled

        generate_scenario_auto_assign_numbers_enabled = self.generate_scenario_auto_assign_numbers_enabled

        enable_client_side_testing = self.enable_client_side_testing

        use_provider_transcript = self.use_provider_transcript

        should_show_powered_by = self.should_show_powered_by

        notify_results_completion = self.notify_results_completion

        notify_daily_report = self.notify_daily_report

        notify_daily_report_no_calls = self.notify_daily_report_no_calls

        daily_report_ai_summary_enabled = self.daily_report_ai_summary_enabled

        notify_cron_failure = self.notify_cron_failure

        notify_cron_success = self.notify_cron_success

        notify_no_calls = self.notify_no_calls

        no_calls_notify_time_period = self.no_calls_notify_time_period

        notify_daily_report_webhook = self.notify_daily_report_webhook

        notify_pre_run_webhook = self.notify_pre_run_webhook

        daily_report_dashboard_ids: list[int] | Unset = UNSET
        if not isinstance(self.daily_report_dashboard_ids, Unset):
            daily_report_dashboard_ids = self.daily_report_dashboard_ids

        notify_result_webhook_failed = self.notify_result_webhook_failed

        notify_result_webhook_success = self.notify_result_webhook_success

        notify_result_webhook_error = self.notify_result_webhook_error

        notify_cronjob_webhook_failed = self.notify_cronjob_webhook_failed

        notify_cronjob_webhook_success = self.notify_cronjob_webhook_success

        notify_cronjob_webhook_error = self.notify_cronjob_webhook_error

        notify_call_log_webhook_failed = self.notify_call_log_webhook_failed

        notify_call_log_webhook_success = self.notify_call_log_webhook_success

        notify_frequent_calls_for_number = self.notify_frequent_calls_for_number

        frequent_calls_threshold = self.frequent_calls_threshold

        frequent_calls_time_period = self.frequent_calls_time_period

        frequent_calls_cooldown = self.frequent_calls_cooldown

        forward_vapi_webhook = self.forward_vapi_webhook

        forward_retell_webhook = self.forward_retell_webhook

        is_send_emails_enabled = self.is_send_emails_enabled

        rubric_config = self.rubric_config

        timezone = self.timezone

        vapi_api_key = self.vapi_api_key

        vapi_api_key_configured = self.vapi_api_key_configured

        vapi_public_key_configured = self.vapi_public_key_configured

        retell_api_key = self.retell_api_key

        retell_api_key_configured = self.retell_api_key_configured

        syntflow_api_key = self.syntflow_api_key

        syntflow_api_key_configured = self.syntflow_api_key_configured

        elevenlabs_api_key = self.elevenlabs_api_key

        elevenlabs_api_key_configured = self.elevenlabs_api_key_configured

        livekit_api_key = self.livekit_api_key

        livekit_api_key_configured = self.livekit_api_key_configured

        pipecat_api_key = self.pipecat_api_key

        pipecat_api_key_configured = self.pipecat_api_key_configured

        is_deleted = self.is_deleted

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
                "name": name,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if members is not UNSET and _response:
            field_dict["members"] = members
        if organization is not UNSET and _response:
            field_dict["organization"] = organization
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if outbound_timeout is not UNSET:
            field_dict["outbound_timeout"] = outbound_timeout
        if max_call_duration is not UNSET:
            field_dict["max_call_duration"] = max_call_duration
        if min_call_duration is not UNSET:
            field_dict["min_call_duration"] = min_call_duration
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if max_messages_chat_runs_limit is not UNSET:
            field_dict["max_messages_chat_runs_limit"] = max_messages_chat_runs_limit
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if webhook_secret_configured is not UNSET and _response:
            field_dict["webhook_secret_configured"] = webhook_secret_configured
        if evaluate_relevant_metrics_enabled is not UNSET:
            field_dict["evaluate_relevant_metrics_enabled"] = evaluate_relevant_metrics_enabled
        if end_call_enabled is not UNSET:
            field_dict["end_call_enabled"] = end_call_enabled
        if generate_scenario_auto_assign_numbers_enabled is not UNSET:
            field_dict["generate_scenario_auto_assign_numbers_enabled"] = generate_scenario_auto_assign_numbers_enabled
        if enable_client_side_testing is not UNSET:
            field_dict["enable_client_side_testing"] = enable_client_side_testing
        if use_provider_transcript is not UNSET:
            field_dict["use_provider_transcript"] = use_provider_transcript
        if should_show_powered_by is not UNSET:
            field_dict["should_show_powered_by"] = should_show_powered_by
        if notify_results_completion is not UNSET:
            field_dict["notify_results_completion"] = notify_results_completion
        if notify_daily_report is not UNSET:
            field_dict["notify_daily_report"] = notify_daily_report
        if notify_daily_report_no_calls is not UNSET:
            field_dict["notify_daily_report_no_calls"] = notify_daily_report_no_calls
        if daily_report_ai_summary_enabled is not UNSET:
            field_dict["daily_report_ai_summary_enabled"] = daily_report_ai_summary_enabled
        if notify_cron_failure is not UNSET:
            field_dict["notify_cron_failure"] = notify_cron_failure
        if notify_cron_success is not UNSET:
            field_dict["notify_cron_success"] = notify_cron_success
        if notify_no_calls is not UNSET:
            field_dict["notify_no_calls"] = notify_no_calls
        if no_calls_notify_time_period is not UNSET:
            field_dict["no_calls_notify_time_period"] = no_calls_notify_time_period
        if notify_daily_report_webhook is not UNSET:
            field_dict["notify_daily_report_webhook"] = notify_daily_report_webhook
        if notify_pre_run_webhook is not UNSET:
            field_dict["notify_pre_run_webhook"] = notify_pre_run_webhook
        if daily_report_dashboard_ids is not UNSET:
            field_dict["daily_report_dashboard_ids"] = daily_report_dashboard_ids
        if notify_result_webhook_failed is not UNSET:
            field_dict["notify_result_webhook_failed"] = notify_result_webhook_failed
        if notify_result_webhook_success is not UNSET:
            field_dict["notify_result_webhook_success"] = notify_result_webhook_success
        if notify_result_webhook_error is not UNSET:
            field_dict["notify_result_webhook_error"] = notify_result_webhook_error
        if notify_cronjob_webhook_failed is not UNSET:
            field_dict["notify_cronjob_webhook_failed"] = notify_cronjob_webhook_failed
        if notify_cronjob_webhook_success is not UNSET:
            field_dict["notify_cronjob_webhook_success"] = notify_cronjob_webhook_success
        if notify_cronjob_webhook_error is not UNSET:
            field_dict["notify_cronjob_webhook_error"] = notify_cronjob_webhook_error
        if notify_call_log_webhook_failed is not UNSET:
            field_dict["notify_call_log_webhook_failed"] = notify_call_log_webhook_failed
        if notify_call_log_webhook_success is not UNSET:
            field_dict["notify_call_log_webhook_success"] = notify_call_log_webhook_success
        if notify_frequent_calls_for_number is not UNSET:
            field_dict["notify_frequent_calls_for_number"] = notify_frequent_calls_for_number
        if frequent_calls_threshold is not UNSET:
            field_dict["frequent_calls_threshold"] = frequent_calls_threshold
        if frequent_calls_time_period is not UNSET:
            field_dict["frequent_calls_time_period"] = frequent_calls_time_period
        if frequent_calls_cooldown is not UNSET:
            field_dict["frequent_calls_cooldown"] = frequent_calls_cooldown
        if forward_vapi_webhook is not UNSET:
            field_dict["forward_vapi_webhook"] = forward_vapi_webhook
        if forward_retell_webhook is not UNSET:
            field_dict["forward_retell_webhook"] = forward_retell_webhook
        if is_send_emails_enabled is not UNSET:
            field_dict["is_send_emails_enabled"] = is_send_emails_enabled
        if rubric_config is not UNSET:
            field_dict["rubric_config"] = rubric_config
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
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
        if elevenlabs_api_key is not UNSET:
            field_dict["elevenlabs_api_key"] = elevenlabs_api_key
        if elevenlabs_api_key_configured is not UNSET and _response:
            field_dict["elevenlabs_api_key_configured"] = elevenlabs_api_key_configured
        if livekit_api_key is not UNSET:
            field_dict["livekit_api_key"] = livekit_api_key
        if livekit_api_key_configured is not UNSET and _response:
            field_dict["livekit_api_key_configured"] = livekit_api_key_configured
        if pipecat_api_key is not UNSET:
            field_dict["pipecat_api_key"] = pipecat_api_key
        if pipecat_api_key_configured is not UNSET and _response:
            field_dict["pipecat_api_key_configured"] = pipecat_api_key_configured
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.organization_id, Unset):
            files.append(("organization_id", (None, str(self.organization_id).encode(), "text/plain")))

        if not isinstance(self.outbound_timeout, Unset):
            files.append(("outbound_timeout", (None, str(self.outbound_timeout).encode(), "text/plain")))

        if not isinstance(self.max_call_duration, Unset):
            files.append(("max_call_duration", (None, str(self.max_call_duration).encode(), "text/plain")))

        if not isinstance(self.min_call_duration, Unset):
            files.append(("min_call_duration", (None, str(self.min_call_duration).encode(), "text/plain")))

        if not isinstance(self.sample_rate, Unset):
            files.append(("sample_rate", (None, str(self.sample_rate).encode(), "text/plain")))

        if not isinstance(self.max_messages_chat_runs_limit, Unset):
            files.append(
                ("max_messages_chat_runs_limit", (None, str(self.max_messages_chat_runs_limit).encode(), "text/plain"))
            )

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.webhook_secret, Unset):
            files.append(("webhook_secret", (None, str(self.webhook_secret).encode(), "text/plain")))

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

        if not isinstance(self.enable_client_side_testing, Unset):
            files.append(
                ("enable_client_side_testing", (None, str(self.enable_client_side_testing).encode(), "text/plain"))
            )

        if not isinstance(self.use_provider_transcript, Unset):
            files.append(("use_provider_transcript", (None, str(self.use_provider_transcript).encode(), "text/plain")))

        if not isinstance(self.should_show_powered_by, Unset):
            files.append(("should_show_powered_by", (None, str(self.should_show_powered_by).encode(), "text/plain")))

        if not isinstance(self.notify_results_completion, Unset):
            files.append(
                ("notify_results_completion", (None, str(self.notify_results_completion).encode(), "text/plain"))
            )

        if not isinstance(self.notify_daily_report, Unset):
            files.append(("notify_daily_report", (None, str(self.notify_daily_report).encode(), "text/plain")))

        if not isinstance(self.notify_daily_report_no_calls, Unset):
            files.append(
                ("notify_daily_report_no_calls", (None, str(self.notify_daily_report_no_calls).encode(), "text/plain"))
            )

        if not isinstance(self.daily_report_ai_summary_enabled, Unset):
            files.append(
                (
                    "daily_report_ai_summary_enabled",
                    (None, str(self.daily_report_ai_summary_enabled).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_cron_failure, Unset):
            files.append(("notify_cron_failure", (None, str(self.notify_cron_failure).encode(), "text/plain")))

        if not isinstance(self.notify_cron_success, Unset):
            files.append(("notify_cron_success", (None, str(self.notify_cron_success).encode(), "text/plain")))

        if not isinstance(self.notify_no_calls, Unset):
            files.append(("notify_no_calls", (None, str(self.notify_no_calls).encode(), "text/plain")))

        if not isinstance(self.no_calls_notify_time_period, Unset):
            files.append(
                ("no_calls_notify_time_period", (None, str(self.no_calls_notify_time_period).encode(), "text/plain"))
            )

        if not isinstance(self.notify_daily_report_webhook, Unset):
            files.append(
                ("notify_daily_report_webhook", (None, str(self.notify_daily_report_webhook).encode(), "text/plain"))
            )

        if not isinstance(self.notify_pre_run_webhook, Unset):
            files.append(("notify_pre_run_webhook", (None, str(self.notify_pre_run_webhook).encode(), "text/plain")))

        if not isinstance(self.daily_report_dashboard_ids, Unset):
            for daily_report_dashboard_ids_item_element in self.daily_report_dashboard_ids:
                files.append(
                    (
                        "daily_report_dashboard_ids",
                        (None, str(daily_report_dashboard_ids_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.notify_result_webhook_failed, Unset):
            files.append(
                ("notify_result_webhook_failed", (None, str(self.notify_result_webhook_failed).encode(), "text/plain"))
            )

        if not isinstance(self.notify_result_webhook_success, Unset):
            files.append(
                (
                    "notify_result_webhook_success",
                    (None, str(self.notify_result_webhook_success).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_result_webhook_error, Unset):
            files.append(
                ("notify_result_webhook_error", (None, str(self.notify_result_webhook_error).encode(), "text/plain"))
            )

        if not isinstance(self.notify_cronjob_webhook_failed, Unset):
            files.append(
                (
                    "notify_cronjob_webhook_failed",
                    (None, str(self.notify_cronjob_webhook_failed).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_cronjob_webhook_success, Unset):
            files.append(
                (
                    "notify_cronjob_webhook_success",
                    (None, str(self.notify_cronjob_webhook_success).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_cronjob_webhook_error, Unset):
            files.append(
                ("notify_cronjob_webhook_error", (None, str(self.notify_cronjob_webhook_error).encode(), "text/plain"))
            )

        if not isinstance(self.notify_call_log_webhook_failed, Unset):
            files.append(
                (
                    "notify_call_log_webhook_failed",
                    (None, str(self.notify_call_log_webhook_failed).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notify_call_log_webhook_success, Unset):
            files.append(
                (
                    "notify_call_log_webhook_success",
                    (None, str(self.notify_call_log_webhook_success).encode(), "text/plain"),
                )
            )

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

        if not isinstance(self.forward_vapi_webhook, Unset):
            files.append(("forward_vapi_webhook", (None, str(self.forward_vapi_webhook).encode(), "text/plain")))

        if not isinstance(self.forward_retell_webhook, Unset):
            files.append(("forward_retell_webhook", (None, str(self.forward_retell_webhook).encode(), "text/plain")))

        if not isinstance(self.is_send_emails_enabled, Unset):
            files.append(("is_send_emails_enabled", (None, str(self.is_send_emails_enabled).encode(), "text/plain")))

        if not isinstance(self.rubric_config, Unset):
            files.append(("rubric_config", (None, str(self.rubric_config).encode(), "text/plain")))

        if not isinstance(self.timezone, Unset):
            files.append(("timezone", (None, str(self.timezone).encode(), "text/plain")))

        if not isinstance(self.vapi_api_key, Unset):
            files.append(("vapi_api_key", (None, str(self.vapi_api_key).encode(), "text/plain")))

        if not isinstance(self.retell_api_key, Unset):
            files.append(("retell_api_key", (None, str(self.retell_api_key).encode(), "text/plain")))

        if not isinstance(self.syntflow_api_key, Unset):
            files.append(("syntflow_api_key", (None, str(self.syntflow_api_key).encode(), "text/plain")))

        if not isinstance(self.elevenlabs_api_key, Unset):
            files.append(("elevenlabs_api_key", (None, str(self.elevenlabs_api_key).encode(), "text/plain")))

        if not isinstance(self.livekit_api_key, Unset):
            files.append(("livekit_api_key", (None, str(self.livekit_api_key).encode(), "text/plain")))

        if not isinstance(self.pipecat_api_key, Unset):
            files.append(("pipecat_api_key", (None, str(self.pipecat_api_key).encode(), "text/plain")))

        if not isinstance(self.is_deleted, Unset):
            files.append(("is_deleted", (None, str(self.is_deleted).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_inline import MembershipInline  # noqa: PLC0415
        from ..models.organization_inline import OrganizationInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

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

            _field = "organization"
            _organization = d.pop("organization", UNSET)
            organization: OrganizationInline | Unset
            if isinstance(_organization, Unset):
                organization = UNSET
            else:
                organization = OrganizationInline.from_dict(_organization)

            if not isinstance(organization, (OrganizationInline, Unset)):
                expect(organization, (OrganizationInline, Unset))

            _field = "organization_id"
            organization_id = d.pop("organization_id", UNSET)
            if not isinstance(organization_id, (int, Unset)) or isinstance(organization_id, bool):
                expect(organization_id, (int, Unset))

            _field = "outbound_timeout"
            outbound_timeout = d.pop("outbound_timeout", UNSET)
            if not isinstance(outbound_timeout, (int, Unset)) or isinstance(outbound_timeout, bool):
                expect(outbound_timeout, (int, Unset))

            _field = "max_call_duration"
            max_call_duration = d.pop("max_call_duration", UNSET)
            if not isinstance(max_call_duration, (int, Unset)) or isinstance(max_call_duration, bool):
                expect(max_call_duration, (int, Unset))

            _field = "min_call_duration"
            min_call_duration = d.pop("min_call_duration", UNSET)
            if not isinstance(min_call_duration, (int, Unset)) or isinstance(min_call_duration, bool):
                expect(min_call_duration, (int, Unset))

            _field = "sample_rate"
            sample_rate = d.pop("sample_rate", UNSET)
            if not isinstance(sample_rate, (float, int, Unset)) or isinstance(sample_rate, bool):
                expect(sample_rate, (float, int, Unset))

            _field = "max_messages_chat_runs_limit"
            max_messages_chat_runs_limit = d.pop("max_messages_chat_runs_limit", UNSET)
            if not isinstance(max_messages_chat_runs_limit, (int, Unset)) or isinstance(
                max_messages_chat_runs_limit, bool
            ):
                expect(max_messages_chat_runs_limit, (int, Unset))

            _field = "webhook_url"
            webhook_url = d.pop("webhook_url", UNSET)
            if not isinstance(webhook_url, (str, Unset)):
                expect(webhook_url, (str, Unset))

            _field = "webhook_secret"
            webhook_secret = d.pop("webhook_secret", UNSET)
            if not isinstance(webhook_secret, (str, Unset)):
                expect(webhook_secret, (str, Unset))

            _field = "webhook_secret_configured"
            webhook_secret_configured = d.pop("webhook_secret_configured", UNSET)
            if not isinstance(webhook_secret_configured, (str, Unset)):
                expect(webhook_secret_configured, (str, Unset))

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

            _field = "enable_client_side_testing"
            enable_client_side_testing = d.pop("enable_client_side_testing", UNSET)
            if not isinstance(enable_client_side_testing, (bool, Unset)):
                expect(enable_client_side_testing, (bool, Unset))

            _field = "use_provider_transcript"
            use_provider_transcript = d.pop("use_provider_transcript", UNSET)
            if not isinstance(use_provider_transcript, (bool, Unset)):
                expect(use_provider_transcript, (bool, Unset))

            _field = "should_show_powered_by"
            should_show_powered_by = d.pop("should_show_powered_by", UNSET)
            if not isinstance(should_show_powered_by, (bool, Unset)):
                expect(should_show_powered_by, (bool, Unset))

            _field = "notify_results_completion"
            notify_results_completion = d.pop("notify_results_completion", UNSET)
            if not isinstance(notify_results_completion, (bool, Unset)):
                expect(notify_results_completion, (bool, Unset))

            _field = "notify_daily_report"
            notify_daily_report = d.pop("notify_daily_report", UNSET)
            if not isinstance(notify_daily_report, (bool, Unset)):
                expect(notify_daily_report, (bool, Unset))

            _field = "notify_daily_report_no_calls"
            notify_daily_report_no_calls = d.pop("notify_daily_report_no_calls", UNSET)
            if not isinstance(notify_daily_report_no_calls, (bool, Unset)):
                expect(notify_daily_report_no_calls, (bool, Unset))

            _field = "daily_report_ai_summary_enabled"
            daily_report_ai_summary_enabled = d.pop("daily_report_ai_summary_enabled", UNSET)
            if not isinstance(daily_report_ai_summary_enabled, (bool, Unset)):
                expect(daily_report_ai_summary_enabled, (bool, Unset))

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

            _field = "no_calls_notify_time_period"
            no_calls_notify_time_period = d.pop("no_calls_notify_time_period", UNSET)

            _field = "notify_daily_report_webhook"
            notify_daily_report_webhook = d.pop("notify_daily_report_webhook", UNSET)
            if not isinstance(notify_daily_report_webhook, (bool, Unset)):
                expect(notify_daily_report_webhook, (bool, Unset))

            _field = "notify_pre_run_webhook"
            notify_pre_run_webhook = d.pop("notify_pre_run_webhook", UNSET)
            if not isinstance(notify_pre_run_webhook, (bool, Unset)):
                expect(notify_pre_run_webhook, (bool, Unset))

            _field = "daily_report_dashboard_ids"
            daily_report_dashboard_ids = cast(list[int], d.pop("daily_report_dashboard_ids", UNSET))

            if not isinstance(daily_report_dashboard_ids, (list, Unset)):
                expect(daily_report_dashboard_ids, (list, Unset))

            _field = "notify_result_webhook_failed"
            notify_result_webhook_failed = d.pop("notify_result_webhook_failed", UNSET)
            if not isinstance(notify_result_webhook_failed, (bool, Unset)):
                expect(notify_result_webhook_failed, (bool, Unset))

            _field = "notify_result_webhook_success"
            notify_result_webhook_success = d.pop("notify_result_webhook_success", UNSET)
            if not isinstance(notify_result_webhook_success, (bool, Unset)):
                expect(notify_result_webhook_success, (bool, Unset))

            _field = "notify_result_webhook_error"
            notify_result_webhook_error = d.pop("notify_result_webhook_error", UNSET)
            if not isinstance(notify_result_webhook_error, (bool, Unset)):
                expect(notify_result_webhook_error, (bool, Unset))

            _field = "notify_cronjob_webhook_failed"
            notify_cronjob_webhook_failed = d.pop("notify_cronjob_webhook_failed", UNSET)
            if not isinstance(notify_cronjob_webhook_failed, (bool, Unset)):
                expect(notify_cronjob_webhook_failed, (bool, Unset))

            _field = "notify_cronjob_webhook_success"
            notify_cronjob_webhook_success = d.pop("notify_cronjob_webhook_success", UNSET)
            if not isinstance(notify_cronjob_webhook_success, (bool, Unset)):
                expect(notify_cronjob_webhook_success, (bool, Unset))

            _field = "notify_cronjob_webhook_error"
            notify_cronjob_webhook_error = d.pop("notify_cronjob_webhook_error", UNSET)
            if not isinstance(notify_cronjob_webhook_error, (bool, Unset)):
                expect(notify_cronjob_webhook_error, (bool, Unset))

            _field = "notify_call_log_webhook_failed"
            notify_call_log_webhook_failed = d.pop("notify_call_log_webhook_failed", UNSET)
            if not isinstance(notify_call_log_webhook_failed, (bool, Unset)):
                expect(notify_call_log_webhook_failed, (bool, Unset))

            _field = "notify_call_log_webhook_success"
            notify_call_log_webhook_success = d.pop("notify_call_log_webhook_success", UNSET)
            if not isinstance(notify_call_log_webhook_success, (bool, Unset)):
                expect(notify_call_log_webhook_success, (bool, Unset))

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

            _field = "rubric_config"
            rubric_config = d.pop("rubric_config", UNSET)

            _field = "timezone"
            timezone = d.pop("timezone", UNSET)
            if not isinstance(timezone, (str, Unset)):
                expect(timezone, (str, Unset))

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

            _field = "elevenlabs_api_key"
            elevenlabs_api_key = d.pop("elevenlabs_api_key", UNSET)
            if not isinstance(elevenlabs_api_key, (str, Unset)):
                expect(elevenlabs_api_key, (str, Unset))

            _field = "elevenlabs_api_key_configured"
            elevenlabs_api_key_configured = d.pop("elevenlabs_api_key_configured", UNSET)
            if not isinstance(elevenlabs_api_key_configured, (str, Unset)):
                expect(elevenlabs_api_key_configured, (str, Unset))

            _field = "livekit_api_key"
            livekit_api_key = d.pop("livekit_api_key", UNSET)
            if not isinstance(livekit_api_key, (str, Unset)):
                expect(livekit_api_key, (str, Unset))

            _field = "livekit_api_key_configured"
            livekit_api_key_configured = d.pop("livekit_api_key_configured", UNSET)
            if not isinstance(livekit_api_key_configured, (str, Unset)):
                expect(livekit_api_key_configured, (str, Unset))

            _field = "pipecat_api_key"
            pipecat_api_key = d.pop("pipecat_api_key", UNSET)
            if not isinstance(pipecat_api_key, (str, Unset)):
                expect(pipecat_api_key, (str, Unset))

            _field = "pipecat_api_key_configured"
            pipecat_api_key_configured = d.pop("pipecat_api_key_configured", UNSET)
            if not isinstance(pipecat_api_key_configured, (str, Unset)):
                expect(pipecat_api_key_configured, (str, Unset))

            _field = "is_deleted"
            is_deleted = d.pop("is_deleted", UNSET)
            if not isinstance(is_deleted, (bool, Unset)):
                expect(is_deleted, (bool, Unset))

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

            project = cls(
                name=name,
                id=id,
                members=members,
                organization=organization,
                organization_id=organization_id,
                outbound_timeout=outbound_timeout,
                max_call_duration=max_call_duration,
                min_call_duration=min_call_duration,
                sample_rate=sample_rate,
                max_messages_chat_runs_limit=max_messages_chat_runs_limit,
                webhook_url=webhook_url,
                webhook_secret=webhook_secret,
                webhook_secret_configured=webhook_secret_configured,
                evaluate_relevant_metrics_enabled=evaluate_relevant_metrics_enabled,
                end_call_enabled=end_call_enabled,
                generate_scenario_auto_assign_numbers_enabled=generate_scenario_auto_assign_numbers_enabled,
                enable_client_side_testing=enable_client_side_testing,
                use_provider_transcript=use_provider_transcript,
                should_show_powered_by=should_show_powered_by,
                notify_results_completion=notify_results_completion,
                notify_daily_report=notify_daily_report,
                notify_daily_report_no_calls=notify_daily_report_no_calls,
                daily_report_ai_summary_enabled=daily_report_ai_summary_enabled,
                notify_cron_failure=notify_cron_failure,
                notify_cron_success=notify_cron_success,
                notify_no_calls=notify_no_calls,
                no_calls_notify_time_period=no_calls_notify_time_period,
                notify_daily_report_webhook=notify_daily_report_webhook,
                notify_pre_run_webhook=notify_pre_run_webhook,
                daily_report_dashboard_ids=daily_report_dashboard_ids,
                notify_result_webhook_failed=notify_result_webhook_failed,
                notify_result_webhook_success=notify_result_webhook_success,
                notify_result_webhook_error=notify_result_webhook_error,
                notify_cronjob_webhook_failed=notify_cronjob_webhook_failed,
                notify_cronjob_webhook_success=notify_cronjob_webhook_success,
                notify_cronjob_webhook_error=notify_cronjob_webhook_error,
                notify_call_log_webhook_failed=notify_call_log_webhook_failed,
                notify_call_log_webhook_success=notify_call_log_webhook_success,
                notify_frequent_calls_for_number=notify_frequent_calls_for_number,
                frequent_calls_threshold=frequent_calls_threshold,
                frequent_calls_time_period=frequent_calls_time_period,
                frequent_calls_cooldown=frequent_calls_cooldown,
                forward_vapi_webhook=forward_vapi_webhook,
                forward_retell_webhook=forward_retell_webhook,
                is_send_emails_enabled=is_send_emails_enabled,
                rubric_config=rubric_config,
                timezone=timezone,
                vapi_api_key=vapi_api_key,
                vapi_api_key_configured=vapi_api_key_configured,
                vapi_public_key_configured=vapi_public_key_configured,
                retell_api_key=retell_api_key,
                retell_api_key_configured=retell_api_key_configured,
                syntflow_api_key=syntflow_api_key,
                syntflow_api_key_configured=syntflow_api_key_configured,
                elevenlabs_api_key=elevenlabs_api_key,
                elevenlabs_api_key_configured=elevenlabs_api_key_configured,
                livekit_api_key=livekit_api_key,
                livekit_api_key_configured=livekit_api_key_configured,
                pipecat_api_key=pipecat_api_key,
                pipecat_api_key_configured=pipecat_api_key_configured,
                is_deleted=is_deleted,
                created_at=created_at,
                updated_at=updated_at,
            )

            project.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return project

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
