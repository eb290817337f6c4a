from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.condition_audio_entry import ConditionAudioEntry
from ...models.scenarios_condition_audio_create_body import ScenariosConditionAudioCreateBody
from ...models.scenarios_condition_audio_create_response_400 import ScenariosConditionAudioCreateResponse400
from ...models.scenarios_condition_audio_create_response_409 import ScenariosConditionAudioCreateResponse409
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ScenariosConditionAudioCreateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios/{id}/condition-audio/".format(
            id=segment("id", id),
        ),
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConditionAudioEntry | ScenariosConditionAudioCreateResponse400 | ScenariosConditionAudioCreateResponse409 | None:
    if response.status_code == 202:
        response_202 = ConditionAudioEntry.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ScenariosConditionAudioCreateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ScenariosConditionAudioCreateResponse409.from_dict(response.json())

        return response_409

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConditionAudioEntry | ScenariosConditionAudioCreateResponse400 | ScenariosConditionAudioCreateResponse409
]:
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
_SUCCESSES: tuple[int, ...] | None = (202,)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ScenariosConditionAudioCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    ConditionAudioEntry | ScenariosConditionAudioCreateResponse400 | ScenariosConditionAudioCreateResponse409
]:
    """Attach an audio clip to a fixed-message conditional action. The clip is transcoded to 24kHz mono PCM
    WAV, stored in S3, and transcribed asynchronously. Pass action_template with one `<audio />` marker
    to insert the managed tag inline; omit it for legacy whole-action replacement. Shares the condition-
    audio URL with the list endpoint (GET lists, POST uploads).

    Args:
        id (int): A unique integer value identifying this scenario.
        body (ScenariosConditionAudioCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ConditionAudioEntry | ScenariosConditionAudioCreateResponse400 | ScenariosConditionAudioCreateResponse409]
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
    body: ScenariosConditionAudioCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ConditionAudioEntry:
    """Attach an audio clip to a fixed-message conditional action. The clip is transcoded to 24kHz mono PCM
    WAV, stored in S3, and transcribed asynchronously. Pass action_template with one `<audio />` marker
    to insert the managed tag inline; omit it for legacy whole-action replacement. Shares the condition-
    audio URL with the list endpoint (GET lists, POST uploads).

    Args:
        id (int): A unique integer value identifying this scenario.
        body (ScenariosConditionAudioCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ConditionAudioEntry
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
    return cast(ConditionAudioEntry, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ScenariosConditionAudioCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    ConditionAudioEntry | ScenariosConditionAudioCreateResponse400 | ScenariosConditionAudioCreateResponse409
]:
    """Attach an audio clip to a fixed-message conditional action. The clip is transcoded to 24kHz mono PCM
    WAV, stored in S3, and transcribed asynchronously. Pass action_template with one `<audio />` marker
    to insert the managed tag inline; omit it for legacy whole-action replacement. Shares the condition-
    audio URL with the list endpoint (GET lists, POST uploads).

    Args:
        id (int): A unique integer value identifying this scenario.
        body (ScenariosConditionAudioCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ConditionAudioEntry | ScenariosConditionAudioCreateResponse400 | ScenariosConditionAudioCreateResponse409]
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
    body: ScenariosConditionAudioCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ConditionAudioEntry:
    """Attach an audio clip to a fixed-message conditional action. The clip is transcoded to 24kHz mono PCM
    WAV, stored in S3, and transcribed asynchronously. Pass action_template with one `<audio />` marker
    to insert the managed tag inline; omit it for legacy whole-action replacement. Shares the condition-
    audio URL with the list endpoint (GET lists, POST uploads).

    Args:
        id (int): A unique integer value identifying this scenario.
        body (ScenariosConditionAudioCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ConditionAudioEntry
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
    return cast(ConditionAudioEntry, checked(response, lambda: _parse_response(client=client, response=response)))
