from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenario_agent_request import ScenarioAgentRequest
from ...models.scenario_agent_start_response import ScenarioAgentStartResponse
from ...models.scenarios_refine_response_400 import ScenariosRefineResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ScenarioAgentRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/scenario-agent/",
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
) -> ScenarioAgentStartResponse | ScenariosRefineResponse400 | None:
    if response.status_code == 200:
        response_200 = ScenarioAgentStartResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRefineResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenarioAgentStartResponse | ScenariosRefineResponse400]:
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
    body: ScenarioAgentRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenarioAgentStartResponse | ScenariosRefineResponse400]:
    """Create or improve evaluator scenarios using AI by providing natural-language feedback. This tool
    changes evaluator scenarios only; it does not change an AI agent's prompt, configuration, tools, or
    provider settings. For a request such as `improve agent <id>`, use the `cekura:cekura-self-
    improving-agent` skill instead.

    **How it works:**
    1. Send evaluator IDs and your improvement request
    2. AI analyzes and suggests improvements
    3. Review suggestions and apply with `apply_changes=true`

    **`scenarios` field:** pass a list of integer IDs `[101, 102]`, a single integer `101`, or the
    string `"all"` to improve all scenarios for the agent. Do not pass IDs as a JSON-stringified list —
    pass them as a native array.

    **Applying large change sets:** when using `apply_changes: true` with many scenarios, the
    `updated_scenarios` payload may be large. If you receive an unexpected error, split the apply into
    smaller batches of 3–5 scenarios at a time.

    **Response:** Returns `progress_id` for polling status at /scenario-agent-progress/

    **Multi-turn improvements:** Use the `context` field to maintain conversation history across
    requests.

    Args:
        body (ScenarioAgentRequest | Unset): Create or improve evaluator scenarios using AI by
            providing natural-language
            feedback. This endpoint does not improve the target AI agent itself.

            Provide evaluator IDs and your improvement request, and the AI will suggest changes.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenarioAgentStartResponse | ScenariosRefineResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScenarioAgentRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenarioAgentStartResponse:
    """Create or improve evaluator scenarios using AI by providing natural-language feedback. This tool
    changes evaluator scenarios only; it does not change an AI agent's prompt, configuration, tools, or
    provider settings. For a request such as `improve agent <id>`, use the `cekura:cekura-self-
    improving-agent` skill instead.

    **How it works:**
    1. Send evaluator IDs and your improvement request
    2. AI analyzes and suggests improvements
    3. Review suggestions and apply with `apply_changes=true`

    **`scenarios` field:** pass a list of integer IDs `[101, 102]`, a single integer `101`, or the
    string `"all"` to improve all scenarios for the agent. Do not pass IDs as a JSON-stringified list —
    pass them as a native array.

    **Applying large change sets:** when using `apply_changes: true` with many scenarios, the
    `updated_scenarios` payload may be large. If you receive an unexpected error, split the apply into
    smaller batches of 3–5 scenarios at a time.

    **Response:** Returns `progress_id` for polling status at /scenario-agent-progress/

    **Multi-turn improvements:** Use the `context` field to maintain conversation history across
    requests.

    Args:
        body (ScenarioAgentRequest | Unset): Create or improve evaluator scenarios using AI by
            providing natural-language
            feedback. This endpoint does not improve the target AI agent itself.

            Provide evaluator IDs and your improvement request, and the AI will suggest changes.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenarioAgentStartResponse
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
        ScenarioAgentStartResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScenarioAgentRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenarioAgentStartResponse | ScenariosRefineResponse400]:
    """Create or improve evaluator scenarios using AI by providing natural-language feedback. This tool
    changes evaluator scenarios only; it does not change an AI agent's prompt, configuration, tools, or
    provider settings. For a request such as `improve agent <id>`, use the `cekura:cekura-self-
    improving-agent` skill instead.

    **How it works:**
    1. Send evaluator IDs and your improvement request
    2. AI analyzes and suggests improvements
    3. Review suggestions and apply with `apply_changes=true`

    **`scenarios` field:** pass a list of integer IDs `[101, 102]`, a single integer `101`, or the
    string `"all"` to improve all scenarios for the agent. Do not pass IDs as a JSON-stringified list —
    pass them as a native array.

    **Applying large change sets:** when using `apply_changes: true` with many scenarios, the
    `updated_scenarios` payload may be large. If you receive an unexpected error, split the apply into
    smaller batches of 3–5 scenarios at a time.

    **Response:** Returns `progress_id` for polling status at /scenario-agent-progress/

    **Multi-turn improvements:** Use the `context` field to maintain conversation history across
    requests.

    Args:
        body (ScenarioAgentRequest | Unset): Create or improve evaluator scenarios using AI by
            providing natural-language
            feedback. This endpoint does not improve the target AI agent itself.

            Provide evaluator IDs and your improvement request, and the AI will suggest changes.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenarioAgentStartResponse | ScenariosRefineResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScenarioAgentRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenarioAgentStartResponse:
    """Create or improve evaluator scenarios using AI by providing natural-language feedback. This tool
    changes evaluator scenarios only; it does not change an AI agent's prompt, configuration, tools, or
    provider settings. For a request such as `improve agent <id>`, use the `cekura:cekura-self-
    improving-agent` skill instead.

    **How it works:**
    1. Send evaluator IDs and your improvement request
    2. AI analyzes and suggests improvements
    3. Review suggestions and apply with `apply_changes=true`

    **`scenarios` field:** pass a list of integer IDs `[101, 102]`, a single integer `101`, or the
    string `"all"` to improve all scenarios for the agent. Do not pass IDs as a JSON-stringified list —
    pass them as a native array.

    **Applying large change sets:** when using `apply_changes: true` with many scenarios, the
    `updated_scenarios` payload may be large. If you receive an unexpected error, split the apply into
    smaller batches of 3–5 scenarios at a time.

    **Response:** Returns `progress_id` for polling status at /scenario-agent-progress/

    **Multi-turn improvements:** Use the `context` field to maintain conversation history across
    requests.

    Args:
        body (ScenarioAgentRequest | Unset): Create or improve evaluator scenarios using AI by
            providing natural-language
            feedback. This endpoint does not improve the target AI agent itself.

            Provide evaluator IDs and your improvement request, and the AI will suggest changes.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenarioAgentStartResponse
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
        ScenarioAgentStartResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
