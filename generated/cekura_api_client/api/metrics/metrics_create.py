from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_detail_serializer_v2 import MetricDetailSerializerV2
from ...models.metric_edit_serializer_v2 import MetricEditSerializerV2
from ...models.metrics_create_response_400 import MetricsCreateResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: MetricEditSerializerV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/metrics/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricDetailSerializerV2 | MetricsCreateResponse400 | None:
    if response.status_code == 201:
        response_201 = MetricDetailSerializerV2.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MetricsCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricDetailSerializerV2 | MetricsCreateResponse400]:
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
    body: MetricEditSerializerV2,
    options: RequestOptions | None = None,
) -> Response[MetricDetailSerializerV2 | MetricsCreateResponse400]:
    """Create a metric

     Create a quality metric. `type` is `llm_judge` or `custom_code`. `eval_type` is one of `binary`,
    `continuous_qualitative`, `numeric`, `enum`. Set `add_to_rubric=true` to include the metric in the
    project's call-success rubric.

    Args:
        body (MetricEditSerializerV2):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricDetailSerializerV2 | MetricsCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MetricEditSerializerV2,
    options: RequestOptions | None = None,
) -> MetricDetailSerializerV2:
    """Create a metric

     Create a quality metric. `type` is `llm_judge` or `custom_code`. `eval_type` is one of `binary`,
    `continuous_qualitative`, `numeric`, `enum`. Set `add_to_rubric=true` to include the metric in the
    project's call-success rubric.

    Args:
        body (MetricEditSerializerV2):
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
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(MetricDetailSerializerV2, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MetricEditSerializerV2,
    options: RequestOptions | None = None,
) -> Response[MetricDetailSerializerV2 | MetricsCreateResponse400]:
    """Create a metric

     Create a quality metric. `type` is `llm_judge` or `custom_code`. `eval_type` is one of `binary`,
    `continuous_qualitative`, `numeric`, `enum`. Set `add_to_rubric=true` to include the metric in the
    project's call-success rubric.

    Args:
        body (MetricEditSerializerV2):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricDetailSerializerV2 | MetricsCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MetricEditSerializerV2,
    options: RequestOptions | None = None,
) -> MetricDetailSerializerV2:
    """Create a metric

     Create a quality metric. `type` is `llm_judge` or `custom_code`. `eval_type` is one of `binary`,
    `continuous_qualitative`, `numeric`, `enum`. Set `add_to_rubric=true` to include the metric in the
    project's call-success rubric.

    Args:
        body (MetricEditSerializerV2):
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
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(MetricDetailSerializerV2, checked(response, lambda: _parse_response(client=client, response=response)))
