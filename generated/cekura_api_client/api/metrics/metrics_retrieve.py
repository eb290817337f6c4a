from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_detail_serializer_v2 import MetricDetailSerializerV2
from ...models.metrics_retrieve_response_404 import MetricsRetrieveResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/metrics/{id}/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricDetailSerializerV2 | MetricsRetrieveResponse404 | None:
    if response.status_code == 200:
        response_200 = MetricDetailSerializerV2.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = MetricsRetrieveResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricDetailSerializerV2 | MetricsRetrieveResponse404]:
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
    id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[MetricDetailSerializerV2 | MetricsRetrieveResponse404]:
    """Retrieve a metric

     Fetch one metric by id.

    Args:
        id (str): **ID or Slug** - Metric identifier. Can be either:
            - Numeric ID (e.g., `123`)
            - Slug (e.g., `latency_metric`, `customer_satisfaction`)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricDetailSerializerV2 | MetricsRetrieveResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> MetricDetailSerializerV2:
    """Retrieve a metric

     Fetch one metric by id.

    Args:
        id (str): **ID or Slug** - Metric identifier. Can be either:
            - Numeric ID (e.g., `123`)
            - Slug (e.g., `latency_metric`, `customer_satisfaction`)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricDetailSerializerV2
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(MetricDetailSerializerV2, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[MetricDetailSerializerV2 | MetricsRetrieveResponse404]:
    """Retrieve a metric

     Fetch one metric by id.

    Args:
        id (str): **ID or Slug** - Metric identifier. Can be either:
            - Numeric ID (e.g., `123`)
            - Slug (e.g., `latency_metric`, `customer_satisfaction`)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricDetailSerializerV2 | MetricsRetrieveResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> MetricDetailSerializerV2:
    """Retrieve a metric

     Fetch one metric by id.

    Args:
        id (str): **ID or Slug** - Metric identifier. Can be either:
            - Numeric ID (e.g., `123`)
            - Slug (e.g., `latency_metric`, `customer_satisfaction`)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricDetailSerializerV2
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(MetricDetailSerializerV2, checked(response, lambda: _parse_response(client=client, response=response)))
