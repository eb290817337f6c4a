from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_chat_turn import ApiChatTurn
from ...models.api_chat_turn_submit_response import ApiChatTurnSubmitResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ApiChatTurn | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/runs/{id}/chat/".format(
            id=segment("id", id),
        ),
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiChatTurnSubmitResponse | None:
    if response.status_code == 202:
        response_202 = ApiChatTurnSubmitResponse.from_dict(response.json())

        return response_202

    if response.status_code == 409:
        return None

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiChatTurnSubmitResponse]:
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
_SUCCESSES: tuple[int, ...] | None = (202,)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ApiChatTurn | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ApiChatTurnSubmitResponse]:
    """Submit a turn to an API-chat run

     Submit your agent-under-test's latest message on a customer-driven (API chat) run. The simulated
    user's reply is generated in the background — the response returns a `turn_id` immediately; poll GET
    /runs/{run_id}/chat/{turn_id}/ until its `status` is `ready` to read the reply, then submit the next
    turn. Submitting a new turn while one is still generating interrupts it: the older turn is marked
    `dropped` but its message is kept, and the newest turn's reply answers all messages received since
    the last reply. Repeat until `ended` is true (or call end-chat).

    Args:
        id (int): A unique integer value identifying this run.
        body (ApiChatTurn | Unset): Request body for POST /runs/{run_id}/chat/ (submit one turn).
            Same message shape
            as the websocket chat integration: a normal message (`content`), optional `metadata`
            merged into the run, and/or a function call (`role` + `data`).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ApiChatTurnSubmitResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ApiChatTurn | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ApiChatTurnSubmitResponse:
    """Submit a turn to an API-chat run

     Submit your agent-under-test's latest message on a customer-driven (API chat) run. The simulated
    user's reply is generated in the background — the response returns a `turn_id` immediately; poll GET
    /runs/{run_id}/chat/{turn_id}/ until its `status` is `ready` to read the reply, then submit the next
    turn. Submitting a new turn while one is still generating interrupts it: the older turn is marked
    `dropped` but its message is kept, and the newest turn's reply answers all messages received since
    the last reply. Repeat until `ended` is true (or call end-chat).

    Args:
        id (int): A unique integer value identifying this run.
        body (ApiChatTurn | Unset): Request body for POST /runs/{run_id}/chat/ (submit one turn).
            Same message shape
            as the websocket chat integration: a normal message (`content`), optional `metadata`
            merged into the run, and/or a function call (`role` + `data`).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ApiChatTurnSubmitResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ApiChatTurnSubmitResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ApiChatTurn | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ApiChatTurnSubmitResponse]:
    """Submit a turn to an API-chat run

     Submit your agent-under-test's latest message on a customer-driven (API chat) run. The simulated
    user's reply is generated in the background — the response returns a `turn_id` immediately; poll GET
    /runs/{run_id}/chat/{turn_id}/ until its `status` is `ready` to read the reply, then submit the next
    turn. Submitting a new turn while one is still generating interrupts it: the older turn is marked
    `dropped` but its message is kept, and the newest turn's reply answers all messages received since
    the last reply. Repeat until `ended` is true (or call end-chat).

    Args:
        id (int): A unique integer value identifying this run.
        body (ApiChatTurn | Unset): Request body for POST /runs/{run_id}/chat/ (submit one turn).
            Same message shape
            as the websocket chat integration: a normal message (`content`), optional `metadata`
            merged into the run, and/or a function call (`role` + `data`).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ApiChatTurnSubmitResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ApiChatTurn | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ApiChatTurnSubmitResponse:
    """Submit a turn to an API-chat run

     Submit your agent-under-test's latest message on a customer-driven (API chat) run. The simulated
    user's reply is generated in the background — the response returns a `turn_id` immediately; poll GET
    /runs/{run_id}/chat/{turn_id}/ until its `status` is `ready` to read the reply, then submit the next
    turn. Submitting a new turn while one is still generating interrupts it: the older turn is marked
    `dropped` but its message is kept, and the newest turn's reply answers all messages received since
    the last reply. Repeat until `ended` is true (or call end-chat).

    Args:
        id (int): A unique integer value identifying this run.
        body (ApiChatTurn | Unset): Request body for POST /runs/{run_id}/chat/ (submit one turn).
            Same message shape
            as the websocket chat integration: a normal message (`content`), optional `metadata`
            merged into the run, and/or a function call (`role` + `data`).
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ApiChatTurnSubmitResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ApiChatTurnSubmitResponse, checked(response, lambda: _parse_response(client=client, response=response)))
