from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.insight_reproduction_session import InsightReproductionSession
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params = given(params, ints=("project",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/insight-reproduction-sessions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[InsightReproductionSession] | None:
    if response.status_code == 200:
        response_200 = read_items(InsightReproductionSession.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[InsightReproductionSession]]:
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
    project: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[InsightReproductionSession]]:
    """List insight reproduction sessions

     Return reproduction sessions for a project, newest first. Each session tracks the attempt to
    reproduce a metric failure mode by running a drafted scenario against the agent. Scope with
    `project`.

    Args:
        project (int | Unset): Tenant scope. Supply one of `project` when authenticating with a
            user session or OAuth bearer token; omit when using an API key already scoped to the
            tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[InsightReproductionSession]]
    """

    kwargs = _get_kwargs(
        project=project,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[InsightReproductionSession]:
    """List insight reproduction sessions

     Return reproduction sessions for a project, newest first. Each session tracks the attempt to
    reproduce a metric failure mode by running a drafted scenario against the agent. Scope with
    `project`.

    Args:
        project (int | Unset): Tenant scope. Supply one of `project` when authenticating with a
            user session or OAuth bearer token; omit when using an API key already scoped to the
            tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[InsightReproductionSession]
    """

    response = send(
        client,
        _get_kwargs(
            project=project,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        list[InsightReproductionSession], checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[InsightReproductionSession]]:
    """List insight reproduction sessions

     Return reproduction sessions for a project, newest first. Each session tracks the attempt to
    reproduce a metric failure mode by running a drafted scenario against the agent. Scope with
    `project`.

    Args:
        project (int | Unset): Tenant scope. Supply one of `project` when authenticating with a
            user session or OAuth bearer token; omit when using an API key already scoped to the
            tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[InsightReproductionSession]]
    """

    kwargs = _get_kwargs(
        project=project,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[InsightReproductionSession]:
    """List insight reproduction sessions

     Return reproduction sessions for a project, newest first. Each session tracks the attempt to
    reproduce a metric failure mode by running a drafted scenario against the agent. Scope with
    `project`.

    Args:
        project (int | Unset): Tenant scope. Supply one of `project` when authenticating with a
            user session or OAuth bearer token; omit when using an API key already scoped to the
            tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[InsightReproductionSession]
    """

    response = await send_async(
        client,
        _get_kwargs(
            project=project,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        list[InsightReproductionSession], checked(response, lambda: _parse_response(client=client, response=response))
    )
