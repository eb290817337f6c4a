from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.auto_fetch_progress_error_response import AutoFetchProgressErrorResponse
from ...models.auto_fetch_progress_response import AutoFetchProgressResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    progress_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["progress_id"] = progress_id

    params = given(params, required=("progress_id",), texts=("progress_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/aiagents/{agent_id}/tools/auto-fetch-progress/".format(
            agent_id=segment("agent_id", agent_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoFetchProgressResponse | AutoFetchProgressErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutoFetchProgressResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AutoFetchProgressErrorResponse.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutoFetchProgressResponse | AutoFetchProgressErrorResponse]:
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
_DEPRECATION = "GET /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch-progress/ is deprecated in the API document"


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[AutoFetchProgressResponse | AutoFetchProgressErrorResponse]:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch-progress/ is deprecated in the API
    document.

    Poll auto-fetch tool import progress

     Poll the status of a background auto-fetch tools task.

    Returns the current state: in_progress, completed (with counts), or failed (with error).

    Args:
        agent_id (str):
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AutoFetchProgressResponse | AutoFetchProgressErrorResponse]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
        progress_id=progress_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> AutoFetchProgressResponse:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch-progress/ is deprecated in the API
    document.

    Poll auto-fetch tool import progress

     Poll the status of a background auto-fetch tools task.

    Returns the current state: in_progress, completed (with counts), or failed (with error).

    Args:
        agent_id (str):
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AutoFetchProgressResponse
    """

    warn_deprecated(_DEPRECATION)

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AutoFetchProgressResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[AutoFetchProgressResponse | AutoFetchProgressErrorResponse]:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch-progress/ is deprecated in the API
    document.

    Poll auto-fetch tool import progress

     Poll the status of a background auto-fetch tools task.

    Returns the current state: in_progress, completed (with counts), or failed (with error).

    Args:
        agent_id (str):
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AutoFetchProgressResponse | AutoFetchProgressErrorResponse]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
        progress_id=progress_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> AutoFetchProgressResponse:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch-progress/ is deprecated in the API
    document.

    Poll auto-fetch tool import progress

     Poll the status of a background auto-fetch tools task.

    Returns the current state: in_progress, completed (with counts), or failed (with error).

    Args:
        agent_id (str):
        progress_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AutoFetchProgressResponse
    """

    warn_deprecated(_DEPRECATION)

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AutoFetchProgressResponse, checked(response, lambda: _parse_response(client=client, response=response)))
