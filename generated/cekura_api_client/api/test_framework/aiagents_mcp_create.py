from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...runtime.calls import checked, send, send_async
from ...types import Response


def _get_kwargs(
    agent_id: str,
    mock_index: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/aiagents/{agent_id}/mcp/{mock_index}/".format(
            agent_id=quote(str(agent_id), safe=""),
            mock_index=quote(str(mock_index), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    agent_id: str,
    mock_index: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Mock MCP server endpoint.

    Implements the MCP JSON-RPC 2.0 protocol so VAPI can use a Cekura-hosted
    mock in place of a real MCP server.  Handles three methods:

      initialize   — standard MCP handshake
      tools/list   — returns Tool records for this specific MCP endpoint only
      tools/call   — looks up the named Tool and returns its mock output

    URL: /v1/aiagents/{agent_id}/mcp/{mock_index}/
    Each original VAPI MCP tool gets its own sequential index (1, 2, 3 ...) so
    that different MCP tools on the same assistant each serve only their own
    sub-tools and never mix with each other.

    No authentication is required — this endpoint must be reachable by VAPI.

    Args:
        agent_id (str):
        mock_index (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        mock_index=mock_index,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    agent_id: str,
    mock_index: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Mock MCP server endpoint.

    Implements the MCP JSON-RPC 2.0 protocol so VAPI can use a Cekura-hosted
    mock in place of a real MCP server.  Handles three methods:

      initialize   — standard MCP handshake
      tools/list   — returns Tool records for this specific MCP endpoint only
      tools/call   — looks up the named Tool and returns its mock output

    URL: /v1/aiagents/{agent_id}/mcp/{mock_index}/
    Each original VAPI MCP tool gets its own sequential index (1, 2, 3 ...) so
    that different MCP tools on the same assistant each serve only their own
    sub-tools and never mix with each other.

    No authentication is required — this endpoint must be reachable by VAPI.

    Args:
        agent_id (str):
        mock_index (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        mock_index=mock_index,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)
