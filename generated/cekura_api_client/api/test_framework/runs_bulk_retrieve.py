from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run import Run
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_ids: str,
    agent_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_ids"] = run_ids

    params["agent_id"] = agent_id

    params["result_id"] = result_id

    params["project_id"] = project_id

    params = given(params, ints=("agent_id", "result_id", "project_id"), required=("run_ids",), texts=("run_ids",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/runs/bulk/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Run] | None:
    if response.status_code == 200:
        response_200 = read_items(Run.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Run]]:
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
    run_ids: str,
    agent_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[Run]]:
    """Get multiple runs

     Retrieve multiple runs in a single request.

    `success: true` indicates the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check. For detailed outcomes
    check: `error_message`, `metadata.ended_reason`, and `evaluation.metrics[].result`.

    Args:
        run_ids (str): Comma-separated list of run IDs.
            Example: `1,2,3`

            Must be a plain comma-separated string, not a JSON array — passing a JSON array returns a
            400 error.
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        result_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[Run]]
    """

    kwargs = _get_kwargs(
        run_ids=run_ids,
        agent_id=agent_id,
        result_id=result_id,
        project_id=project_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    run_ids: str,
    agent_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[Run]:
    """Get multiple runs

     Retrieve multiple runs in a single request.

    `success: true` indicates the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check. For detailed outcomes
    check: `error_message`, `metadata.ended_reason`, and `evaluation.metrics[].result`.

    Args:
        run_ids (str): Comma-separated list of run IDs.
            Example: `1,2,3`

            Must be a plain comma-separated string, not a JSON array — passing a JSON array returns a
            400 error.
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        result_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[Run]
    """

    response = send(
        client,
        _get_kwargs(
            run_ids=run_ids,
            agent_id=agent_id,
            result_id=result_id,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[Run], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_ids: str,
    agent_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[Run]]:
    """Get multiple runs

     Retrieve multiple runs in a single request.

    `success: true` indicates the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check. For detailed outcomes
    check: `error_message`, `metadata.ended_reason`, and `evaluation.metrics[].result`.

    Args:
        run_ids (str): Comma-separated list of run IDs.
            Example: `1,2,3`

            Must be a plain comma-separated string, not a JSON array — passing a JSON array returns a
            400 error.
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        result_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[Run]]
    """

    kwargs = _get_kwargs(
        run_ids=run_ids,
        agent_id=agent_id,
        result_id=result_id,
        project_id=project_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    run_ids: str,
    agent_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[Run]:
    """Get multiple runs

     Retrieve multiple runs in a single request.

    `success: true` indicates the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check. For detailed outcomes
    check: `error_message`, `metadata.ended_reason`, and `evaluation.metrics[].result`.

    Args:
        run_ids (str): Comma-separated list of run IDs.
            Example: `1,2,3`

            Must be a plain comma-separated string, not a JSON array — passing a JSON array returns a
            400 error.
        agent_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        result_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`, `project_id`
            when authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        project_id (int | Unset): Tenant scope. Supply one of `agent_id`, `result_id`,
            `project_id` when authenticating with a user session or OAuth bearer token; omit when
            using an API key already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[Run]
    """

    response = await send_async(
        client,
        _get_kwargs(
            run_ids=run_ids,
            agent_id=agent_id,
            result_id=result_id,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[Run], checked(response, lambda: _parse_response(client=client, response=response)))
