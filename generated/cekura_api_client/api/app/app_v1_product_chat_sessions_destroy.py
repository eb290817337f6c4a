from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/app/v1/product-chat/sessions/{session_id}/".format(
            session_id=segment("session_id", session_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("oauth2",)
_SUCCESSES: tuple[int, ...] | None = (204,)


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Read or delete a product-chat session (legacy v1).

    Soft-delete: sets `is_deleted=True` on the conversation. Accepts both
    canonical UUIDs and legacy session ids.

    Args:
        session_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> None:
    """Read or delete a product-chat session (legacy v1).

    Soft-delete: sets `is_deleted=True` on the conversation. Accepts both
    canonical UUIDs and legacy session ids.

    Args:
        session_id (str):
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
            session_id=session_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return None


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Read or delete a product-chat session (legacy v1).

    Soft-delete: sets `is_deleted=True` on the conversation. Accepts both
    canonical UUIDs and legacy session ids.

    Args:
        session_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> None:
    """Read or delete a product-chat session (legacy v1).

    Soft-delete: sets `is_deleted=True` on the conversation. Accepts both
    canonical UUIDs and legacy session ids.

    Args:
        session_id (str):
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
            session_id=session_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return None
