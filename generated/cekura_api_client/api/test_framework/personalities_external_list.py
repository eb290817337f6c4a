from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_personality import CreatePersonality
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    language: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language"] = language

    params["project_id"] = project_id

    params = given(params, ints=("project_id",), texts=("language",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/personalities-external/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CreatePersonality] | None:
    if response.status_code == 200:
        response_200 = read_items(CreatePersonality.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CreatePersonality]]:
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
    language: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[CreatePersonality]]:
    """List personalities available for use in your evaluators.

    Returns personalities owned by your organization plus globally available personalities.

    **Filters:**
    - `language` — filter by language code (e.g. `en`, `es`)
    - `project_id` — filter to personalities available to a specific project (its own plus the globally
    available ones)

    **Using personality IDs in evaluators:** globally available personalities (those with no project or
    organization owner) work across all projects. Organization-specific personalities are only usable
    within their own organization.

    Performance tip: this endpoint can return large payloads. When you know the language of the agent in
    scope, try passing `language` (e.g. `en`, `es`) to narrow the result. Passing `project_id` from your
    workspace context also helps when you only need scoped personalities. If you genuinely need every
    personality, you can omit filters.

    Args:
        language (str | Unset): Filter by language code (e.g. `en`, `es`, `fr`).
        project_id (int | Unset): Filter to personalities available to this project (its own plus
            globally available ones)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[CreatePersonality]]
    """

    kwargs = _get_kwargs(
        language=language,
        project_id=project_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[CreatePersonality]:
    """List personalities available for use in your evaluators.

    Returns personalities owned by your organization plus globally available personalities.

    **Filters:**
    - `language` — filter by language code (e.g. `en`, `es`)
    - `project_id` — filter to personalities available to a specific project (its own plus the globally
    available ones)

    **Using personality IDs in evaluators:** globally available personalities (those with no project or
    organization owner) work across all projects. Organization-specific personalities are only usable
    within their own organization.

    Performance tip: this endpoint can return large payloads. When you know the language of the agent in
    scope, try passing `language` (e.g. `en`, `es`) to narrow the result. Passing `project_id` from your
    workspace context also helps when you only need scoped personalities. If you genuinely need every
    personality, you can omit filters.

    Args:
        language (str | Unset): Filter by language code (e.g. `en`, `es`, `fr`).
        project_id (int | Unset): Filter to personalities available to this project (its own plus
            globally available ones)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[CreatePersonality]
    """

    response = send(
        client,
        _get_kwargs(
            language=language,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[CreatePersonality], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[CreatePersonality]]:
    """List personalities available for use in your evaluators.

    Returns personalities owned by your organization plus globally available personalities.

    **Filters:**
    - `language` — filter by language code (e.g. `en`, `es`)
    - `project_id` — filter to personalities available to a specific project (its own plus the globally
    available ones)

    **Using personality IDs in evaluators:** globally available personalities (those with no project or
    organization owner) work across all projects. Organization-specific personalities are only usable
    within their own organization.

    Performance tip: this endpoint can return large payloads. When you know the language of the agent in
    scope, try passing `language` (e.g. `en`, `es`) to narrow the result. Passing `project_id` from your
    workspace context also helps when you only need scoped personalities. If you genuinely need every
    personality, you can omit filters.

    Args:
        language (str | Unset): Filter by language code (e.g. `en`, `es`, `fr`).
        project_id (int | Unset): Filter to personalities available to this project (its own plus
            globally available ones)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[CreatePersonality]]
    """

    kwargs = _get_kwargs(
        language=language,
        project_id=project_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    language: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[CreatePersonality]:
    """List personalities available for use in your evaluators.

    Returns personalities owned by your organization plus globally available personalities.

    **Filters:**
    - `language` — filter by language code (e.g. `en`, `es`)
    - `project_id` — filter to personalities available to a specific project (its own plus the globally
    available ones)

    **Using personality IDs in evaluators:** globally available personalities (those with no project or
    organization owner) work across all projects. Organization-specific personalities are only usable
    within their own organization.

    Performance tip: this endpoint can return large payloads. When you know the language of the agent in
    scope, try passing `language` (e.g. `en`, `es`) to narrow the result. Passing `project_id` from your
    workspace context also helps when you only need scoped personalities. If you genuinely need every
    personality, you can omit filters.

    Args:
        language (str | Unset): Filter by language code (e.g. `en`, `es`, `fr`).
        project_id (int | Unset): Filter to personalities available to this project (its own plus
            globally available ones)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[CreatePersonality]
    """

    response = await send_async(
        client,
        _get_kwargs(
            language=language,
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[CreatePersonality], checked(response, lambda: _parse_response(client=client, response=response)))
