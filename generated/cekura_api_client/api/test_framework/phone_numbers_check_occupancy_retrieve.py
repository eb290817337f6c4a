from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.phone_numbers_check_occupancy_retrieve_response_200 import PhoneNumbersCheckOccupancyRetrieveResponse200
from ...models.phone_numbers_check_occupancy_retrieve_response_400 import PhoneNumbersCheckOccupancyRetrieveResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    *,
    phone_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone_number"] = phone_number

    params = given(params, required=("phone_number",), texts=("phone_number",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/phone-numbers/check_occupancy/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumbersCheckOccupancyRetrieveResponse200 | PhoneNumbersCheckOccupancyRetrieveResponse400 | None:
    if response.status_code == 200:
        response_200 = PhoneNumbersCheckOccupancyRetrieveResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PhoneNumbersCheckOccupancyRetrieveResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PhoneNumbersCheckOccupancyRetrieveResponse200 | PhoneNumbersCheckOccupancyRetrieveResponse400]:
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
    phone_number: str,
    options: RequestOptions | None = None,
) -> Response[PhoneNumbersCheckOccupancyRetrieveResponse200 | PhoneNumbersCheckOccupancyRetrieveResponse400]:
    """Check if a phone number is currently occupied by pending runs.

    A phone number is considered occupied when there are runs with PENDING status
    using that phone number. This typically happens during outbound calls when
    the phone is being configured or a call is being initiated.

    Query Parameters:
        phone_number (str): The phone number to check (e.g., +1234567890)

    Returns:
        200: {
            'phone_number': str,
            'is_occupied': bool,
            'message': str,
            'pending_runs_count': int (optional, only if occupied)
        }
        400: {'detail': str} - If phone_number parameter is missing

    Args:
        phone_number (str): Phone number to check (e.g., +1234567890)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PhoneNumbersCheckOccupancyRetrieveResponse200 | PhoneNumbersCheckOccupancyRetrieveResponse400]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    options: RequestOptions | None = None,
) -> PhoneNumbersCheckOccupancyRetrieveResponse200:
    """Check if a phone number is currently occupied by pending runs.

    A phone number is considered occupied when there are runs with PENDING status
    using that phone number. This typically happens during outbound calls when
    the phone is being configured or a call is being initiated.

    Query Parameters:
        phone_number (str): The phone number to check (e.g., +1234567890)

    Returns:
        200: {
            'phone_number': str,
            'is_occupied': bool,
            'message': str,
            'pending_runs_count': int (optional, only if occupied)
        }
        400: {'detail': str} - If phone_number parameter is missing

    Args:
        phone_number (str): Phone number to check (e.g., +1234567890)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PhoneNumbersCheckOccupancyRetrieveResponse200
    """

    response = send(
        client,
        _get_kwargs(
            phone_number=phone_number,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PhoneNumbersCheckOccupancyRetrieveResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    options: RequestOptions | None = None,
) -> Response[PhoneNumbersCheckOccupancyRetrieveResponse200 | PhoneNumbersCheckOccupancyRetrieveResponse400]:
    """Check if a phone number is currently occupied by pending runs.

    A phone number is considered occupied when there are runs with PENDING status
    using that phone number. This typically happens during outbound calls when
    the phone is being configured or a call is being initiated.

    Query Parameters:
        phone_number (str): The phone number to check (e.g., +1234567890)

    Returns:
        200: {
            'phone_number': str,
            'is_occupied': bool,
            'message': str,
            'pending_runs_count': int (optional, only if occupied)
        }
        400: {'detail': str} - If phone_number parameter is missing

    Args:
        phone_number (str): Phone number to check (e.g., +1234567890)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PhoneNumbersCheckOccupancyRetrieveResponse200 | PhoneNumbersCheckOccupancyRetrieveResponse400]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    options: RequestOptions | None = None,
) -> PhoneNumbersCheckOccupancyRetrieveResponse200:
    """Check if a phone number is currently occupied by pending runs.

    A phone number is considered occupied when there are runs with PENDING status
    using that phone number. This typically happens during outbound calls when
    the phone is being configured or a call is being initiated.

    Query Parameters:
        phone_number (str): The phone number to check (e.g., +1234567890)

    Returns:
        200: {
            'phone_number': str,
            'is_occupied': bool,
            'message': str,
            'pending_runs_count': int (optional, only if occupied)
        }
        400: {'detail': str} - If phone_number parameter is missing

    Args:
        phone_number (str): Phone number to check (e.g., +1234567890)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PhoneNumbersCheckOccupancyRetrieveResponse200
    """

    response = await send_async(
        client,
        _get_kwargs(
            phone_number=phone_number,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PhoneNumbersCheckOccupancyRetrieveResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
