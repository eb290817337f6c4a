from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insight_metric_config import InsightMetricConfig
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: InsightMetricConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/metric-failure-mode-insights/metric-config/",
    }

    with request_body():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsightMetricConfig | None:
    if response.status_code == 200:
        response_200 = InsightMetricConfig.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InsightMetricConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InsightMetricConfig,
) -> Response[InsightMetricConfig]:
    """Read or change which metrics have insights enabled

     GET returns every metric in the project that can have insights, with its current on/off state and
    failure criteria. POST turns one metric on or off; when turning on, send `pass_conditions` to define
    what counts as a passing call, or omit it to accept the metric's default threshold. Set
    `triage_failure_limit` to cap daily analyses, or send null to analyse every failure.

    Args:
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[InsightMetricConfig]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InsightMetricConfig,
) -> InsightMetricConfig:
    """Read or change which metrics have insights enabled

     GET returns every metric in the project that can have insights, with its current on/off state and
    failure criteria. POST turns one metric on or off; when turning on, send `pass_conditions` to define
    what counts as a passing call, or omit it to accept the metric's default threshold. Set
    `triage_failure_limit` to cap daily analyses, or send null to analyse every failure.

    Args:
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        InsightMetricConfig
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(InsightMetricConfig, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InsightMetricConfig,
) -> Response[InsightMetricConfig]:
    """Read or change which metrics have insights enabled

     GET returns every metric in the project that can have insights, with its current on/off state and
    failure criteria. POST turns one metric on or off; when turning on, send `pass_conditions` to define
    what counts as a passing call, or omit it to accept the metric's default threshold. Set
    `triage_failure_limit` to cap daily analyses, or send null to analyse every failure.

    Args:
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[InsightMetricConfig]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InsightMetricConfig,
) -> InsightMetricConfig:
    """Read or change which metrics have insights enabled

     GET returns every metric in the project that can have insights, with its current on/off state and
    failure criteria. POST turns one metric on or off; when turning on, send `pass_conditions` to define
    what counts as a passing call, or omit it to accept the metric's default threshold. Set
    `triage_failure_limit` to cap daily analyses, or send null to analyse every failure.

    Args:
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.
        body (InsightMetricConfig): Request body for ``POST /metric-failure-mode-insights/metric-
            config/``.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        InsightMetricConfig
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(InsightMetricConfig, _build_response(client=client, response=response).parsed)
