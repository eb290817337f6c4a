import datetime
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.failure_category_calls_response import FailureCategoryCallsResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    category_slug: str,
    *,
    project: int,
    metric_id: int,
    date_from: datetime.datetime | str | Unset = UNSET,
    date_to: datetime.datetime | str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["metric_id"] = metric_id

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["agent_ids"] = agent_ids

    params = given(
        params,
        datetimes=("date_from", "date_to"),
        ints=("project", "metric_id"),
        required=("project", "metric_id"),
        texts=("agent_ids",),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/metric-failure-mode-insights/categories/{category_slug}/calls/".format(
            category_slug=segment("category_slug", category_slug),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureCategoryCallsResponse | None:
    if response.status_code == 200:
        response_200 = FailureCategoryCallsResponse.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FailureCategoryCallsResponse]:
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
    category_slug: str,
    *,
    client: AuthenticatedClient,
    project: int,
    metric_id: int,
    date_from: datetime.datetime | str | Unset = UNSET,
    date_to: datetime.datetime | str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[FailureCategoryCallsResponse]:
    """List every call in one failure category

     Return all call-log ids assigned to one persistent failure category, newest first. Use the same date
    bounds as the category list to expand the examples shown for the selected range. The accumulator
    retains at most 500 calls per metric.

    Args:
        category_slug (str):
        project (int):
        metric_id (int):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        agent_ids (str | Unset): Comma-separated agent ids; only calls handled by these agents are
            returned.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[FailureCategoryCallsResponse]
    """

    kwargs = _get_kwargs(
        category_slug=category_slug,
        project=project,
        metric_id=metric_id,
        date_from=date_from,
        date_to=date_to,
        agent_ids=agent_ids,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    category_slug: str,
    *,
    client: AuthenticatedClient,
    project: int,
    metric_id: int,
    date_from: datetime.datetime | str | Unset = UNSET,
    date_to: datetime.datetime | str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> FailureCategoryCallsResponse:
    """List every call in one failure category

     Return all call-log ids assigned to one persistent failure category, newest first. Use the same date
    bounds as the category list to expand the examples shown for the selected range. The accumulator
    retains at most 500 calls per metric.

    Args:
        category_slug (str):
        project (int):
        metric_id (int):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        agent_ids (str | Unset): Comma-separated agent ids; only calls handled by these agents are
            returned.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        FailureCategoryCallsResponse
    """

    response = send(
        client,
        _get_kwargs(
            category_slug=category_slug,
            project=project,
            metric_id=metric_id,
            date_from=date_from,
            date_to=date_to,
            agent_ids=agent_ids,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        FailureCategoryCallsResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    category_slug: str,
    *,
    client: AuthenticatedClient,
    project: int,
    metric_id: int,
    date_from: datetime.datetime | str | Unset = UNSET,
    date_to: datetime.datetime | str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[FailureCategoryCallsResponse]:
    """List every call in one failure category

     Return all call-log ids assigned to one persistent failure category, newest first. Use the same date
    bounds as the category list to expand the examples shown for the selected range. The accumulator
    retains at most 500 calls per metric.

    Args:
        category_slug (str):
        project (int):
        metric_id (int):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        agent_ids (str | Unset): Comma-separated agent ids; only calls handled by these agents are
            returned.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[FailureCategoryCallsResponse]
    """

    kwargs = _get_kwargs(
        category_slug=category_slug,
        project=project,
        metric_id=metric_id,
        date_from=date_from,
        date_to=date_to,
        agent_ids=agent_ids,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    category_slug: str,
    *,
    client: AuthenticatedClient,
    project: int,
    metric_id: int,
    date_from: datetime.datetime | str | Unset = UNSET,
    date_to: datetime.datetime | str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> FailureCategoryCallsResponse:
    """List every call in one failure category

     Return all call-log ids assigned to one persistent failure category, newest first. Use the same date
    bounds as the category list to expand the examples shown for the selected range. The accumulator
    retains at most 500 calls per metric.

    Args:
        category_slug (str):
        project (int):
        metric_id (int):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        agent_ids (str | Unset): Comma-separated agent ids; only calls handled by these agents are
            returned.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        FailureCategoryCallsResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            category_slug=category_slug,
            project=project,
            metric_id=metric_id,
            date_from=date_from,
            date_to=date_to,
            agent_ids=agent_ids,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        FailureCategoryCallsResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
