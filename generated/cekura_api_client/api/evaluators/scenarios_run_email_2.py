from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_scenario_result import RunScenarioResult
from ...models.run_scenarios_email import RunScenariosEmail
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: RunScenariosEmail,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios/run_scenarios_email/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RunScenarioResult | None:
    if response.status_code == 200:
        response_200 = RunScenarioResult.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RunScenarioResult]:
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
    body: RunScenariosEmail,
    options: RequestOptions | None = None,
) -> Response[RunScenarioResult]:
    """Run evaluators against an email agent

     EMAIL RUN: Execute evaluators against an agent that communicates over email. Cekura sends an email
    to the agent's address and simulates the full conversation, receiving replies via inbound webhook.

    The agent must have an `email_id` configured, or you can supply `agent_email` as a one-time
    override. The `agent_email` field takes precedence if both are set.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Inbound agents** (`agent.inbound=true`): Cekura sends the first email to the agent. **Outbound
    agents** (`agent.inbound=false`): the response includes `inbound_email` — the address your agent
    should email first to start the conversation.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    Args:
        body (RunScenariosEmail):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[RunScenarioResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RunScenariosEmail,
    options: RequestOptions | None = None,
) -> RunScenarioResult:
    """Run evaluators against an email agent

     EMAIL RUN: Execute evaluators against an agent that communicates over email. Cekura sends an email
    to the agent's address and simulates the full conversation, receiving replies via inbound webhook.

    The agent must have an `email_id` configured, or you can supply `agent_email` as a one-time
    override. The `agent_email` field takes precedence if both are set.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Inbound agents** (`agent.inbound=true`): Cekura sends the first email to the agent. **Outbound
    agents** (`agent.inbound=false`): the response includes `inbound_email` — the address your agent
    should email first to start the conversation.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    Args:
        body (RunScenariosEmail):
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
    body: RunScenariosEmail,
    options: RequestOptions | None = None,
) -> Response[RunScenarioResult]:
    """Run evaluators against an email agent

     EMAIL RUN: Execute evaluators against an agent that communicates over email. Cekura sends an email
    to the agent's address and simulates the full conversation, receiving replies via inbound webhook.

    The agent must have an `email_id` configured, or you can supply `agent_email` as a one-time
    override. The `agent_email` field takes precedence if both are set.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Inbound agents** (`agent.inbound=true`): Cekura sends the first email to the agent. **Outbound
    agents** (`agent.inbound=false`): the response includes `inbound_email` — the address your agent
    should email first to start the conversation.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    Args:
        body (RunScenariosEmail):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[RunScenarioResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RunScenariosEmail,
    options: RequestOptions | None = None,
) -> RunScenarioResult:
    """Run evaluators against an email agent

     EMAIL RUN: Execute evaluators against an agent that communicates over email. Cekura sends an email
    to the agent's address and simulates the full conversation, receiving replies via inbound webhook.

    The agent must have an `email_id` configured, or you can supply `agent_email` as a one-time
    override. The `agent_email` field takes precedence if both are set.

    **Run-count:** total conversations = `len(scenarios) × frequency`.

    **Inbound agents** (`agent.inbound=true`): Cekura sends the first email to the agent. **Outbound
    agents** (`agent.inbound=false`): the response includes `inbound_email` — the address your agent
    should email first to start the conversation.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'.

    Args:
        body (RunScenariosEmail):
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
