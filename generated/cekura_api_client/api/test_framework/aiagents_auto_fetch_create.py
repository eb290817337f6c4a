from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.agent_auto_fetch_error_response import AgentAutoFetchErrorResponse
from ...models.agent_auto_fetch_response import AgentAutoFetchResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/aiagents/{id}/auto-fetch/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentAutoFetchResponse | AgentAutoFetchErrorResponse | None:
    if response.status_code == 202:
        response_202 = AgentAutoFetchResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = AgentAutoFetchErrorResponse.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentAutoFetchResponse | AgentAutoFetchErrorResponse]:
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
    options: RequestOptions | None = None,
) -> Response[AgentAutoFetchResponse | AgentAutoFetchErrorResponse]:
    """Auto-fetch the agent configuration from its provider

     Re-fetch the full agent configuration from its connected provider (Retell, VAPI, ElevenLabs,
    Synthflow, Bland): system prompt, call settings, phone number, tools with mock data, dynamic
    variables and knowledge base files. Returns a `progress_id`; poll `auto-fetch-progress/` for staged
    status.

    Args:
        id (int): A unique integer value identifying this ai agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentAutoFetchResponse | AgentAutoFetchErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> AgentAutoFetchResponse:
    """Auto-fetch the agent configuration from its provider

     Re-fetch the full agent configuration from its connected provider (Retell, VAPI, ElevenLabs,
    Synthflow, Bland): system prompt, call settings, phone number, tools with mock data, dynamic
    variables and knowledge base files. Returns a `progress_id`; poll `auto-fetch-progress/` for staged
    status.

    Args:
        id (int): A unique integer value identifying this ai agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentAutoFetchResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AgentAutoFetchResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[AgentAutoFetchResponse | AgentAutoFetchErrorResponse]:
    """Auto-fetch the agent configuration from its provider

     Re-fetch the full agent configuration from its connected provider (Retell, VAPI, ElevenLabs,
    Synthflow, Bland): system prompt, call settings, phone number, tools with mock data, dynamic
    variables and knowledge base files. Returns a `progress_id`; poll `auto-fetch-progress/` for staged
    status.

    Args:
        id (int): A unique integer value identifying this ai agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AgentAutoFetchResponse | AgentAutoFetchErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> AgentAutoFetchResponse:
    """Auto-fetch the agent configuration from its provider

     Re-fetch the full agent configuration from its connected provider (Retell, VAPI, ElevenLabs,
    Synthflow, Bland): system prompt, call settings, phone number, tools with mock data, dynamic
    variables and knowledge base files. Returns a `progress_id`; poll `auto-fetch-progress/` for staged
    status.

    Args:
        id (int): A unique integer value identifying this ai agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AgentAutoFetchResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AgentAutoFetchResponse, checked(response, lambda: _parse_response(client=client, response=response)))
