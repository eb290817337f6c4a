from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_scenarios_with_websockets import RunScenariosWithWebsockets
from ...models.scenarios_run_websocket_2_response_201 import ScenariosRunWebsocket2Response201
from ...models.scenarios_run_websocket_2_response_400 import ScenariosRunWebsocket2Response400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: RunScenariosWithWebsockets,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios/run_scenarios_with_websockets/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunWebsocket2Response201 | ScenariosRunWebsocket2Response400 | None:
    if response.status_code == 201:
        response_201 = ScenariosRunWebsocket2Response201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ScenariosRunWebsocket2Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunWebsocket2Response201 | ScenariosRunWebsocket2Response400]:
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
    body: RunScenariosWithWebsockets,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunWebsocket2Response201 | ScenariosRunWebsocket2Response400]:
    """Run evaluators against per-scenario websocket URLs (bulk)

     WEBSOCKET RUN (per-scenario URLs, bulk): Execute evaluators where each scenario carries its own
    websocket URL. Useful when you have a fleet of agents or stateful websocket sessions to test in a
    single batch.

    **Run-count:** total conversations = `len(scenarios) × frequency`. (Personality and test-profile
    multipliers are not supported on this endpoint.)

    **`frequency` is required** on this endpoint (no default).

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — single websocket URL or SMS/chat mode (simpler)
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    **Known limitation:** `result.run_type` may show 'Text' instead of 'WebSocket' for runs triggered
    via this endpoint — this is a display issue only and does not affect execution.

    Args:
        body (RunScenariosWithWebsockets):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunWebsocket2Response201 | ScenariosRunWebsocket2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RunScenariosWithWebsockets,
    options: RequestOptions | None = None,
) -> ScenariosRunWebsocket2Response201:
    """Run evaluators against per-scenario websocket URLs (bulk)

     WEBSOCKET RUN (per-scenario URLs, bulk): Execute evaluators where each scenario carries its own
    websocket URL. Useful when you have a fleet of agents or stateful websocket sessions to test in a
    single batch.

    **Run-count:** total conversations = `len(scenarios) × frequency`. (Personality and test-profile
    multipliers are not supported on this endpoint.)

    **`frequency` is required** on this endpoint (no default).

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — single websocket URL or SMS/chat mode (simpler)
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    **Known limitation:** `result.run_type` may show 'Text' instead of 'WebSocket' for runs triggered
    via this endpoint — this is a display issue only and does not affect execution.

    Args:
        body (RunScenariosWithWebsockets):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunWebsocket2Response201
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
        ScenariosRunWebsocket2Response201, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RunScenariosWithWebsockets,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunWebsocket2Response201 | ScenariosRunWebsocket2Response400]:
    """Run evaluators against per-scenario websocket URLs (bulk)

     WEBSOCKET RUN (per-scenario URLs, bulk): Execute evaluators where each scenario carries its own
    websocket URL. Useful when you have a fleet of agents or stateful websocket sessions to test in a
    single batch.

    **Run-count:** total conversations = `len(scenarios) × frequency`. (Personality and test-profile
    multipliers are not supported on this endpoint.)

    **`frequency` is required** on this endpoint (no default).

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — single websocket URL or SMS/chat mode (simpler)
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    **Known limitation:** `result.run_type` may show 'Text' instead of 'WebSocket' for runs triggered
    via this endpoint — this is a display issue only and does not affect execution.

    Args:
        body (RunScenariosWithWebsockets):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunWebsocket2Response201 | ScenariosRunWebsocket2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RunScenariosWithWebsockets,
    options: RequestOptions | None = None,
) -> ScenariosRunWebsocket2Response201:
    """Run evaluators against per-scenario websocket URLs (bulk)

     WEBSOCKET RUN (per-scenario URLs, bulk): Execute evaluators where each scenario carries its own
    websocket URL. Useful when you have a fleet of agents or stateful websocket sessions to test in a
    single batch.

    **Run-count:** total conversations = `len(scenarios) × frequency`. (Personality and test-profile
    multipliers are not supported on this endpoint.)

    **`frequency` is required** on this endpoint (no default).

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — single websocket URL or SMS/chat mode (simpler)
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    **Known limitation:** `result.run_type` may show 'Text' instead of 'WebSocket' for runs triggered
    via this endpoint — this is a display issue only and does not affect execution.

    Args:
        body (RunScenariosWithWebsockets):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunWebsocket2Response201
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
        ScenariosRunWebsocket2Response201, checked(response, lambda: _parse_response(client=client, response=response))
    )
