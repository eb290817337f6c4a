from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_run_chirp_response_200 import ScenariosRunChirpResponse200
from ...models.scenarios_run_chirp_response_400 import ScenariosRunChirpResponse400
from ...models.schema_post_run_scenarios_chirp import SchemaPostRunScenariosChirp
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemaPostRunScenariosChirp | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/run_scenarios_chirp/",
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunChirpResponse200 | ScenariosRunChirpResponse400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunChirpResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunChirpResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunChirpResponse200 | ScenariosRunChirpResponse400]:
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
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosChirp | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunChirpResponse200 | ScenariosRunChirpResponse400]:
    """Run evaluators against a raw-PCM WebSocket voice endpoint

     RAW-PCM WEBSOCKET VOICE RUN: Execute evaluators against an agent that exposes a raw-PCM WebSocket
    endpoint (16 kHz, 16-bit mono, binary frames). The agent must have a websocket endpoint configured
    (`telephony.websocket_url`); optional Basic Auth lives in `telephony.websocket_auth`. Pass
    `websocket_url` to override the agent's stored endpoint for this run.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_websocket` — JSON/text WebSocket protocol (per-scenario URLs)
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud WebRTC

    Args:
        body (SchemaPostRunScenariosChirp | Unset): Schema for the run_scenarios_chirp endpoint
            (raw-PCM WebSocket voice).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunChirpResponse200 | ScenariosRunChirpResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosChirp | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunChirpResponse200:
    """Run evaluators against a raw-PCM WebSocket voice endpoint

     RAW-PCM WEBSOCKET VOICE RUN: Execute evaluators against an agent that exposes a raw-PCM WebSocket
    endpoint (16 kHz, 16-bit mono, binary frames). The agent must have a websocket endpoint configured
    (`telephony.websocket_url`); optional Basic Auth lives in `telephony.websocket_auth`. Pass
    `websocket_url` to override the agent's stored endpoint for this run.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_websocket` — JSON/text WebSocket protocol (per-scenario URLs)
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud WebRTC

    Args:
        body (SchemaPostRunScenariosChirp | Unset): Schema for the run_scenarios_chirp endpoint
            (raw-PCM WebSocket voice).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunChirpResponse200
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
    return cast(
        ScenariosRunChirpResponse200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosChirp | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunChirpResponse200 | ScenariosRunChirpResponse400]:
    """Run evaluators against a raw-PCM WebSocket voice endpoint

     RAW-PCM WEBSOCKET VOICE RUN: Execute evaluators against an agent that exposes a raw-PCM WebSocket
    endpoint (16 kHz, 16-bit mono, binary frames). The agent must have a websocket endpoint configured
    (`telephony.websocket_url`); optional Basic Auth lives in `telephony.websocket_auth`. Pass
    `websocket_url` to override the agent's stored endpoint for this run.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_websocket` — JSON/text WebSocket protocol (per-scenario URLs)
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud WebRTC

    Args:
        body (SchemaPostRunScenariosChirp | Unset): Schema for the run_scenarios_chirp endpoint
            (raw-PCM WebSocket voice).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunChirpResponse200 | ScenariosRunChirpResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosChirp | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunChirpResponse200:
    """Run evaluators against a raw-PCM WebSocket voice endpoint

     RAW-PCM WEBSOCKET VOICE RUN: Execute evaluators against an agent that exposes a raw-PCM WebSocket
    endpoint (16 kHz, 16-bit mono, binary frames). The agent must have a websocket endpoint configured
    (`telephony.websocket_url`); optional Basic Auth lives in `telephony.websocket_auth`. Pass
    `websocket_url` to override the agent's stored endpoint for this run.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_websocket` — JSON/text WebSocket protocol (per-scenario URLs)
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud WebRTC

    Args:
        body (SchemaPostRunScenariosChirp | Unset): Schema for the run_scenarios_chirp endpoint
            (raw-PCM WebSocket voice).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunChirpResponse200
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
    return cast(
        ScenariosRunChirpResponse200, checked(response, lambda: _parse_response(client=client, response=response))
    )
