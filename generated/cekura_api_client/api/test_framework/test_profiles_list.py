from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ai_agent_test_profile_list import AIAgentTestProfileList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params = given(params, ints=("agent_id", "project_id"))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/test-profiles/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[AIAgentTestProfileList] | None:
    if response.status_code == 200:
        response_200 = read_items(AIAgentTestProfileList.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AIAgentTestProfileList]]:
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
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[AIAgentTestProfileList]]:
    """List test profiles

     List test profiles

    Args:
        agent_id (int | Unset): ID of the agent. Either agent_id or project_id must be provided.
        project_id (int | Unset): ID of the project. Either agent_id or project_id must be
            provided.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[AIAgentTestProfileList]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        project_id=project_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[AIAgentTestProfileList]:
    """List test profiles

     List test profiles

    Args:
        agent_id (int | Unset): ID of the agent. Either agent_id or project_id must be provided.
        project_id (int | Unset): ID of the project. Either agent_id or project_id must be
            provided.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[AIAgentTestProfileList]
    """

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        list[AIAgentTestProfileList], checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[AIAgentTestProfileList]]:
    """List test profiles

     List test profiles

    Args:
        agent_id (int | Unset): ID of the agent. Either agent_id or project_id must be provided.
        project_id (int | Unset): ID of the project. Either agent_id or project_id must be
            provided.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[AIAgentTestProfileList]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        project_id=project_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[AIAgentTestProfileList]:
    """List test profiles

     List test profiles

    Args:
        agent_id (int | Unset): ID of the agent. Either agent_id or project_id must be provided.
        project_id (int | Unset): ID of the project. Either agent_id or project_id must be
            provided.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[AIAgentTestProfileList]
    """

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        list[AIAgentTestProfileList], checked(response, lambda: _parse_response(client=client, response=response))
    )
