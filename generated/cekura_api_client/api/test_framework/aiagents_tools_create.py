from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.tool import Tool
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: Tool,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/aiagents/{agent_id}/tools/".format(
            agent_id=segment("agent_id", agent_id),
        ),
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Tool | None:
    if response.status_code == 201:
        response_201 = Tool.from_dict(response.json())

        return response_201

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
_SUCCESSES: tuple[int, ...] | None = (201,)
_DEPRECATION = "POST /test_framework/v1/aiagents/{agent_id}/tools/ is deprecated in the API document"


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: Tool,
    options: RequestOptions | None = None,
) -> Response[Tool]:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/ is deprecated in the API document.

    Add a tool to an agent

     Register a tool on the agent, including its mock input/output pairs in `information`. For agents on
    a managed provider, prefer auto-fetch to import tools automatically; use this to add a custom or
    hand-authored tool.

    Args:
        agent_id (str):
        body (Tool):
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
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: Tool,
    options: RequestOptions | None = None,
) -> Tool:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/ is deprecated in the API document.

    Add a tool to an agent

     Register a tool on the agent, including its mock input/output pairs in `information`. For agents on
    a managed provider, prefer auto-fetch to import tools automatically; use this to add a custom or
    hand-authored tool.

    Args:
        agent_id (str):
        body (Tool):
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
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(Tool, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: Tool,
    options: RequestOptions | None = None,
) -> Response[Tool]:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/ is deprecated in the API document.

    Add a tool to an agent

     Register a tool on the agent, including its mock input/output pairs in `information`. For agents on
    a managed provider, prefer auto-fetch to import tools automatically; use this to add a custom or
    hand-authored tool.

    Args:
        agent_id (str):
        body (Tool):
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
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: Tool,
    options: RequestOptions | None = None,
) -> Tool:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/ is deprecated in the API document.

    Add a tool to an agent

     Register a tool on the agent, including its mock input/output pairs in `information`. For agents on
    a managed provider, prefer auto-fetch to import tools automatically; use this to add a custom or
    hand-authored tool.

    Args:
        agent_id (str):
        body (Tool):
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
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(Tool, checked(response, lambda: _parse_response(client=client, response=response)))
