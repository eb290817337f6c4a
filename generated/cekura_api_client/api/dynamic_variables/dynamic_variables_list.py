from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ai_agent_dynamic_variable import AIAgentDynamicVariable
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.validation import read_items
from ...types import Response


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/aiagents/{agent_id}/dynamic-variables/".format(
            agent_id=segment("agent_id", agent_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[AIAgentDynamicVariable] | None:
    if response.status_code == 200:
        response_200 = read_items(AIAgentDynamicVariable.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AIAgentDynamicVariable]]:
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
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[list[AIAgentDynamicVariable]]:
    """List dynamic variable definitions for an agent

     Returns all user-defined dynamic variable definitions for the agent, ordered by name.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[AIAgentDynamicVariable]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> list[AIAgentDynamicVariable]:
    """List dynamic variable definitions for an agent

     Returns all user-defined dynamic variable definitions for the agent, ordered by name.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[AIAgentDynamicVariable]
    """

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        list[AIAgentDynamicVariable], checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[list[AIAgentDynamicVariable]]:
    """List dynamic variable definitions for an agent

     Returns all user-defined dynamic variable definitions for the agent, ordered by name.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[AIAgentDynamicVariable]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> list[AIAgentDynamicVariable]:
    """List dynamic variable definitions for an agent

     Returns all user-defined dynamic variable definitions for the agent, ordered by name.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[AIAgentDynamicVariable]
    """

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        list[AIAgentDynamicVariable], checked(response, lambda: _parse_response(client=client, response=response))
    )
