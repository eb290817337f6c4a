from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_failure_mode_fix_metric import MetricFailureModeFixMetric
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: MetricFailureModeFixMetric,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/metric-failure-mode-insights/{id}/fix-metric/".format(
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
) -> MetricFailureModeFixMetric | None:
    if response.status_code == 200:
        response_200 = MetricFailureModeFixMetric.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricFailureModeFixMetric]:
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
    body: MetricFailureModeFixMetric,
    options: RequestOptions | None = None,
) -> Response[MetricFailureModeFixMetric]:
    """Add a failure mode's example calls to Labs

     Sample a few of one failure mode's example calls and add them to Labs as metric reviews for the
    insight's metric, with an optional `feedback` note and an optional corrected `expected_value` label
    (defaults to a pass). Select the failure mode with `failure_mode_index`. Overwrites any existing
    review for the same calls on this metric.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeFixMetric): Request body for ``POST /metric-failure-mode-
            insights/{id}/fix_metric/``.

            Samples a few of one failure mode's example calls and adds them to Labs
            for the insight's metric, carrying the user's feedback as the note and
            ``expected_value`` as the corrected label.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeFixMetric]
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
    body: MetricFailureModeFixMetric,
    options: RequestOptions | None = None,
) -> MetricFailureModeFixMetric:
    """Add a failure mode's example calls to Labs

     Sample a few of one failure mode's example calls and add them to Labs as metric reviews for the
    insight's metric, with an optional `feedback` note and an optional corrected `expected_value` label
    (defaults to a pass). Select the failure mode with `failure_mode_index`. Overwrites any existing
    review for the same calls on this metric.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeFixMetric): Request body for ``POST /metric-failure-mode-
            insights/{id}/fix_metric/``.

            Samples a few of one failure mode's example calls and adds them to Labs
            for the insight's metric, carrying the user's feedback as the note and
            ``expected_value`` as the corrected label.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeFixMetric
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
    return cast(
        MetricFailureModeFixMetric, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeFixMetric,
    options: RequestOptions | None = None,
) -> Response[MetricFailureModeFixMetric]:
    """Add a failure mode's example calls to Labs

     Sample a few of one failure mode's example calls and add them to Labs as metric reviews for the
    insight's metric, with an optional `feedback` note and an optional corrected `expected_value` label
    (defaults to a pass). Select the failure mode with `failure_mode_index`. Overwrites any existing
    review for the same calls on this metric.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeFixMetric): Request body for ``POST /metric-failure-mode-
            insights/{id}/fix_metric/``.

            Samples a few of one failure mode's example calls and adds them to Labs
            for the insight's metric, carrying the user's feedback as the note and
            ``expected_value`` as the corrected label.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeFixMetric]
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
    body: MetricFailureModeFixMetric,
    options: RequestOptions | None = None,
) -> MetricFailureModeFixMetric:
    """Add a failure mode's example calls to Labs

     Sample a few of one failure mode's example calls and add them to Labs as metric reviews for the
    insight's metric, with an optional `feedback` note and an optional corrected `expected_value` label
    (defaults to a pass). Select the failure mode with `failure_mode_index`. Overwrites any existing
    review for the same calls on this metric.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeFixMetric): Request body for ``POST /metric-failure-mode-
            insights/{id}/fix_metric/``.

            Samples a few of one failure mode's example calls and adds them to Labs
            for the insight's metric, carrying the user's feedback as the note and
            ``expected_value`` as the corrected label.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeFixMetric
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
    return cast(
        MetricFailureModeFixMetric, checked(response, lambda: _parse_response(client=client, response=response))
    )
