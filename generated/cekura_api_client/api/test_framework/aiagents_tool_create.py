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
    tool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/".format(
            agent_id=quote(str(agent_id), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 201:
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
    tool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Execute a mock tool (provider webhook)

     Execute tool by matching input and returning corresponding output.

    Supports two payload formats:
    1. Flat input (default): {"param1": "value1", "param2": "value2"}
    2. VAPI function format: {"message": {"type": "tool-calls", "toolCallList": [{"id": "...",
    "arguments": {...}}]}}

    Args:
        agent_id (str):
        tool_name (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tool_name=tool_name,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Execute a mock tool (provider webhook)

     Execute tool by matching input and returning corresponding output.

    Supports two payload formats:
    1. Flat input (default): {"param1": "value1", "param2": "value2"}
    2. VAPI function format: {"message": {"type": "tool-calls", "toolCallList": [{"id": "...",
    "arguments": {...}}]}}

    Args:
        agent_id (str):
        tool_name (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tool_name=tool_name,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)
