from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation_status import ConversationStatus
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    conversation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/app/v2/product-chat/conversations/{conversation_id}/status/".format(
            conversation_id=segment("conversation_id", conversation_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationStatus | None:
    if response.status_code == 200:
        response_200 = ConversationStatus.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConversationStatus]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("oauth2",)
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ConversationStatus]:
    """Get a conversation's live turn status

     Return the current run state of the conversation's latest assistant turn: its status, partial or
    final content, and any error. Use this to recover the true state of an in-flight or finished turn
    when the live stream is interrupted — the tab was backgrounded, the page reloaded, or the connection
    dropped. `active_message` is null when the conversation has no assistant turns yet; clarification
    prompts are included only when the turn is waiting on the user.

    Args:
        conversation_id (UUID):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ConversationStatus]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> ConversationStatus:
    """Get a conversation's live turn status

     Return the current run state of the conversation's latest assistant turn: its status, partial or
    final content, and any error. Use this to recover the true state of an in-flight or finished turn
    when the live stream is interrupted — the tab was backgrounded, the page reloaded, or the connection
    dropped. `active_message` is null when the conversation has no assistant turns yet; clarification
    prompts are included only when the turn is waiting on the user.

    Args:
        conversation_id (UUID):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ConversationStatus
    """

    response = send(
        client,
        _get_kwargs(
            conversation_id=conversation_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ConversationStatus, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ConversationStatus]:
    """Get a conversation's live turn status

     Return the current run state of the conversation's latest assistant turn: its status, partial or
    final content, and any error. Use this to recover the true state of an in-flight or finished turn
    when the live stream is interrupted — the tab was backgrounded, the page reloaded, or the connection
    dropped. `active_message` is null when the conversation has no assistant turns yet; clarification
    prompts are included only when the turn is waiting on the user.

    Args:
        conversation_id (UUID):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ConversationStatus]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> ConversationStatus:
    """Get a conversation's live turn status

     Return the current run state of the conversation's latest assistant turn: its status, partial or
    final content, and any error. Use this to recover the true state of an in-flight or finished turn
    when the live stream is interrupted — the tab was backgrounded, the page reloaded, or the connection
    dropped. `active_message` is null when the conversation has no assistant turns yet; clarification
    prompts are included only when the turn is waiting on the user.

    Args:
        conversation_id (UUID):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ConversationStatus
    """

    response = await send_async(
        client,
        _get_kwargs(
            conversation_id=conversation_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ConversationStatus, checked(response, lambda: _parse_response(client=client, response=response)))
