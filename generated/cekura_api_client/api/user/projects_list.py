from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.project import Project
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params["project_id"] = project_id

    params = given(params, ints=("organization_id", "project_id"))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/projects/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Project] | None:
    if response.status_code == 200:
        response_200 = read_items(Project.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Project]]:
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
    organization_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[Project]]:
    """List projects

     projects_list: Returns every project the caller can access, with nested member records. Optionally
    filter by `organization_id` to scope to one organisation; otherwise scoped by the caller's API-key
    org or membership set. There is no pagination — responses can be large in orgs with many projects.
    Filter client-side after retrieval.

    Args:
        organization_id (int | Unset): Filter projects by organisation ID
        project_id (int | Unset): Tenant scope. Supply one of `organization_id`, `project_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[Project]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        project_id=project_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    organization_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[Project]:
    """List projects

     projects_list: Returns every project the caller can access, with nested member records. Optionally
    filter by `organization_id` to scope to one organisation; otherwise scoped by the caller's API-key
    org or membership set. There is no pagination — responses can be large in orgs with many projects.
    Filter client-side after retrieval.

    Args:
        organization_id (int | Unset): Filter projects by organisation ID
        project_id (int | Unset): Tenant scope. Supply one of `organization_id`, `project_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[Project]
    """

    response = send(
        client,
        _get_kwargs(
            organization_id=organization_id,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[Project], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    organization_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[Project]]:
    """List projects

     projects_list: Returns every project the caller can access, with nested member records. Optionally
    filter by `organization_id` to scope to one organisation; otherwise scoped by the caller's API-key
    org or membership set. There is no pagination — responses can be large in orgs with many projects.
    Filter client-side after retrieval.

    Args:
        organization_id (int | Unset): Filter projects by organisation ID
        project_id (int | Unset): Tenant scope. Supply one of `organization_id`, `project_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[Project]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        project_id=project_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    organization_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[Project]:
    """List projects

     projects_list: Returns every project the caller can access, with nested member records. Optionally
    filter by `organization_id` to scope to one organisation; otherwise scoped by the caller's API-key
    org or membership set. There is no pagination — responses can be large in orgs with many projects.
    Filter client-side after retrieval.

    Args:
        organization_id (int | Unset): Filter projects by organisation ID
        project_id (int | Unset): Tenant scope. Supply one of `organization_id`, `project_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[Project]
    """

    response = await send_async(
        client,
        _get_kwargs(
            organization_id=organization_id,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[Project], checked(response, lambda: _parse_response(client=client, response=response)))
