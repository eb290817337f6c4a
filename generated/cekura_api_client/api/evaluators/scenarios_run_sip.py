from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_run_sip_response_200 import ScenariosRunSipResponse200
from ...models.scenarios_run_sip_response_400 import ScenariosRunSipResponse400
from ...models.schema_post_run_scenarios_sip import SchemaPostRunScenariosSip
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemaPostRunScenariosSip | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/run_scenarios_sip/",
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
) -> ScenariosRunSipResponse200 | ScenariosRunSipResponse400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunSipResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunSipResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunSipResponse200 | ScenariosRunSipResponse400]:
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
    body: SchemaPostRunScenariosSip | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunSipResponse200 | ScenariosRunSipResponse400]:
    """Run evaluators over a direct SIP connection

     SIP VOICE RUN (direct SIP): Execute evaluators against an agent over a direct SIP connection
    (orchestrated by Cekura's SIP voice service). The agent must have a SIP endpoint configured
    (`telephony.sip_uri` on the v2 agent).

    **Custom SIP headers:** to send custom headers to the agent, attach a test profile whose
    `main_agent_variables` contain `X-` prefixed keys (pass its ID in `test_profile_ids`) — headers
    cannot be set on the agent or in this request.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone calls via Cekura's standard voice path
    - `scenarios_run_vapi_webrtc` / `_retell_webrtc` — provider-managed WebRTC
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosSip | Unset): Schema for the run_scenarios_sip endpoint.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunSipResponse200 | ScenariosRunSipResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosSip | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunSipResponse200:
    """Run evaluators over a direct SIP connection

     SIP VOICE RUN (direct SIP): Execute evaluators against an agent over a direct SIP connection
    (orchestrated by Cekura's SIP voice service). The agent must have a SIP endpoint configured
    (`telephony.sip_uri` on the v2 agent).

    **Custom SIP headers:** to send custom headers to the agent, attach a test profile whose
    `main_agent_variables` contain `X-` prefixed keys (pass its ID in `test_profile_ids`) — headers
    cannot be set on the agent or in this request.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone calls via Cekura's standard voice path
    - `scenarios_run_vapi_webrtc` / `_retell_webrtc` — provider-managed WebRTC
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosSip | Unset): Schema for the run_scenarios_sip endpoint.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunSipResponse200
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
        ScenariosRunSipResponse200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosSip | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunSipResponse200 | ScenariosRunSipResponse400]:
    """Run evaluators over a direct SIP connection

     SIP VOICE RUN (direct SIP): Execute evaluators against an agent over a direct SIP connection
    (orchestrated by Cekura's SIP voice service). The agent must have a SIP endpoint configured
    (`telephony.sip_uri` on the v2 agent).

    **Custom SIP headers:** to send custom headers to the agent, attach a test profile whose
    `main_agent_variables` contain `X-` prefixed keys (pass its ID in `test_profile_ids`) — headers
    cannot be set on the agent or in this request.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone calls via Cekura's standard voice path
    - `scenarios_run_vapi_webrtc` / `_retell_webrtc` — provider-managed WebRTC
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosSip | Unset): Schema for the run_scenarios_sip endpoint.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunSipResponse200 | ScenariosRunSipResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosSip | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunSipResponse200:
    """Run evaluators over a direct SIP connection

     SIP VOICE RUN (direct SIP): Execute evaluators against an agent over a direct SIP connection
    (orchestrated by Cekura's SIP voice service). The agent must have a SIP endpoint configured
    (`telephony.sip_uri` on the v2 agent).

    **Custom SIP headers:** to send custom headers to the agent, attach a test profile whose
    `main_agent_variables` contain `X-` prefixed keys (pass its ID in `test_profile_ids`) — headers
    cannot be set on the agent or in this request.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency × max(1, len(personality_ids)) × max(1,
    len(test_profile_ids))`.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone calls via Cekura's standard voice path
    - `scenarios_run_vapi_webrtc` / `_retell_webrtc` — provider-managed WebRTC
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosSip | Unset): Schema for the run_scenarios_sip endpoint.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunSipResponse200
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
        ScenariosRunSipResponse200, checked(response, lambda: _parse_response(client=client, response=response))
    )
