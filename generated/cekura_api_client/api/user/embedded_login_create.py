from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_token_obtain_pair import CustomTokenObtainPair
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: CustomTokenObtainPair,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/v1/embedded/login/",
    }

    with request_body():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomTokenObtainPair | None:
    if response.status_code == 200:
        response_200 = CustomTokenObtainPair.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomTokenObtainPair]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomTokenObtainPair,
) -> Response[CustomTokenObtainPair]:
    """Takes a set of user credentials and returns an access and refresh JSON web
    token pair to prove the authentication of those credentials.

    Args:
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CustomTokenObtainPair]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CustomTokenObtainPair,
) -> CustomTokenObtainPair:
    """Takes a set of user credentials and returns an access and refresh JSON web
    token pair to prove the authentication of those credentials.

    Args:
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CustomTokenObtainPair
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(CustomTokenObtainPair, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomTokenObtainPair,
) -> Response[CustomTokenObtainPair]:
    """Takes a set of user credentials and returns an access and refresh JSON web
    token pair to prove the authentication of those credentials.

    Args:
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CustomTokenObtainPair]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomTokenObtainPair,
) -> CustomTokenObtainPair:
    """Takes a set of user credentials and returns an access and refresh JSON web
    token pair to prove the authentication of those credentials.

    Args:
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):
        body (CustomTokenObtainPair):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CustomTokenObtainPair
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(CustomTokenObtainPair, _build_response(client=client, response=response).parsed)
