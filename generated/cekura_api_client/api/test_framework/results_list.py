from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_result_list import PaginatedResultList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params["search"] = search

    params["scenarios"] = scenarios

    params["assistant_id"] = assistant_id

    params = given(
        params, ints=("page", "page_size", "agent_id", "project_id"), texts=("search", "scenarios", "assistant_id")
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/results/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedResultList | None:
    if response.status_code == 200:
        response_200 = PaginatedResultList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaginatedResultList]:
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
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedResultList]:
    """List test results

     List test results.

    To filter by status, use `results_retrieve(id=result_id)` and inspect `status` directly ('running',
    'completed', 'failed') — there is no list-level status filter.

    **Result status:** a result marked `failed` indicates infrastructure failures (e.g. connection
    errors, websocket handshake failures), not metric evaluation failures. `success_runs_count` counts
    runs that reached terminal state regardless of connection errors. See
    `results_retrieve().failed_reasons` for the breakdown.

    **Scenarios filter note:** filtering by `scenarios` may return duplicate result rows when a result
    contains multiple runs of the same scenario — deduplicate by `result.id` if needed.

    After triggering a run, poll `results_retrieve(id=result_id)` until `status` is 'completed' or
    'failed'. For outbound runs, each run's `outbound_dial_window_closes_at` shows the deadline by which
    your agent must dial in.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter by agent ID
        project_id (int | Unset): Filter by project ID
        search (str | Unset): Filter by Result name
        scenarios (str | Unset): Filter by scenario IDs — comma-separated string (e.g.
            '24270,24271'), not a JSON array.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `assistant_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedResultList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        agent_id=agent_id,
        project_id=project_id,
        search=search,
        scenarios=scenarios,
        assistant_id=assistant_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedResultList:
    """List test results

     List test results.

    To filter by status, use `results_retrieve(id=result_id)` and inspect `status` directly ('running',
    'completed', 'failed') — there is no list-level status filter.

    **Result status:** a result marked `failed` indicates infrastructure failures (e.g. connection
    errors, websocket handshake failures), not metric evaluation failures. `success_runs_count` counts
    runs that reached terminal state regardless of connection errors. See
    `results_retrieve().failed_reasons` for the breakdown.

    **Scenarios filter note:** filtering by `scenarios` may return duplicate result rows when a result
    contains multiple runs of the same scenario — deduplicate by `result.id` if needed.

    After triggering a run, poll `results_retrieve(id=result_id)` until `status` is 'completed' or
    'failed'. For outbound runs, each run's `outbound_dial_window_closes_at` shows the deadline by which
    your agent must dial in.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter by agent ID
        project_id (int | Unset): Filter by project ID
        search (str | Unset): Filter by Result name
        scenarios (str | Unset): Filter by scenario IDs — comma-separated string (e.g.
            '24270,24271'), not a JSON array.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `assistant_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedResultList
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            agent_id=agent_id,
            project_id=project_id,
            search=search,
            scenarios=scenarios,
            assistant_id=assistant_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedResultList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedResultList]:
    """List test results

     List test results.

    To filter by status, use `results_retrieve(id=result_id)` and inspect `status` directly ('running',
    'completed', 'failed') — there is no list-level status filter.

    **Result status:** a result marked `failed` indicates infrastructure failures (e.g. connection
    errors, websocket handshake failures), not metric evaluation failures. `success_runs_count` counts
    runs that reached terminal state regardless of connection errors. See
    `results_retrieve().failed_reasons` for the breakdown.

    **Scenarios filter note:** filtering by `scenarios` may return duplicate result rows when a result
    contains multiple runs of the same scenario — deduplicate by `result.id` if needed.

    After triggering a run, poll `results_retrieve(id=result_id)` until `status` is 'completed' or
    'failed'. For outbound runs, each run's `outbound_dial_window_closes_at` shows the deadline by which
    your agent must dial in.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter by agent ID
        project_id (int | Unset): Filter by project ID
        search (str | Unset): Filter by Result name
        scenarios (str | Unset): Filter by scenario IDs — comma-separated string (e.g.
            '24270,24271'), not a JSON array.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `assistant_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedResultList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        agent_id=agent_id,
        project_id=project_id,
        search=search,
        scenarios=scenarios,
        assistant_id=assistant_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedResultList:
    """List test results

     List test results.

    To filter by status, use `results_retrieve(id=result_id)` and inspect `status` directly ('running',
    'completed', 'failed') — there is no list-level status filter.

    **Result status:** a result marked `failed` indicates infrastructure failures (e.g. connection
    errors, websocket handshake failures), not metric evaluation failures. `success_runs_count` counts
    runs that reached terminal state regardless of connection errors. See
    `results_retrieve().failed_reasons` for the breakdown.

    **Scenarios filter note:** filtering by `scenarios` may return duplicate result rows when a result
    contains multiple runs of the same scenario — deduplicate by `result.id` if needed.

    After triggering a run, poll `results_retrieve(id=result_id)` until `status` is 'completed' or
    'failed'. For outbound runs, each run's `outbound_dial_window_closes_at` shows the deadline by which
    your agent must dial in.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter by agent ID
        project_id (int | Unset): Filter by project ID
        search (str | Unset): Filter by Result name
        scenarios (str | Unset): Filter by scenario IDs — comma-separated string (e.g.
            '24270,24271'), not a JSON array.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `assistant_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedResultList
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            agent_id=agent_id,
            project_id=project_id,
            search=search,
            scenarios=scenarios,
            assistant_id=assistant_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedResultList, checked(response, lambda: _parse_response(client=client, response=response)))
