from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_logs_create_scenarios_progress_response_400 import CallLogsCreateScenariosProgressResponse400
from ...models.schema_create_scenarios_progress_response import SchemaCreateScenariosProgressResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    *,
    progress_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_progress_id = str(progress_id)
    params["progress_id"] = json_progress_id

    params = given(params, required=("progress_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/call-logs-external/create_scenarios_progress/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaCreateScenariosProgressResponse | CallLogsCreateScenariosProgressResponse400 | None:
    if response.status_code == 200:
        response_200 = SchemaCreateScenariosProgressResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CallLogsCreateScenariosProgressResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaCreateScenariosProgressResponse | CallLogsCreateScenariosProgressResponse400]:
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
    progress_id: UUID,
    options: RequestOptions | None = None,
) -> Response[SchemaCreateScenariosProgressResponse | CallLogsCreateScenariosProgressResponse400]:
    """Call logs create scenarios progress

    Args:
        progress_id (UUID): Progress ID returned from create_scenarios endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaCreateScenariosProgressResponse | CallLogsCreateScenariosProgressResponse400]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    progress_id: UUID,
    options: RequestOptions | None = None,
) -> SchemaCreateScenariosProgressResponse:
    """Call logs create scenarios progress

    Args:
        progress_id (UUID): Progress ID returned from create_scenarios endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaCreateScenariosProgressResponse
    """

    response = send(
        client,
        _get_kwargs(
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        SchemaCreateScenariosProgressResponse,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    progress_id: UUID,
    options: RequestOptions | None = None,
) -> Response[SchemaCreateScenariosProgressResponse | CallLogsCreateScenariosProgressResponse400]:
    """Call logs create scenarios progress

    Args:
        progress_id (UUID): Progress ID returned from create_scenarios endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaCreateScenariosProgressResponse | CallLogsCreateScenariosProgressResponse400]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    progress_id: UUID,
    options: RequestOptions | None = None,
) -> SchemaCreateScenariosProgressResponse:
    """Call logs create scenarios progress

    Args:
        progress_id (UUID): Progress ID returned from create_scenarios endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaCreateScenariosProgressResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        SchemaCreateScenariosProgressResponse,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
