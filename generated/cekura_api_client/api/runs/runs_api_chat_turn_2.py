from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_chat_turn_poll_response import ApiChatTurnPollResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
    turn_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/runs/{id}/chat/{turn_id}/".format(
            id=segment("id", id),
            turn_id=segment("turn_id", turn_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiChatTurnPollResponse | None:
    if response.status_code == 200:
        response_200 = ApiChatTurnPollResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        return None

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiChatTurnPollResponse]:
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
    id: int,
    turn_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ApiChatTurnPollResponse]:
    """Poll a submitted API-chat turn

     Poll for the simulated user's reply to a turn submitted via POST /runs/{run_id}/chat/. `status` is
    `generating` until the reply is ready, then `ready` (with `message` and `ended`). `dropped` means
    the turn was superseded by a newer submission — its message is kept and the newer turn's reply
    answers both; `error` means generation failed. Turn 0 is the run's opening: `message` is the
    evaluator's first message, or null when your agent speaks first. Any turn stays pollable until the
    run's turn history expires, so the last reply is still retrievable after the run finishes.

    Args:
        id (int): A unique integer value identifying this run.
        turn_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ApiChatTurnPollResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        turn_id=turn_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    turn_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> ApiChatTurnPollResponse:
    """Poll a submitted API-chat turn

     Poll for the simulated user's reply to a turn submitted via POST /runs/{run_id}/chat/. `status` is
    `generating` until the reply is ready, then `ready` (with `message` and `ended`). `dropped` means
    the turn was superseded by a newer submission — its message is kept and the newer turn's reply
    answers both; `error` means generation failed. Turn 0 is the run's opening: `message` is the
    evaluator's first message, or null when your agent speaks first. Any turn stays pollable until the
    run's turn history expires, so the last reply is still retrievable after the run finishes.

    Args:
        id (int): A unique integer value identifying this run.
        turn_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ApiChatTurnPollResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            turn_id=turn_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ApiChatTurnPollResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    turn_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ApiChatTurnPollResponse]:
    """Poll a submitted API-chat turn

     Poll for the simulated user's reply to a turn submitted via POST /runs/{run_id}/chat/. `status` is
    `generating` until the reply is ready, then `ready` (with `message` and `ended`). `dropped` means
    the turn was superseded by a newer submission — its message is kept and the newer turn's reply
    answers both; `error` means generation failed. Turn 0 is the run's opening: `message` is the
    evaluator's first message, or null when your agent speaks first. Any turn stays pollable until the
    run's turn history expires, so the last reply is still retrievable after the run finishes.

    Args:
        id (int): A unique integer value identifying this run.
        turn_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ApiChatTurnPollResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        turn_id=turn_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    turn_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> ApiChatTurnPollResponse:
    """Poll a submitted API-chat turn

     Poll for the simulated user's reply to a turn submitted via POST /runs/{run_id}/chat/. `status` is
    `generating` until the reply is ready, then `ready` (with `message` and `ended`). `dropped` means
    the turn was superseded by a newer submission — its message is kept and the newer turn's reply
    answers both; `error` means generation failed. Turn 0 is the run's opening: `message` is the
    evaluator's first message, or null when your agent speaks first. Any turn stays pollable until the
    run's turn history expires, so the last reply is still retrievable after the run finishes.

    Args:
        id (int): A unique integer value identifying this run.
        turn_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ApiChatTurnPollResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            turn_id=turn_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ApiChatTurnPollResponse, checked(response, lambda: _parse_response(client=client, response=response)))
