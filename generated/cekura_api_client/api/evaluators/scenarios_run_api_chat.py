from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_scenario_result import RunScenarioResult
from ...models.scenarios_run_api_chat_response_400 import ScenariosRunApiChatResponse400
from ...models.schema_post_run_scenarios_api_chat import SchemaPostRunScenariosApiChat
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemaPostRunScenariosApiChat | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/run_scenarios_api_chat/",
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
) -> RunScenarioResult | ScenariosRunApiChatResponse400 | None:
    if response.status_code == 200:
        response_200 = RunScenarioResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunApiChatResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunScenarioResult | ScenariosRunApiChatResponse400]:
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
    body: SchemaPostRunScenariosApiChat | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[RunScenarioResult | ScenariosRunApiChatResponse400]:
    """Start customer-driven (API chat) evaluator runs

     API CHAT RUN (pull mode): open one or more chat conversations that YOU drive turn-by-turn over REST
    — Cekura plays the simulated user, you play the agent under test. No agent connection is dialed;
    there is no server-side conversation loop, so a conversation can span minutes or up to an hour with
    turns arbitrarily far apart.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Driving each run** (the response `result.runs[].id` are the run IDs):
    1. If the scenario has a first message, the simulated user speaks first — read it from the run
    transcript. Otherwise you speak first.
    2. `POST /runs/{run_id}/chat/` with your agent's message → returns a `turn_id`.
    3. Poll `GET /runs/{run_id}/chat/{turn_id}/` until `status` is `ready` to read the reply.
    4. Repeat until `ended` is true, or call `POST /runs/{run_id}/end-chat/`.

    `timeout` is the overall run timeout: each conversation is finalized and scored automatically once
    it elapses (defaults to the project's duration, capped at 1 hour).

    Args:
        body (SchemaPostRunScenariosApiChat | Unset): Schema for the run_scenarios_api_chat
            endpoint (customer-driven pull mode).
            Same selection fields as the other run endpoints (agent_id, scenarios/tags/
            folder_path, frequency, personality/test-profile overrides) plus `timeout`.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[RunScenarioResult | ScenariosRunApiChatResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosApiChat | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RunScenarioResult:
    """Start customer-driven (API chat) evaluator runs

     API CHAT RUN (pull mode): open one or more chat conversations that YOU drive turn-by-turn over REST
    — Cekura plays the simulated user, you play the agent under test. No agent connection is dialed;
    there is no server-side conversation loop, so a conversation can span minutes or up to an hour with
    turns arbitrarily far apart.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Driving each run** (the response `result.runs[].id` are the run IDs):
    1. If the scenario has a first message, the simulated user speaks first — read it from the run
    transcript. Otherwise you speak first.
    2. `POST /runs/{run_id}/chat/` with your agent's message → returns a `turn_id`.
    3. Poll `GET /runs/{run_id}/chat/{turn_id}/` until `status` is `ready` to read the reply.
    4. Repeat until `ended` is true, or call `POST /runs/{run_id}/end-chat/`.

    `timeout` is the overall run timeout: each conversation is finalized and scored automatically once
    it elapses (defaults to the project's duration, capped at 1 hour).

    Args:
        body (SchemaPostRunScenariosApiChat | Unset): Schema for the run_scenarios_api_chat
            endpoint (customer-driven pull mode).
            Same selection fields as the other run endpoints (agent_id, scenarios/tags/
            folder_path, frequency, personality/test-profile overrides) plus `timeout`.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        RunScenarioResult
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
    return cast(RunScenarioResult, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosApiChat | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[RunScenarioResult | ScenariosRunApiChatResponse400]:
    """Start customer-driven (API chat) evaluator runs

     API CHAT RUN (pull mode): open one or more chat conversations that YOU drive turn-by-turn over REST
    — Cekura plays the simulated user, you play the agent under test. No agent connection is dialed;
    there is no server-side conversation loop, so a conversation can span minutes or up to an hour with
    turns arbitrarily far apart.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Driving each run** (the response `result.runs[].id` are the run IDs):
    1. If the scenario has a first message, the simulated user speaks first — read it from the run
    transcript. Otherwise you speak first.
    2. `POST /runs/{run_id}/chat/` with your agent's message → returns a `turn_id`.
    3. Poll `GET /runs/{run_id}/chat/{turn_id}/` until `status` is `ready` to read the reply.
    4. Repeat until `ended` is true, or call `POST /runs/{run_id}/end-chat/`.

    `timeout` is the overall run timeout: each conversation is finalized and scored automatically once
    it elapses (defaults to the project's duration, capped at 1 hour).

    Args:
        body (SchemaPostRunScenariosApiChat | Unset): Schema for the run_scenarios_api_chat
            endpoint (customer-driven pull mode).
            Same selection fields as the other run endpoints (agent_id, scenarios/tags/
            folder_path, frequency, personality/test-profile overrides) plus `timeout`.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[RunScenarioResult | ScenariosRunApiChatResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenariosApiChat | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RunScenarioResult:
    """Start customer-driven (API chat) evaluator runs

     API CHAT RUN (pull mode): open one or more chat conversations that YOU drive turn-by-turn over REST
    — Cekura plays the simulated user, you play the agent under test. No agent connection is dialed;
    there is no server-side conversation loop, so a conversation can span minutes or up to an hour with
    turns arbitrarily far apart.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Driving each run** (the response `result.runs[].id` are the run IDs):
    1. If the scenario has a first message, the simulated user speaks first — read it from the run
    transcript. Otherwise you speak first.
    2. `POST /runs/{run_id}/chat/` with your agent's message → returns a `turn_id`.
    3. Poll `GET /runs/{run_id}/chat/{turn_id}/` until `status` is `ready` to read the reply.
    4. Repeat until `ended` is true, or call `POST /runs/{run_id}/end-chat/`.

    `timeout` is the overall run timeout: each conversation is finalized and scored automatically once
    it elapses (defaults to the project's duration, capped at 1 hour).

    Args:
        body (SchemaPostRunScenariosApiChat | Unset): Schema for the run_scenarios_api_chat
            endpoint (customer-driven pull mode).
            Same selection fields as the other run endpoints (agent_id, scenarios/tags/
            folder_path, frequency, personality/test-profile overrides) plus `timeout`.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        RunScenarioResult
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
    return cast(RunScenarioResult, checked(response, lambda: _parse_response(client=client, response=response)))
