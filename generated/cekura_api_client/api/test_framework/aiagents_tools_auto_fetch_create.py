from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.auto_fetch_error_response import AutoFetchErrorResponse
from ...models.auto_fetch_tools_request import AutoFetchToolsRequest
from ...models.auto_fetch_tools_response import AutoFetchToolsResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: AutoFetchToolsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/".format(
            agent_id=segment("agent_id", agent_id),
        ),
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoFetchToolsResponse | AutoFetchErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutoFetchToolsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AutoFetchErrorResponse.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutoFetchToolsResponse | AutoFetchErrorResponse]:
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
_DEPRECATION = "POST /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/ is deprecated in the API document"


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: AutoFetchToolsRequest,
    options: RequestOptions | None = None,
) -> Response[AutoFetchToolsResponse | AutoFetchErrorResponse]:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/ is deprecated in the API document.

    Auto-fetch mock tools for an agent

     Discover the agent's tools (from a managed provider or a customer-hosted MCP server) and LLM-
    generate mock input/output data for each. Persists Tool rows and records the provider configuration
    on the agent. ⚠ Overwrites empty Tool rows; existing rows with mock data are kept. For
    provider="custom", supply `mcp_server_url`; the URL is SSRF-validated (no private/loopback targets).

    Args:
        agent_id (str):
        body (AutoFetchToolsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AutoFetchToolsResponse | AutoFetchErrorResponse]
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
    body: AutoFetchToolsRequest,
    options: RequestOptions | None = None,
) -> AutoFetchToolsResponse:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/ is deprecated in the API document.

    Auto-fetch mock tools for an agent

     Discover the agent's tools (from a managed provider or a customer-hosted MCP server) and LLM-
    generate mock input/output data for each. Persists Tool rows and records the provider configuration
    on the agent. ⚠ Overwrites empty Tool rows; existing rows with mock data are kept. For
    provider="custom", supply `mcp_server_url`; the URL is SSRF-validated (no private/loopback targets).

    Args:
        agent_id (str):
        body (AutoFetchToolsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AutoFetchToolsResponse
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
    return cast(AutoFetchToolsResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: AutoFetchToolsRequest,
    options: RequestOptions | None = None,
) -> Response[AutoFetchToolsResponse | AutoFetchErrorResponse]:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/ is deprecated in the API document.

    Auto-fetch mock tools for an agent

     Discover the agent's tools (from a managed provider or a customer-hosted MCP server) and LLM-
    generate mock input/output data for each. Persists Tool rows and records the provider configuration
    on the agent. ⚠ Overwrites empty Tool rows; existing rows with mock data are kept. For
    provider="custom", supply `mcp_server_url`; the URL is SSRF-validated (no private/loopback targets).

    Args:
        agent_id (str):
        body (AutoFetchToolsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AutoFetchToolsResponse | AutoFetchErrorResponse]
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
    body: AutoFetchToolsRequest,
    options: RequestOptions | None = None,
) -> AutoFetchToolsResponse:
    """Deprecated: POST /test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/ is deprecated in the API document.

    Auto-fetch mock tools for an agent

     Discover the agent's tools (from a managed provider or a customer-hosted MCP server) and LLM-
    generate mock input/output data for each. Persists Tool rows and records the provider configuration
    on the agent. ⚠ Overwrites empty Tool rows; existing rows with mock data are kept. For
    provider="custom", supply `mcp_server_url`; the URL is SSRF-validated (no private/loopback targets).

    Args:
        agent_id (str):
        body (AutoFetchToolsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AutoFetchToolsResponse
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
    return cast(AutoFetchToolsResponse, checked(response, lambda: _parse_response(client=client, response=response)))
