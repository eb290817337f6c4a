from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_condition_audio_destroy_response_200 import ScenariosConditionAudioDestroyResponse200
from ...models.scenarios_condition_audio_destroy_response_404 import ScenariosConditionAudioDestroyResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
    audio_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/test_framework/v1/scenarios/{id}/condition-audio/{audio_id}/".format(
            id=segment("id", id),
            audio_id=segment("audio_id", audio_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosConditionAudioDestroyResponse200 | ScenariosConditionAudioDestroyResponse404 | None:
    if response.status_code == 200:
        response_200 = ScenariosConditionAudioDestroyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ScenariosConditionAudioDestroyResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosConditionAudioDestroyResponse200 | ScenariosConditionAudioDestroyResponse404]:
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
    audio_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ScenariosConditionAudioDestroyResponse200 | ScenariosConditionAudioDestroyResponse404]:
    """Delete a Detach and delete an audio clip from this scenario's conditional action

    Args:
        id (int): A unique integer value identifying this scenario.
        audio_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosConditionAudioDestroyResponse200 | ScenariosConditionAudioDestroyResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        audio_id=audio_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    audio_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> ScenariosConditionAudioDestroyResponse200:
    """Delete a Detach and delete an audio clip from this scenario's conditional action

    Args:
        id (int): A unique integer value identifying this scenario.
        audio_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosConditionAudioDestroyResponse200
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            audio_id=audio_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        ScenariosConditionAudioDestroyResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    id: int,
    audio_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ScenariosConditionAudioDestroyResponse200 | ScenariosConditionAudioDestroyResponse404]:
    """Delete a Detach and delete an audio clip from this scenario's conditional action

    Args:
        id (int): A unique integer value identifying this scenario.
        audio_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosConditionAudioDestroyResponse200 | ScenariosConditionAudioDestroyResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        audio_id=audio_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    audio_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> ScenariosConditionAudioDestroyResponse200:
    """Delete a Detach and delete an audio clip from this scenario's conditional action

    Args:
        id (int): A unique integer value identifying this scenario.
        audio_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosConditionAudioDestroyResponse200
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            audio_id=audio_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        ScenariosConditionAudioDestroyResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
