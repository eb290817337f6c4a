from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_rolling_stats import MetricRollingStats
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MetricRollingStats | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/metric-rolling-stats/",
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MetricRollingStats | None:
    if response.status_code == 201:
        response_201 = MetricRollingStats.from_dict(response.json())

        return response_201

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MetricRollingStats]:
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
    body: MetricRollingStats | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[MetricRollingStats]:
    """Create a new rolling statistic

    Args:
        body (MetricRollingStats | Unset): Read-only serializer for MetricRollingStats model.
            Used to verify that rolling stats objects are created when alerts are enabled.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricRollingStats]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MetricRollingStats | Unset = UNSET,
    options: RequestOptions | None = None,
) -> MetricRollingStats:
    """Create a new rolling statistic

    Args:
        body (MetricRollingStats | Unset): Read-only serializer for MetricRollingStats model.
            Used to verify that rolling stats objects are created when alerts are enabled.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricRollingStats
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
    return cast(MetricRollingStats, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MetricRollingStats | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[MetricRollingStats]:
    """Create a new rolling statistic

    Args:
        body (MetricRollingStats | Unset): Read-only serializer for MetricRollingStats model.
            Used to verify that rolling stats objects are created when alerts are enabled.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricRollingStats]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MetricRollingStats | Unset = UNSET,
    options: RequestOptions | None = None,
) -> MetricRollingStats:
    """Create a new rolling statistic

    Args:
        body (MetricRollingStats | Unset): Read-only serializer for MetricRollingStats model.
            Used to verify that rolling stats objects are created when alerts are enabled.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricRollingStats
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
    return cast(MetricRollingStats, checked(response, lambda: _parse_response(client=client, response=response)))
