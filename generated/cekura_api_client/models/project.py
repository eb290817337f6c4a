from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_inline import MembershipInline
    from ..models.organization_inline import OrganizationInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "members",
        "organization",
        "organization_id",
        "outbound_timeout",
        "max_call_duration",
        "min_call_duration",
        "sample_rate",
        "max_messages_chat_runs_limit",
        "webhook_url",
        "webhook_secret",
        "webhook_secret_configured",
        "evaluate_relevant_metrics_enabled",
        "end_call_enabled",
        "generate_scenario_auto_assign_numbers_enabled",
        "enable_client_side_testing",
        "use_provider_transcript",
        "should_show_powered_by",
        "notify_results_completion",
        "notify_daily_report",
        "notify_daily_report_no_calls",
        "daily_report_ai_summary_enabled",
        "notify_cron_failure",
        "notify_cron_success",
        "notify_no_calls",
        "no_calls_notify_time_period",
        "notify_daily_report_webhook",
        "notify_pre_run_webhook",
        "daily_report_dashboard_ids",
        "notify_result_webhook_failed",
        "notify_result_webhook_success",
        "notify_result_webhook_error",
        "notify_cronjob_webhook_failed",
        "notify_cronjob_webhook_success",
        "notify_cronjob_webhook_error",
        "notify_call_log_webhook_failed",
        "notify_call_log_webhook_success",
        "notify_frequent_calls_for_number",
        "frequent_calls_threshold",
        "frequent_calls_time_period",
        "frequent_calls_cooldown",
        "forward_vapi_webhook",
        "forward_retell_webhook",
        "is_send_emails_enabled",
        "rubric_config",
        "timezone",
        "vapi_api_key",
        "vapi_api_key_configured",
        "vapi_public_key_configured",
        "retell_api_key",
        "retell_api_key_configured",
        "syntflow_api_key",
        "syntflow_api_key_configured",
        "elevenlabs_api_key",
        "elevenlabs_api_key_configured",
        "livekit_api_key",
        "livekit_api_key_configured",
        "pipecat_api_key",
        "pipecat_api_key_configured",
        "is_deleted",
        "created_at",
        "updated_at",
    }
)

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
            "name": self.name,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.members, Unset) and _response:
            field_dict["members"] = (
                [
                    element.to_dict() if type(element) is MembershipInline else written(element, "members", self)
                    for element in self.members
                ]
                if type(self.members) is list
                else written(self.members, "members", self)
            )
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = (
                self.organization.to_dict()
                if type(self.organization) is OrganizationInline
                else written(self.organization, "organization", self)
            )
        if not isinstance(self.organization_id, Unset):
            field_dict["organization_id"] = self.organization_id
        if not isinstance(self.outbound_timeout, Unset):
            field_dict["outbound_timeout"] = self.outbound_timeout
        if not isinstance(self.max_call_duration, Unset):
            field_dict["max_call_duration"] = self.max_call_duration
        if not isinstance(self.min_call_duration, Unset):
            field_dict["min_call_duration"] = self.min_call_duration
        if not isinstance(self.sample_rate, Unset):
            field_dict["sample_rate"] = self.sample_rate
        if not isinstance(self.max_messages_chat_runs_limit, Unset):
            field_dict["max_messages_chat_runs_limit"] = self.max_messages_chat_runs_limit
        if not isinstance(self.webhook_url, Unset):
            field_dict["webhook_url"] = self.webhook_url
        if not isinstance(self.webhook_secret, Unset):
            field_dict["webhook_secret"] = self.webhook_secret
        if not isinstance(self.webhook_secret_configured, Unset) and _response:
            field_dict["webhook_secret_configured"] = self.webhook_secret_configured
        if not isinstance(self.evaluate_relevant_metrics_enabled, Unset):
            field_dict["evaluate_relevant_metrics_enabled"] = self.evaluate_relevant_metrics_enabled
        if not isinstance(self.end_call_enabled, Unset):
            field_dict["end_call_enabled"] = self.end_call_enabled
        if not isinstance(self.generate_scenario_auto_assign_numbers_enabled, Unset):
            field_dict["generate_scenario_auto_assign_numbers_enabled"] = (
                self.generate_scenario_auto_assign_numbers_enabled
            )
        if not isinstance(self.enable_client_side_testing, Unset):
            field_dict["enable_client_side_testing"] = self.enable_client_side_testing
        if not isinstance(self.use_provider_transcript, Unset):
            field_dict["use_provider_transcript"] = self.use_provider_transcript
        if not isinstance(self.should_show_powered_by, Unset):
            field_dict["should_show_powered_by"] = self.should_show_powered_by
        if not isinstance(self.notify_results_completion, Unset):
            field_dict["notify_results_completion"] = self.notify_results_completion
        if not isinstance(self.notify_daily_report, Unset):
            field_dict["notify_daily_report"] = self.notify_daily_report
        if not isinstance(self.notify_daily_report_no_calls, Unset):
            field_dict["notify_daily_report_no_calls"] = self.notify_daily_report_no_calls
        if not isinstance(self.daily_report_ai_summary_enabled, Unset):
            field_dict["daily_report_ai_summary_enabled"] = self.daily_report_ai_summary_enabled
        if not isinstance(self.notify_cron_failure, Unset):
            field_dict["notify_cron_failure"] = self.notify_cron_failure
        if not isinstance(self.notify_cron_success, Unset):
            field_dict["notify_cron_success"] = self.notify_cron_success
        if not isinstance(self.notify_no_calls, Unset):
            field_dict["notify_no_calls"] = self.notify_no_calls
        if not isinstance(self.no_calls_notify_time_period, Unset):
            field_dict["no_calls_notify_time_period"] = self.no_calls_notify_time_period
        if not isinstance(self.notify_daily_report_webhook, Unset):
            field_dict["notify_daily_report_webhook"] = self.notify_daily_report_webhook
        if not isinstance(self.notify_pre_run_webhook, Unset):
            field_dict["notify_pre_run_webhook"] = self.notify_pre_run_webhook
        if not isinstance(self.daily_report_dashboard_ids, Unset):
            field_dict["daily_report_dashboard_ids"] = self.daily_report_dashboard_ids
        if not isinstance(self.notify_result_webhook_failed, Unset):
            field_dict["notify_result_webhook_failed"] = self.notify_result_webhook_failed
        if not isinstance(self.notify_result_webhook_success, Unset):
            field_dict["notify_result_webhook_success"] = self.notify_result_webhook_success
        if not isinstance(self.notify_result_webhook_error, Unset):
            field_dict["notify_result_webhook_error"] = self.notify_result_webhook_error
        if not isinstance(self.notify_cronjob_webhook_failed, Unset):
            field_dict["notify_cronjob_webhook_failed"] = self.notify_cronjob_webhook_failed
        if not isinstance(self.notify_cronjob_webhook_success, Unset):
            field_dict["notify_cronjob_webhook_success"] = self.notify_cronjob_webhook_success
        if not isinstance(self.notify_cronjob_webhook_error, Unset):
            field_dict["notify_cronjob_webhook_error"] = self.notify_cronjob_webhook_error
        if not isinstance(self.notify_call_log_webhook_failed, Unset):
            field_dict["notify_call_log_webhook_failed"] = self.notify_call_log_webhook_failed
        if not isinstance(self.notify_call_log_webhook_success, Unset):
            field_dict["notify_call_log_webhook_success"] = self.notify_call_log_webhook_success
        if not isinstance(self.notify_frequent_calls_for_number, Unset):
            field_dict["notify_frequent_calls_for_number"] = self.notify_frequent_calls_for_number
        if not isinstance(self.frequent_calls_threshold, Unset):
            field_dict["frequent_calls_threshold"] = self.frequent_calls_threshold
        if not isinstance(self.frequent_calls_time_period, Unset):
            field_dict["frequent_calls_time_period"] = self.frequent_calls_time_period
        if not isinstance(self.frequent_calls_cooldown, Unset):
            field_dict["frequent_calls_cooldown"] = self.frequent_calls_cooldown
        if not isinstance(self.forward_vapi_webhook, Unset):
            field_dict["forward_vapi_webhook"] = self.forward_vapi_webhook
        if not isinstance(self.forward_retell_webhook, Unset):
            field_dict["forward_retell_webhook"] = self.forward_retell_webhook
        if not isinstance(self.is_send_emails_enabled, Unset):
            field_dict["is_send_emails_enabled"] = self.is_send_emails_enabled
        if not isinstance(self.rubric_config, Unset):
            field_dict["rubric_config"] = self.rubric_config
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = self.timezone
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
        if not isinstance(self.elevenlabs_api_key, Unset):
            field_dict["elevenlabs_api_key"] = self.elevenlabs_api_key
        if not isinstance(self.elevenlabs_api_key_configured, Unset) and _response:
            field_dict["elevenlabs_api_key_configured"] = self.elevenlabs_api_key_configured
        if not isinstance(self.livekit_api_key, Unset):
            field_dict["livekit_api_key"] = self.livekit_api_key
        if not isinstance(self.livekit_api_key_configured, Unset) and _response:
            field_dict["livekit_api_key_configured"] = self.livekit_api_key_configured
        if not isinstance(self.pipecat_api_key, Unset):
            field_dict["pipecat_api_key"] = self.pipecat_api_key
        if not isinstance(self.pipecat_api_key_configured, Unset) and _response:
            field_dict["pipecat_api_key_configured"] = self.pipecat_api_key_configured
        if not isinstance(self.is_deleted, Unset):
            field_dict["is_deleted"] = self.is_deleted
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
                (
                    "no_calls_notify_time_period",
                    (None, form_text(self.no_calls_notify_time_period, "no_calls_notify_time_period"), "text/plain"),
                )
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
            files.append(("rubric_config", (None, form_text(self.rubric_config, "rubric_config"), "text/plain")))

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
            _present = 1
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

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

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    organization = OrganizationInline.from_dict(organization)
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "OrganizationInline")

            _field = "organization_id"
            try:
                if "organization_id" in src_dict:
                    organization_id: Any = src_dict["organization_id"]
                    _present += 1
                    if type(organization_id) is not int:
                        organization_id = checked(organization_id, (int,))
                else:
                    organization_id = UNSET
            except FIELD_ERRORS as _error:
                organization_id, _found = tolerated(src_dict, "organization_id", _error, _found, "int")

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

            _field = "min_call_duration"
            try:
                if "min_call_duration" in src_dict:
                    min_call_duration: Any = src_dict["min_call_duration"]
                    _present += 1
                    if type(min_call_duration) is not int:
                        min_call_duration = checked(min_call_duration, (int,))
                else:
                    min_call_duration = UNSET
            except FIELD_ERRORS as _error:
                min_call_duration, _found = tolerated(src_dict, "min_call_duration", _error, _found, "int")

            _field = "sample_rate"
            try:
                if "sample_rate" in src_dict:
                    sample_rate: Any = src_dict["sample_rate"]
                    _present += 1
                    if type(sample_rate) is not float:
                        sample_rate = checked(sample_rate, (float, int))
                else:
                    sample_rate = UNSET
            except FIELD_ERRORS as _error:
                sample_rate, _found = tolerated(src_dict, "sample_rate", _error, _found, "float")

            _field = "max_messages_chat_runs_limit"
            try:
                if "max_messages_chat_runs_limit" in src_dict:
                    max_messages_chat_runs_limit: Any = src_dict["max_messages_chat_runs_limit"]
                    _present += 1
                    if type(max_messages_chat_runs_limit) is not int:
                        max_messages_chat_runs_limit = checked(max_messages_chat_runs_limit, (int,))
                else:
                    max_messages_chat_runs_limit = UNSET
            except FIELD_ERRORS as _error:
                max_messages_chat_runs_limit, _found = tolerated(
                    src_dict, "max_messages_chat_runs_limit", _error, _found, "int"
                )

            _field = "webhook_url"
            try:
                if "webhook_url" in src_dict:
                    webhook_url: Any = src_dict["webhook_url"]
                    _present += 1
                    if type(webhook_url) is not str:
                        webhook_url = checked(webhook_url, (str,))
                else:
                    webhook_url = UNSET
            except FIELD_ERRORS as _error:
                webhook_url, _found = tolerated(src_dict, "webhook_url", _error, _found, "str")

            _field = "webhook_secret"
            try:
                if "webhook_secret" in src_dict:
                    webhook_secret: Any = src_dict["webhook_secret"]
                    _present += 1
                    if type(webhook_secret) is not str:
                        webhook_secret = checked(webhook_secret, (str,))
                else:
                    webhook_secret = UNSET
            except FIELD_ERRORS as _error:
                webhook_secret, _found = tolerated(src_dict, "webhook_secret", _error, _found, "str")

            _field = "webhook_secret_configured"
            try:
                if "webhook_secret_configured" in src_dict:
                    webhook_secret_configured: Any = src_dict["webhook_secret_configured"]
                    _present += 1
                    if type(webhook_secret_configured) is not str:
                        webhook_secret_configured = checked(webhook_secret_configured, (str,))
                else:
                    webhook_secret_configured = UNSET
            except FIELD_ERRORS as _error:
                webhook_secret_configured, _found = tolerated(
                    src_dict, "webhook_secret_configured", _error, _found, "str"
                )

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

            _field = "enable_client_side_testing"
            try:
                if "enable_client_side_testing" in src_dict:
                    enable_client_side_testing: Any = src_dict["enable_client_side_testing"]
                    _present += 1
                    if type(enable_client_side_testing) is not bool:
                        enable_client_side_testing = checked(enable_client_side_testing, (bool,))
                else:
                    enable_client_side_testing = UNSET
            except FIELD_ERRORS as _error:
                enable_client_side_testing, _found = tolerated(
                    src_dict, "enable_client_side_testing", _error, _found, "bool"
                )

            _field = "use_provider_transcript"
            try:
                if "use_provider_transcript" in src_dict:
                    use_provider_transcript: Any = src_dict["use_provider_transcript"]
                    _present += 1
                    if type(use_provider_transcript) is not bool:
                        use_provider_transcript = checked(use_provider_transcript, (bool,))
                else:
                    use_provider_transcript = UNSET
            except FIELD_ERRORS as _error:
                use_provider_transcript, _found = tolerated(src_dict, "use_provider_transcript", _error, _found, "bool")

            _field = "should_show_powered_by"
            try:
                if "should_show_powered_by" in src_dict:
                    should_show_powered_by: Any = src_dict["should_show_powered_by"]
                    _present += 1
                    if type(should_show_powered_by) is not bool:
                        should_show_powered_by = checked(should_show_powered_by, (bool,))
                else:
                    should_show_powered_by = UNSET
            except FIELD_ERRORS as _error:
                should_show_powered_by, _found = tolerated(src_dict, "should_show_powered_by", _error, _found, "bool")

            _field = "notify_results_completion"
            try:
                if "notify_results_completion" in src_dict:
                    notify_results_completion: Any = src_dict["notify_results_completion"]
                    _present += 1
                    if type(notify_results_completion) is not bool:
                        notify_results_completion = checked(notify_results_completion, (bool,))
                else:
                    notify_results_completion = UNSET
            except FIELD_ERRORS as _error:
                notify_results_completion, _found = tolerated(
                    src_dict, "notify_results_completion", _error, _found, "bool"
                )

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

            _field = "notify_daily_report_no_calls"
            try:
                if "notify_daily_report_no_calls" in src_dict:
                    notify_daily_report_no_calls: Any = src_dict["notify_daily_report_no_calls"]
                    _present += 1
                    if type(notify_daily_report_no_calls) is not bool:
                        notify_daily_report_no_calls = checked(notify_daily_report_no_calls, (bool,))
                else:
                    notify_daily_report_no_calls = UNSET
            except FIELD_ERRORS as _error:
                notify_daily_report_no_calls, _found = tolerated(
                    src_dict, "notify_daily_report_no_calls", _error, _found, "bool"
                )

            _field = "daily_report_ai_summary_enabled"
            try:
                if "daily_report_ai_summary_enabled" in src_dict:
                    daily_report_ai_summary_enabled: Any = src_dict["daily_report_ai_summary_enabled"]
                    _present += 1
                    if type(daily_report_ai_summary_enabled) is not bool:
                        daily_report_ai_summary_enabled = checked(daily_report_ai_summary_enabled, (bool,))
                else:
                    daily_report_ai_summary_enabled = UNSET
            except FIELD_ERRORS as _error:
                daily_report_ai_summary_enabled, _found = tolerated(
                    src_dict, "daily_report_ai_summary_enabled", _error, _found, "bool"
                )

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

            _field = "no_calls_notify_time_period"
            try:
                if "no_calls_notify_time_period" in src_dict:
                    no_calls_notify_time_period: Any = src_dict["no_calls_notify_time_period"]
                    _present += 1

                else:
                    no_calls_notify_time_period = UNSET
            except FIELD_ERRORS as _error:
                no_calls_notify_time_period, _found = tolerated(
                    src_dict, "no_calls_notify_time_period", _error, _found, "Any"
                )

            _field = "notify_daily_report_webhook"
            try:
                if "notify_daily_report_webhook" in src_dict:
                    notify_daily_report_webhook: Any = src_dict["notify_daily_report_webhook"]
                    _present += 1
                    if type(notify_daily_report_webhook) is not bool:
                        notify_daily_report_webhook = checked(notify_daily_report_webhook, (bool,))
                else:
                    notify_daily_report_webhook = UNSET
            except FIELD_ERRORS as _error:
                notify_daily_report_webhook, _found = tolerated(
                    src_dict, "notify_daily_report_webhook", _error, _found, "bool"
                )

            _field = "notify_pre_run_webhook"
            try:
                if "notify_pre_run_webhook" in src_dict:
                    notify_pre_run_webhook: Any = src_dict["notify_pre_run_webhook"]
                    _present += 1
                    if type(notify_pre_run_webhook) is not bool:
                        notify_pre_run_webhook = checked(notify_pre_run_webhook, (bool,))
                else:
                    notify_pre_run_webhook = UNSET
            except FIELD_ERRORS as _error:
                notify_pre_run_webhook, _found = tolerated(src_dict, "notify_pre_run_webhook", _error, _found, "bool")

            _field = "daily_report_dashboard_ids"
            try:
                if "daily_report_dashboard_ids" in src_dict:
                    daily_report_dashboard_ids: Any = src_dict["daily_report_dashboard_ids"]
                    _present += 1
                    if type(daily_report_dashboard_ids) is not list:
                        daily_report_dashboard_ids = checked(daily_report_dashboard_ids, (list,))
                    for _item in daily_report_dashboard_ids:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    daily_report_dashboard_ids = UNSET
            except FIELD_ERRORS as _error:
                daily_report_dashboard_ids, _found = tolerated(
                    src_dict,
                    "daily_report_dashboard_ids",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

            _field = "notify_result_webhook_failed"
            try:
                if "notify_result_webhook_failed" in src_dict:
                    notify_result_webhook_failed: Any = src_dict["notify_result_webhook_failed"]
                    _present += 1
                    if type(notify_result_webhook_failed) is not bool:
                        notify_result_webhook_failed = checked(notify_result_webhook_failed, (bool,))
                else:
                    notify_result_webhook_failed = UNSET
            except FIELD_ERRORS as _error:
                notify_result_webhook_failed, _found = tolerated(
                    src_dict, "notify_result_webhook_failed", _error, _found, "bool"
                )

            _field = "notify_result_webhook_success"
            try:
                if "notify_result_webhook_success" in src_dict:
                    notify_result_webhook_success: Any = src_dict["notify_result_webhook_success"]
                    _present += 1
                    if type(notify_result_webhook_success) is not bool:
                        notify_result_webhook_success = checked(notify_result_webhook_success, (bool,))
                else:
                    notify_result_webhook_success = UNSET
            except FIELD_ERRORS as _error:
                notify_result_webhook_success, _found = tolerated(
                    src_dict, "notify_result_webhook_success", _error, _found, "bool"
                )

            _field = "notify_result_webhook_error"
            try:
                if "notify_result_webhook_error" in src_dict:
                    notify_result_webhook_error: Any = src_dict["notify_result_webhook_error"]
                    _present += 1
                    if type(notify_result_webhook_error) is not bool:
                        notify_result_webhook_error = checked(notify_result_webhook_error, (bool,))
                else:
                    notify_result_webhook_error = UNSET
            except FIELD_ERRORS as _error:
                notify_result_webhook_error, _found = tolerated(
                    src_dict, "notify_result_webhook_error", _error, _found, "bool"
                )

            _field = "notify_cronjob_webhook_failed"
            try:
                if "notify_cronjob_webhook_failed" in src_dict:
                    notify_cronjob_webhook_failed: Any = src_dict["notify_cronjob_webhook_failed"]
                    _present += 1
                    if type(notify_cronjob_webhook_failed) is not bool:
                        notify_cronjob_webhook_failed = checked(notify_cronjob_webhook_failed, (bool,))
                else:
                    notify_cronjob_webhook_failed = UNSET
            except FIELD_ERRORS as _error:
                notify_cronjob_webhook_failed, _found = tolerated(
                    src_dict, "notify_cronjob_webhook_failed", _error, _found, "bool"
                )

            _field = "notify_cronjob_webhook_success"
            try:
                if "notify_cronjob_webhook_success" in src_dict:
                    notify_cronjob_webhook_success: Any = src_dict["notify_cronjob_webhook_success"]
                    _present += 1
                    if type(notify_cronjob_webhook_success) is not bool:
                        notify_cronjob_webhook_success = checked(notify_cronjob_webhook_success, (bool,))
                else:
                    notify_cronjob_webhook_success = UNSET
            except FIELD_ERRORS as _error:
                notify_cronjob_webhook_success, _found = tolerated(
                    src_dict, "notify_cronjob_webhook_success", _error, _found, "bool"
                )

            _field = "notify_cronjob_webhook_error"
            try:
                if "notify_cronjob_webhook_error" in src_dict:
                    notify_cronjob_webhook_error: Any = src_dict["notify_cronjob_webhook_error"]
                    _present += 1
                    if type(notify_cronjob_webhook_error) is not bool:
                        notify_cronjob_webhook_error = checked(notify_cronjob_webhook_error, (bool,))
                else:
                    notify_cronjob_webhook_error = UNSET
            except FIELD_ERRORS as _error:
                notify_cronjob_webhook_error, _found = tolerated(
                    src_dict, "notify_cronjob_webhook_error", _error, _found, "bool"
                )

            _field = "notify_call_log_webhook_failed"
            try:
                if "notify_call_log_webhook_failed" in src_dict:
                    notify_call_log_webhook_failed: Any = src_dict["notify_call_log_webhook_failed"]
                    _present += 1
                    if type(notify_call_log_webhook_failed) is not bool:
                        notify_call_log_webhook_failed = checked(notify_call_log_webhook_failed, (bool,))
                else:
                    notify_call_log_webhook_failed = UNSET
            except FIELD_ERRORS as _error:
                notify_call_log_webhook_failed, _found = tolerated(
                    src_dict, "notify_call_log_webhook_failed", _error, _found, "bool"
                )

            _field = "notify_call_log_webhook_success"
            try:
                if "notify_call_log_webhook_success" in src_dict:
                    notify_call_log_webhook_success: Any = src_dict["notify_call_log_webhook_success"]
                    _present += 1
                    if type(notify_call_log_webhook_success) is not bool:
                        notify_call_log_webhook_success = checked(notify_call_log_webhook_success, (bool,))
                else:
                    notify_call_log_webhook_success = UNSET
            except FIELD_ERRORS as _error:
                notify_call_log_webhook_success, _found = tolerated(
                    src_dict, "notify_call_log_webhook_success", _error, _found, "bool"
                )

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

            _field = "rubric_config"
            try:
                if "rubric_config" in src_dict:
                    rubric_config: Any = src_dict["rubric_config"]
                    _present += 1

                else:
                    rubric_config = UNSET
            except FIELD_ERRORS as _error:
                rubric_config, _found = tolerated(src_dict, "rubric_config", _error, _found, "Any")

            _field = "timezone"
            try:
                if "timezone" in src_dict:
                    timezone: Any = src_dict["timezone"]
                    _present += 1
                    if type(timezone) is not str:
                        timezone = checked(timezone, (str,))
                else:
                    timezone = UNSET
            except FIELD_ERRORS as _error:
                timezone, _found = tolerated(src_dict, "timezone", _error, _found, "str")

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

            _field = "elevenlabs_api_key"
            try:
                if "elevenlabs_api_key" in src_dict:
                    elevenlabs_api_key: Any = src_dict["elevenlabs_api_key"]
                    _present += 1
                    if type(elevenlabs_api_key) is not str:
                        elevenlabs_api_key = checked(elevenlabs_api_key, (str,))
                else:
                    elevenlabs_api_key = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_api_key, _found = tolerated(src_dict, "elevenlabs_api_key", _error, _found, "str")

            _field = "elevenlabs_api_key_configured"
            try:
                if "elevenlabs_api_key_configured" in src_dict:
                    elevenlabs_api_key_configured: Any = src_dict["elevenlabs_api_key_configured"]
                    _present += 1
                    if type(elevenlabs_api_key_configured) is not str:
                        elevenlabs_api_key_configured = checked(elevenlabs_api_key_configured, (str,))
                else:
                    elevenlabs_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_api_key_configured, _found = tolerated(
                    src_dict, "elevenlabs_api_key_configured", _error, _found, "str"
                )

            _field = "livekit_api_key"
            try:
                if "livekit_api_key" in src_dict:
                    livekit_api_key: Any = src_dict["livekit_api_key"]
                    _present += 1
                    if type(livekit_api_key) is not str:
                        livekit_api_key = checked(livekit_api_key, (str,))
                else:
                    livekit_api_key = UNSET
            except FIELD_ERRORS as _error:
                livekit_api_key, _found = tolerated(src_dict, "livekit_api_key", _error, _found, "str")

            _field = "livekit_api_key_configured"
            try:
                if "livekit_api_key_configured" in src_dict:
                    livekit_api_key_configured: Any = src_dict["livekit_api_key_configured"]
                    _present += 1
                    if type(livekit_api_key_configured) is not str:
                        livekit_api_key_configured = checked(livekit_api_key_configured, (str,))
                else:
                    livekit_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                livekit_api_key_configured, _found = tolerated(
                    src_dict, "livekit_api_key_configured", _error, _found, "str"
                )

            _field = "pipecat_api_key"
            try:
                if "pipecat_api_key" in src_dict:
                    pipecat_api_key: Any = src_dict["pipecat_api_key"]
                    _present += 1
                    if type(pipecat_api_key) is not str:
                        pipecat_api_key = checked(pipecat_api_key, (str,))
                else:
                    pipecat_api_key = UNSET
            except FIELD_ERRORS as _error:
                pipecat_api_key, _found = tolerated(src_dict, "pipecat_api_key", _error, _found, "str")

            _field = "pipecat_api_key_configured"
            try:
                if "pipecat_api_key_configured" in src_dict:
                    pipecat_api_key_configured: Any = src_dict["pipecat_api_key_configured"]
                    _present += 1
                    if type(pipecat_api_key_configured) is not str:
                        pipecat_api_key_configured = checked(pipecat_api_key_configured, (str,))
                else:
                    pipecat_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                pipecat_api_key_configured, _found = tolerated(
                    src_dict, "pipecat_api_key_configured", _error, _found, "str"
                )

            _field = "is_deleted"
            try:
                if "is_deleted" in src_dict:
                    is_deleted: Any = src_dict["is_deleted"]
                    _present += 1
                    if type(is_deleted) is not bool:
                        is_deleted = checked(is_deleted, (bool,))
                else:
                    is_deleted = UNSET
            except FIELD_ERRORS as _error:
                is_deleted, _found = tolerated(src_dict, "is_deleted", _error, _found, "bool")

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
    global _imports_pending, MembershipInline, OrganizationInline  # noqa: PLW0603
    from ..models.membership_inline import MembershipInline  # noqa: PLC0415
    from ..models.organization_inline import OrganizationInline  # noqa: PLC0415

    _imports_pending = False
