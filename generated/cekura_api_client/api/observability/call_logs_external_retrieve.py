from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_log_detail import CallLogDetail
from ...models.call_logs_external_retrieve_response_404 import CallLogsExternalRetrieveResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/call-logs-external/{id}/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallLogDetail | CallLogsExternalRetrieveResponse404 | None:
    if response.status_code == 200:
        response_200 = CallLogDetail.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = CallLogsExternalRetrieveResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallLogDetail | CallLogsExternalRetrieveResponse404]:
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
_DEPRECATION = "GET /observability/v1/call-logs-external/{id}/ is deprecated; use GET /observability/v2/call-logs/{id}/ (cekura.call_logs.retrieve()) instead"


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[CallLogDetail | CallLogsExternalRetrieveResponse404]:
    """Deprecated: GET /observability/v1/call-logs-external/{id}/ is deprecated; use GET /observability/v2/call-
    logs/{id}/ (cekura.call_logs.retrieve()) instead.

     Retrieve a production CallLog by its integer **CallLog ID** (path parameter). This is distinct from
    simulation `run_id` (use `runs_retrieve` for those) and from the call log's own `call_id` string
    field (the provider's call identifier).

    Args:
        id (int): A unique integer value identifying this call log.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogDetail | CallLogsExternalRetrieveResponse404]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> CallLogDetail:
    """Deprecated: GET /observability/v1/call-logs-external/{id}/ is deprecated; use GET /observability/v2/call-
    logs/{id}/ (cekura.call_logs.retrieve()) instead.

     Retrieve a production CallLog by its integer **CallLog ID** (path parameter). This is distinct from
    simulation `run_id` (use `runs_retrieve` for those) and from the call log's own `call_id` string
    field (the provider's call identifier).

    Args:
        id (int): A unique integer value identifying this call log.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogDetail
    """

    warn_deprecated(_DEPRECATION)

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(CallLogDetail, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[CallLogDetail | CallLogsExternalRetrieveResponse404]:
    """Deprecated: GET /observability/v1/call-logs-external/{id}/ is deprecated; use GET /observability/v2/call-
    logs/{id}/ (cekura.call_logs.retrieve()) instead.

     Retrieve a production CallLog by its integer **CallLog ID** (path parameter). This is distinct from
    simulation `run_id` (use `runs_retrieve` for those) and from the call log's own `call_id` string
    field (the provider's call identifier).

    Args:
        id (int): A unique integer value identifying this call log.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogDetail | CallLogsExternalRetrieveResponse404]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> CallLogDetail:
    """Deprecated: GET /observability/v1/call-logs-external/{id}/ is deprecated; use GET /observability/v2/call-
    logs/{id}/ (cekura.call_logs.retrieve()) instead.

     Retrieve a production CallLog by its integer **CallLog ID** (path parameter). This is distinct from
    simulation `run_id` (use `runs_retrieve` for those) and from the call log's own `call_id` string
    field (the provider's call identifier).

    Args:
        id (int): A unique integer value identifying this call log.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogDetail
    """

    warn_deprecated(_DEPRECATION)

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(CallLogDetail, checked(response, lambda: _parse_response(client=client, response=response)))
