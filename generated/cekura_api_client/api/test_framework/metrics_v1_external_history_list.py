from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_metric_history_list import PaginatedMetricHistoryList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = given(params, ints=("page", "page_size"))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/metrics-external/{id}/history/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedMetricHistoryList | None:
    if response.status_code == 200:
        response_200 = PaginatedMetricHistoryList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedMetricHistoryList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedMetricHistoryList]:
    """Metrics v1 history

    Args:
        id (int): A unique integer value identifying this metric.
        page (int | Unset):
        page_size (int | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedMetricHistoryList]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedMetricHistoryList:
    """Metrics v1 history

    Args:
        id (int): A unique integer value identifying this metric.
        page (int | Unset):
        page_size (int | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedMetricHistoryList
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedMetricHistoryList, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedMetricHistoryList]:
    """Metrics v1 history

    Args:
        id (int): A unique integer value identifying this metric.
        page (int | Unset):
        page_size (int | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedMetricHistoryList]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedMetricHistoryList:
    """Metrics v1 history

    Args:
        id (int): A unique integer value identifying this metric.
        page (int | Unset):
        page_size (int | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedMetricHistoryList
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedMetricHistoryList, checked(response, lambda: _parse_response(client=client, response=response))
    )
