from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_livekit_scenarios import RunLivekitScenarios
from ...models.scenarios_run_livekit_v2_response_200 import ScenariosRunLivekitV2Response200
from ...models.scenarios_run_livekit_v2_response_400 import ScenariosRunLivekitV2Response400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: RunLivekitScenarios,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/run_scenarios_livekit_v2/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunLivekitV2Response200 | ScenariosRunLivekitV2Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunLivekitV2Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunLivekitV2Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunLivekitV2Response200 | ScenariosRunLivekitV2Response400]:
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
    body: RunLivekitScenarios,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunLivekitV2Response200 | ScenariosRunLivekitV2Response400]:
    """Run evaluators against a LiveKit agent (project credentials, v2)

     LIVEKIT VOICE RUN (project credentials, v2): Execute evaluators against a LiveKit agent using
    credentials configured at the project (or agent) level. Cekura creates the rooms; you don't pass
    URLs per-scenario. Requires `livekit_api_key`, `livekit_data.api_secret`, and `livekit_data.url` on
    the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `room_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_websocket` — JSON/text WebSocket runs

    Args:
        body (RunLivekitScenarios):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunLivekitV2Response200 | ScenariosRunLivekitV2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RunLivekitScenarios,
    options: RequestOptions | None = None,
) -> ScenariosRunLivekitV2Response200:
    """Run evaluators against a LiveKit agent (project credentials, v2)

     LIVEKIT VOICE RUN (project credentials, v2): Execute evaluators against a LiveKit agent using
    credentials configured at the project (or agent) level. Cekura creates the rooms; you don't pass
    URLs per-scenario. Requires `livekit_api_key`, `livekit_data.api_secret`, and `livekit_data.url` on
    the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `room_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_websocket` — JSON/text WebSocket runs

    Args:
        body (RunLivekitScenarios):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunLivekitV2Response200
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
        ScenariosRunLivekitV2Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RunLivekitScenarios,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunLivekitV2Response200 | ScenariosRunLivekitV2Response400]:
    """Run evaluators against a LiveKit agent (project credentials, v2)

     LIVEKIT VOICE RUN (project credentials, v2): Execute evaluators against a LiveKit agent using
    credentials configured at the project (or agent) level. Cekura creates the rooms; you don't pass
    URLs per-scenario. Requires `livekit_api_key`, `livekit_data.api_secret`, and `livekit_data.url` on
    the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `room_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_websocket` — JSON/text WebSocket runs

    Args:
        body (RunLivekitScenarios):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunLivekitV2Response200 | ScenariosRunLivekitV2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RunLivekitScenarios,
    options: RequestOptions | None = None,
) -> ScenariosRunLivekitV2Response200:
    """Run evaluators against a LiveKit agent (project credentials, v2)

     LIVEKIT VOICE RUN (project credentials, v2): Execute evaluators against a LiveKit agent using
    credentials configured at the project (or agent) level. Cekura creates the rooms; you don't pass
    URLs per-scenario. Requires `livekit_api_key`, `livekit_data.api_secret`, and `livekit_data.url` on
    the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `room_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_pipecat_v2` — Pipecat Cloud (project credentials, v2)
    - `scenarios_run_websocket` — JSON/text WebSocket runs

    Args:
        body (RunLivekitScenarios):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunLivekitV2Response200
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
        ScenariosRunLivekitV2Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )
