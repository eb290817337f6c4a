from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.simplify_prompt_progress_response import SimplifyPromptProgressResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    progress_id: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["progress_id"] = progress_id

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params["assistant_id"] = assistant_id

    params = given(
        params, ints=("agent_id", "project_id"), required=("progress_id",), texts=("progress_id", "assistant_id")
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/metrics/simplify_prompt_progress/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SimplifyPromptProgressResponse | None:
    if response.status_code == 200:
        response_200 = SimplifyPromptProgressResponse.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SimplifyPromptProgressResponse]:
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
    progress_id: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SimplifyPromptProgressResponse]:
    """Get prompt simplification progress

     Get prompt simplification progress

    Args:
        progress_id (str): Progress ID returned from simplify_prompt endpoint
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SimplifyPromptProgressResponse]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SimplifyPromptProgressResponse:
    """Get prompt simplification progress

     Get prompt simplification progress

    Args:
        progress_id (str): Progress ID returned from simplify_prompt endpoint
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SimplifyPromptProgressResponse
    """

    response = send(
        client,
        _get_kwargs(
            progress_id=progress_id,
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        SimplifyPromptProgressResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SimplifyPromptProgressResponse]:
    """Get prompt simplification progress

     Get prompt simplification progress

    Args:
        progress_id (str): Progress ID returned from simplify_prompt endpoint
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SimplifyPromptProgressResponse]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SimplifyPromptProgressResponse:
    """Get prompt simplification progress

     Get prompt simplification progress

    Args:
        progress_id (str): Progress ID returned from simplify_prompt endpoint
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        assistant_id (str | Unset): Tenant scope. Supply one of `agent_id`, `project_id`,
            `assistant_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SimplifyPromptProgressResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            progress_id=progress_id,
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        SimplifyPromptProgressResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
