from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ai_agent import AIAgent
from ...models.aiagents_v1_create_response_400 import AiagentsV1CreateResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: AIAgent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/aiagents/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AIAgent | AiagentsV1CreateResponse400 | None:
    if response.status_code == 201:
        response_201 = AIAgent.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AiagentsV1CreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AIAgent | AiagentsV1CreateResponse400]:
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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AIAgent,
    options: RequestOptions | None = None,
) -> Response[AIAgent | AiagentsV1CreateResponse400]:
    """Create an AI voice agent

     aiagents_create: Register a new AI voice agent with Cekura for testing / observability. Required:
    `agent_name`, `project` (project ID), `assistant_provider`. Other fields depend on the provider (see
    below).

    **Most common case:** you already have an agent running on your own provider stack with a dedicated
    phone number. Pass `agent_name`, `description`, `inbound`, `project`, `contact_number` (E.164
    format, e.g. `+14155551234`), and `language` — Cekura observes that number without needing provider
    credentials. Set `assistant_provider="self_hosted"` (optionally `websocket_url` for text-mode runs).

    **Provider integrations:** set `assistant_provider` to one of the valid values below and pass the
    matching credentials. `assistant_id` alone does NOT substitute for provider credentials — providers
    like VAPI, Retell, and Bland validate their api_key on create.

    **Valid `assistant_provider` values** (live enum — superset of prose docs you may see elsewhere):
    - `self_hosted` — websocket or observation-only; no api_key needed. Use `websocket_url` +
    `websocket_headers` for text-mode runs.
    - `vapi` — requires `vapi_api_key`; optional `assistant_id`, `vapi_data.public_key`.
    - `retell` — requires `retell_api_key` AND `chat_assistant_id` (yes — Retell uses this field even
    for voice).
    - `bland` — requires `bland_api_key` AND `chat_assistant_id` (Bland internally calls this
    `pathway_id`); `bland_data.encrypted_key` for Twilio.
    - `livekit` — requires `livekit_api_key` + `livekit_data.url`; `livekit_data.api_secret` is needed
    at run time for WebRTC.
    - `elevenlabs` — requires `elevenlabs_api_key`.
    - `agentforce` — Salesforce Agentforce; needs `agentforce_client_secret` + `agentforce_data`
    (client_id, domain, agent_id).
    - `cisco` — Cisco Webex.
    - `vocera` — Cekura-hosted agent.
    - `sms` — text-only SMS channel; use `chat_assistant_id`.
    - `whatsapp` — text-only WhatsApp channel; use `chat_assistant_id`.
    - `""` (empty string) — unset; agent is not runnable until a provider is configured.

    **Note:** the serializer exposes fields for some providers (`pipecat_*`, `synthflow_*`, `koreai_*`,
    `genesys_*`, `custom_provider_*`) that are NOT currently in the `assistant_provider` enum. Those
    fields exist for response/config purposes but the matching provider value cannot be selected today.

    **Outbound agents:** set `inbound=false`. Actual call placement uses the scenario's configured phone
    number or a number from the org's provisioned pool — `outbound_numbers` is not required for calls to
    be placed (it is used for webhook validation only).

    **Other fields to know:**
    - `language` — BCP-47 locale (`en`, `es`, `fr`, …). Must match the personalities used for
    evaluators.
    - `transcript_provider` — STT vendor (`vapi | retell | synthflow | elevenlabs | bland | livekit |
    pipecat | koreai | custom | cisco | genesys`). Does NOT auto-pair with `assistant_provider`; set
    both independently when needed.
    - `llm_model`, `llm_temperature`, `llm_max_tokens`, `llm_system_prompt` — simulation LLM settings
    (used by Cekura when simulating callers in test runs; NOT your agent's own LLM).
    - `auto_fetch_calls_enabled` — auto-import calls from the provider every 30s
    (VAPI/Retell/ElevenLabs/Bland).
    - `auto_sync_prompt_enabled` — one-way prompt sync from the provider to Cekura on a schedule; Cekura
    updates its agent description and does not push changes back to the provider. Supported for VAPI,
    Retell, ElevenLabs, Synthflow, Telnyx, and Bland.

    **Read-only status fields** like `vapi_api_key_configured`, `retell_api_key_configured` appear in
    the response to indicate which provider credentials are stored (credentials themselves are masked).

    Args:
        body (AIAgent):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgent | AiagentsV1CreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AIAgent,
    options: RequestOptions | None = None,
) -> AIAgent:
    """Create an AI voice agent

     aiagents_create: Register a new AI voice agent with Cekura for testing / observability. Required:
    `agent_name`, `project` (project ID), `assistant_provider`. Other fields depend on the provider (see
    below).

    **Most common case:** you already have an agent running on your own provider stack with a dedicated
    phone number. Pass `agent_name`, `description`, `inbound`, `project`, `contact_number` (E.164
    format, e.g. `+14155551234`), and `language` — Cekura observes that number without needing provider
    credentials. Set `assistant_provider="self_hosted"` (optionally `websocket_url` for text-mode runs).

    **Provider integrations:** set `assistant_provider` to one of the valid values below and pass the
    matching credentials. `assistant_id` alone does NOT substitute for provider credentials — providers
    like VAPI, Retell, and Bland validate their api_key on create.

    **Valid `assistant_provider` values** (live enum — superset of prose docs you may see elsewhere):
    - `self_hosted` — websocket or observation-only; no api_key needed. Use `websocket_url` +
    `websocket_headers` for text-mode runs.
    - `vapi` — requires `vapi_api_key`; optional `assistant_id`, `vapi_data.public_key`.
    - `retell` — requires `retell_api_key` AND `chat_assistant_id` (yes — Retell uses this field even
    for voice).
    - `bland` — requires `bland_api_key` AND `chat_assistant_id` (Bland internally calls this
    `pathway_id`); `bland_data.encrypted_key` for Twilio.
    - `livekit` — requires `livekit_api_key` + `livekit_data.url`; `livekit_data.api_secret` is needed
    at run time for WebRTC.
    - `elevenlabs` — requires `elevenlabs_api_key`.
    - `agentforce` — Salesforce Agentforce; needs `agentforce_client_secret` + `agentforce_data`
    (client_id, domain, agent_id).
    - `cisco` — Cisco Webex.
    - `vocera` — Cekura-hosted agent.
    - `sms` — text-only SMS channel; use `chat_assistant_id`.
    - `whatsapp` — text-only WhatsApp channel; use `chat_assistant_id`.
    - `""` (empty string) — unset; agent is not runnable until a provider is configured.

    **Note:** the serializer exposes fields for some providers (`pipecat_*`, `synthflow_*`, `koreai_*`,
    `genesys_*`, `custom_provider_*`) that are NOT currently in the `assistant_provider` enum. Those
    fields exist for response/config purposes but the matching provider value cannot be selected today.

    **Outbound agents:** set `inbound=false`. Actual call placement uses the scenario's configured phone
    number or a number from the org's provisioned pool — `outbound_numbers` is not required for calls to
    be placed (it is used for webhook validation only).

    **Other fields to know:**
    - `language` — BCP-47 locale (`en`, `es`, `fr`, …). Must match the personalities used for
    evaluators.
    - `transcript_provider` — STT vendor (`vapi | retell | synthflow | elevenlabs | bland | livekit |
    pipecat | koreai | custom | cisco | genesys`). Does NOT auto-pair with `assistant_provider`; set
    both independently when needed.
    - `llm_model`, `llm_temperature`, `llm_max_tokens`, `llm_system_prompt` — simulation LLM settings
    (used by Cekura when simulating callers in test runs; NOT your agent's own LLM).
    - `auto_fetch_calls_enabled` — auto-import calls from the provider every 30s
    (VAPI/Retell/ElevenLabs/Bland).
    - `auto_sync_prompt_enabled` — one-way prompt sync from the provider to Cekura on a schedule; Cekura
    updates its agent description and does not push changes back to the provider. Supported for VAPI,
    Retell, ElevenLabs, Synthflow, Telnyx, and Bland.

    **Read-only status fields** like `vapi_api_key_configured`, `retell_api_key_configured` appear in
    the response to indicate which provider credentials are stored (credentials themselves are masked).

    Args:
        body (AIAgent):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgent
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
    return cast(AIAgent, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AIAgent,
    options: RequestOptions | None = None,
) -> Response[AIAgent | AiagentsV1CreateResponse400]:
    """Create an AI voice agent

     aiagents_create: Register a new AI voice agent with Cekura for testing / observability. Required:
    `agent_name`, `project` (project ID), `assistant_provider`. Other fields depend on the provider (see
    below).

    **Most common case:** you already have an agent running on your own provider stack with a dedicated
    phone number. Pass `agent_name`, `description`, `inbound`, `project`, `contact_number` (E.164
    format, e.g. `+14155551234`), and `language` — Cekura observes that number without needing provider
    credentials. Set `assistant_provider="self_hosted"` (optionally `websocket_url` for text-mode runs).

    **Provider integrations:** set `assistant_provider` to one of the valid values below and pass the
    matching credentials. `assistant_id` alone does NOT substitute for provider credentials — providers
    like VAPI, Retell, and Bland validate their api_key on create.

    **Valid `assistant_provider` values** (live enum — superset of prose docs you may see elsewhere):
    - `self_hosted` — websocket or observation-only; no api_key needed. Use `websocket_url` +
    `websocket_headers` for text-mode runs.
    - `vapi` — requires `vapi_api_key`; optional `assistant_id`, `vapi_data.public_key`.
    - `retell` — requires `retell_api_key` AND `chat_assistant_id` (yes — Retell uses this field even
    for voice).
    - `bland` — requires `bland_api_key` AND `chat_assistant_id` (Bland internally calls this
    `pathway_id`); `bland_data.encrypted_key` for Twilio.
    - `livekit` — requires `livekit_api_key` + `livekit_data.url`; `livekit_data.api_secret` is needed
    at run time for WebRTC.
    - `elevenlabs` — requires `elevenlabs_api_key`.
    - `agentforce` — Salesforce Agentforce; needs `agentforce_client_secret` + `agentforce_data`
    (client_id, domain, agent_id).
    - `cisco` — Cisco Webex.
    - `vocera` — Cekura-hosted agent.
    - `sms` — text-only SMS channel; use `chat_assistant_id`.
    - `whatsapp` — text-only WhatsApp channel; use `chat_assistant_id`.
    - `""` (empty string) — unset; agent is not runnable until a provider is configured.

    **Note:** the serializer exposes fields for some providers (`pipecat_*`, `synthflow_*`, `koreai_*`,
    `genesys_*`, `custom_provider_*`) that are NOT currently in the `assistant_provider` enum. Those
    fields exist for response/config purposes but the matching provider value cannot be selected today.

    **Outbound agents:** set `inbound=false`. Actual call placement uses the scenario's configured phone
    number or a number from the org's provisioned pool — `outbound_numbers` is not required for calls to
    be placed (it is used for webhook validation only).

    **Other fields to know:**
    - `language` — BCP-47 locale (`en`, `es`, `fr`, …). Must match the personalities used for
    evaluators.
    - `transcript_provider` — STT vendor (`vapi | retell | synthflow | elevenlabs | bland | livekit |
    pipecat | koreai | custom | cisco | genesys`). Does NOT auto-pair with `assistant_provider`; set
    both independently when needed.
    - `llm_model`, `llm_temperature`, `llm_max_tokens`, `llm_system_prompt` — simulation LLM settings
    (used by Cekura when simulating callers in test runs; NOT your agent's own LLM).
    - `auto_fetch_calls_enabled` — auto-import calls from the provider every 30s
    (VAPI/Retell/ElevenLabs/Bland).
    - `auto_sync_prompt_enabled` — one-way prompt sync from the provider to Cekura on a schedule; Cekura
    updates its agent description and does not push changes back to the provider. Supported for VAPI,
    Retell, ElevenLabs, Synthflow, Telnyx, and Bland.

    **Read-only status fields** like `vapi_api_key_configured`, `retell_api_key_configured` appear in
    the response to indicate which provider credentials are stored (credentials themselves are masked).

    Args:
        body (AIAgent):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgent | AiagentsV1CreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AIAgent,
    options: RequestOptions | None = None,
) -> AIAgent:
    """Create an AI voice agent

     aiagents_create: Register a new AI voice agent with Cekura for testing / observability. Required:
    `agent_name`, `project` (project ID), `assistant_provider`. Other fields depend on the provider (see
    below).

    **Most common case:** you already have an agent running on your own provider stack with a dedicated
    phone number. Pass `agent_name`, `description`, `inbound`, `project`, `contact_number` (E.164
    format, e.g. `+14155551234`), and `language` — Cekura observes that number without needing provider
    credentials. Set `assistant_provider="self_hosted"` (optionally `websocket_url` for text-mode runs).

    **Provider integrations:** set `assistant_provider` to one of the valid values below and pass the
    matching credentials. `assistant_id` alone does NOT substitute for provider credentials — providers
    like VAPI, Retell, and Bland validate their api_key on create.

    **Valid `assistant_provider` values** (live enum — superset of prose docs you may see elsewhere):
    - `self_hosted` — websocket or observation-only; no api_key needed. Use `websocket_url` +
    `websocket_headers` for text-mode runs.
    - `vapi` — requires `vapi_api_key`; optional `assistant_id`, `vapi_data.public_key`.
    - `retell` — requires `retell_api_key` AND `chat_assistant_id` (yes — Retell uses this field even
    for voice).
    - `bland` — requires `bland_api_key` AND `chat_assistant_id` (Bland internally calls this
    `pathway_id`); `bland_data.encrypted_key` for Twilio.
    - `livekit` — requires `livekit_api_key` + `livekit_data.url`; `livekit_data.api_secret` is needed
    at run time for WebRTC.
    - `elevenlabs` — requires `elevenlabs_api_key`.
    - `agentforce` — Salesforce Agentforce; needs `agentforce_client_secret` + `agentforce_data`
    (client_id, domain, agent_id).
    - `cisco` — Cisco Webex.
    - `vocera` — Cekura-hosted agent.
    - `sms` — text-only SMS channel; use `chat_assistant_id`.
    - `whatsapp` — text-only WhatsApp channel; use `chat_assistant_id`.
    - `""` (empty string) — unset; agent is not runnable until a provider is configured.

    **Note:** the serializer exposes fields for some providers (`pipecat_*`, `synthflow_*`, `koreai_*`,
    `genesys_*`, `custom_provider_*`) that are NOT currently in the `assistant_provider` enum. Those
    fields exist for response/config purposes but the matching provider value cannot be selected today.

    **Outbound agents:** set `inbound=false`. Actual call placement uses the scenario's configured phone
    number or a number from the org's provisioned pool — `outbound_numbers` is not required for calls to
    be placed (it is used for webhook validation only).

    **Other fields to know:**
    - `language` — BCP-47 locale (`en`, `es`, `fr`, …). Must match the personalities used for
    evaluators.
    - `transcript_provider` — STT vendor (`vapi | retell | synthflow | elevenlabs | bland | livekit |
    pipecat | koreai | custom | cisco | genesys`). Does NOT auto-pair with `assistant_provider`; set
    both independently when needed.
    - `llm_model`, `llm_temperature`, `llm_max_tokens`, `llm_system_prompt` — simulation LLM settings
    (used by Cekura when simulating callers in test runs; NOT your agent's own LLM).
    - `auto_fetch_calls_enabled` — auto-import calls from the provider every 30s
    (VAPI/Retell/ElevenLabs/Bland).
    - `auto_sync_prompt_enabled` — one-way prompt sync from the provider to Cekura on a schedule; Cekura
    updates its agent description and does not push changes back to the provider. Supported for VAPI,
    Retell, ElevenLabs, Synthflow, Telnyx, and Bland.

    **Read-only status fields** like `vapi_api_key_configured`, `retell_api_key_configured` appear in
    the response to indicate which provider credentials are stored (credentials themselves are masked).

    Args:
        body (AIAgent):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgent
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
    return cast(AIAgent, checked(response, lambda: _parse_response(client=client, response=response)))
