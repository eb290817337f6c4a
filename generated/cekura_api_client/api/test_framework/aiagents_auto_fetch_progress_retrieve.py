from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.agent_auto_fetch_progress_error_response import AgentAutoFetchProgressErrorResponse
from ...models.agent_auto_fetch_progress_response import AgentAutoFetchProgressResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    progress_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["progress_id"] = progress_id

    params = given(params, required=("progress_id",), texts=("progress_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/aiagents/{id}/auto-fetch-progress/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentAutoFetchProgressResponse | AgentAutoFetchProgressErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgentAutoFetchProgressResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AgentAutoFetchProgressErrorResponse.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentAutoFetchProgressResponse | AgentAutoFetchProgressErrorResponse]:
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
    id: int,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[AgentAutoFetchProgressResponse | AgentAutoFetchProgressErrorResponse]:
    """Poll status of an auto-fetch task

     Poll the staged status of a background auto-fetch (whole-agent import).

    Args:
        id (int): A unique integer value identifying this ai agent.
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentAutoFetchProgressResponse | AgentAutoFetchProgressErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        progress_id=progress_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> AgentAutoFetchProgressResponse:
    """Poll status of an auto-fetch task

     Poll the staged status of a background auto-fetch (whole-agent import).

    Args:
        id (int): A unique integer value identifying this ai agent.
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentAutoFetchProgressResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        AgentAutoFetchProgressResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[AgentAutoFetchProgressResponse | AgentAutoFetchProgressErrorResponse]:
    """Poll status of an auto-fetch task

     Poll the staged status of a background auto-fetch (whole-agent import).

    Args:
        id (int): A unique integer value identifying this ai agent.
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentAutoFetchProgressResponse | AgentAutoFetchProgressErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        progress_id=progress_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> AgentAutoFetchProgressResponse:
    """Poll status of an auto-fetch task

     Poll the staged status of a background auto-fetch (whole-agent import).

    Args:
        id (int): A unique integer value identifying this ai agent.
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentAutoFetchProgressResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        AgentAutoFetchProgressResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
