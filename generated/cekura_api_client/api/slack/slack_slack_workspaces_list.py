from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.slack_workspace import SlackWorkspace
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params = given(params, ints=("project_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/slack/slack-workspaces/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[SlackWorkspace] | None:
    if response.status_code == 200:
        response_200 = read_items(SlackWorkspace.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[SlackWorkspace]]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("oauth2",)
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[SlackWorkspace]]:
    """List Slack workspaces configured for a project

     Return every Slack workspace connected to the project, with the bot's default `channel_id`,
    `team_name`, and verification status. Use to pick a `workspace_id` (and optionally a different
    `channel_id`) for the `notifications.slack` block on `alerts_create`. Access tokens and bot IDs are
    not returned.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[SlackWorkspace]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[SlackWorkspace]:
    """List Slack workspaces configured for a project

     Return every Slack workspace connected to the project, with the bot's default `channel_id`,
    `team_name`, and verification status. Use to pick a `workspace_id` (and optionally a different
    `channel_id`) for the `notifications.slack` block on `alerts_create`. Access tokens and bot IDs are
    not returned.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[SlackWorkspace]
    """

    response = send(
        client,
        _get_kwargs(
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[SlackWorkspace], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[SlackWorkspace]]:
    """List Slack workspaces configured for a project

     Return every Slack workspace connected to the project, with the bot's default `channel_id`,
    `team_name`, and verification status. Use to pick a `workspace_id` (and optionally a different
    `channel_id`) for the `notifications.slack` block on `alerts_create`. Access tokens and bot IDs are
    not returned.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[SlackWorkspace]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[SlackWorkspace]:
    """List Slack workspaces configured for a project

     Return every Slack workspace connected to the project, with the bot's default `channel_id`,
    `team_name`, and verification status. Use to pick a `workspace_id` (and optionally a different
    `channel_id`) for the `notifications.slack` block on `alerts_create`. Access tokens and bot IDs are
    not returned.

    Args:
        project_id (int | Unset): Tenant scope. Supply one of `project_id` when authenticating
            with a user session or OAuth bearer token; omit when using an API key already scoped to
            the tenant.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[SlackWorkspace]
    """

    response = await send_async(
        client,
        _get_kwargs(
            project_id=project_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[SlackWorkspace], checked(response, lambda: _parse_response(client=client, response=response)))
