from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_framework_billing_usage_chart_retrieve_time_period import (
    TestFrameworkBillingUsageChartRetrieveTimePeriod,
    TestFrameworkBillingUsageChartRetrieveTimePeriodLiteral,
)
from ...models.usage_chart_response import UsageChartResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    time_period: TestFrameworkBillingUsageChartRetrieveTimePeriod
    | TestFrameworkBillingUsageChartRetrieveTimePeriodLiteral
    | Unset = UNSET,
    split_by_type: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["time_period"] = time_period

    params["split_by_type"] = split_by_type

    params["filters"] = filters

    params = given(
        params,
        bools=("split_by_type",),
        enums={"time_period": TestFrameworkBillingUsageChartRetrieveTimePeriod},
        texts=("filters",),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/billing/{id}/usage-chart/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UsageChartResponse | None:
    if response.status_code == 200:
        response_200 = UsageChartResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        return None

    if response.status_code == 404:
        return None

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UsageChartResponse]:
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
    time_period: TestFrameworkBillingUsageChartRetrieveTimePeriod
    | TestFrameworkBillingUsageChartRetrieveTimePeriodLiteral
    | Unset = UNSET,
    split_by_type: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[UsageChartResponse]:
    """Get usage chart data

     Returns transaction usage data split by testing (Run) and call evaluations (CallLog) aggregated by
    day. Shows net usage (deducted - refunded). By default, shows data for the last 30 days. Supports
    flexible filtering using JSON filter format.

    Args:
        id (int): A unique integer value identifying this billing.
        time_period (TestFrameworkBillingUsageChartRetrieveTimePeriod | Unset): Time period for
            aggregation (hour, day, week, month). Default: day
        split_by_type (bool | Unset): Split data by source type (Run vs CallLog). Default: true
        filters (str | Unset): Optional JSON filters using TransactionQueryFilter format. If not
            provided, defaults to last 30 days. Example: {"operator": "and", "conditions": [{"field":
            "created_at", "op": "gte", "value": "2025-11-01T00:00:00Z"}]}
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[UsageChartResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        time_period=time_period,
        split_by_type=split_by_type,
        filters=filters,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    time_period: TestFrameworkBillingUsageChartRetrieveTimePeriod
    | TestFrameworkBillingUsageChartRetrieveTimePeriodLiteral
    | Unset = UNSET,
    split_by_type: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> UsageChartResponse:
    """Get usage chart data

     Returns transaction usage data split by testing (Run) and call evaluations (CallLog) aggregated by
    day. Shows net usage (deducted - refunded). By default, shows data for the last 30 days. Supports
    flexible filtering using JSON filter format.

    Args:
        id (int): A unique integer value identifying this billing.
        time_period (TestFrameworkBillingUsageChartRetrieveTimePeriod | Unset): Time period for
            aggregation (hour, day, week, month). Default: day
        split_by_type (bool | Unset): Split data by source type (Run vs CallLog). Default: true
        filters (str | Unset): Optional JSON filters using TransactionQueryFilter format. If not
            provided, defaults to last 30 days. Example: {"operator": "and", "conditions": [{"field":
            "created_at", "op": "gte", "value": "2025-11-01T00:00:00Z"}]}
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        UsageChartResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            time_period=time_period,
            split_by_type=split_by_type,
            filters=filters,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(UsageChartResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    time_period: TestFrameworkBillingUsageChartRetrieveTimePeriod
    | TestFrameworkBillingUsageChartRetrieveTimePeriodLiteral
    | Unset = UNSET,
    split_by_type: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[UsageChartResponse]:
    """Get usage chart data

     Returns transaction usage data split by testing (Run) and call evaluations (CallLog) aggregated by
    day. Shows net usage (deducted - refunded). By default, shows data for the last 30 days. Supports
    flexible filtering using JSON filter format.

    Args:
        id (int): A unique integer value identifying this billing.
        time_period (TestFrameworkBillingUsageChartRetrieveTimePeriod | Unset): Time period for
            aggregation (hour, day, week, month). Default: day
        split_by_type (bool | Unset): Split data by source type (Run vs CallLog). Default: true
        filters (str | Unset): Optional JSON filters using TransactionQueryFilter format. If not
            provided, defaults to last 30 days. Example: {"operator": "and", "conditions": [{"field":
            "created_at", "op": "gte", "value": "2025-11-01T00:00:00Z"}]}
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[UsageChartResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        time_period=time_period,
        split_by_type=split_by_type,
        filters=filters,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    time_period: TestFrameworkBillingUsageChartRetrieveTimePeriod
    | TestFrameworkBillingUsageChartRetrieveTimePeriodLiteral
    | Unset = UNSET,
    split_by_type: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> UsageChartResponse:
    """Get usage chart data

     Returns transaction usage data split by testing (Run) and call evaluations (CallLog) aggregated by
    day. Shows net usage (deducted - refunded). By default, shows data for the last 30 days. Supports
    flexible filtering using JSON filter format.

    Args:
        id (int): A unique integer value identifying this billing.
        time_period (TestFrameworkBillingUsageChartRetrieveTimePeriod | Unset): Time period for
            aggregation (hour, day, week, month). Default: day
        split_by_type (bool | Unset): Split data by source type (Run vs CallLog). Default: true
        filters (str | Unset): Optional JSON filters using TransactionQueryFilter format. If not
            provided, defaults to last 30 days. Example: {"operator": "and", "conditions": [{"field":
            "created_at", "op": "gte", "value": "2025-11-01T00:00:00Z"}]}
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        UsageChartResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            time_period=time_period,
            split_by_type=split_by_type,
            filters=filters,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(UsageChartResponse, checked(response, lambda: _parse_response(client=client, response=response)))
