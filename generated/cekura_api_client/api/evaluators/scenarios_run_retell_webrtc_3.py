from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_scenarios_retell_web_rtc_request import RunScenariosRetellWebRTCRequest
from ...models.scenarios_run_retell_webrtc_3_response_200 import ScenariosRunRetellWebrtc3Response200
from ...models.scenarios_run_retell_webrtc_3_response_400 import ScenariosRunRetellWebrtc3Response400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: RunScenariosRetellWebRTCRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/scenarios/run_scenarios_retell_webrtc/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunRetellWebrtc3Response200 | ScenariosRunRetellWebrtc3Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunRetellWebrtc3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunRetellWebrtc3Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunRetellWebrtc3Response200 | ScenariosRunRetellWebrtc3Response400]:
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
    body: RunScenariosRetellWebRTCRequest,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunRetellWebrtc3Response200 | ScenariosRunRetellWebrtc3Response400]:
    """Run evaluators against a Retell agent over WebRTC

     RETELL WEBRTC VOICE RUN: Execute evaluators against a Retell agent over WebRTC (LiveKit
    infrastructure). The agent must have Retell credentials configured. `retell_agent_id` is optional
    and defaults to `agent.assistant_id` if not provided.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run (no provider WebRTC needed)
    - `scenarios_run_vapi_webrtc` — VAPI agents over WebRTC
    - `scenarios_run_elevenlabs` — ElevenLabs Conversational agents
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (RunScenariosRetellWebRTCRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunRetellWebrtc3Response200 | ScenariosRunRetellWebrtc3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RunScenariosRetellWebRTCRequest,
    options: RequestOptions | None = None,
) -> ScenariosRunRetellWebrtc3Response200:
    """Run evaluators against a Retell agent over WebRTC

     RETELL WEBRTC VOICE RUN: Execute evaluators against a Retell agent over WebRTC (LiveKit
    infrastructure). The agent must have Retell credentials configured. `retell_agent_id` is optional
    and defaults to `agent.assistant_id` if not provided.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run (no provider WebRTC needed)
    - `scenarios_run_vapi_webrtc` — VAPI agents over WebRTC
    - `scenarios_run_elevenlabs` — ElevenLabs Conversational agents
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (RunScenariosRetellWebRTCRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunRetellWebrtc3Response200
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
        ScenariosRunRetellWebrtc3Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RunScenariosRetellWebRTCRequest,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunRetellWebrtc3Response200 | ScenariosRunRetellWebrtc3Response400]:
    """Run evaluators against a Retell agent over WebRTC

     RETELL WEBRTC VOICE RUN: Execute evaluators against a Retell agent over WebRTC (LiveKit
    infrastructure). The agent must have Retell credentials configured. `retell_agent_id` is optional
    and defaults to `agent.assistant_id` if not provided.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run (no provider WebRTC needed)
    - `scenarios_run_vapi_webrtc` — VAPI agents over WebRTC
    - `scenarios_run_elevenlabs` — ElevenLabs Conversational agents
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (RunScenariosRetellWebRTCRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunRetellWebrtc3Response200 | ScenariosRunRetellWebrtc3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RunScenariosRetellWebRTCRequest,
    options: RequestOptions | None = None,
) -> ScenariosRunRetellWebrtc3Response200:
    """Run evaluators against a Retell agent over WebRTC

     RETELL WEBRTC VOICE RUN: Execute evaluators against a Retell agent over WebRTC (LiveKit
    infrastructure). The agent must have Retell credentials configured. `retell_agent_id` is optional
    and defaults to `agent.assistant_id` if not provided.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run (no provider WebRTC needed)
    - `scenarios_run_vapi_webrtc` — VAPI agents over WebRTC
    - `scenarios_run_elevenlabs` — ElevenLabs Conversational agents
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (RunScenariosRetellWebRTCRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunRetellWebrtc3Response200
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
        ScenariosRunRetellWebrtc3Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
