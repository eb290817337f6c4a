from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bulk_widget_data_request import BulkWidgetDataRequest
from ...models.paginated_widget_data_response_list import PaginatedWidgetDataResponseList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BulkWidgetDataRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = given(params, ints=("page", "page_size"))

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dashboards/widgets/bulk_data/",
        "params": params,
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedWidgetDataResponseList | None:
    if response.status_code == 200:
        response_200 = PaginatedWidgetDataResponseList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedWidgetDataResponseList]:
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
    body: BulkWidgetDataRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedWidgetDataResponseList]:
    """Get data for multiple widgets

     Get plot data for multiple widgets at once.

    Accepts a list of widget IDs and optional override filters.
    Returns data for all specified widgets.
    Filter format follows filter JSON structure.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (BulkWidgetDataRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedWidgetDataResponseList]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        page_size=page_size,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkWidgetDataRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedWidgetDataResponseList:
    """Get data for multiple widgets

     Get plot data for multiple widgets at once.

    Accepts a list of widget IDs and optional override filters.
    Returns data for all specified widgets.
    Filter format follows filter JSON structure.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (BulkWidgetDataRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedWidgetDataResponseList
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedWidgetDataResponseList, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkWidgetDataRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedWidgetDataResponseList]:
    """Get data for multiple widgets

     Get plot data for multiple widgets at once.

    Accepts a list of widget IDs and optional override filters.
    Returns data for all specified widgets.
    Filter format follows filter JSON structure.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (BulkWidgetDataRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedWidgetDataResponseList]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        page_size=page_size,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkWidgetDataRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedWidgetDataResponseList:
    """Get data for multiple widgets

     Get plot data for multiple widgets at once.

    Accepts a list of widget IDs and optional override filters.
    Returns data for all specified widgets.
    Filter format follows filter JSON structure.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (BulkWidgetDataRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedWidgetDataResponseList
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedWidgetDataResponseList, checked(response, lambda: _parse_response(client=client, response=response))
    )
