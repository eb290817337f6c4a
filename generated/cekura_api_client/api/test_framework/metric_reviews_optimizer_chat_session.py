from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_optimizer_chat_session import MetricOptimizerChatSession
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    *,
    session_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["session_id"] = session_id

    params = given(params, ints=("session_id",), required=("session_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/metric-reviews/optimizer_chat_session/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricOptimizerChatSession | None:
    if response.status_code == 200:
        response_200 = MetricOptimizerChatSession.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricOptimizerChatSession]:
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
    session_id: int,
    options: RequestOptions | None = None,
) -> Response[MetricOptimizerChatSession]:
    """Rehydrate a post-optimization review chat session.

    Args:
        session_id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricOptimizerChatSession]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    session_id: int,
    options: RequestOptions | None = None,
) -> MetricOptimizerChatSession:
    """Rehydrate a post-optimization review chat session.

    Args:
        session_id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricOptimizerChatSession
    """

    response = send(
        client,
        _get_kwargs(
            session_id=session_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        MetricOptimizerChatSession, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    session_id: int,
    options: RequestOptions | None = None,
) -> Response[MetricOptimizerChatSession]:
    """Rehydrate a post-optimization review chat session.

    Args:
        session_id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricOptimizerChatSession]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    session_id: int,
    options: RequestOptions | None = None,
) -> MetricOptimizerChatSession:
    """Rehydrate a post-optimization review chat session.

    Args:
        session_id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricOptimizerChatSession
    """

    response = await send_async(
        client,
        _get_kwargs(
            session_id=session_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        MetricOptimizerChatSession, checked(response, lambda: _parse_response(client=client, response=response))
    )
