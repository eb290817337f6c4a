from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metrics_generate_response_400 import MetricsGenerateResponse400
from ...models.schema_generate_metrics_metric_create import SchemaGenerateMetricsMetricCreate
from ...models.schema_generate_metrics_response import SchemaGenerateMetricsResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemaGenerateMetricsMetricCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/metrics-external/generate_metrics/",
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaGenerateMetricsResponse | MetricsGenerateResponse400 | None:
    if response.status_code == 200:
        response_200 = SchemaGenerateMetricsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MetricsGenerateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaGenerateMetricsResponse | MetricsGenerateResponse400]:
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
    body: SchemaGenerateMetricsMetricCreate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SchemaGenerateMetricsResponse | MetricsGenerateResponse400]:
    """Generates suggested metrics for an AI agent. Returns a `progress_id` to poll via
    `generate_metrics_progress`. Results appear in the progress response but are not saved automatically
    — pass them to the metrics bulk create endpoint to persist. The agent must have a description of at
    least 100 characters.

    Args:
        body (SchemaGenerateMetricsMetricCreate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaGenerateMetricsResponse | MetricsGenerateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateMetricsMetricCreate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SchemaGenerateMetricsResponse:
    """Generates suggested metrics for an AI agent. Returns a `progress_id` to poll via
    `generate_metrics_progress`. Results appear in the progress response but are not saved automatically
    — pass them to the metrics bulk create endpoint to persist. The agent must have a description of at
    least 100 characters.

    Args:
        body (SchemaGenerateMetricsMetricCreate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaGenerateMetricsResponse
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
        SchemaGenerateMetricsResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateMetricsMetricCreate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SchemaGenerateMetricsResponse | MetricsGenerateResponse400]:
    """Generates suggested metrics for an AI agent. Returns a `progress_id` to poll via
    `generate_metrics_progress`. Results appear in the progress response but are not saved automatically
    — pass them to the metrics bulk create endpoint to persist. The agent must have a description of at
    least 100 characters.

    Args:
        body (SchemaGenerateMetricsMetricCreate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaGenerateMetricsResponse | MetricsGenerateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateMetricsMetricCreate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SchemaGenerateMetricsResponse:
    """Generates suggested metrics for an AI agent. Returns a `progress_id` to poll via
    `generate_metrics_progress`. Results appear in the progress response but are not saved automatically
    — pass them to the metrics bulk create endpoint to persist. The agent must have a description of at
    least 100 characters.

    Args:
        body (SchemaGenerateMetricsMetricCreate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaGenerateMetricsResponse
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
        SchemaGenerateMetricsResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
