from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...runtime.calls import checked, send, send_async
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/oauth/register/",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Minimal RFC 7591 Dynamic Client Registration for the public-client / PKCE
    flow. Registration is persisted only so the consent page can recognize a
    known client from a trusted redirect scheme among its registered
    redirect_uris (e.g. Cursor's cursor://) when the authorize request's
    redirect_uri matches one registered under the same client_id — client_id is
    still not a credential and grants nothing by itself.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Minimal RFC 7591 Dynamic Client Registration for the public-client / PKCE
    flow. Registration is persisted only so the consent page can recognize a
    known client from a trusted redirect scheme among its registered
    redirect_uris (e.g. Cursor's cursor://) when the authorize request's
    redirect_uri matches one registered under the same client_id — client_id is
    still not a credential and grants nothing by itself.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)
