from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_shareable_link_token_3_response_400 import CreateShareableLinkToken3Response400
from ...models.schema_create_shareable_link_token_response import SchemaCreateShareableLinkTokenResponse
from ...models.schema_post_create_shareable_link_token import SchemaPostCreateShareableLinkToken
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: SchemaPostCreateShareableLinkToken | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/results/{id}/create_shareable_link_token/".format(
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
) -> SchemaCreateShareableLinkTokenResponse | CreateShareableLinkToken3Response400 | None:
    if response.status_code == 200:
        response_200 = SchemaCreateShareableLinkTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateShareableLinkToken3Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaCreateShareableLinkTokenResponse | CreateShareableLinkToken3Response400]:
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
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateShareableLinkToken | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SchemaCreateShareableLinkTokenResponse | CreateShareableLinkToken3Response400]:
    """Generate shareable link for result

     Generate shareable link for result

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostCreateShareableLinkToken | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaCreateShareableLinkTokenResponse | CreateShareableLinkToken3Response400]
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
    body: SchemaPostCreateShareableLinkToken | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SchemaCreateShareableLinkTokenResponse:
    """Generate shareable link for result

     Generate shareable link for result

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostCreateShareableLinkToken | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaCreateShareableLinkTokenResponse
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
    return cast(
        SchemaCreateShareableLinkTokenResponse,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateShareableLinkToken | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[SchemaCreateShareableLinkTokenResponse | CreateShareableLinkToken3Response400]:
    """Generate shareable link for result

     Generate shareable link for result

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostCreateShareableLinkToken | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaCreateShareableLinkTokenResponse | CreateShareableLinkToken3Response400]
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
    body: SchemaPostCreateShareableLinkToken | Unset = UNSET,
    options: RequestOptions | None = None,
) -> SchemaCreateShareableLinkTokenResponse:
    """Generate shareable link for result

     Generate shareable link for result

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostCreateShareableLinkToken | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaCreateShareableLinkTokenResponse
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
    return cast(
        SchemaCreateShareableLinkTokenResponse,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
