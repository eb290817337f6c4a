from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metrics_update_response_400 import MetricsUpdateResponse400
from ...models.schema_post_metric_edit import SchemaPostMetricEdit
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: SchemaPostMetricEdit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/test_framework/v2/metrics/{id}/".format(
            id=segment("id", id),
        ),
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaPostMetricEdit | MetricsUpdateResponse400 | None:
    if response.status_code == 200:
        response_200 = SchemaPostMetricEdit.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MetricsUpdateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaPostMetricEdit | MetricsUpdateResponse400]:
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
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> Response[SchemaPostMetricEdit | MetricsUpdateResponse400]:
    """Update a metric (full)

     Update a metric (full)

    Args:
        id (int): A unique integer value identifying this metric.
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaPostMetricEdit | MetricsUpdateResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> SchemaPostMetricEdit:
    """Update a metric (full)

     Update a metric (full)

    Args:
        id (int): A unique integer value identifying this metric.
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaPostMetricEdit
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(SchemaPostMetricEdit, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> Response[SchemaPostMetricEdit | MetricsUpdateResponse400]:
    """Update a metric (full)

     Update a metric (full)

    Args:
        id (int): A unique integer value identifying this metric.
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaPostMetricEdit | MetricsUpdateResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> SchemaPostMetricEdit:
    """Update a metric (full)

     Update a metric (full)

    Args:
        id (int): A unique integer value identifying this metric.
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaPostMetricEdit
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(SchemaPostMetricEdit, checked(response, lambda: _parse_response(client=client, response=response)))
