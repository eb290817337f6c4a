from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_optimiser_cron_job import MetricOptimiserCronJob
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: MetricOptimiserCronJob,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/schedules/v1/metric-optimiser-cron-jobs/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MetricOptimiserCronJob | None:
    if response.status_code == 201:
        response_201 = MetricOptimiserCronJob.from_dict(response.json())

        return response_201

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricOptimiserCronJob]:
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
    body: MetricOptimiserCronJob,
    options: RequestOptions | None = None,
) -> Response[MetricOptimiserCronJob]:
    """Schedule a recurring metric optimiser run

     Create a cron job that runs the Metric Lab optimiser against one or more metrics on a recurring
    schedule. The optimiser uses every test set already in each metric's Lab (every MetricReview row).
    Set `auto_apply` to overwrite the live metric prompt when the optimised score is at least as good as
    the baseline on the labelled set — otherwise the run is read-only and emails a diff summary.

    Args:
        body (MetricOptimiserCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricOptimiserCronJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MetricOptimiserCronJob,
    options: RequestOptions | None = None,
) -> MetricOptimiserCronJob:
    """Schedule a recurring metric optimiser run

     Create a cron job that runs the Metric Lab optimiser against one or more metrics on a recurring
    schedule. The optimiser uses every test set already in each metric's Lab (every MetricReview row).
    Set `auto_apply` to overwrite the live metric prompt when the optimised score is at least as good as
    the baseline on the labelled set — otherwise the run is read-only and emails a diff summary.

    Args:
        body (MetricOptimiserCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricOptimiserCronJob
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
    return cast(MetricOptimiserCronJob, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MetricOptimiserCronJob,
    options: RequestOptions | None = None,
) -> Response[MetricOptimiserCronJob]:
    """Schedule a recurring metric optimiser run

     Create a cron job that runs the Metric Lab optimiser against one or more metrics on a recurring
    schedule. The optimiser uses every test set already in each metric's Lab (every MetricReview row).
    Set `auto_apply` to overwrite the live metric prompt when the optimised score is at least as good as
    the baseline on the labelled set — otherwise the run is read-only and emails a diff summary.

    Args:
        body (MetricOptimiserCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricOptimiserCronJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MetricOptimiserCronJob,
    options: RequestOptions | None = None,
) -> MetricOptimiserCronJob:
    """Schedule a recurring metric optimiser run

     Create a cron job that runs the Metric Lab optimiser against one or more metrics on a recurring
    schedule. The optimiser uses every test set already in each metric's Lab (every MetricReview row).
    Set `auto_apply` to overwrite the live metric prompt when the optimised score is at least as good as
    the baseline on the labelled set — otherwise the run is read-only and emails a diff summary.

    Args:
        body (MetricOptimiserCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricOptimiserCronJob
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
    return cast(MetricOptimiserCronJob, checked(response, lambda: _parse_response(client=client, response=response)))
