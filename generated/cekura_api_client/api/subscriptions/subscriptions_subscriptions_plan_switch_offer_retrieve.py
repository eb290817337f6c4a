from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription import Subscription
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/subscriptions/{id}/plan-switch-offer/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Subscription]:
    """Resolve a shared plan-switch link into a displayable offer.

    The dashboard calls this when a customer opens a switch link, including
    after they declined the automatic first-paid-seat prompt. ``pack_code``
    is the plan the link advertises and is only ever a guard: the offered
    plan always comes from the organization's own pack configuration, so a
    tampered link cannot buy a different plan. Returns ``offer: null``
    rather than an error when the organization cannot use the link.

    Args:
        id (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Subscription]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Subscription:
    """Resolve a shared plan-switch link into a displayable offer.

    The dashboard calls this when a customer opens a switch link, including
    after they declined the automatic first-paid-seat prompt. ``pack_code``
    is the plan the link advertises and is only ever a guard: the offered
    plan always comes from the organization's own pack configuration, so a
    tampered link cannot buy a different plan. Returns ``offer: null``
    rather than an error when the organization cannot use the link.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Subscription
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
    )
    raise_for_status(response)
    return cast(Subscription, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Subscription]:
    """Resolve a shared plan-switch link into a displayable offer.

    The dashboard calls this when a customer opens a switch link, including
    after they declined the automatic first-paid-seat prompt. ``pack_code``
    is the plan the link advertises and is only ever a guard: the offered
    plan always comes from the organization's own pack configuration, so a
    tampered link cannot buy a different plan. Returns ``offer: null``
    rather than an error when the organization cannot use the link.

    Args:
        id (str):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Subscription]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Subscription:
    """Resolve a shared plan-switch link into a displayable offer.

    The dashboard calls this when a customer opens a switch link, including
    after they declined the automatic first-paid-seat prompt. ``pack_code``
    is the plan the link advertises and is only ever a guard: the offered
    plan always comes from the organization's own pack configuration, so a
    tampered link cannot buy a different plan. Returns ``offer: null``
    rather than an error when the organization cannot use the link.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Subscription
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
    )
    raise_for_status(response)
    return cast(Subscription, _build_response(client=client, response=response).parsed)
