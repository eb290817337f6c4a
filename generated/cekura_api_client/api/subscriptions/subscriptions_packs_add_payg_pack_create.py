from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pack import Pack
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: Pack,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions/packs/add_payg_pack/",
    }

    with request_body():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Pack | None:
    if response.status_code == 200:
        response_200 = Pack.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Pack]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Pack,
) -> Response[Pack]:
    """Start the free pay-as-you-go plan for an organization.

    The plan never expires: the first pack.free_members_count member(s) are free
    and only additional members are billed through Stripe. Eligible signups
    (business email, org's first plan, domain within its rolling grant quota)
    also receive the pack's one-time complimentary credits in the never-expiring
    balance. Orgs whose previous plan expired or was cancelled can activate too,
    with 0 complimentary credits. Phone verification is required only when
    complimentary credits will be granted, and every grant is recorded per
    domain so the quota can be enforced.

    Args:
        body (Pack):
        body (Pack):
        body (Pack):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Pack]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Pack,
) -> Pack:
    """Start the free pay-as-you-go plan for an organization.

    The plan never expires: the first pack.free_members_count member(s) are free
    and only additional members are billed through Stripe. Eligible signups
    (business email, org's first plan, domain within its rolling grant quota)
    also receive the pack's one-time complimentary credits in the never-expiring
    balance. Orgs whose previous plan expired or was cancelled can activate too,
    with 0 complimentary credits. Phone verification is required only when
    complimentary credits will be granted, and every grant is recorded per
    domain so the quota can be enforced.

    Args:
        body (Pack):
        body (Pack):
        body (Pack):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Pack
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(Pack, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Pack,
) -> Response[Pack]:
    """Start the free pay-as-you-go plan for an organization.

    The plan never expires: the first pack.free_members_count member(s) are free
    and only additional members are billed through Stripe. Eligible signups
    (business email, org's first plan, domain within its rolling grant quota)
    also receive the pack's one-time complimentary credits in the never-expiring
    balance. Orgs whose previous plan expired or was cancelled can activate too,
    with 0 complimentary credits. Phone verification is required only when
    complimentary credits will be granted, and every grant is recorded per
    domain so the quota can be enforced.

    Args:
        body (Pack):
        body (Pack):
        body (Pack):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Pack]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Pack,
) -> Pack:
    """Start the free pay-as-you-go plan for an organization.

    The plan never expires: the first pack.free_members_count member(s) are free
    and only additional members are billed through Stripe. Eligible signups
    (business email, org's first plan, domain within its rolling grant quota)
    also receive the pack's one-time complimentary credits in the never-expiring
    balance. Orgs whose previous plan expired or was cancelled can activate too,
    with 0 complimentary credits. Phone verification is required only when
    complimentary credits will be granted, and every grant is recorded per
    domain so the quota can be enforced.

    Args:
        body (Pack):
        body (Pack):
        body (Pack):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Pack
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(Pack, _build_response(client=client, response=response).parsed)
