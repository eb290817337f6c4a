from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_generate_progress_3_response_200 import ScenariosGenerateProgress3Response200
from ...models.scenarios_generate_progress_3_response_400 import ScenariosGenerateProgress3Response400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    *,
    progress_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["progress_id"] = progress_id

    params = given(params, required=("progress_id",), texts=("progress_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/scenarios/generate-progress/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosGenerateProgress3Response200 | ScenariosGenerateProgress3Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosGenerateProgress3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosGenerateProgress3Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosGenerateProgress3Response200 | ScenariosGenerateProgress3Response400]:
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
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[ScenariosGenerateProgress3Response200 | ScenariosGenerateProgress3Response400]:
    """Scenarios generate progress

    Args:
        progress_id (str): UUID progress identifier returned from generate-bg endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosGenerateProgress3Response200 | ScenariosGenerateProgress3Response400]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> ScenariosGenerateProgress3Response200:
    """Scenarios generate progress

    Args:
        progress_id (str): UUID progress identifier returned from generate-bg endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosGenerateProgress3Response200
    """

    response = send(
        client,
        _get_kwargs(
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        ScenariosGenerateProgress3Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[ScenariosGenerateProgress3Response200 | ScenariosGenerateProgress3Response400]:
    """Scenarios generate progress

    Args:
        progress_id (str): UUID progress identifier returned from generate-bg endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosGenerateProgress3Response200 | ScenariosGenerateProgress3Response400]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> ScenariosGenerateProgress3Response200:
    """Scenarios generate progress

    Args:
        progress_id (str): UUID progress identifier returned from generate-bg endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosGenerateProgress3Response200
    """

    response = await send_async(
        client,
        _get_kwargs(
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        ScenariosGenerateProgress3Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
