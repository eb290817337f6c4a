from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_list import MetricList
from ...models.predefined_metric_copy_request import PredefinedMetricCopyRequest
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PredefinedMetricCopyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/predefined-metrics-external/copy/",
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[MetricList] | None:
    if response.status_code == 200:
        response_200 = read_items(MetricList.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[MetricList]]:
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
    body: PredefinedMetricCopyRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[MetricList]]:
    """Attach predefined metrics to a project

     Copy one or more predefined metrics (e.g. Voice Tone + Clarity, Latency, CSAT) into a project so
    they evaluate its calls. Pass `project_id` and either `predefined_metric_ids` or `metric_codes` from
    the predefined metrics list. Use this to add these built-in metrics — they cannot be created through
    the metrics create endpoint.

    Args:
        body (PredefinedMetricCopyRequest | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[MetricList]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PredefinedMetricCopyRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[MetricList]:
    """Attach predefined metrics to a project

     Copy one or more predefined metrics (e.g. Voice Tone + Clarity, Latency, CSAT) into a project so
    they evaluate its calls. Pass `project_id` and either `predefined_metric_ids` or `metric_codes` from
    the predefined metrics list. Use this to add these built-in metrics — they cannot be created through
    the metrics create endpoint.

    Args:
        body (PredefinedMetricCopyRequest | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[MetricList]
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
    return cast(list[MetricList], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PredefinedMetricCopyRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[MetricList]]:
    """Attach predefined metrics to a project

     Copy one or more predefined metrics (e.g. Voice Tone + Clarity, Latency, CSAT) into a project so
    they evaluate its calls. Pass `project_id` and either `predefined_metric_ids` or `metric_codes` from
    the predefined metrics list. Use this to add these built-in metrics — they cannot be created through
    the metrics create endpoint.

    Args:
        body (PredefinedMetricCopyRequest | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[MetricList]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PredefinedMetricCopyRequest | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[MetricList]:
    """Attach predefined metrics to a project

     Copy one or more predefined metrics (e.g. Voice Tone + Clarity, Latency, CSAT) into a project so
    they evaluate its calls. Pass `project_id` and either `predefined_metric_ids` or `metric_codes` from
    the predefined metrics list. Use this to add these built-in metrics — they cannot be created through
    the metrics create endpoint.

    Args:
        body (PredefinedMetricCopyRequest | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[MetricList]
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
    return cast(list[MetricList], checked(response, lambda: _parse_response(client=client, response=response)))
