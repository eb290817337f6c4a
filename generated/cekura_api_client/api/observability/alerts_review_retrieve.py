from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alert_detail import AlertDetail
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params = given(params, ints=("project_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/alerts/review/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlertDetail | None:
    if response.status_code == 200:
        response_200 = AlertDetail.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AlertDetail]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("api_key",)
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AlertDetail]:
    """Review alert activity in a project

     Aggregate every alert's fire activity over a rolling window. Returns KPI totals (total fires, unique
    alerts that fired, top firing alert), a time-bucketed timeline (hourly for 24h, 3-hour for 3d,
    6-hour for 7d), and a per-alert breakdown with a sparkline of fires-per-bucket. Use to answer 'what
    alerts fired this week?' or 'is anything noisy right now?'. Pass `hours` (default 24, capped at 168)
    to widen the window. The response shape lets you compose a written report in a single call.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AlertDetail]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AlertDetail:
    """Review alert activity in a project

     Aggregate every alert's fire activity over a rolling window. Returns KPI totals (total fires, unique
    alerts that fired, top firing alert), a time-bucketed timeline (hourly for 24h, 3-hour for 3d,
    6-hour for 7d), and a per-alert breakdown with a sparkline of fires-per-bucket. Use to answer 'what
    alerts fired this week?' or 'is anything noisy right now?'. Pass `hours` (default 24, capped at 168)
    to widen the window. The response shape lets you compose a written report in a single call.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AlertDetail
    """

    response = send(
        client,
        _get_kwargs(
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AlertDetail, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AlertDetail]:
    """Review alert activity in a project

     Aggregate every alert's fire activity over a rolling window. Returns KPI totals (total fires, unique
    alerts that fired, top firing alert), a time-bucketed timeline (hourly for 24h, 3-hour for 3d,
    6-hour for 7d), and a per-alert breakdown with a sparkline of fires-per-bucket. Use to answer 'what
    alerts fired this week?' or 'is anything noisy right now?'. Pass `hours` (default 24, capped at 168)
    to widen the window. The response shape lets you compose a written report in a single call.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AlertDetail]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AlertDetail:
    """Review alert activity in a project

     Aggregate every alert's fire activity over a rolling window. Returns KPI totals (total fires, unique
    alerts that fired, top firing alert), a time-bucketed timeline (hourly for 24h, 3-hour for 3d,
    6-hour for 7d), and a per-alert breakdown with a sparkline of fires-per-bucket. Use to answer 'what
    alerts fired this week?' or 'is anything noisy right now?'. Pass `hours` (default 24, capped at 168)
    to widen the window. The response shape lets you compose a written report in a single call.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AlertDetail
    """

    response = await send_async(
        client,
        _get_kwargs(
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AlertDetail, checked(response, lambda: _parse_response(client=client, response=response)))
