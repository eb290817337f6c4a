from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.aiagents_tool_destroy_response_404 import AiagentsToolDestroyResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    agent_id: str,
    tool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/".format(
            agent_id=segment("agent_id", agent_id),
            tool_name=segment("tool_name", tool_name),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiagentsToolDestroyResponse404 | None:
    if response.status_code == 204:
        return None

    if response.status_code == 404:
        response_404 = AiagentsToolDestroyResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AiagentsToolDestroyResponse404]:
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
_SUCCESSES: tuple[int, ...] | None = (204,)
_DEPRECATION = "DELETE /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document"


def sync_detailed(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[AiagentsToolDestroyResponse404]:
    """Deprecated: DELETE /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Remove a tool from an agent

     Detaches the named tool from this agent by marking it deleted. The tool definition is not deleted —
    other agents referencing the same tool_name are unaffected.

    Args:
        agent_id (str):
        tool_name (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AiagentsToolDestroyResponse404]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tool_name=tool_name,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> None:
    """Deprecated: DELETE /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Remove a tool from an agent

     Detaches the named tool from this agent by marking it deleted. The tool definition is not deleted —
    other agents referencing the same tool_name are unaffected.

    Args:
        agent_id (str):
        tool_name (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
    """

    warn_deprecated(_DEPRECATION)

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
            tool_name=tool_name,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[AiagentsToolDestroyResponse404]:
    """Deprecated: DELETE /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Remove a tool from an agent

     Detaches the named tool from this agent by marking it deleted. The tool definition is not deleted —
    other agents referencing the same tool_name are unaffected.

    Args:
        agent_id (str):
        tool_name (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AiagentsToolDestroyResponse404]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
        tool_name=tool_name,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> None:
    """Deprecated: DELETE /test_framework/v1/aiagents/{agent_id}/tool/{tool_name}/ is deprecated in the API document.

    Remove a tool from an agent

     Detaches the named tool from this agent by marking it deleted. The tool definition is not deleted —
    other agents referencing the same tool_name are unaffected.

    Args:
        agent_id (str):
        tool_name (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
    """

    warn_deprecated(_DEPRECATION)

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
            tool_name=tool_name,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))
