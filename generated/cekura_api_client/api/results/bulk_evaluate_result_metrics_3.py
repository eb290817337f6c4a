from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_evaluate_result_metrics_3_response_400 import BulkEvaluateResultMetrics3Response400
from ...models.schema_post_bulk_evaluate_result_metrics import SchemaPostBulkEvaluateResultMetrics
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostBulkEvaluateResultMetrics,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/results/bulk_evaluate_metrics/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEvaluateResultMetrics3Response400 | None:
    if response.status_code == 200:
        return None

    if response.status_code == 400:
        response_400 = BulkEvaluateResultMetrics3Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkEvaluateResultMetrics3Response400]:
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
    body: SchemaPostBulkEvaluateResultMetrics,
    options: RequestOptions | None = None,
) -> Response[BulkEvaluateResultMetrics3Response400]:
    """Re-evaluate metrics across multiple results

     Schedules re-evaluation of the given metrics against every completed/failed, non-deleted run of
    every selected result. Metrics are validated against each agent's metric scope; balance is checked
    for the full batch up front before any work is dispatched. Each affected result's status is flipped
    to RUNNING. Maximum 100 result IDs per request.

    Args:
        body (SchemaPostBulkEvaluateResultMetrics):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[BulkEvaluateResultMetrics3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostBulkEvaluateResultMetrics,
    options: RequestOptions | None = None,
) -> None:
    """Re-evaluate metrics across multiple results

     Schedules re-evaluation of the given metrics against every completed/failed, non-deleted run of
    every selected result. Metrics are validated against each agent's metric scope; balance is checked
    for the full batch up front before any work is dispatched. Each affected result's status is flipped
    to RUNNING. Maximum 100 result IDs per request.

    Args:
        body (SchemaPostBulkEvaluateResultMetrics):
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
    body: SchemaPostBulkEvaluateResultMetrics,
    options: RequestOptions | None = None,
) -> Response[BulkEvaluateResultMetrics3Response400]:
    """Re-evaluate metrics across multiple results

     Schedules re-evaluation of the given metrics against every completed/failed, non-deleted run of
    every selected result. Metrics are validated against each agent's metric scope; balance is checked
    for the full batch up front before any work is dispatched. Each affected result's status is flipped
    to RUNNING. Maximum 100 result IDs per request.

    Args:
        body (SchemaPostBulkEvaluateResultMetrics):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[BulkEvaluateResultMetrics3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostBulkEvaluateResultMetrics,
    options: RequestOptions | None = None,
) -> None:
    """Re-evaluate metrics across multiple results

     Schedules re-evaluation of the given metrics against every completed/failed, non-deleted run of
    every selected result. Metrics are validated against each agent's metric scope; balance is checked
    for the full batch up front before any work is dispatched. Each affected result's status is flipped
    to RUNNING. Maximum 100 result IDs per request.

    Args:
        body (SchemaPostBulkEvaluateResultMetrics):
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
