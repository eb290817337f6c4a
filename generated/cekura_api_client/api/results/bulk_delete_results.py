from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_results_response_400 import BulkDeleteResultsResponse400
from ...models.schema_post_bulk_delete_results import SchemaPostBulkDeleteResults
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostBulkDeleteResults,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/results-external/bulk_delete/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkDeleteResultsResponse400 | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        response_400 = BulkDeleteResultsResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkDeleteResultsResponse400]:
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
_SUCCESSES: tuple[int, ...] | None = (204,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostBulkDeleteResults,
    options: RequestOptions | None = None,
) -> Response[BulkDeleteResultsResponse400]:
    """Soft-delete multiple results

     ⚠ Irreversible. Soft-deletes each result (and its non-deleted runs) with the same side-effects as
    deleting a single result: outbound phone numbers are released when no queued runs remain, capacity-
    manager slots are freed, and active_sessions / pending_demand counters are decremented in aggregate.
    Maximum 100 result IDs per request. Results that are already deleted or that the caller cannot
    access are silently skipped — the response is 204 even when no results are deleted.

    Args:
        body (SchemaPostBulkDeleteResults):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[BulkDeleteResultsResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostBulkDeleteResults,
    options: RequestOptions | None = None,
) -> None:
    """Soft-delete multiple results

     ⚠ Irreversible. Soft-deletes each result (and its non-deleted runs) with the same side-effects as
    deleting a single result: outbound phone numbers are released when no queued runs remain, capacity-
    manager slots are freed, and active_sessions / pending_demand counters are decremented in aggregate.
    Maximum 100 result IDs per request. Results that are already deleted or that the caller cannot
    access are silently skipped — the response is 204 even when no results are deleted.

    Args:
        body (SchemaPostBulkDeleteResults):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostBulkDeleteResults,
    options: RequestOptions | None = None,
) -> Response[BulkDeleteResultsResponse400]:
    """Soft-delete multiple results

     ⚠ Irreversible. Soft-deletes each result (and its non-deleted runs) with the same side-effects as
    deleting a single result: outbound phone numbers are released when no queued runs remain, capacity-
    manager slots are freed, and active_sessions / pending_demand counters are decremented in aggregate.
    Maximum 100 result IDs per request. Results that are already deleted or that the caller cannot
    access are silently skipped — the response is 204 even when no results are deleted.

    Args:
        body (SchemaPostBulkDeleteResults):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[BulkDeleteResultsResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostBulkDeleteResults,
    options: RequestOptions | None = None,
) -> None:
    """Soft-delete multiple results

     ⚠ Irreversible. Soft-deletes each result (and its non-deleted runs) with the same side-effects as
    deleting a single result: outbound phone numbers are released when no queued runs remain, capacity-
    manager slots are freed, and active_sessions / pending_demand counters are decremented in aggregate.
    Maximum 100 result IDs per request. Results that are already deleted or that the caller cannot
    access are silently skipped — the response is 204 even when no results are deleted.

    Args:
        body (SchemaPostBulkDeleteResults):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))
