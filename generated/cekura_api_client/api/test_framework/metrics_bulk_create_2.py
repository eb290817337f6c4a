from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metrics_bulk_create_2_response_400 import MetricsBulkCreate2Response400
from ...models.schema_post_metric_edit import SchemaPostMetricEdit
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...runtime.validation import read_items
from ...types import Response


def _get_kwargs(
    *,
    body: list[SchemaPostMetricEdit],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/metrics/bulk_create/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[SchemaPostMetricEdit] | MetricsBulkCreate2Response400 | None:
    if response.status_code == 201:
        response_201 = read_items(SchemaPostMetricEdit.from_dict, response.json())
        return response_201

    if response.status_code == 400:
        response_400 = MetricsBulkCreate2Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[SchemaPostMetricEdit] | MetricsBulkCreate2Response400]:
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
_SUCCESSES: tuple[int, ...] | None = (201,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[SchemaPostMetricEdit],
    options: RequestOptions | None = None,
) -> Response[list[SchemaPostMetricEdit] | MetricsBulkCreate2Response400]:
    """Create multiple metrics in a single request

     Create multiple metrics in a single request

    Args:
        body (list[SchemaPostMetricEdit]):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[SchemaPostMetricEdit] | MetricsBulkCreate2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[SchemaPostMetricEdit],
    options: RequestOptions | None = None,
) -> list[SchemaPostMetricEdit]:
    """Create multiple metrics in a single request

     Create multiple metrics in a single request

    Args:
        body (list[SchemaPostMetricEdit]):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[SchemaPostMetricEdit]
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
    return cast(
        list[SchemaPostMetricEdit], checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[SchemaPostMetricEdit],
    options: RequestOptions | None = None,
) -> Response[list[SchemaPostMetricEdit] | MetricsBulkCreate2Response400]:
    """Create multiple metrics in a single request

     Create multiple metrics in a single request

    Args:
        body (list[SchemaPostMetricEdit]):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[SchemaPostMetricEdit] | MetricsBulkCreate2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[SchemaPostMetricEdit],
    options: RequestOptions | None = None,
) -> list[SchemaPostMetricEdit]:
    """Create multiple metrics in a single request

     Create multiple metrics in a single request

    Args:
        body (list[SchemaPostMetricEdit]):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[SchemaPostMetricEdit]
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
    return cast(
        list[SchemaPostMetricEdit], checked(response, lambda: _parse_response(client=client, response=response))
    )
