from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_run_pipecat_v2_response_200 import ScenariosRunPipecatV2Response200
from ...models.scenarios_run_pipecat_v2_response_400 import ScenariosRunPipecatV2Response400
from ...models.schema_post_run_scenarios_pipecat_v2 import SchemaPostRunScenariosPipecatV2
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostRunScenariosPipecatV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/run_scenarios_pipecat_v2/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunPipecatV2Response200 | ScenariosRunPipecatV2Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunPipecatV2Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunPipecatV2Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunPipecatV2Response200 | ScenariosRunPipecatV2Response400]:
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
    body: SchemaPostRunScenariosPipecatV2,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunPipecatV2Response200 | ScenariosRunPipecatV2Response400]:
    """Run evaluators against a Pipecat Cloud deployment (project credentials, v2)

     PIPECAT CLOUD VOICE RUN (project credentials, v2): Execute evaluators against an agent deployed on
    Pipecat Cloud using credentials configured at the project level. Cekura creates the sessions; you
    don't pass per-scenario room URLs (that's the v1 endpoint). Requires Pipecat Cloud credentials with
    `pipecat_agent_name` set on the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `session_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_pipecat_v1` — manual room URLs per scenario
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosPipecatV2): Schema for the run_scenarios_pipecat_v2 endpoint
            with automated Pipecat Cloud integration.
            Uses Pipecat Cloud SDK to automatically create sessions and Daily.co rooms.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunPipecatV2Response200 | ScenariosRunPipecatV2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosPipecatV2,
    options: RequestOptions | None = None,
) -> ScenariosRunPipecatV2Response200:
    """Run evaluators against a Pipecat Cloud deployment (project credentials, v2)

     PIPECAT CLOUD VOICE RUN (project credentials, v2): Execute evaluators against an agent deployed on
    Pipecat Cloud using credentials configured at the project level. Cekura creates the sessions; you
    don't pass per-scenario room URLs (that's the v1 endpoint). Requires Pipecat Cloud credentials with
    `pipecat_agent_name` set on the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `session_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_pipecat_v1` — manual room URLs per scenario
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosPipecatV2): Schema for the run_scenarios_pipecat_v2 endpoint
            with automated Pipecat Cloud integration.
            Uses Pipecat Cloud SDK to automatically create sessions and Daily.co rooms.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunPipecatV2Response200
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
        ScenariosRunPipecatV2Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosPipecatV2,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunPipecatV2Response200 | ScenariosRunPipecatV2Response400]:
    """Run evaluators against a Pipecat Cloud deployment (project credentials, v2)

     PIPECAT CLOUD VOICE RUN (project credentials, v2): Execute evaluators against an agent deployed on
    Pipecat Cloud using credentials configured at the project level. Cekura creates the sessions; you
    don't pass per-scenario room URLs (that's the v1 endpoint). Requires Pipecat Cloud credentials with
    `pipecat_agent_name` set on the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `session_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_pipecat_v1` — manual room URLs per scenario
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosPipecatV2): Schema for the run_scenarios_pipecat_v2 endpoint
            with automated Pipecat Cloud integration.
            Uses Pipecat Cloud SDK to automatically create sessions and Daily.co rooms.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunPipecatV2Response200 | ScenariosRunPipecatV2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosPipecatV2,
    options: RequestOptions | None = None,
) -> ScenariosRunPipecatV2Response200:
    """Run evaluators against a Pipecat Cloud deployment (project credentials, v2)

     PIPECAT CLOUD VOICE RUN (project credentials, v2): Execute evaluators against an agent deployed on
    Pipecat Cloud using credentials configured at the project level. Cekura creates the sessions; you
    don't pass per-scenario room URLs (that's the v1 endpoint). Requires Pipecat Cloud credentials with
    `pipecat_agent_name` set on the agent or project.

    **Cost:** voice-simulation rate per run.
    **Run-count math:** total runs = `len(scenarios) × frequency`.

    **Per-request `session_config` override** is allowed; merges over agent defaults.

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `scenarios_run_pipecat_v1` — manual room URLs per scenario
    - `scenarios_run_voice` — phone / SIP voice run
    - `scenarios_run_livekit_v2` — LiveKit (project credentials, v2)

    Args:
        body (SchemaPostRunScenariosPipecatV2): Schema for the run_scenarios_pipecat_v2 endpoint
            with automated Pipecat Cloud integration.
            Uses Pipecat Cloud SDK to automatically create sessions and Daily.co rooms.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunPipecatV2Response200
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
        ScenariosRunPipecatV2Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )
