from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_ai_agent_v2_list import PaginatedAIAgentV2List
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["q"] = q

    params["organization_id"] = organization_id

    params = given(params, ints=("page", "page_size", "project_id", "organization_id"), texts=("q",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/aiagents/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedAIAgentV2List | None:
    if response.status_code == 200:
        response_200 = PaginatedAIAgentV2List.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedAIAgentV2List]:
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
    project_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedAIAgentV2List]:
    """List AI voice agents

     List AI voice agents. Filter by project_id to scope to one project. Returns agents in the v2 format
    with a nested provider block.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter by project ID
        q (str | Unset): Search agents by name. A numeric value also matches the agent id.
        organization_id (int | Unset): Tenant scope. Supply one of `project_id`, `organization_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedAIAgentV2List]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        project_id=project_id,
        q=q,
        organization_id=organization_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedAIAgentV2List:
    """List AI voice agents

     List AI voice agents. Filter by project_id to scope to one project. Returns agents in the v2 format
    with a nested provider block.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter by project ID
        q (str | Unset): Search agents by name. A numeric value also matches the agent id.
        organization_id (int | Unset): Tenant scope. Supply one of `project_id`, `organization_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedAIAgentV2List
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            project_id=project_id,
            q=q,
            organization_id=organization_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedAIAgentV2List, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedAIAgentV2List]:
    """List AI voice agents

     List AI voice agents. Filter by project_id to scope to one project. Returns agents in the v2 format
    with a nested provider block.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter by project ID
        q (str | Unset): Search agents by name. A numeric value also matches the agent id.
        organization_id (int | Unset): Tenant scope. Supply one of `project_id`, `organization_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedAIAgentV2List]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        project_id=project_id,
        q=q,
        organization_id=organization_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedAIAgentV2List:
    """List AI voice agents

     List AI voice agents. Filter by project_id to scope to one project. Returns agents in the v2 format
    with a nested provider block.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter by project ID
        q (str | Unset): Search agents by name. A numeric value also matches the agent id.
        organization_id (int | Unset): Tenant scope. Supply one of `project_id`, `organization_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedAIAgentV2List
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            project_id=project_id,
            q=q,
            organization_id=organization_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedAIAgentV2List, checked(response, lambda: _parse_response(client=client, response=response)))
