from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.mock_status_response import MockStatusResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/aiagents/{agent_id}/tools/mock-status/".format(
            agent_id=segment("agent_id", agent_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MockStatusResponse | None:
    if response.status_code == 200:
        response_200 = MockStatusResponse.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MockStatusResponse]:
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
_DEPRECATION = "GET /test_framework/v1/aiagents/{agent_id}/tools/mock-status/ is deprecated in the API document"


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[MockStatusResponse]:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/mock-status/ is deprecated in the API document.

    Current mock-tools state for an agent

     Single source of truth for "what mock-tool runtime URLs do I have, and what are they configured
    for?". `mcp_endpoints[]` lists each Cekura-hosted MCP JSON-RPC endpoint with the sub-tools it
    serves; `tool_endpoints[]` lists standalone (non-MCP) per-tool webhook URLs. URLs are computed from
    `settings.CEKURA_BASE_URL`, so each environment renders the correct host.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MockStatusResponse]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> MockStatusResponse:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/mock-status/ is deprecated in the API document.

    Current mock-tools state for an agent

     Single source of truth for "what mock-tool runtime URLs do I have, and what are they configured
    for?". `mcp_endpoints[]` lists each Cekura-hosted MCP JSON-RPC endpoint with the sub-tools it
    serves; `tool_endpoints[]` lists standalone (non-MCP) per-tool webhook URLs. URLs are computed from
    `settings.CEKURA_BASE_URL`, so each environment renders the correct host.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MockStatusResponse
    """

    warn_deprecated(_DEPRECATION)

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(MockStatusResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[MockStatusResponse]:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/mock-status/ is deprecated in the API document.

    Current mock-tools state for an agent

     Single source of truth for "what mock-tool runtime URLs do I have, and what are they configured
    for?". `mcp_endpoints[]` lists each Cekura-hosted MCP JSON-RPC endpoint with the sub-tools it
    serves; `tool_endpoints[]` lists standalone (non-MCP) per-tool webhook URLs. URLs are computed from
    `settings.CEKURA_BASE_URL`, so each environment renders the correct host.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MockStatusResponse]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> MockStatusResponse:
    """Deprecated: GET /test_framework/v1/aiagents/{agent_id}/tools/mock-status/ is deprecated in the API document.

    Current mock-tools state for an agent

     Single source of truth for "what mock-tool runtime URLs do I have, and what are they configured
    for?". `mcp_endpoints[]` lists each Cekura-hosted MCP JSON-RPC endpoint with the sub-tools it
    serves; `tool_endpoints[]` lists standalone (non-MCP) per-tool webhook URLs. URLs are computed from
    `settings.CEKURA_BASE_URL`, so each environment renders the correct host.

    Args:
        agent_id (str):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MockStatusResponse
    """

    warn_deprecated(_DEPRECATION)

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(MockStatusResponse, checked(response, lambda: _parse_response(client=client, response=response)))
