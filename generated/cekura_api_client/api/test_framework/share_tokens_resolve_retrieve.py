from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...runtime.calls import checked, send, send_async
from ...types import Response


def _get_kwargs(
    token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/share-tokens/{token}/resolve/".format(
            token=quote(str(token), safe=""),
        ),
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
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Resolve a shareable-link token to the underlying source object(s).

    Given the opaque token from a `https://<host>/share/results/<token>` URL,
    returns the result_id (or other source object IDs) the token grants access
    to, plus org/agent context and expiry state.

    Restricted to OAuth tokens minted by the `cekura-support-bot` client via
    the client_credentials grant. The support-bot's subject user must be a
    member of the source object's organization — so support agents can only
    resolve tokens for results belonging to the customer they're helping.

    Args:
        token (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Resolve a shareable-link token to the underlying source object(s).

    Given the opaque token from a `https://<host>/share/results/<token>` URL,
    returns the result_id (or other source object IDs) the token grants access
    to, plus org/agent context and expiry state.

    Restricted to OAuth tokens minted by the `cekura-support-bot` client via
    the client_credentials grant. The support-bot's subject user must be a
    member of the source object's organization — so support agents can only
    resolve tokens for results belonging to the customer they're helping.

    Args:
        token (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)
