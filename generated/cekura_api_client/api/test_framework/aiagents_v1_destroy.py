from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.aiagents_v1_destroy_response_400 import AiagentsV1DestroyResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    delete_related: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_related"] = delete_related

    params = given(params, bools=("delete_related",))

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/test_framework/v1/aiagents/{id}/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiagentsV1DestroyResponse400 | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        response_400 = AiagentsV1DestroyResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AiagentsV1DestroyResponse400]:
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
_SUCCESSES: tuple[int, ...] | None = (204,)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    delete_related: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AiagentsV1DestroyResponse400]:
    """Delete an AI voice agent

     ⚠ Irreversible. Deletes the agent.

    **Cascade behaviour (controlled by `delete_related` query param):**
    - `delete_related=true` (default) — also deletes the agent's call logs, evaluators, results, and
    runs.
    - `delete_related=false` — detaches scenario evaluators (sets agent=null), and leaves call logs,
    metric evaluations, results, and runs untouched.

    Args:
        id (int): A unique integer value identifying this ai agent.
        delete_related (bool | Unset): If true (default), delete associated call logs, scenario
            evaluators, results and runs. If false, detach scenario evaluators and leave call logs,
            metric evaluations, results and runs as-is.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AiagentsV1DestroyResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        delete_related=delete_related,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    delete_related: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> None:
    """Delete an AI voice agent

     ⚠ Irreversible. Deletes the agent.

    **Cascade behaviour (controlled by `delete_related` query param):**
    - `delete_related=true` (default) — also deletes the agent's call logs, evaluators, results, and
    runs.
    - `delete_related=false` — detaches scenario evaluators (sets agent=null), and leaves call logs,
    metric evaluations, results, and runs untouched.

    Args:
        id (int): A unique integer value identifying this ai agent.
        delete_related (bool | Unset): If true (default), delete associated call logs, scenario
            evaluators, results and runs. If false, detach scenario evaluators and leave call logs,
            metric evaluations, results and runs as-is.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            delete_related=delete_related,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    delete_related: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AiagentsV1DestroyResponse400]:
    """Delete an AI voice agent

     ⚠ Irreversible. Deletes the agent.

    **Cascade behaviour (controlled by `delete_related` query param):**
    - `delete_related=true` (default) — also deletes the agent's call logs, evaluators, results, and
    runs.
    - `delete_related=false` — detaches scenario evaluators (sets agent=null), and leaves call logs,
    metric evaluations, results, and runs untouched.

    Args:
        id (int): A unique integer value identifying this ai agent.
        delete_related (bool | Unset): If true (default), delete associated call logs, scenario
            evaluators, results and runs. If false, detach scenario evaluators and leave call logs,
            metric evaluations, results and runs as-is.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AiagentsV1DestroyResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        delete_related=delete_related,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    delete_related: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> None:
    """Delete an AI voice agent

     ⚠ Irreversible. Deletes the agent.

    **Cascade behaviour (controlled by `delete_related` query param):**
    - `delete_related=true` (default) — also deletes the agent's call logs, evaluators, results, and
    runs.
    - `delete_related=false` — detaches scenario evaluators (sets agent=null), and leaves call logs,
    metric evaluations, results, and runs untouched.

    Args:
        id (int): A unique integer value identifying this ai agent.
        delete_related (bool | Unset): If true (default), delete associated call logs, scenario
            evaluators, results and runs. If false, detach scenario evaluators and leave call logs,
            metric evaluations, results and runs as-is.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            delete_related=delete_related,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))
