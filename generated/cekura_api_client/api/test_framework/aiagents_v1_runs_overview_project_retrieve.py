from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_agent import AIAgent
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/aiagents/runs_overview_project/",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AIAgent | None:
    if response.status_code == 200:
        response_200 = AIAgent.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AIAgent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AIAgent]:
    """Aiagents v1 runs overview project

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgent]
    """

    kwargs = _get_kwargs()

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AIAgent:
    """Aiagents v1 runs overview project

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgent
    """

    response = send(client, _get_kwargs())
    raise_for_status(response)
    return cast(AIAgent, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AIAgent]:
    """Aiagents v1 runs overview project

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgent]
    """

    kwargs = _get_kwargs()

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AIAgent:
    """Aiagents v1 runs overview project

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgent
    """

    response = await send_async(client, _get_kwargs())
    raise_for_status(response)
    return cast(AIAgent, _build_response(client=client, response=response).parsed)
