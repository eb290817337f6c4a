from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alert_create import AlertCreate
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: AlertCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/alerts/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlertCreate | None:
    if response.status_code == 201:
        response_201 = AlertCreate.from_dict(response.json())

        return response_201

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AlertCreate]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("api_key",)
_SUCCESSES: tuple[int, ...] | None = (201,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AlertCreate,
    options: RequestOptions | None = None,
) -> Response[AlertCreate]:
    """Create an alert on a metric

     Create an alert that fires when a metric crosses a threshold. Three sub_types:

    - `normal` — Failure alert. Fires per failing call. Only for binary metrics (eval_type starts with
    `binary_`) plus the latency / infrastructure / critical-deviation built-ins.
    - `significant_change` — Trend alert. Fires when a numeric/continuous metric's rolling mean deviates
    from history. Pass `preset: "balanced"` (or `"conservative"` / `"aggressive"`) to skip manual
    std_multiplier / ewma_alpha / window_size math — the server expands the preset. Balanced is the safe
    default.
    - `threshold` — Hard ceiling/floor. Fires when ≥ `min_breaches` of the last `window_size`
    evaluations cross `value`. Use for numeric metrics where the user has a known good range. Operator
    is `gt` | `lt` | `outside` ({low, high}).

    **Slack delivery requires** `notifications.slack.workspace_id` (+ optional `channel_id`). Alerts
    with empty `notifications` are silent — fire counters still increment but no message is sent. Pick a
    workspace_id from `slack_workspaces_list`.

    Args:
        body (AlertCreate):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AlertCreate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AlertCreate,
    options: RequestOptions | None = None,
) -> AlertCreate:
    """Create an alert on a metric

     Create an alert that fires when a metric crosses a threshold. Three sub_types:

    - `normal` — Failure alert. Fires per failing call. Only for binary metrics (eval_type starts with
    `binary_`) plus the latency / infrastructure / critical-deviation built-ins.
    - `significant_change` — Trend alert. Fires when a numeric/continuous metric's rolling mean deviates
    from history. Pass `preset: "balanced"` (or `"conservative"` / `"aggressive"`) to skip manual
    std_multiplier / ewma_alpha / window_size math — the server expands the preset. Balanced is the safe
    default.
    - `threshold` — Hard ceiling/floor. Fires when ≥ `min_breaches` of the last `window_size`
    evaluations cross `value`. Use for numeric metrics where the user has a known good range. Operator
    is `gt` | `lt` | `outside` ({low, high}).

    **Slack delivery requires** `notifications.slack.workspace_id` (+ optional `channel_id`). Alerts
    with empty `notifications` are silent — fire counters still increment but no message is sent. Pick a
    workspace_id from `slack_workspaces_list`.

    Args:
        body (AlertCreate):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AlertCreate
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
    return cast(AlertCreate, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AlertCreate,
    options: RequestOptions | None = None,
) -> Response[AlertCreate]:
    """Create an alert on a metric

     Create an alert that fires when a metric crosses a threshold. Three sub_types:

    - `normal` — Failure alert. Fires per failing call. Only for binary metrics (eval_type starts with
    `binary_`) plus the latency / infrastructure / critical-deviation built-ins.
    - `significant_change` — Trend alert. Fires when a numeric/continuous metric's rolling mean deviates
    from history. Pass `preset: "balanced"` (or `"conservative"` / `"aggressive"`) to skip manual
    std_multiplier / ewma_alpha / window_size math — the server expands the preset. Balanced is the safe
    default.
    - `threshold` — Hard ceiling/floor. Fires when ≥ `min_breaches` of the last `window_size`
    evaluations cross `value`. Use for numeric metrics where the user has a known good range. Operator
    is `gt` | `lt` | `outside` ({low, high}).

    **Slack delivery requires** `notifications.slack.workspace_id` (+ optional `channel_id`). Alerts
    with empty `notifications` are silent — fire counters still increment but no message is sent. Pick a
    workspace_id from `slack_workspaces_list`.

    Args:
        body (AlertCreate):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AlertCreate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AlertCreate,
    options: RequestOptions | None = None,
) -> AlertCreate:
    """Create an alert on a metric

     Create an alert that fires when a metric crosses a threshold. Three sub_types:

    - `normal` — Failure alert. Fires per failing call. Only for binary metrics (eval_type starts with
    `binary_`) plus the latency / infrastructure / critical-deviation built-ins.
    - `significant_change` — Trend alert. Fires when a numeric/continuous metric's rolling mean deviates
    from history. Pass `preset: "balanced"` (or `"conservative"` / `"aggressive"`) to skip manual
    std_multiplier / ewma_alpha / window_size math — the server expands the preset. Balanced is the safe
    default.
    - `threshold` — Hard ceiling/floor. Fires when ≥ `min_breaches` of the last `window_size`
    evaluations cross `value`. Use for numeric metrics where the user has a known good range. Operator
    is `gt` | `lt` | `outside` ({low, high}).

    **Slack delivery requires** `notifications.slack.workspace_id` (+ optional `channel_id`). Alerts
    with empty `notifications` are silent — fire counters still increment but no message is sent. Pick a
    workspace_id from `slack_workspaces_list`.

    Args:
        body (AlertCreate):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AlertCreate
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
    return cast(AlertCreate, checked(response, lambda: _parse_response(client=client, response=response)))
