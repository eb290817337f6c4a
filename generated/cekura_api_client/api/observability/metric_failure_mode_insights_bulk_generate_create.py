from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_failure_mode_insight_bulk_generate import MetricFailureModeInsightBulkGenerate
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: MetricFailureModeInsightBulkGenerate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/metric-failure-mode-insights/bulk_generate/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricFailureModeInsightBulkGenerate | None:
    if response.status_code == 200:
        response_200 = MetricFailureModeInsightBulkGenerate.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricFailureModeInsightBulkGenerate]:
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
    body: MetricFailureModeInsightBulkGenerate,
    options: RequestOptions | None = None,
) -> Response[MetricFailureModeInsightBulkGenerate]:
    """Generate failure-mode insights for every metric in a project

     Queue a failure-mode audit for every eligible metric in the project over the last 24 hours and
    return the new insight rows to poll. Optionally restrict to specific metrics with `metric_names`.
    Metrics with no failing calls are skipped and not charged. ⚠ Consumes credits per metric that
    produces an insight — see the pricing endpoint.

    Args:
        body (MetricFailureModeInsightBulkGenerate): Request body for ``POST /metric-failure-mode-
            insights/bulk_generate/``.

            Triggers an insight audit for every eligible metric in the project
            using a sliding T-24h to T window. Returns the new insight rows so
            the FE can poll them.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsightBulkGenerate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightBulkGenerate,
    options: RequestOptions | None = None,
) -> MetricFailureModeInsightBulkGenerate:
    """Generate failure-mode insights for every metric in a project

     Queue a failure-mode audit for every eligible metric in the project over the last 24 hours and
    return the new insight rows to poll. Optionally restrict to specific metrics with `metric_names`.
    Metrics with no failing calls are skipped and not charged. ⚠ Consumes credits per metric that
    produces an insight — see the pricing endpoint.

    Args:
        body (MetricFailureModeInsightBulkGenerate): Request body for ``POST /metric-failure-mode-
            insights/bulk_generate/``.

            Triggers an insight audit for every eligible metric in the project
            using a sliding T-24h to T window. Returns the new insight rows so
            the FE can poll them.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeInsightBulkGenerate
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
        MetricFailureModeInsightBulkGenerate,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightBulkGenerate,
    options: RequestOptions | None = None,
) -> Response[MetricFailureModeInsightBulkGenerate]:
    """Generate failure-mode insights for every metric in a project

     Queue a failure-mode audit for every eligible metric in the project over the last 24 hours and
    return the new insight rows to poll. Optionally restrict to specific metrics with `metric_names`.
    Metrics with no failing calls are skipped and not charged. ⚠ Consumes credits per metric that
    produces an insight — see the pricing endpoint.

    Args:
        body (MetricFailureModeInsightBulkGenerate): Request body for ``POST /metric-failure-mode-
            insights/bulk_generate/``.

            Triggers an insight audit for every eligible metric in the project
            using a sliding T-24h to T window. Returns the new insight rows so
            the FE can poll them.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsightBulkGenerate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightBulkGenerate,
    options: RequestOptions | None = None,
) -> MetricFailureModeInsightBulkGenerate:
    """Generate failure-mode insights for every metric in a project

     Queue a failure-mode audit for every eligible metric in the project over the last 24 hours and
    return the new insight rows to poll. Optionally restrict to specific metrics with `metric_names`.
    Metrics with no failing calls are skipped and not charged. ⚠ Consumes credits per metric that
    produces an insight — see the pricing endpoint.

    Args:
        body (MetricFailureModeInsightBulkGenerate): Request body for ``POST /metric-failure-mode-
            insights/bulk_generate/``.

            Triggers an insight audit for every eligible metric in the project
            using a sliding T-24h to T window. Returns the new insight rows so
            the FE can poll them.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeInsightBulkGenerate
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
        MetricFailureModeInsightBulkGenerate,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
