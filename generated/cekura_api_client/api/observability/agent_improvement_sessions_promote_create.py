from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_improvement_promote_request import AgentImprovementPromoteRequest
from ...models.agent_improvement_session import AgentImprovementSession
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: AgentImprovementPromoteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/agent-improvement-sessions/{id}/promote/".format(
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
    body: AgentImprovementPromoteRequest | Unset = UNSET,
) -> Response[AgentImprovementSession]:
    """Apply an improvement session's changes to your live agent

     Copy the improved configuration from a finished session's private copy onto the live agent the
    session targeted. Only sessions that succeeded and actually changed something can be applied; only
    editable settings are written (credentials, webhooks, phone numbers, transfer destinations, and
    voice wiring never are, and anything skipped is listed in the response). If the live agent has been
    edited since the run finished, the request is refused with the conflicting fields — pass `force` to
    apply anyway. Applying twice is a no-op and returns the first result. ⚠ This changes the agent that
    is taking your calls.

    Args:
        id (int):
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.

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
    body: AgentImprovementPromoteRequest | Unset = UNSET,
) -> AgentImprovementSession:
    """Apply an improvement session's changes to your live agent

     Copy the improved configuration from a finished session's private copy onto the live agent the
    session targeted. Only sessions that succeeded and actually changed something can be applied; only
    editable settings are written (credentials, webhooks, phone numbers, transfer destinations, and
    voice wiring never are, and anything skipped is listed in the response). If the live agent has been
    edited since the run finished, the request is refused with the conflicting fields — pass `force` to
    apply anyway. Applying twice is a no-op and returns the first result. ⚠ This changes the agent that
    is taking your calls.

    Args:
        id (int):
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.

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
    body: AgentImprovementPromoteRequest | Unset = UNSET,
) -> Response[AgentImprovementSession]:
    """Apply an improvement session's changes to your live agent

     Copy the improved configuration from a finished session's private copy onto the live agent the
    session targeted. Only sessions that succeeded and actually changed something can be applied; only
    editable settings are written (credentials, webhooks, phone numbers, transfer destinations, and
    voice wiring never are, and anything skipped is listed in the response). If the live agent has been
    edited since the run finished, the request is refused with the conflicting fields — pass `force` to
    apply anyway. Applying twice is a no-op and returns the first result. ⚠ This changes the agent that
    is taking your calls.

    Args:
        id (int):
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.

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
    body: AgentImprovementPromoteRequest | Unset = UNSET,
) -> AgentImprovementSession:
    """Apply an improvement session's changes to your live agent

     Copy the improved configuration from a finished session's private copy onto the live agent the
    session targeted. Only sessions that succeeded and actually changed something can be applied; only
    editable settings are written (credentials, webhooks, phone numbers, transfer destinations, and
    voice wiring never are, and anything skipped is listed in the response). If the live agent has been
    edited since the run finished, the request is refused with the conflicting fields — pass `force` to
    apply anyway. Applying twice is a no-op and returns the first result. ⚠ This changes the agent that
    is taking your calls.

    Args:
        id (int):
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.
        body (AgentImprovementPromoteRequest | Unset): Body of the promote-to-live-agent request.

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
