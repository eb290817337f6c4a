from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alert_list import AlertList
from ...models.alerts_list_source_type import AlertsListSourceType, AlertsListSourceTypeLiteral
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: int | Unset = UNSET,
    source_type: AlertsListSourceType | AlertsListSourceTypeLiteral | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["source_type"] = source_type

    params["enabled"] = enabled

    params["search"] = search

    params["ordering"] = ordering

    params = given(
        params,
        bools=("enabled",),
        enums={"source_type": AlertsListSourceType},
        ints=("project_id",),
        texts=("search", "ordering"),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/alerts/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[AlertList] | None:
    if response.status_code == 200:
        response_200 = read_items(AlertList.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[AlertList]]:
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
    source_type: AlertsListSourceType | AlertsListSourceTypeLiteral | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[AlertList]]:
    """List alerts in a project

     Return all alerts configured in the project, including their sub_type (`normal` |
    `significant_change` | `threshold`), source metric, current Slack/notification config, and trigger
    counters. Use before creating a new alert to check if one already exists on the same metric.

    Args:
        project_id (int | Unset): Project this alert belongs to
        source_type (AlertsListSourceType | Unset): Type of data source: metric, duration,
            call_volume, etc.

            * `metric` - Metric
        enabled (bool | Unset):
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[AlertList]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        source_type=source_type,
        enabled=enabled,
        search=search,
        ordering=ordering,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    source_type: AlertsListSourceType | AlertsListSourceTypeLiteral | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[AlertList]:
    """List alerts in a project

     Return all alerts configured in the project, including their sub_type (`normal` |
    `significant_change` | `threshold`), source metric, current Slack/notification config, and trigger
    counters. Use before creating a new alert to check if one already exists on the same metric.

    Args:
        project_id (int | Unset): Project this alert belongs to
        source_type (AlertsListSourceType | Unset): Type of data source: metric, duration,
            call_volume, etc.

            * `metric` - Metric
        enabled (bool | Unset):
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[AlertList]
    """

    response = send(
        client,
        _get_kwargs(
            project_id=project_id,
            source_type=source_type,
            enabled=enabled,
            search=search,
            ordering=ordering,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[AlertList], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    source_type: AlertsListSourceType | AlertsListSourceTypeLiteral | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[AlertList]]:
    """List alerts in a project

     Return all alerts configured in the project, including their sub_type (`normal` |
    `significant_change` | `threshold`), source metric, current Slack/notification config, and trigger
    counters. Use before creating a new alert to check if one already exists on the same metric.

    Args:
        project_id (int | Unset): Project this alert belongs to
        source_type (AlertsListSourceType | Unset): Type of data source: metric, duration,
            call_volume, etc.

            * `metric` - Metric
        enabled (bool | Unset):
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[AlertList]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        source_type=source_type,
        enabled=enabled,
        search=search,
        ordering=ordering,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    source_type: AlertsListSourceType | AlertsListSourceTypeLiteral | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[AlertList]:
    """List alerts in a project

     Return all alerts configured in the project, including their sub_type (`normal` |
    `significant_change` | `threshold`), source metric, current Slack/notification config, and trigger
    counters. Use before creating a new alert to check if one already exists on the same metric.

    Args:
        project_id (int | Unset): Project this alert belongs to
        source_type (AlertsListSourceType | Unset): Type of data source: metric, duration,
            call_volume, etc.

            * `metric` - Metric
        enabled (bool | Unset):
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[AlertList]
    """

    response = await send_async(
        client,
        _get_kwargs(
            project_id=project_id,
            source_type=source_type,
            enabled=enabled,
            search=search,
            ordering=ordering,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[AlertList], checked(response, lambda: _parse_response(client=client, response=response)))
