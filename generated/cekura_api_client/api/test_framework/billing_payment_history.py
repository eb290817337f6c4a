from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.payment_history import PaymentHistory
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import Response


def _get_kwargs(
    *,
    organization_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = given(params, ints=("organization_id",), required=("organization_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/billing/payment-history/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[PaymentHistory] | None:
    if response.status_code == 200:
        response_200 = read_items(PaymentHistory.from_dict, response.json())
        return response_200

    if response.status_code == 400:
        return None

    if response.status_code == 404:
        return None

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[PaymentHistory]]:
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
    *,
    client: AuthenticatedClient,
    organization_id: int,
    options: RequestOptions | None = None,
) -> Response[list[PaymentHistory]]:
    """Get payment history

     Returns a paginated list of all payments (auto-pay, one-time, subscription) made by the
    organization.

    Args:
        organization_id (int): Organization ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[PaymentHistory]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    organization_id: int,
    options: RequestOptions | None = None,
) -> list[PaymentHistory]:
    """Get payment history

     Returns a paginated list of all payments (auto-pay, one-time, subscription) made by the
    organization.

    Args:
        organization_id (int): Organization ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[PaymentHistory]
    """

    response = send(
        client,
        _get_kwargs(
            organization_id=organization_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[PaymentHistory], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    organization_id: int,
    options: RequestOptions | None = None,
) -> Response[list[PaymentHistory]]:
    """Get payment history

     Returns a paginated list of all payments (auto-pay, one-time, subscription) made by the
    organization.

    Args:
        organization_id (int): Organization ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[PaymentHistory]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    organization_id: int,
    options: RequestOptions | None = None,
) -> list[PaymentHistory]:
    """Get payment history

     Returns a paginated list of all payments (auto-pay, one-time, subscription) made by the
    organization.

    Args:
        organization_id (int): Organization ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[PaymentHistory]
    """

    response = await send_async(
        client,
        _get_kwargs(
            organization_id=organization_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[PaymentHistory], checked(response, lambda: _parse_response(client=client, response=response)))
