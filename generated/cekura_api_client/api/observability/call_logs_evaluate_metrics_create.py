from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_log_list import CallLogList
from ...models.call_logs_evaluate_metrics_create_response_400 import CallLogsEvaluateMetricsCreateResponse400
from ...models.evaluate_metrics import EvaluateMetrics
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...runtime.validation import read_items
from ...types import Response


def _get_kwargs(
    *,
    body: EvaluateMetrics,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/call-logs/evaluate_metrics/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CallLogList] | CallLogsEvaluateMetricsCreateResponse400 | None:
    if response.status_code == 200:
        response_200 = read_items(CallLogList.from_dict, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = CallLogsEvaluateMetricsCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CallLogList] | CallLogsEvaluateMetricsCreateResponse400]:
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
    body: EvaluateMetrics,
    options: RequestOptions | None = None,
) -> Response[list[CallLogList] | CallLogsEvaluateMetricsCreateResponse400]:
    """Run specific metrics against call logs

     Evaluate one or more metrics against selected call logs. Unlike `rerun_evaluation` (which re-runs
    all assigned metrics), this endpoint lets you target specific metrics.

    **Scope:** provide either `agent_id` or `project_id` to identify which agent's call logs and metrics
    to use. Metrics must belong to the specified agent or project.

    **Credit check:** cost scales with the number of call logs and metrics selected. The request is
    rejected if your balance is insufficient — check your balance first via
    `test_framework_billing_info_retrieve`.

    **Async:** evaluation runs in the background. The response returns the call logs in their current
    state. Retrieve each call log individually to see updated metric results once evaluation completes.

    **Rate limited.** Respect 429 responses — wait for the `Retry-After` duration.

    Args:
        body (EvaluateMetrics):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[CallLogList] | CallLogsEvaluateMetricsCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EvaluateMetrics,
    options: RequestOptions | None = None,
) -> list[CallLogList]:
    """Run specific metrics against call logs

     Evaluate one or more metrics against selected call logs. Unlike `rerun_evaluation` (which re-runs
    all assigned metrics), this endpoint lets you target specific metrics.

    **Scope:** provide either `agent_id` or `project_id` to identify which agent's call logs and metrics
    to use. Metrics must belong to the specified agent or project.

    **Credit check:** cost scales with the number of call logs and metrics selected. The request is
    rejected if your balance is insufficient — check your balance first via
    `test_framework_billing_info_retrieve`.

    **Async:** evaluation runs in the background. The response returns the call logs in their current
    state. Retrieve each call log individually to see updated metric results once evaluation completes.

    **Rate limited.** Respect 429 responses — wait for the `Retry-After` duration.

    Args:
        body (EvaluateMetrics):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[CallLogList]
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
    return cast(list[CallLogList], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EvaluateMetrics,
    options: RequestOptions | None = None,
) -> Response[list[CallLogList] | CallLogsEvaluateMetricsCreateResponse400]:
    """Run specific metrics against call logs

     Evaluate one or more metrics against selected call logs. Unlike `rerun_evaluation` (which re-runs
    all assigned metrics), this endpoint lets you target specific metrics.

    **Scope:** provide either `agent_id` or `project_id` to identify which agent's call logs and metrics
    to use. Metrics must belong to the specified agent or project.

    **Credit check:** cost scales with the number of call logs and metrics selected. The request is
    rejected if your balance is insufficient — check your balance first via
    `test_framework_billing_info_retrieve`.

    **Async:** evaluation runs in the background. The response returns the call logs in their current
    state. Retrieve each call log individually to see updated metric results once evaluation completes.

    **Rate limited.** Respect 429 responses — wait for the `Retry-After` duration.

    Args:
        body (EvaluateMetrics):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[CallLogList] | CallLogsEvaluateMetricsCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EvaluateMetrics,
    options: RequestOptions | None = None,
) -> list[CallLogList]:
    """Run specific metrics against call logs

     Evaluate one or more metrics against selected call logs. Unlike `rerun_evaluation` (which re-runs
    all assigned metrics), this endpoint lets you target specific metrics.

    **Scope:** provide either `agent_id` or `project_id` to identify which agent's call logs and metrics
    to use. Metrics must belong to the specified agent or project.

    **Credit check:** cost scales with the number of call logs and metrics selected. The request is
    rejected if your balance is insufficient — check your balance first via
    `test_framework_billing_info_retrieve`.

    **Async:** evaluation runs in the background. The response returns the call logs in their current
    state. Retrieve each call log individually to see updated metric results once evaluation completes.

    **Rate limited.** Respect 429 responses — wait for the `Retry-After` duration.

    Args:
        body (EvaluateMetrics):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[CallLogList]
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
    return cast(list[CallLogList], checked(response, lambda: _parse_response(client=client, response=response)))
