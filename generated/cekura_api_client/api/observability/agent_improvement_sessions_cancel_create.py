from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_improvement_session import AgentImprovementSession
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: AgentImprovementSession | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/agent-improvement-sessions/{id}/cancel/".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentImprovementSession | None:
    if response.status_code == 200:
        response_200 = AgentImprovementSession.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentImprovementSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentImprovementSession | Unset = UNSET,
) -> Response[AgentImprovementSession]:
    """Cancel an in-flight staged improvement session.

    Terminal statuses are left untouched (409). In-flight simulation runs
    finish on their own but are ignored; the active sandbox run (if any)
    receives a cancel signal.

    Args:
        id (int):
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentImprovementSession]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentImprovementSession | Unset = UNSET,
) -> AgentImprovementSession:
    """Cancel an in-flight staged improvement session.

    Terminal statuses are left untouched (409). In-flight simulation runs
    finish on their own but are ignored; the active sandbox run (if any)
    receives a cancel signal.

    Args:
        id (int):
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentImprovementSession
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(AgentImprovementSession, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentImprovementSession | Unset = UNSET,
) -> Response[AgentImprovementSession]:
    """Cancel an in-flight staged improvement session.

    Terminal statuses are left untouched (409). In-flight simulation runs
    finish on their own but are ignored; the active sandbox run (if any)
    receives a cancel signal.

    Args:
        id (int):
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentImprovementSession]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AgentImprovementSession | Unset = UNSET,
) -> AgentImprovementSession:
    """Cancel an in-flight staged improvement session.

    Terminal statuses are left untouched (409). In-flight simulation runs
    finish on their own but are ignored; the active sandbox run (if any)
    receives a cancel signal.

    Args:
        id (int):
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.
        body (AgentImprovementSession | Unset): Read view of an Improve-Agent session — what the
            frontend polls to
            track progress. `provider_key` and other secrets are never serialized.
            The raw `proposal` (full prompt bodies + applied diff values) stays
            server-side; the API exposes a trimmed `proposal_summary` instead.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentImprovementSession
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(AgentImprovementSession, _build_response(client=client, response=response).parsed)
