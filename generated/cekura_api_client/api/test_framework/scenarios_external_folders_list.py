from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_scenario_folder_list import PaginatedScenarioFolderList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int,
    parent_path: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["parent_path"] = parent_path

    params["search"] = search

    params = given(
        params, ints=("page", "page_size", "project_id"), required=("project_id",), texts=("parent_path", "search")
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/scenarios-external/folders/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedScenarioFolderList | None:
    if response.status_code == 200:
        response_200 = PaginatedScenarioFolderList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedScenarioFolderList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int,
    parent_path: str | Unset = UNSET,
    search: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedScenarioFolderList]:
    """List scenario folders for a project

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int): Project ID to list folders for
        parent_path (str | Unset): Parent folder path to get direct children only. Example:
            "Sales.Inbound"
        search (str | Unset): Search folders by name (case-insensitive)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedScenarioFolderList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        project_id=project_id,
        parent_path=parent_path,
        search=search,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int,
    parent_path: str | Unset = UNSET,
    search: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedScenarioFolderList:
    """List scenario folders for a project

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int): Project ID to list folders for
        parent_path (str | Unset): Parent folder path to get direct children only. Example:
            "Sales.Inbound"
        search (str | Unset): Search folders by name (case-insensitive)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedScenarioFolderList
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            project_id=project_id,
            parent_path=parent_path,
            search=search,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedScenarioFolderList, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int,
    parent_path: str | Unset = UNSET,
    search: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedScenarioFolderList]:
    """List scenario folders for a project

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int): Project ID to list folders for
        parent_path (str | Unset): Parent folder path to get direct children only. Example:
            "Sales.Inbound"
        search (str | Unset): Search folders by name (case-insensitive)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedScenarioFolderList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        project_id=project_id,
        parent_path=parent_path,
        search=search,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int,
    parent_path: str | Unset = UNSET,
    search: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedScenarioFolderList:
    """List scenario folders for a project

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int): Project ID to list folders for
        parent_path (str | Unset): Parent folder path to get direct children only. Example:
            "Sales.Inbound"
        search (str | Unset): Search folders by name (case-insensitive)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedScenarioFolderList
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            project_id=project_id,
            parent_path=parent_path,
            search=search,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedScenarioFolderList, checked(response, lambda: _parse_response(client=client, response=response))
    )
