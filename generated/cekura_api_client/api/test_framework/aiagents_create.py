from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ai_agent_configure_from_provider_response import AIAgentConfigureFromProviderResponse
from ...models.ai_agent_v2 import AIAgentV2
from ...models.aiagents_create_response_400 import AiagentsCreateResponse400
from ...models.schema_post_ai_agent_v2 import SchemaPostAIAgentV2
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostAIAgentV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/aiagents/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AIAgentV2 | AIAgentConfigureFromProviderResponse | AiagentsCreateResponse400 | None:
    if response.status_code == 201:
        response_201 = AIAgentV2.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = AIAgentConfigureFromProviderResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = AiagentsCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AIAgentV2 | AIAgentConfigureFromProviderResponse | AiagentsCreateResponse400]:
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
_SUCCESSES: tuple[int, ...] | None = (
    201,
    202,
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostAIAgentV2,
    options: RequestOptions | None = None,
) -> Response[AIAgentV2 | AIAgentConfigureFromProviderResponse | AiagentsCreateResponse400]:
    """Create an AI voice agent

     Register a new AI voice agent. Required fields: name, description, project, inbound. Provider
    credentials are nested under provider.{type, agent_id, credentials} instead of flat fields.
    transcript_provider defaults to provider.type when omitted.

    **provider.credentials keys by type (voice providers only):**
    - vapi: api_key + config.{public_key, trigger_url}
    - retell: api_key + agent_id + optional chat_agent_details.config.agent_id
    - elevenlabs: api_key + config.{trigger_url}
    - bland: api_key + agent_id (pathway_id) + config.{encrypted_key} for Twilio
    - livekit: api_key + config.{api_secret (required), url (required)}
    - pipecat: api_key + config.{webhook_url}
    - cisco: no credentials needed
    - self-hosted chat: provider.type=custom + chat_agent_details.{type: self_hosted, config.{url
    (wss://), headers}}
    Note: agentforce goes in chat_agent_details; koreai/genesys/synthflow use the v1 API.

    **Auto-import from a cloud provider** — set `provider.configure_from_provider: true`
    (vapi/retell/elevenlabs/synthflow) with `provider.agent_id` + `provider.credentials.api_key`. Cekura
    fetches the prompt, name, language, who-speaks-first, phone number, tool calls, dynamic variables
    and knowledge base and configures the agent automatically — `name` and `description` become optional
    (auto-fetched). The response is **202** with the created agent plus a `progress_id`; poll `auto-
    fetch-progress/` to follow the staged import.

    See examples below for full per-provider payloads.

    Args:
        body (SchemaPostAIAgentV2):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2 | AIAgentConfigureFromProviderResponse | AiagentsCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostAIAgentV2,
    options: RequestOptions | None = None,
) -> AIAgentV2 | AIAgentConfigureFromProviderResponse:
    """Create an AI voice agent

     Register a new AI voice agent. Required fields: name, description, project, inbound. Provider
    credentials are nested under provider.{type, agent_id, credentials} instead of flat fields.
    transcript_provider defaults to provider.type when omitted.

    **provider.credentials keys by type (voice providers only):**
    - vapi: api_key + config.{public_key, trigger_url}
    - retell: api_key + agent_id + optional chat_agent_details.config.agent_id
    - elevenlabs: api_key + config.{trigger_url}
    - bland: api_key + agent_id (pathway_id) + config.{encrypted_key} for Twilio
    - livekit: api_key + config.{api_secret (required), url (required)}
    - pipecat: api_key + config.{webhook_url}
    - cisco: no credentials needed
    - self-hosted chat: provider.type=custom + chat_agent_details.{type: self_hosted, config.{url
    (wss://), headers}}
    Note: agentforce goes in chat_agent_details; koreai/genesys/synthflow use the v1 API.

    **Auto-import from a cloud provider** — set `provider.configure_from_provider: true`
    (vapi/retell/elevenlabs/synthflow) with `provider.agent_id` + `provider.credentials.api_key`. Cekura
    fetches the prompt, name, language, who-speaks-first, phone number, tool calls, dynamic variables
    and knowledge base and configures the agent automatically — `name` and `description` become optional
    (auto-fetched). The response is **202** with the created agent plus a `progress_id`; poll `auto-
    fetch-progress/` to follow the staged import.

    See examples below for full per-provider payloads.

    Args:
        body (SchemaPostAIAgentV2):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgentV2 | AIAgentConfigureFromProviderResponse
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        AIAgentV2 | AIAgentConfigureFromProviderResponse,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostAIAgentV2,
    options: RequestOptions | None = None,
) -> Response[AIAgentV2 | AIAgentConfigureFromProviderResponse | AiagentsCreateResponse400]:
    """Create an AI voice agent

     Register a new AI voice agent. Required fields: name, description, project, inbound. Provider
    credentials are nested under provider.{type, agent_id, credentials} instead of flat fields.
    transcript_provider defaults to provider.type when omitted.

    **provider.credentials keys by type (voice providers only):**
    - vapi: api_key + config.{public_key, trigger_url}
    - retell: api_key + agent_id + optional chat_agent_details.config.agent_id
    - elevenlabs: api_key + config.{trigger_url}
    - bland: api_key + agent_id (pathway_id) + config.{encrypted_key} for Twilio
    - livekit: api_key + config.{api_secret (required), url (required)}
    - pipecat: api_key + config.{webhook_url}
    - cisco: no credentials needed
    - self-hosted chat: provider.type=custom + chat_agent_details.{type: self_hosted, config.{url
    (wss://), headers}}
    Note: agentforce goes in chat_agent_details; koreai/genesys/synthflow use the v1 API.

    **Auto-import from a cloud provider** — set `provider.configure_from_provider: true`
    (vapi/retell/elevenlabs/synthflow) with `provider.agent_id` + `provider.credentials.api_key`. Cekura
    fetches the prompt, name, language, who-speaks-first, phone number, tool calls, dynamic variables
    and knowledge base and configures the agent automatically — `name` and `description` become optional
    (auto-fetched). The response is **202** with the created agent plus a `progress_id`; poll `auto-
    fetch-progress/` to follow the staged import.

    See examples below for full per-provider payloads.

    Args:
        body (SchemaPostAIAgentV2):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2 | AIAgentConfigureFromProviderResponse | AiagentsCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostAIAgentV2,
    options: RequestOptions | None = None,
) -> AIAgentV2 | AIAgentConfigureFromProviderResponse:
    """Create an AI voice agent

     Register a new AI voice agent. Required fields: name, description, project, inbound. Provider
    credentials are nested under provider.{type, agent_id, credentials} instead of flat fields.
    transcript_provider defaults to provider.type when omitted.

    **provider.credentials keys by type (voice providers only):**
    - vapi: api_key + config.{public_key, trigger_url}
    - retell: api_key + agent_id + optional chat_agent_details.config.agent_id
    - elevenlabs: api_key + config.{trigger_url}
    - bland: api_key + agent_id (pathway_id) + config.{encrypted_key} for Twilio
    - livekit: api_key + config.{api_secret (required), url (required)}
    - pipecat: api_key + config.{webhook_url}
    - cisco: no credentials needed
    - self-hosted chat: provider.type=custom + chat_agent_details.{type: self_hosted, config.{url
    (wss://), headers}}
    Note: agentforce goes in chat_agent_details; koreai/genesys/synthflow use the v1 API.

    **Auto-import from a cloud provider** — set `provider.configure_from_provider: true`
    (vapi/retell/elevenlabs/synthflow) with `provider.agent_id` + `provider.credentials.api_key`. Cekura
    fetches the prompt, name, language, who-speaks-first, phone number, tool calls, dynamic variables
    and knowledge base and configures the agent automatically — `name` and `description` become optional
    (auto-fetched). The response is **202** with the created agent plus a `progress_id`; poll `auto-
    fetch-progress/` to follow the staged import.

    See examples below for full per-provider payloads.

    Args:
        body (SchemaPostAIAgentV2):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgentV2 | AIAgentConfigureFromProviderResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        AIAgentV2 | AIAgentConfigureFromProviderResponse,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
