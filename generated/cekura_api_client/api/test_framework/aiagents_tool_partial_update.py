from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.patched_tool import PatchedTool
from ...models.tool import Tool
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    tool_name: str,
    *,
    body: PatchedTool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/".format(
            agent_id=segment("agent_id", agent_id),
            tool_name=segment("tool_name", tool_name),
        ),
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Tool | None:
    if response.status_code == 200:
        response_200 = Tool.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Tool]:
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
_DEPRECATION = "PATCH /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document"


def sync_detailed(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: PatchedTool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Tool]:
    """Deprecated: PATCH /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Update an agent's tool by name

     Patch a tool's fields — its `name`, `description`, or `information` (the list of input/output pairs
    that define its mock responses). Only the fields you send are changed.

    Args:
        agent_id (str):
        tool_name (str):
        body (PatchedTool | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Tool]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tool_name=tool_name,
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: PatchedTool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Tool:
    """Deprecated: PATCH /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Update an agent's tool by name

     Patch a tool's fields — its `name`, `description`, or `information` (the list of input/output pairs
    that define its mock responses). Only the fields you send are changed.

    Args:
        agent_id (str):
        tool_name (str):
        body (PatchedTool | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Tool
    """

    warn_deprecated(_DEPRECATION)

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
            tool_name=tool_name,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(Tool, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: PatchedTool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[Tool]:
    """Deprecated: PATCH /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Update an agent's tool by name

     Patch a tool's fields — its `name`, `description`, or `information` (the list of input/output pairs
    that define its mock responses). Only the fields you send are changed.

    Args:
        agent_id (str):
        tool_name (str):
        body (PatchedTool | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[Tool]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tool_name=tool_name,
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    body: PatchedTool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Tool:
    """Deprecated: PATCH /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Update an agent's tool by name

     Patch a tool's fields — its `name`, `description`, or `information` (the list of input/output pairs
    that define its mock responses). Only the fields you send are changed.

    Args:
        agent_id (str):
        tool_name (str):
        body (PatchedTool | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Tool
    """

    warn_deprecated(_DEPRECATION)

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
            tool_name=tool_name,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(Tool, checked(response, lambda: _parse_response(client=client, response=response)))
