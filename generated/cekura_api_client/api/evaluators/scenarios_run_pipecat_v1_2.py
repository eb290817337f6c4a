from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_run_pipecat_v12_response_200 import ScenariosRunPipecatV12Response200
from ...models.scenarios_run_pipecat_v12_response_400 import ScenariosRunPipecatV12Response400
from ...models.schema_post_run_scenarios_pipecat import SchemaPostRunScenariosPipecat
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostRunScenariosPipecat,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios/run_scenarios_pipecat/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunPipecatV12Response200 | ScenariosRunPipecatV12Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunPipecatV12Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunPipecatV12Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunPipecatV12Response200 | ScenariosRunPipecatV12Response400]:
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
    body: SchemaPostRunScenariosPipecat,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunPipecatV12Response200 | ScenariosRunPipecatV12Response400]:
    """Run evaluators against a Pipecat WebRTC deployment (manual room URLs, v1)

     PIPECAT WEBRTC RUN (manual room URLs, v1): Execute evaluators against an agent running on Pipecat /
    Daily.co WebRTC. Each scenario entry carries its own `pipecat_room_url` and optional token. For
    project-credential-based runs (no per-scenario URL), use `scenarios_run_pipecat_v2` instead.

    **Run-count:** one run per entry in `scenarios` — this endpoint does not support `frequency` or
    personality/test-profile multipliers. To run the same scenario multiple times, include it multiple
    times in the `scenarios` list.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_text` — text / SMS / chat mode
    - `run_scenarios_with_websockets` — agent exposes a plain websocket URL (non-Pipecat)

    **Scheduled runs:** WebRTC sessions are not generally scheduled. Use `run_scenarios` or
    `run_scenarios_text` via CronJob for recurring evaluator runs.

    Args:
        body (SchemaPostRunScenariosPipecat): Schema for the run_scenarios_pipecat endpoint, which
            runs scenarios using Pipecat WebRTC.
            Total runs: one per entry in `scenarios` (no frequency multiplier on this endpoint).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunPipecatV12Response200 | ScenariosRunPipecatV12Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosPipecat,
    options: RequestOptions | None = None,
) -> ScenariosRunPipecatV12Response200:
    """Run evaluators against a Pipecat WebRTC deployment (manual room URLs, v1)

     PIPECAT WEBRTC RUN (manual room URLs, v1): Execute evaluators against an agent running on Pipecat /
    Daily.co WebRTC. Each scenario entry carries its own `pipecat_room_url` and optional token. For
    project-credential-based runs (no per-scenario URL), use `scenarios_run_pipecat_v2` instead.

    **Run-count:** one run per entry in `scenarios` — this endpoint does not support `frequency` or
    personality/test-profile multipliers. To run the same scenario multiple times, include it multiple
    times in the `scenarios` list.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_text` — text / SMS / chat mode
    - `run_scenarios_with_websockets` — agent exposes a plain websocket URL (non-Pipecat)

    **Scheduled runs:** WebRTC sessions are not generally scheduled. Use `run_scenarios` or
    `run_scenarios_text` via CronJob for recurring evaluator runs.

    Args:
        body (SchemaPostRunScenariosPipecat): Schema for the run_scenarios_pipecat endpoint, which
            runs scenarios using Pipecat WebRTC.
            Total runs: one per entry in `scenarios` (no frequency multiplier on this endpoint).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunPipecatV12Response200
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
        ScenariosRunPipecatV12Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosPipecat,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunPipecatV12Response200 | ScenariosRunPipecatV12Response400]:
    """Run evaluators against a Pipecat WebRTC deployment (manual room URLs, v1)

     PIPECAT WEBRTC RUN (manual room URLs, v1): Execute evaluators against an agent running on Pipecat /
    Daily.co WebRTC. Each scenario entry carries its own `pipecat_room_url` and optional token. For
    project-credential-based runs (no per-scenario URL), use `scenarios_run_pipecat_v2` instead.

    **Run-count:** one run per entry in `scenarios` — this endpoint does not support `frequency` or
    personality/test-profile multipliers. To run the same scenario multiple times, include it multiple
    times in the `scenarios` list.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_text` — text / SMS / chat mode
    - `run_scenarios_with_websockets` — agent exposes a plain websocket URL (non-Pipecat)

    **Scheduled runs:** WebRTC sessions are not generally scheduled. Use `run_scenarios` or
    `run_scenarios_text` via CronJob for recurring evaluator runs.

    Args:
        body (SchemaPostRunScenariosPipecat): Schema for the run_scenarios_pipecat endpoint, which
            runs scenarios using Pipecat WebRTC.
            Total runs: one per entry in `scenarios` (no frequency multiplier on this endpoint).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunPipecatV12Response200 | ScenariosRunPipecatV12Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosPipecat,
    options: RequestOptions | None = None,
) -> ScenariosRunPipecatV12Response200:
    """Run evaluators against a Pipecat WebRTC deployment (manual room URLs, v1)

     PIPECAT WEBRTC RUN (manual room URLs, v1): Execute evaluators against an agent running on Pipecat /
    Daily.co WebRTC. Each scenario entry carries its own `pipecat_room_url` and optional token. For
    project-credential-based runs (no per-scenario URL), use `scenarios_run_pipecat_v2` instead.

    **Run-count:** one run per entry in `scenarios` — this endpoint does not support `frequency` or
    personality/test-profile multipliers. To run the same scenario multiple times, include it multiple
    times in the `scenarios` list.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios` — real voice / phone / SIP call
    - `run_scenarios_text` — text / SMS / chat mode
    - `run_scenarios_with_websockets` — agent exposes a plain websocket URL (non-Pipecat)

    **Scheduled runs:** WebRTC sessions are not generally scheduled. Use `run_scenarios` or
    `run_scenarios_text` via CronJob for recurring evaluator runs.

    Args:
        body (SchemaPostRunScenariosPipecat): Schema for the run_scenarios_pipecat endpoint, which
            runs scenarios using Pipecat WebRTC.
            Total runs: one per entry in `scenarios` (no frequency multiplier on this endpoint).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunPipecatV12Response200
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
        ScenariosRunPipecatV12Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )
