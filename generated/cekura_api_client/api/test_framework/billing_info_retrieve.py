from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.billing_info import BillingInfo
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = given(params, ints=("organization_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/billing/info/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BillingInfo | None:
    if response.status_code == 200:
        response_200 = BillingInfo.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BillingInfo]:
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
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[BillingInfo]:
    """Get billing information

     Returns credits remaining, current billing-cycle credits used, balance expiry, and subscription
    status for an organization. Credits used comes from the current billing-cycle aggregate and may lag
    usage by up to 30 minutes. When called with an organization-scoped API key, the org is taken from
    the key. When called with a user session or OAuth bearer, pass `organization_id` as a query
    parameter — the caller must be an admin of that organization.

    Args:
        organization_id (int | Unset): Tenant scope. Supply one of `organization_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[BillingInfo]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> BillingInfo:
    """Get billing information

     Returns credits remaining, current billing-cycle credits used, balance expiry, and subscription
    status for an organization. Credits used comes from the current billing-cycle aggregate and may lag
    usage by up to 30 minutes. When called with an organization-scoped API key, the org is taken from
    the key. When called with a user session or OAuth bearer, pass `organization_id` as a query
    parameter — the caller must be an admin of that organization.

    Args:
        organization_id (int | Unset): Tenant scope. Supply one of `organization_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        BillingInfo
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
    return cast(BillingInfo, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[BillingInfo]:
    """Get billing information

     Returns credits remaining, current billing-cycle credits used, balance expiry, and subscription
    status for an organization. Credits used comes from the current billing-cycle aggregate and may lag
    usage by up to 30 minutes. When called with an organization-scoped API key, the org is taken from
    the key. When called with a user session or OAuth bearer, pass `organization_id` as a query
    parameter — the caller must be an admin of that organization.

    Args:
        organization_id (int | Unset): Tenant scope. Supply one of `organization_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[BillingInfo]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    organization_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> BillingInfo:
    """Get billing information

     Returns credits remaining, current billing-cycle credits used, balance expiry, and subscription
    status for an organization. Credits used comes from the current billing-cycle aggregate and may lag
    usage by up to 30 minutes. When called with an organization-scoped API key, the org is taken from
    the key. When called with a user session or OAuth bearer, pass `organization_id` as a query
    parameter — the caller must be an admin of that organization.

    Args:
        organization_id (int | Unset): Tenant scope. Supply one of `organization_id` when
            authenticating with a user session or OAuth bearer token; omit when using an API key
            already scoped to the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        BillingInfo
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
    return cast(BillingInfo, checked(response, lambda: _parse_response(client=client, response=response)))
