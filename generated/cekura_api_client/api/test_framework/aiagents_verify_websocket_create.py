from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_agent_v2 import AIAgentV2
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: AIAgentV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/aiagents/verify-websocket/",
    }

    with request_body():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AIAgentV2 | None:
    if response.status_code == 200:
        response_200 = AIAgentV2.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AIAgentV2]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AIAgentV2,
) -> Response[AIAgentV2]:
    """Verify a chat WebSocket endpoint

     Open a WebSocket connection to the given endpoint with the same headers a run sends, then close it.
    Works before the agent is saved. Send `websocket_secret` to have it sent as the X-VOCERA-SECRET
    header. Reports whether the connection succeeded and whether the server sent an opening message.

    Args:
        body (AIAgentV2):
        body (AIAgentV2):
        body (AIAgentV2):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AIAgentV2,
) -> AIAgentV2:
    """Verify a chat WebSocket endpoint

     Open a WebSocket connection to the given endpoint with the same headers a run sends, then close it.
    Works before the agent is saved. Send `websocket_secret` to have it sent as the X-VOCERA-SECRET
    header. Reports whether the connection succeeded and whether the server sent an opening message.

    Args:
        body (AIAgentV2):
        body (AIAgentV2):
        body (AIAgentV2):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgentV2
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(AIAgentV2, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AIAgentV2,
) -> Response[AIAgentV2]:
    """Verify a chat WebSocket endpoint

     Open a WebSocket connection to the given endpoint with the same headers a run sends, then close it.
    Works before the agent is saved. Send `websocket_secret` to have it sent as the X-VOCERA-SECRET
    header. Reports whether the connection succeeded and whether the server sent an opening message.

    Args:
        body (AIAgentV2):
        body (AIAgentV2):
        body (AIAgentV2):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AIAgentV2,
) -> AIAgentV2:
    """Verify a chat WebSocket endpoint

     Open a WebSocket connection to the given endpoint with the same headers a run sends, then close it.
    Works before the agent is saved. Send `websocket_secret` to have it sent as the X-VOCERA-SECRET
    header. Reports whether the connection succeeded and whether the server sent an opening message.

    Args:
        body (AIAgentV2):
        body (AIAgentV2):
        body (AIAgentV2):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgentV2
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(AIAgentV2, _build_response(client=client, response=response).parsed)
