from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dashboard import Dashboard
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Dashboard | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dashboards/dashboards/",
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Dashboard | None:
    if response.status_code == 201:
        response_201 = Dashboard.from_dict(response.json())

        return response_201

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Dashboard]:
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
    body: Dashboard | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Dashboard]:
    """Create a dashboard

     Manage analytics dashboards for visualizing agent performance.

    Dashboards contain configurable widgets — line, bar, pie, or stat charts — that
    display call volume, quality scores, metric trends, and other agent KPIs.

    **Dashboard filters** scope all widgets on the dashboard. Set a date range here
    so every widget automatically restricts to the same time window. Widget-level filters
    AND-combine with the dashboard filter.

    **Filter format** (`filters` field): a JSON condition object.
    Simple condition: `{"field": "agent.id", "op": "eq", "value": 123}`.
    Compound: `{"operator": "and", "conditions": [{"field": "timestamp", "op": "gte", "value":
    "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`.
    Supported fields: `id`, `success`, `duration`, `customer_number`, `call_ended_reason`,
    `dropoff_point`, `topic`, `timestamp`, `is_reviewed`, `agent.id`, `agent.agent_name`,
    `metadata.<key>`, `metric_evaluations.value`.
    Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`, `endswith`,
    `in`, `isnull`, `regex`.

    Use `duplicate` to clone an existing dashboard rather than building one from scratch.

    Args:
        body (Dashboard | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Dashboard]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Dashboard | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Dashboard:
    """Create a dashboard

     Manage analytics dashboards for visualizing agent performance.

    Dashboards contain configurable widgets — line, bar, pie, or stat charts — that
    display call volume, quality scores, metric trends, and other agent KPIs.

    **Dashboard filters** scope all widgets on the dashboard. Set a date range here
    so every widget automatically restricts to the same time window. Widget-level filters
    AND-combine with the dashboard filter.

    **Filter format** (`filters` field): a JSON condition object.
    Simple condition: `{"field": "agent.id", "op": "eq", "value": 123}`.
    Compound: `{"operator": "and", "conditions": [{"field": "timestamp", "op": "gte", "value":
    "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`.
    Supported fields: `id`, `success`, `duration`, `customer_number`, `call_ended_reason`,
    `dropoff_point`, `topic`, `timestamp`, `is_reviewed`, `agent.id`, `agent.agent_name`,
    `metadata.<key>`, `metric_evaluations.value`.
    Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`, `endswith`,
    `in`, `isnull`, `regex`.

    Use `duplicate` to clone an existing dashboard rather than building one from scratch.

    Args:
        body (Dashboard | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Dashboard
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
    return cast(Dashboard, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Dashboard | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Dashboard]:
    """Create a dashboard

     Manage analytics dashboards for visualizing agent performance.

    Dashboards contain configurable widgets — line, bar, pie, or stat charts — that
    display call volume, quality scores, metric trends, and other agent KPIs.

    **Dashboard filters** scope all widgets on the dashboard. Set a date range here
    so every widget automatically restricts to the same time window. Widget-level filters
    AND-combine with the dashboard filter.

    **Filter format** (`filters` field): a JSON condition object.
    Simple condition: `{"field": "agent.id", "op": "eq", "value": 123}`.
    Compound: `{"operator": "and", "conditions": [{"field": "timestamp", "op": "gte", "value":
    "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`.
    Supported fields: `id`, `success`, `duration`, `customer_number`, `call_ended_reason`,
    `dropoff_point`, `topic`, `timestamp`, `is_reviewed`, `agent.id`, `agent.agent_name`,
    `metadata.<key>`, `metric_evaluations.value`.
    Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`, `endswith`,
    `in`, `isnull`, `regex`.

    Use `duplicate` to clone an existing dashboard rather than building one from scratch.

    Args:
        body (Dashboard | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Dashboard]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Dashboard | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Dashboard:
    """Create a dashboard

     Manage analytics dashboards for visualizing agent performance.

    Dashboards contain configurable widgets — line, bar, pie, or stat charts — that
    display call volume, quality scores, metric trends, and other agent KPIs.

    **Dashboard filters** scope all widgets on the dashboard. Set a date range here
    so every widget automatically restricts to the same time window. Widget-level filters
    AND-combine with the dashboard filter.

    **Filter format** (`filters` field): a JSON condition object.
    Simple condition: `{"field": "agent.id", "op": "eq", "value": 123}`.
    Compound: `{"operator": "and", "conditions": [{"field": "timestamp", "op": "gte", "value":
    "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`.
    Supported fields: `id`, `success`, `duration`, `customer_number`, `call_ended_reason`,
    `dropoff_point`, `topic`, `timestamp`, `is_reviewed`, `agent.id`, `agent.agent_name`,
    `metadata.<key>`, `metric_evaluations.value`.
    Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`, `endswith`,
    `in`, `isnull`, `regex`.

    Use `duplicate` to clone an existing dashboard rather than building one from scratch.

    Args:
        body (Dashboard | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Dashboard
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
    return cast(Dashboard, checked(response, lambda: _parse_response(client=client, response=response)))
