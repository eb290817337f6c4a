from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_log_list import CallLogList
from ...models.create_call_log import CreateCallLog
from ...models.create_call_log_upload import CreateCallLogUpload
from ...models.observe_create_response_400 import ObserveCreateResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCallLog | CreateCallLogUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/observe/",
    }

    with request_body(_kwargs):
        if isinstance(body, CreateCallLog):
            _kwargs["json"] = body.to_dict()

            headers["Content-Type"] = "application/json"
        else:
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallLogList | ObserveCreateResponse400 | None:
    if response.status_code == 201:
        response_201 = CallLogList.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ObserveCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallLogList | ObserveCreateResponse400]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = (
    "api_key",
    "oauth2",
)
_SUCCESSES: tuple[int, ...] | None = (201,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCallLog | CreateCallLogUpload,
    options: RequestOptions | None = None,
) -> Response[CallLogList | ObserveCreateResponse400]:
    """Ingest a production call (webhook)

     Primary ingestion endpoint for production call logs. Your agent (or its provider's post-call
    webhook) POSTs here with the transcript, recording URL, and metadata; Cekura stores it as a
    `CallLog`, schedules metric evaluation, and surfaces it in Observability.

    **Identifying the agent (pick one):**
    - `agent` — Cekura agent ID (preferred when you've already registered via `POST /aiagents/`)
    - `assistant_id` — external assistant identifier (VAPI/Retell/OpenAI-style `asst_...`). Cekura
    resolves it to your agent.

    **Transcript formats** (via `transcript_type`):
    - `vapi`, `retell`, `elevenlabs`, `bland`, `livekit`, `pipecat`, `koreai` — provider-native shapes;
    pass `transcript_json` exactly as the provider emits it.
    - `cekura` (default) — `[{role, content, start_time, end_time}, ...]`. Valid roles: `"Testing
    Agent"` (the caller) and `"Main Agent"` (the agent under test). Note: `"agent"` and `"user"` are
    **not** valid for this format.

    **Provider-specific alternatives:**
    - LiveKit webhooks: `POST /observability/v1/livekit/observe/` (raw LiveKit webhook shape)
    - Pipecat webhooks: `POST /observability/v1/pipecat/observe/` (raw Pipecat webhook shape)

    **Fields to know:**
    - `voice_recording_url` — link to the call audio; enables audio-based metrics.
    - `metadata` — freeform tags for filtering in Observability (`customer_id`, `campaign_id`, etc.).
    - `dynamic_variables` — values injected into the agent at runtime; shown alongside the transcript.
    - `customer_number` — caller's number in E.164 format, e.g. `+14155551234`.
    - `call_ended_reason` — reason for call termination (`completed`, `user-hangup`, `agent-hangup`,
    etc.).
    - `metric_ids` — comma-separated metric IDs to evaluate immediately (e.g. `"1,2,3"`).

    **Async processing:** metrics are evaluated in the background. The initial response shows `status:
    "evaluating"` with an empty `metrics` list. Retrieve the call log again after 30–60 seconds to see
    completed metric results.

    **Billing:** each ingested call consumes observability credits. Calls with audio cost more than
    text-only calls. Check your balance via `GET /test_framework/v1/billing_info`.

    Args:
        body (CreateCallLog | CreateCallLogUpload): CreateCallLog is sent as application/json,
            CreateCallLogUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogList | ObserveCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateCallLog | CreateCallLogUpload,
    options: RequestOptions | None = None,
) -> CallLogList:
    """Ingest a production call (webhook)

     Primary ingestion endpoint for production call logs. Your agent (or its provider's post-call
    webhook) POSTs here with the transcript, recording URL, and metadata; Cekura stores it as a
    `CallLog`, schedules metric evaluation, and surfaces it in Observability.

    **Identifying the agent (pick one):**
    - `agent` — Cekura agent ID (preferred when you've already registered via `POST /aiagents/`)
    - `assistant_id` — external assistant identifier (VAPI/Retell/OpenAI-style `asst_...`). Cekura
    resolves it to your agent.

    **Transcript formats** (via `transcript_type`):
    - `vapi`, `retell`, `elevenlabs`, `bland`, `livekit`, `pipecat`, `koreai` — provider-native shapes;
    pass `transcript_json` exactly as the provider emits it.
    - `cekura` (default) — `[{role, content, start_time, end_time}, ...]`. Valid roles: `"Testing
    Agent"` (the caller) and `"Main Agent"` (the agent under test). Note: `"agent"` and `"user"` are
    **not** valid for this format.

    **Provider-specific alternatives:**
    - LiveKit webhooks: `POST /observability/v1/livekit/observe/` (raw LiveKit webhook shape)
    - Pipecat webhooks: `POST /observability/v1/pipecat/observe/` (raw Pipecat webhook shape)

    **Fields to know:**
    - `voice_recording_url` — link to the call audio; enables audio-based metrics.
    - `metadata` — freeform tags for filtering in Observability (`customer_id`, `campaign_id`, etc.).
    - `dynamic_variables` — values injected into the agent at runtime; shown alongside the transcript.
    - `customer_number` — caller's number in E.164 format, e.g. `+14155551234`.
    - `call_ended_reason` — reason for call termination (`completed`, `user-hangup`, `agent-hangup`,
    etc.).
    - `metric_ids` — comma-separated metric IDs to evaluate immediately (e.g. `"1,2,3"`).

    **Async processing:** metrics are evaluated in the background. The initial response shows `status:
    "evaluating"` with an empty `metrics` list. Retrieve the call log again after 30–60 seconds to see
    completed metric results.

    **Billing:** each ingested call consumes observability credits. Calls with audio cost more than
    text-only calls. Check your balance via `GET /test_framework/v1/billing_info`.

    Args:
        body (CreateCallLog | CreateCallLogUpload): CreateCallLog is sent as application/json,
            CreateCallLogUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogList
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(CallLogList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCallLog | CreateCallLogUpload,
    options: RequestOptions | None = None,
) -> Response[CallLogList | ObserveCreateResponse400]:
    """Ingest a production call (webhook)

     Primary ingestion endpoint for production call logs. Your agent (or its provider's post-call
    webhook) POSTs here with the transcript, recording URL, and metadata; Cekura stores it as a
    `CallLog`, schedules metric evaluation, and surfaces it in Observability.

    **Identifying the agent (pick one):**
    - `agent` — Cekura agent ID (preferred when you've already registered via `POST /aiagents/`)
    - `assistant_id` — external assistant identifier (VAPI/Retell/OpenAI-style `asst_...`). Cekura
    resolves it to your agent.

    **Transcript formats** (via `transcript_type`):
    - `vapi`, `retell`, `elevenlabs`, `bland`, `livekit`, `pipecat`, `koreai` — provider-native shapes;
    pass `transcript_json` exactly as the provider emits it.
    - `cekura` (default) — `[{role, content, start_time, end_time}, ...]`. Valid roles: `"Testing
    Agent"` (the caller) and `"Main Agent"` (the agent under test). Note: `"agent"` and `"user"` are
    **not** valid for this format.

    **Provider-specific alternatives:**
    - LiveKit webhooks: `POST /observability/v1/livekit/observe/` (raw LiveKit webhook shape)
    - Pipecat webhooks: `POST /observability/v1/pipecat/observe/` (raw Pipecat webhook shape)

    **Fields to know:**
    - `voice_recording_url` — link to the call audio; enables audio-based metrics.
    - `metadata` — freeform tags for filtering in Observability (`customer_id`, `campaign_id`, etc.).
    - `dynamic_variables` — values injected into the agent at runtime; shown alongside the transcript.
    - `customer_number` — caller's number in E.164 format, e.g. `+14155551234`.
    - `call_ended_reason` — reason for call termination (`completed`, `user-hangup`, `agent-hangup`,
    etc.).
    - `metric_ids` — comma-separated metric IDs to evaluate immediately (e.g. `"1,2,3"`).

    **Async processing:** metrics are evaluated in the background. The initial response shows `status:
    "evaluating"` with an empty `metrics` list. Retrieve the call log again after 30–60 seconds to see
    completed metric results.

    **Billing:** each ingested call consumes observability credits. Calls with audio cost more than
    text-only calls. Check your balance via `GET /test_framework/v1/billing_info`.

    Args:
        body (CreateCallLog | CreateCallLogUpload): CreateCallLog is sent as application/json,
            CreateCallLogUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogList | ObserveCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCallLog | CreateCallLogUpload,
    options: RequestOptions | None = None,
) -> CallLogList:
    """Ingest a production call (webhook)

     Primary ingestion endpoint for production call logs. Your agent (or its provider's post-call
    webhook) POSTs here with the transcript, recording URL, and metadata; Cekura stores it as a
    `CallLog`, schedules metric evaluation, and surfaces it in Observability.

    **Identifying the agent (pick one):**
    - `agent` — Cekura agent ID (preferred when you've already registered via `POST /aiagents/`)
    - `assistant_id` — external assistant identifier (VAPI/Retell/OpenAI-style `asst_...`). Cekura
    resolves it to your agent.

    **Transcript formats** (via `transcript_type`):
    - `vapi`, `retell`, `elevenlabs`, `bland`, `livekit`, `pipecat`, `koreai` — provider-native shapes;
    pass `transcript_json` exactly as the provider emits it.
    - `cekura` (default) — `[{role, content, start_time, end_time}, ...]`. Valid roles: `"Testing
    Agent"` (the caller) and `"Main Agent"` (the agent under test). Note: `"agent"` and `"user"` are
    **not** valid for this format.

    **Provider-specific alternatives:**
    - LiveKit webhooks: `POST /observability/v1/livekit/observe/` (raw LiveKit webhook shape)
    - Pipecat webhooks: `POST /observability/v1/pipecat/observe/` (raw Pipecat webhook shape)

    **Fields to know:**
    - `voice_recording_url` — link to the call audio; enables audio-based metrics.
    - `metadata` — freeform tags for filtering in Observability (`customer_id`, `campaign_id`, etc.).
    - `dynamic_variables` — values injected into the agent at runtime; shown alongside the transcript.
    - `customer_number` — caller's number in E.164 format, e.g. `+14155551234`.
    - `call_ended_reason` — reason for call termination (`completed`, `user-hangup`, `agent-hangup`,
    etc.).
    - `metric_ids` — comma-separated metric IDs to evaluate immediately (e.g. `"1,2,3"`).

    **Async processing:** metrics are evaluated in the background. The initial response shows `status:
    "evaluating"` with an empty `metrics` list. Retrieve the call log again after 30–60 seconds to see
    completed metric results.

    **Billing:** each ingested call consumes observability credits. Calls with audio cost more than
    text-only calls. Check your balance via `GET /test_framework/v1/billing_info`.

    Args:
        body (CreateCallLog | CreateCallLogUpload): CreateCallLog is sent as application/json,
            CreateCallLogUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogList
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(CallLogList, checked(response, lambda: _parse_response(client=client, response=response)))
