from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_create_from_transcript_progress_2_response_200 import (
    ScenariosCreateFromTranscriptProgress2Response200,
)
from ...models.scenarios_create_from_transcript_progress_2_response_400 import (
    ScenariosCreateFromTranscriptProgress2Response400,
)
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
        "url": "/test_framework/v1/scenarios/create-from-transcript-progress/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosCreateFromTranscriptProgress2Response200 | ScenariosCreateFromTranscriptProgress2Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosCreateFromTranscriptProgress2Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosCreateFromTranscriptProgress2Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosCreateFromTranscriptProgress2Response200 | ScenariosCreateFromTranscriptProgress2Response400]:
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
) -> Response[ScenariosCreateFromTranscriptProgress2Response200 | ScenariosCreateFromTranscriptProgress2Response400]:
    """Get scenario-from-transcript progress

     Get scenario-from-transcript progress

    Args:
        progress_id (str): UUID progress identifier returned from create-from-transcript-bg
            endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosCreateFromTranscriptProgress2Response200 | ScenariosCreateFromTranscriptProgress2Response400]
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
) -> ScenariosCreateFromTranscriptProgress2Response200:
    """Get scenario-from-transcript progress

     Get scenario-from-transcript progress

    Args:
        progress_id (str): UUID progress identifier returned from create-from-transcript-bg
            endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosCreateFromTranscriptProgress2Response200
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
        ScenariosCreateFromTranscriptProgress2Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[ScenariosCreateFromTranscriptProgress2Response200 | ScenariosCreateFromTranscriptProgress2Response400]:
    """Get scenario-from-transcript progress

     Get scenario-from-transcript progress

    Args:
        progress_id (str): UUID progress identifier returned from create-from-transcript-bg
            endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosCreateFromTranscriptProgress2Response200 | ScenariosCreateFromTranscriptProgress2Response400]
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
) -> ScenariosCreateFromTranscriptProgress2Response200:
    """Get scenario-from-transcript progress

     Get scenario-from-transcript progress

    Args:
        progress_id (str): UUID progress identifier returned from create-from-transcript-bg
            endpoint
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosCreateFromTranscriptProgress2Response200
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
        ScenariosCreateFromTranscriptProgress2Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
