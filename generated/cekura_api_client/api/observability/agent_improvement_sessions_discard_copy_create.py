from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_improvement_session import AgentImprovementSession
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/agent-improvement-sessions/{id}/discard-copy/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentImprovementSession | None:
    if response.status_code == 200:
        response_200 = AgentImprovementSession.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentImprovementSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AgentImprovementSession]:
    """Discard a finished session's private copy of your agent

     Delete the private copy an improvement run made of your agent, on both Cekura and your provider
    account, without applying its changes. Use this when you have decided not to apply a finished run:
    the copy is otherwise kept for a few days so you can still apply it, and removed automatically after
    that. Calling it twice is a no-op. ⚠ Irreversible — once the copy is gone the run can no longer be
    applied to your live agent, though your live agent itself is never touched by this.

    Args:
        id (int):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentImprovementSession]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> AgentImprovementSession:
    """Discard a finished session's private copy of your agent

     Delete the private copy an improvement run made of your agent, on both Cekura and your provider
    account, without applying its changes. Use this when you have decided not to apply a finished run:
    the copy is otherwise kept for a few days so you can still apply it, and removed automatically after
    that. Calling it twice is a no-op. ⚠ Irreversible — once the copy is gone the run can no longer be
    applied to your live agent, though your live agent itself is never touched by this.

    Args:
        id (int):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentImprovementSession
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
    )
    raise_for_status(response)
    return cast(AgentImprovementSession, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AgentImprovementSession]:
    """Discard a finished session's private copy of your agent

     Delete the private copy an improvement run made of your agent, on both Cekura and your provider
    account, without applying its changes. Use this when you have decided not to apply a finished run:
    the copy is otherwise kept for a few days so you can still apply it, and removed automatically after
    that. Calling it twice is a no-op. ⚠ Irreversible — once the copy is gone the run can no longer be
    applied to your live agent, though your live agent itself is never touched by this.

    Args:
        id (int):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentImprovementSession]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> AgentImprovementSession:
    """Discard a finished session's private copy of your agent

     Delete the private copy an improvement run made of your agent, on both Cekura and your provider
    account, without applying its changes. Use this when you have decided not to apply a finished run:
    the copy is otherwise kept for a few days so you can still apply it, and removed automatically after
    that. Calling it twice is a no-op. ⚠ Irreversible — once the copy is gone the run can no longer be
    applied to your live agent, though your live agent itself is never touched by this.

    Args:
        id (int):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentImprovementSession
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
    )
    raise_for_status(response)
    return cast(AgentImprovementSession, _build_response(client=client, response=response).parsed)
