from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.widget_data_response import WidgetDataResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filters"] = filters

    params = given(params, texts=("filters",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboards/widgets/{id}/data/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WidgetDataResponse | None:
    if response.status_code == 200:
        response_200 = WidgetDataResponse.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WidgetDataResponse]:
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
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[WidgetDataResponse]:
    """Get widget chart data

     Fetch the computed chart data for a saved widget.

    **Timestamp filter required:** a `gt` or `gte` filter on `timestamp` must be present — either set on
    the dashboard, the widget, or passed here as `filters`. Maximum range: 30 days. Without it the
    request returns a 400 error.

    **Override filters:** pass `filters` as a filter JSON object to temporarily replace the widget's own
    filters for this request. Example: `{"operator": "and", "conditions": [{"field": "timestamp", "op":
    "gte", "value": "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`

    **Response shape by chart type:**
    - `line` — `{data: [{id, timestamp, value}], metadata: {display_name, data_type, filter_value}}`
    - `bar` — `{data: [{time_interval, value, sample_count}], metadata: ...}`
    - `pie` — `{data: [{label, value, percentage}], metadata: ...}`
    - `stat` — `{data: {total_calls, success_rate, avg_duration, p95_latency}, metadata: ...}`

    Args:
        id (str):
        filters (str | Unset): filter JSON object to override widget filters for this request.
            Must include a timestamp constraint. Example: `{"operator": "and", "conditions":
            [{"field": "timestamp", "op": "gte", "value": "now-7d"}]}`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[WidgetDataResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        filters=filters,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> WidgetDataResponse:
    """Get widget chart data

     Fetch the computed chart data for a saved widget.

    **Timestamp filter required:** a `gt` or `gte` filter on `timestamp` must be present — either set on
    the dashboard, the widget, or passed here as `filters`. Maximum range: 30 days. Without it the
    request returns a 400 error.

    **Override filters:** pass `filters` as a filter JSON object to temporarily replace the widget's own
    filters for this request. Example: `{"operator": "and", "conditions": [{"field": "timestamp", "op":
    "gte", "value": "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`

    **Response shape by chart type:**
    - `line` — `{data: [{id, timestamp, value}], metadata: {display_name, data_type, filter_value}}`
    - `bar` — `{data: [{time_interval, value, sample_count}], metadata: ...}`
    - `pie` — `{data: [{label, value, percentage}], metadata: ...}`
    - `stat` — `{data: {total_calls, success_rate, avg_duration, p95_latency}, metadata: ...}`

    Args:
        id (str):
        filters (str | Unset): filter JSON object to override widget filters for this request.
            Must include a timestamp constraint. Example: `{"operator": "and", "conditions":
            [{"field": "timestamp", "op": "gte", "value": "now-7d"}]}`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        WidgetDataResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            filters=filters,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(WidgetDataResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[WidgetDataResponse]:
    """Get widget chart data

     Fetch the computed chart data for a saved widget.

    **Timestamp filter required:** a `gt` or `gte` filter on `timestamp` must be present — either set on
    the dashboard, the widget, or passed here as `filters`. Maximum range: 30 days. Without it the
    request returns a 400 error.

    **Override filters:** pass `filters` as a filter JSON object to temporarily replace the widget's own
    filters for this request. Example: `{"operator": "and", "conditions": [{"field": "timestamp", "op":
    "gte", "value": "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`

    **Response shape by chart type:**
    - `line` — `{data: [{id, timestamp, value}], metadata: {display_name, data_type, filter_value}}`
    - `bar` — `{data: [{time_interval, value, sample_count}], metadata: ...}`
    - `pie` — `{data: [{label, value, percentage}], metadata: ...}`
    - `stat` — `{data: {total_calls, success_rate, avg_duration, p95_latency}, metadata: ...}`

    Args:
        id (str):
        filters (str | Unset): filter JSON object to override widget filters for this request.
            Must include a timestamp constraint. Example: `{"operator": "and", "conditions":
            [{"field": "timestamp", "op": "gte", "value": "now-7d"}]}`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[WidgetDataResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        filters=filters,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> WidgetDataResponse:
    """Get widget chart data

     Fetch the computed chart data for a saved widget.

    **Timestamp filter required:** a `gt` or `gte` filter on `timestamp` must be present — either set on
    the dashboard, the widget, or passed here as `filters`. Maximum range: 30 days. Without it the
    request returns a 400 error.

    **Override filters:** pass `filters` as a filter JSON object to temporarily replace the widget's own
    filters for this request. Example: `{"operator": "and", "conditions": [{"field": "timestamp", "op":
    "gte", "value": "now-7d"}, {"field": "timestamp", "op": "lte", "value": "now"}]}`

    **Response shape by chart type:**
    - `line` — `{data: [{id, timestamp, value}], metadata: {display_name, data_type, filter_value}}`
    - `bar` — `{data: [{time_interval, value, sample_count}], metadata: ...}`
    - `pie` — `{data: [{label, value, percentage}], metadata: ...}`
    - `stat` — `{data: {total_calls, success_rate, avg_duration, p95_latency}, metadata: ...}`

    Args:
        id (str):
        filters (str | Unset): filter JSON object to override widget filters for this request.
            Must include a timestamp constraint. Example: `{"operator": "and", "conditions":
            [{"field": "timestamp", "op": "gte", "value": "now-7d"}]}`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        WidgetDataResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            filters=filters,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(WidgetDataResponse, checked(response, lambda: _parse_response(client=client, response=response)))
