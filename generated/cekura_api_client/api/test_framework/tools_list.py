from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_tool_list import PaginatedToolList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["project_id"] = project_id

    params["agent_id"] = agent_id

    params = given(params, ints=("page", "page_size", "project_id", "agent_id"), texts=("search",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/tools/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedToolList | None:
    if response.status_code == 200:
        response_200 = PaginatedToolList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaginatedToolList]:
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
    search: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedToolList]:
    """List the mock tools in a project

     Return the project's mock tools with their input/output pairs and the agents using each one. Scope
    with `project_id` for the whole catalogue, or with `agent_id` to get only the tools that agent could
    newly adopt (its own are excluded). `search` matches the tool name, with or without the `c_` prefix.
    Results are paginated, most-shared first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        search (str | Unset): Filter by tool name; matches with or without the `c_` prefix.
        project_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        agent_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedToolList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        project_id=project_id,
        agent_id=agent_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedToolList:
    """List the mock tools in a project

     Return the project's mock tools with their input/output pairs and the agents using each one. Scope
    with `project_id` for the whole catalogue, or with `agent_id` to get only the tools that agent could
    newly adopt (its own are excluded). `search` matches the tool name, with or without the `c_` prefix.
    Results are paginated, most-shared first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        search (str | Unset): Filter by tool name; matches with or without the `c_` prefix.
        project_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        agent_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedToolList
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            project_id=project_id,
            agent_id=agent_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedToolList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedToolList]:
    """List the mock tools in a project

     Return the project's mock tools with their input/output pairs and the agents using each one. Scope
    with `project_id` for the whole catalogue, or with `agent_id` to get only the tools that agent could
    newly adopt (its own are excluded). `search` matches the tool name, with or without the `c_` prefix.
    Results are paginated, most-shared first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        search (str | Unset): Filter by tool name; matches with or without the `c_` prefix.
        project_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        agent_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedToolList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        project_id=project_id,
        agent_id=agent_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedToolList:
    """List the mock tools in a project

     Return the project's mock tools with their input/output pairs and the agents using each one. Scope
    with `project_id` for the whole catalogue, or with `agent_id` to get only the tools that agent could
    newly adopt (its own are excluded). `search` matches the tool name, with or without the `c_` prefix.
    Results are paginated, most-shared first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        search (str | Unset): Filter by tool name; matches with or without the `c_` prefix.
        project_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        agent_id (int | Unset): Tenant scope. Supply one of `project_id`, `agent_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedToolList
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            project_id=project_id,
            agent_id=agent_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedToolList, checked(response, lambda: _parse_response(client=client, response=response)))
