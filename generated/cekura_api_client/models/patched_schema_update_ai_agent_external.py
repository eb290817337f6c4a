from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_schema_update_ai_agent_external_assistant_provider import (
    PatchedSchemaUpdateAIAgentExternalAssistantProvider,
)
from ..models.patched_schema_update_ai_agent_external_language import PatchedSchemaUpdateAIAgentExternalLanguage
from ..models.patched_schema_update_ai_agent_external_llm_model import PatchedSchemaUpdateAIAgentExternalLlmModel
from ..models.patched_schema_update_ai_agent_external_transcript_provider import (
    PatchedSchemaUpdateAIAgentExternalTranscriptProvider,
)
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_schema_update_ai_agent_external_websocket_headers import (
        PatchedSchemaUpdateAIAgentExternalWebsocketHeaders,
    )


T = TypeVar("T", bound="PatchedSchemaUpdateAIAgentExternal")


@_attrs_define
class PatchedSchemaUpdateAIAgentExternal:
    """Update an AI voice agent."""

    id: int | Unset = UNSET
    """ Agent ID.
    Example: `2142` """
    agent_name: str | Unset = UNSET
    """
    A descriptive name for your agent
    Example:
    - `"Customer Service Assistant"`
    - `"Sales Bot"`
     """
    contact_number: str | Unset = UNSET
    """
    Phone number assigned to this agent for calls (must start with + followed by digits, min 8 chars)
    Example: `"+1234567890"`
     """
    inbound: bool | Unset = UNSET
    """ Whether this agent handles inbound calls.
    - If true, our agent will call you on above number.
    - If false, your agent will have to call our agent.

    Example: `true` or `false`
     """
    description: str | Unset = UNSET
    """
    A detailed description of what this agent does and how it should interact
    Example:
    ```text
    AI agent for handling customer support inquiries and resolving technical issues
    ```
     """
    language: PatchedSchemaUpdateAIAgentExternalLanguage | Unset = PatchedSchemaUpdateAIAgentExternalLanguage.EN
    """
    The primary language this agent uses for communication (e.g. 'en' for English)


    * `af` - Afrikaans
    * `ar` - Arabic
    * `bn` - Bengali
    * `bg` - Bulgarian
    * `zh` - Chinese Simplified
    * `cs` - Czech
    * `da` - Danish
    * `nl` - Dutch
    * `en` - English
    * `et` - Estonian
    * `fi` - Finnish
    * `fr` - French
    * `de` - German
    * `el` - Greek
    * `gu` - Gujarati
    * `hi` - Hindi
    * `he` - Hebrew
    * `hu` - Hungarian
    * `id` - Indonesian
    * `it` - Italian
    * `ja` - Japanese
    * `kn` - Kannada
    * `ko` - Korean
    * `ms` - Malay
    * `ml` - Malayalam
    * `mr` - Marathi
    * `multi` - Multilingual
    * `no` - Norwegian
    * `pl` - Polish
    * `pa` - Punjabi
    * `pt` - Portuguese
    * `ro` - Romanian
    * `ru` - Russian
    * `sk` - Slovak
    * `es` - Spanish
    * `sv` - Swedish
    * `th` - Thai
    * `tr` - Turkish
    * `tl` - Tagalog
    * `ta` - Tamil
    * `te` - Telugu
    * `uk` - Ukrainian
    * `vi` - Vietnamese """
    assistant_id: None | str | Unset = UNSET
    """
    External assistant service identifier (minimum 10 characters).
    Example: `"asst_abc123xyz"`.

    Note: `assistant_id` alone does NOT substitute for provider credentials. Providers like VAPI, Retell, and Bland
    still require their respective `*_api_key` to be set.
     """
    chat_assistant_id: str | Unset = UNSET
    """
    Chat / provider-specific assistant identifier (minimum 10 characters).
    Example: `"chat_asst_abc123xyz"`.

    Required for `assistant_provider` values:
    - `retell` — the Retell agent id (used for voice too, despite the field name).
    - `bland` — the Bland pathway_id (Bland calls it pathway_id internally).
    - `sms` / `whatsapp` — the text-channel assistant id.
     """
    websocket_url: None | str | Unset = UNSET
    """
    WebSocket endpoint URL for real-time communication
    Example: `"wss://api.example.com/ws"`
     """
    websocket_headers: PatchedSchemaUpdateAIAgentExternalWebsocketHeaders | Unset = UNSET
    """
    Headers to be sent to the websocket server
     """
    llm_system_prompt: str | Unset = UNSET
    """
    System prompt that defines the agent's behavior and personality
    Example:
    ```text
    You are a helpful customer service agent. Always be polite and professional.
    ```
     """
    llm_model: PatchedSchemaUpdateAIAgentExternalLlmModel | Unset = PatchedSchemaUpdateAIAgentExternalLlmModel.GPT_4O
    """
    The LLM model to use for simulating user responses


    * `gpt-4o` - gpt-4o
    * `gpt-4o-mini` - gpt-4o-mini
    * `gpt-4.1` - gpt-4.1
    * `gpt-4.1-mini` - gpt-4.1-mini
    * `claude-sonnet-4-5-20250929` - claude-sonnet-4-5 """
    llm_temperature: float | Unset = 0.0
    """
    Controls randomness in responses (0.0-2.0, lower = more focused)
    Example: `0.5`
     """
    llm_max_tokens: int | Unset = 4096
    """
    Maximum length of simulated responses in tokens
    Example: `4096`
     """
    outbound_auto_call: bool | Unset = False
    """
    Whether to automatically call the outbound number
    Example: `False` or `True`
     """
    sip_endpoint: None | str | Unset = UNSET
    """ SIP endpoint URL for direct SIP-based phone calls.
    Example: `"sip:agent@cekura.ai"` or `"sip:contact@domain.com"`
    Leave empty if SIP calling is not configured for this agent. """
    sip_auth: Any | None | Unset = UNSET
    """
    SIP authentication credentials
    Example: `{"username": "user123", "password": "pass123"}`
     """
    websocket_voice_url: None | str | Unset = UNSET
    """ Raw-PCM (16kHz 16-bit mono) websocket endpoint for direct websocket-based voice calls """
    websocket_auth: Any | None | Unset = UNSET
    """
    Websocket Basic Auth credentials
    Example: `{"username": "user123", "password": "pass123"}`
     """
    predefined_metrics: Any | Unset = UNSET
    """ predefined metrics to use for the agent """
    knowledge_base_files: str | Unset = UNSET
    """
    List of knowledge base files attached to the agent
    Example: `[1, 2, 3]`
     """
    transcript_provider: PatchedSchemaUpdateAIAgentExternalTranscriptProvider | Unset = (
        PatchedSchemaUpdateAIAgentExternalTranscriptProvider.VALUE_14
    )
    """
    Service provider for speech-to-text transcription


    * `vapi` - Vapi
    * `retell` - Retell
    * `synthflow` - Synthflow
    * `elevenlabs` - Elevenlabs
    * `bland` - Bland
    * `livekit` - Livekit
    * `pipecat` - Pipecat
    * `koreai` - Kore
    * `custom` - Custom
    * `cisco` - Cisco
    * `genesys` - Genesys
    * `agora` - Agora
    * `amazon_connect` - Amazon Connect
    * `telnyx` - Telnyx """
    assistant_provider: PatchedSchemaUpdateAIAgentExternalAssistantProvider | Unset = (
        PatchedSchemaUpdateAIAgentExternalAssistantProvider.VALUE_19
    )
    """
    Service provider for the AI assistant functionality. Valid values (live enum):

    - `self_hosted` — websocket or observation-only; no api_key needed. Use `websocket_url` + `websocket_headers`
    for text-mode runs.
    - `vapi` — requires `vapi_api_key`; optional `assistant_id`, `vapi_data.public_key`.
    - `retell` — requires `retell_api_key` AND `chat_assistant_id` (used for voice too).
    - `bland` — requires `bland_api_key`; `assistant_id` is the Bland persona_id (voice), `chat_assistant_id` the
    pathway_id (text); `bland_data.encrypted_key` for Twilio.
    - `livekit` — requires `livekit_api_key` + `livekit_data.url`; `livekit_data.api_secret` is needed at run time
    for WebRTC.
    - `elevenlabs` — requires `elevenlabs_api_key`.
    - `agentforce` — requires `agentforce_client_secret` + `agentforce_data`.
    - `sierra` — requires `sierra_agent_token`; optional `sierra_data` (host, api_secret). Chat/text runs only.
    - `amazon_connect` — requires `amazon_connect_data` with `snippet_id` and `connect_host`; optional
    `amazon_connect_security_token` and `region`.
    - `cisco` — Cisco Webex.
    - `vocera` — Cekura-hosted.
    - `sms` / `whatsapp` — text-only channels; use `chat_assistant_id`.
    - `""` (empty) — unset; agent is not runnable until a provider is configured.

    Note: the serializer also exposes `pipecat_*`, `synthflow_*`, `koreai_*`, `genesys_*`, `custom_provider_*`
    fields, but those provider values are not currently selectable in this enum.


    * `vapi` - Vapi
    * `retell` - Retell
    * `elevenlabs` - Elevenlabs
    * `vocera` - Vocera
    * `sms` - Sms
    * `whatsapp` - Whatsapp
    * `self_hosted` - Self Hosted
    * `agentforce` - Agentforce
    * `cisco` - Cisco
    * `bland` - Bland
    * `livekit` - Livekit
    * `pipecat` - Pipecat
    * `synthflow` - Synthflow
    * `agora` - Agora
    * `koreai` - Koreai
    * `genesys` - Genesys
    * `amazon_connect` - Amazon Connect
    * `telnyx` - Telnyx
    * `sierra` - Sierra """
    vapi_api_key: str | Unset = UNSET
    """
    API key for VAPI service provider. Required when `assistant_provider="vapi"`.
    Example: `"vapi_api_key_123"`
     """
    vapi_api_key_configured: str | Unset = UNSET
    vapi_public_key_configured: str | Unset = UNSET
    retell_api_key: str | Unset = UNSET
    """
    API key for Retell service provider. Required when `assistant_provider="retell"` (along with
    `chat_assistant_id`).
    Example: `"retell_api_key_123"`
     """
    retell_api_key_configured: str | Unset = UNSET
    elevenlabs_api_key: str | Unset = UNSET
    """
    API key for ElevenLabs voice synthesis service. Required when `assistant_provider="elevenlabs"`.
    Example: `"elevenlabs_api_key_123"`
     """
    elevenlabs_api_key_configured: str | Unset = UNSET
    bland_api_key: str | Unset = UNSET
    """
    API key for Bland service provider. Required when `assistant_provider="bland"`. Pair with `assistant_id` (Bland
    persona_id) for voice, or `chat_assistant_id` (Bland pathway_id) for text-mode runs.
    Example: `"bland_api_key_123"`
     """
    bland_api_key_configured: str | Unset = UNSET
    bland_data: str | Unset = UNSET
    """
    Bland additional configuration. Pass `encrypted_key` containing the Twilio credential bundle.
    Example: `{"encrypted_key": "twillio_encrypted_key"}`
     """
    livekit_api_key: str | Unset = UNSET
    """
    API key for LiveKit service provider. Required together with `livekit_data.url` when
    `assistant_provider="livekit"`.
    Example: `"livekit_api_key_123"`
     """
    livekit_api_key_configured: str | Unset = UNSET
    livekit_data: str | Unset = UNSET
    """
    LiveKit additional data (api_secret, url, and config). `url` is required alongside `livekit_api_key` when
    `assistant_provider="livekit"`;
    `api_secret` is optional to save but needed at run time for WebRTC token minting.
    On response, secrets are masked (the `api_secret` key is stripped and replaced with `api_secret_configured:
    true`).
     """
    pipecat_api_key: str | Unset = UNSET
    """
    API key for Pipecat/Daily.co service provider
    Example: `"pipecat_api_key_123"`
     """
    pipecat_api_key_configured: str | Unset = UNSET
    pipecat_data: str | Unset = UNSET
    """
    Pipecat/Daily.co additional data (webhook_url and config)
     """
    koreai_client_secret: str | Unset = UNSET
    """
    Client secret key for Kore.ai service provider
    Example: `"client_secret_key_123"`
     """
    koreai_client_secret_configured: str | Unset = UNSET
    koreai_api_key_configured: str | Unset = UNSET
    koreai_data: str | Unset = UNSET
    """
    Kore.ai additional data.
    For the RTM runner: {"api_secret": "<xo-webclient API key>", "host": "platform.kore.ai"}
    For transcript fetch: {"client_id": "cs-...", "bot_id": "st-...", "host": "bots.kore.ai"}
    api_secret is encrypted at rest automatically.
     """
    genesys_client_secret: str | Unset = UNSET
    """
    Client secret key for Genesys Cloud service provider
     """
    genesys_client_secret_configured: str | Unset = UNSET
    genesys_data: str | Unset = UNSET
    """
    Genesys Cloud additional data - client_id and region
     """
    agentforce_client_secret: str | Unset = UNSET
    """
    Client secret for Salesforce Agentforce OAuth2 authentication
    Example: `"3EG7HHH..."`
     """
    agentforce_client_secret_configured: str | Unset = UNSET
    agentforce_data: str | Unset = UNSET
    """
    Agentforce additional data - client_id, domain, and agent_id
    Example: `{"client_id": "sd7a8...", "domain": "https://example.sandbox.my.salesforce.com", "agent_id":
    "0Xx..."}`
     """
    sierra_agent_token: str | Unset = UNSET
    """
    Sierra Headless API agent token. Required when `assistant_provider="sierra"`.
     """
    sierra_agent_token_configured: str | Unset = UNSET
    sierra_data: str | Unset = UNSET
    """
    Sierra additional configuration. Optional keys: `host` (API host, defaults to api.sierra.chat) and `api_secret`
    (bearer API key, only needed when the Sierra org enforces Headless API authentication; encrypted at rest).
    Example: `{"host": "api.sierra.chat"}`
     """
    amazon_connect_security_token: str | Unset = UNSET
    """ x-amz-security-token for Amazon Connect authenticated chat widgets. """
    amazon_connect_security_token_configured: str | Unset = UNSET
    amazon_connect_data: str | Unset = UNSET
    """ Amazon Connect config: snippet_id (required), connect_host (required), region (default us-east-1). """
    custom_provider_api_key: str | Unset = UNSET
    """
    API key for custom service provider
    Example: `"custom_api_key_123"`
     """
    custom_provider_api_key_configured: str | Unset = UNSET
    custom_provider_data: str | Unset = UNSET
    """
    Additional configuration data for custom service provider
     """
    vapi_data: str | Unset = UNSET
    """
    VAPI additional configuration data
    Example: `{"public_key": "your-vapi-public-key", "trigger_url": "https://example.com/trigger"}`
     """
    retell_data: str | Unset = UNSET
    """
    Retell additional configuration data
    Example: `{"trigger_url": "https://example.com/trigger"}`
     """
    elevenlabs_data: str | Unset = UNSET
    """
    ElevenLabs additional configuration data
    Example: `{"trigger_url": "https://example.com/trigger"}`
     """
    agora_api_key: str | Unset = UNSET
    """
    Secret sent in the session-endpoint auth header (default `X-Cekura-Secret`) when fetching Agora join details.
    Write-only.
     """
    agora_data: str | Unset = UNSET
    """
    Configuration for the Agora session endpoint that mints per-call join details.
    Supported keys:
      `session_endpoint_url` (required): endpoint Cekura calls per run.
      `client_id` (required): sent in the request body.
      `auth_header_name` (optional): header carrying the secret (default `X-Cekura-Secret`).
      `request_method` (optional): GET or POST (default POST).
    Example: `{"session_endpoint_url": "https://your-host/cekura/v1/sessions", "client_id": "abc"}`
     """
    synthflow_api_key: str | Unset = UNSET
    """
    API key for Synthflow service provider
    Example: `"synthflow_api_key_123"`
     """
    synthflow_api_key_configured: str | Unset = UNSET
    synthflow_data: str | Unset = UNSET
    """
    Synthflow additional configuration data
    Example: `{"synthflow_base_url_override": "https://api.synthflow.ai"}`
     """
    telnyx_api_key: str | Unset = UNSET
    """
    API key for Telnyx AI Assistants
    Example: `"telnyx_api_key_123"`
     """
    telnyx_api_key_configured: str | Unset = UNSET
    enabled_personalities: list[int] | Unset = UNSET
    """
    Personality profiles enabled for this agent
    Example: `[1, 2, 3]`
     """
    dropoff_nodes: Any | Unset = UNSET
    """ Configuration for conversation dropoff points.
    Example: `{"timeout": 30, "max_retries": 3}` """
    topic_nodes: Any | Unset = UNSET
    """ Configuration for topic classification nodes.
    Example: `{"billing": "handle_billing", "support": "handle_support"}` """
    pronunciation_words: Any | None | Unset = UNSET
    """ List of words with phonemes for pronunciation analysis.
    Example: `[["hello", "HH AH L OW"], ["world", "W ER L D"]]` """
    spelling_word_types: Any | None | Unset = UNSET
    """ List of word types/categories to check for spelling analysis.
    Example: `["name", "postcode", "email", "address"]` """
    auto_update_dropoff_nodes: bool | Unset = UNSET
    """ Whether to automatically update the dropoff nodes based on the agent description """
    auto_update_topic_nodes: bool | Unset = UNSET
    """ Whether to automatically update the topic nodes based on the agent description """
    hallucination_metric_kb_files: list[int | None] | Unset = UNSET
    """ Knowledge base files used for hallucination metric """
    outbound_numbers: Any | Unset = UNSET
    """ List of phone numbers authorized to place outbound calls for this agent.
    Example: `["+1234567890", "+0987654321"]`

    Used for webhook validation — when an inbound webhook arrives, the system
    checks whether the calling number is in this list (falls back to
    `contact_number` if the list is empty). Actual call placement for test runs
    uses the scenario's configured phone number or a number allocated from the
    organisation's phone pool. """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the agent was created
    Example: `"2021-01-01T00:00:00Z"`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the agent was last updated
    Example: `"2021-01-01T00:00:00Z"`
     """
    auto_fetch_calls_enabled: bool | Unset = False
    """ Enable automatic fetching of calls every 30 seconds (VAPI/Retell/ElevenLabs/Bland) """
    auto_sync_prompt_enabled: bool | Unset = UNSET
    """ Enable one-way prompt sync from the provider to Cekura on a schedule. Cekura re-fetches the provider prompt
    and updates the agent description; it does not push Cekura description changes back to the provider. Supported
    providers: vapi, retell, elevenlabs, synthflow, telnyx, bland. """
    agent_gives_first_message: bool | None | Unset = UNSET
    """ Whether the main agent (not the testing agent) will give the first message. True = agent speaks first
    (testing agent won't generate a first message). False = testing agent speaks first (first message will be
    generated). None = preference not yet set. """
    webhook_url: str | Unset = UNSET
    """ Webhook URL for this agent. When set, overrides the project-level webhook URL for events from this agent.
    """
    webhook_secret: str | Unset = UNSET
    """ Secret sent in X-CEKURA-SECRET header. Applies when agent webhook_url is set. Write-only — never returned in
    API responses. Use `webhook_secret_configured` to check whether one is set. """
    webhook_secret_configured: str | Unset = UNSET
    email_id: None | str | Unset = UNSET
    """ Email address this agent receives at. When set, enables email-based test runs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        agent_name = self.agent_name

        contact_number = self.contact_number

        inbound = self.inbound

        description = self.description

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = self.assistant_id

        chat_assistant_id = self.chat_assistant_id

        websocket_url: None | str | Unset
        if isinstance(self.websocket_url, Unset):
            websocket_url = UNSET
        else:
            websocket_url = self.websocket_url

        websocket_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.websocket_headers, Unset):
            websocket_headers = self.websocket_headers.to_dict()

        llm_system_prompt = self.llm_system_prompt

        llm_model: str | Unset = UNSET
        if not isinstance(self.llm_model, Unset):
            llm_model = self.llm_model.value

        llm_temperature = self.llm_temperature

        llm_max_tokens = self.llm_max_tokens

        outbound_auto_call = self.outbound_auto_call

        sip_endpoint: None | str | Unset
        if isinstance(self.sip_endpoint, Unset):
            sip_endpoint = UNSET
        else:
            sip_endpoint = self.sip_endpoint

        sip_auth: Any | None | Unset
        if isinstance(self.sip_auth, Unset):
            sip_auth = UNSET
        else:
            sip_auth = self.sip_auth

        websocket_voice_url: None | str | Unset
        if isinstance(self.websocket_voice_url, Unset):
            websocket_voice_url = UNSET
        else:
            websocket_voice_url = self.websocket_voice_url

        websocket_auth: Any | None | Unset
        if isinstance(self.websocket_auth, Unset):
            websocket_auth = UNSET
        else:
            websocket_auth = self.websocket_auth

        predefined_metrics = self.predefined_metrics

        knowledge_base_files = self.knowledge_base_files

        transcript_provider: str | Unset = UNSET
        if not isinstance(self.transcript_provider, Unset):
            transcript_provider = self.transcript_provider.value

        assistant_provider: str | Unset = UNSET
        if not isinstance(self.assistant_provider, Unset):
            assistant_provider = self.assistant_provider.value

        vapi_api_key = self.vapi_api_key

        vapi_api_key_configured = self.vapi_api_key_configured

        vapi_public_key_configured = self.vapi_public_key_configured

        retell_api_key = self.retell_api_key

        retell_api_key_configured = self.retell_api_key_configured

        elevenlabs_api_key = self.elevenlabs_api_key

        elevenlabs_api_key_configured = self.elevenlabs_api_key_configured

        bland_api_key = self.bland_api_key

        bland_api_key_configured = self.bland_api_key_configured

        bland_data = self.bland_data

        livekit_api_key = self.livekit_api_key

        livekit_api_key_configured = self.livekit_api_key_configured

        livekit_data = self.livekit_data

        pipecat_api_key = self.pipecat_api_key

        pipecat_api_key_configured = self.pipecat_api_key_configured

        pipecat_data = self.pipecat_data

        koreai_client_secret = self.koreai_client_secret

        koreai_client_secret_configured = self.koreai_client_secret_configured

        koreai_api_key_configured = self.koreai_api_key_configured

        koreai_data = self.koreai_data

        genesys_client_secret = self.genesys_client_secret

        genesys_client_secret_configured = self.genesys_client_secret_configured

        genesys_data = self.genesys_data

        agentforce_client_secret = self.agentforce_client_secret

        agentforce_client_secret_configured = self.agentforce_client_secret_configured

        agentforce_data = self.agentforce_data

        sierra_agent_token = self.sierra_agent_token

        sierra_agent_token_configured = self.sierra_agent_token_configured

        sierra_data = self.sierra_data

        amazon_connect_security_token = self.amazon_connect_security_token

        amazon_connect_security_token_configured = self.amazon_connect_security_token_configured

        amazon_connect_data = self.amazon_connect_data

        custom_provider_api_key = self.custom_provider_api_key

        custom_provider_api_key_configured = self.custom_provider_api_key_configured

        custom_provider_data = self.custom_provider_data

        vapi_data = self.vapi_data

        retell_data = self.retell_data

        elevenlabs_data = self.elevenlabs_data

        agora_api_key = self.agora_api_key

        agora_data = self.agora_data

        synthflow_api_key = self.synthflow_api_key

        synthflow_api_key_configured = self.synthflow_api_key_configured

        synthflow_data = self.synthflow_data

        telnyx_api_key = self.telnyx_api_key

        telnyx_api_key_configured = self.telnyx_api_key_configured

        enabled_personalities: list[int] | Unset = UNSET
        if not isinstance(self.enabled_personalities, Unset):
            enabled_personalities = self.enabled_personalities

        dropoff_nodes = self.dropoff_nodes

        topic_nodes = self.topic_nodes

        pronunciation_words: Any | None | Unset
        if isinstance(self.pronunciation_words, Unset):
            pronunciation_words = UNSET
        else:
            pronunciation_words = self.pronunciation_words

        spelling_word_types: Any | None | Unset
        if isinstance(self.spelling_word_types, Unset):
            spelling_word_types = UNSET
        else:
            spelling_word_types = self.spelling_word_types

        auto_update_dropoff_nodes = self.auto_update_dropoff_nodes

        auto_update_topic_nodes = self.auto_update_topic_nodes

        hallucination_metric_kb_files: list[int | None] | Unset = UNSET
        if not isinstance(self.hallucination_metric_kb_files, Unset):
            hallucination_metric_kb_files = []
            for hallucination_metric_kb_files_item_data in self.hallucination_metric_kb_files:
                hallucination_metric_kb_files_item: int | None
                hallucination_metric_kb_files_item = hallucination_metric_kb_files_item_data
                hallucination_metric_kb_files.append(hallucination_metric_kb_files_item)

        outbound_numbers = self.outbound_numbers

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        auto_fetch_calls_enabled = self.auto_fetch_calls_enabled

        auto_sync_prompt_enabled = self.auto_sync_prompt_enabled

        agent_gives_first_message: bool | None | Unset
        if isinstance(self.agent_gives_first_message, Unset):
            agent_gives_first_message = UNSET
        else:
            agent_gives_first_message = self.agent_gives_first_message

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        webhook_secret_configured = self.webhook_secret_configured

        email_id: None | str | Unset
        if isinstance(self.email_id, Unset):
            email_id = UNSET
        else:
            email_id = self.email_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if contact_number is not UNSET:
            field_dict["contact_number"] = contact_number
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if chat_assistant_id is not UNSET:
            field_dict["chat_assistant_id"] = chat_assistant_id
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url
        if websocket_headers is not UNSET:
            field_dict["websocket_headers"] = websocket_headers
        if llm_system_prompt is not UNSET:
            field_dict["llm_system_prompt"] = llm_system_prompt
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if llm_temperature is not UNSET:
            field_dict["llm_temperature"] = llm_temperature
        if llm_max_tokens is not UNSET:
            field_dict["llm_max_tokens"] = llm_max_tokens
        if outbound_auto_call is not UNSET:
            field_dict["outbound_auto_call"] = outbound_auto_call
        if sip_endpoint is not UNSET:
            field_dict["sip_endpoint"] = sip_endpoint
        if sip_auth is not UNSET:
            field_dict["sip_auth"] = sip_auth
        if websocket_voice_url is not UNSET:
            field_dict["websocket_voice_url"] = websocket_voice_url
        if websocket_auth is not UNSET:
            field_dict["websocket_auth"] = websocket_auth
        if predefined_metrics is not UNSET:
            field_dict["predefined_metrics"] = predefined_metrics
        if knowledge_base_files is not UNSET and _response:
            field_dict["knowledge_base_files"] = knowledge_base_files
        if transcript_provider is not UNSET:
            field_dict["transcript_provider"] = transcript_provider
        if assistant_provider is not UNSET:
            field_dict["assistant_provider"] = assistant_provider
        if vapi_api_key is not UNSET:
            field_dict["vapi_api_key"] = vapi_api_key
        if vapi_api_key_configured is not UNSET and _response:
            field_dict["vapi_api_key_configured"] = vapi_api_key_configured
        if vapi_public_key_configured is not UNSET and _response:
            field_dict["vapi_public_key_configured"] = vapi_public_key_configured
        if retell_api_key is not UNSET:
            field_dict["retell_api_key"] = retell_api_key
        if retell_api_key_configured is not UNSET and _response:
            field_dict["retell_api_key_configured"] = retell_api_key_configured
        if elevenlabs_api_key is not UNSET:
            field_dict["elevenlabs_api_key"] = elevenlabs_api_key
        if elevenlabs_api_key_configured is not UNSET and _response:
            field_dict["elevenlabs_api_key_configured"] = elevenlabs_api_key_configured
        if bland_api_key is not UNSET:
            field_dict["bland_api_key"] = bland_api_key
        if bland_api_key_configured is not UNSET and _response:
            field_dict["bland_api_key_configured"] = bland_api_key_configured
        if bland_data is not UNSET:
            field_dict["bland_data"] = bland_data
        if livekit_api_key is not UNSET:
            field_dict["livekit_api_key"] = livekit_api_key
        if livekit_api_key_configured is not UNSET and _response:
            field_dict["livekit_api_key_configured"] = livekit_api_key_configured
        if livekit_data is not UNSET:
            field_dict["livekit_data"] = livekit_data
        if pipecat_api_key is not UNSET:
            field_dict["pipecat_api_key"] = pipecat_api_key
        if pipecat_api_key_configured is not UNSET and _response:
            field_dict["pipecat_api_key_configured"] = pipecat_api_key_configured
        if pipecat_data is not UNSET:
            field_dict["pipecat_data"] = pipecat_data
        if koreai_client_secret is not UNSET:
            field_dict["koreai_client_secret"] = koreai_client_secret
        if koreai_client_secret_configured is not UNSET and _response:
            field_dict["koreai_client_secret_configured"] = koreai_client_secret_configured
        if koreai_api_key_configured is not UNSET and _response:
            field_dict["koreai_api_key_configured"] = koreai_api_key_configured
        if koreai_data is not UNSET:
            field_dict["koreai_data"] = koreai_data
        if genesys_client_secret is not UNSET:
            field_dict["genesys_client_secret"] = genesys_client_secret
        if genesys_client_secret_configured is not UNSET and _response:
            field_dict["genesys_client_secret_configured"] = genesys_client_secret_configured
        if genesys_data is not UNSET:
            field_dict["genesys_data"] = genesys_data
        if agentforce_client_secret is not UNSET:
            field_dict["agentforce_client_secret"] = agentforce_client_secret
        if agentforce_client_secret_configured is not UNSET and _response:
            field_dict["agentforce_client_secret_configured"] = agentforce_client_secret_configured
        if agentforce_data is not UNSET:
            field_dict["agentforce_data"] = agentforce_data
        if sierra_agent_token is not UNSET:
            field_dict["sierra_agent_token"] = sierra_agent_token
        if sierra_agent_token_configured is not UNSET and _response:
            field_dict["sierra_agent_token_configured"] = sierra_agent_token_configured
        if sierra_data is not UNSET:
            field_dict["sierra_data"] = sierra_data
        if amazon_connect_security_token is not UNSET:
            field_dict["amazon_connect_security_token"] = amazon_connect_security_token
        if amazon_connect_security_token_configured is not UNSET and _response:
            field_dict["amazon_connect_security_token_configured"] = amazon_connect_security_token_configured
        if amazon_connect_data is not UNSET:
            field_dict["amazon_connect_data"] = amazon_connect_data
        if custom_provider_api_key is not UNSET:
            field_dict["custom_provider_api_key"] = custom_provider_api_key
        if custom_provider_api_key_configured is not UNSET and _response:
            field_dict["custom_provider_api_key_configured"] = custom_provider_api_key_configured
        if custom_provider_data is not UNSET:
            field_dict["custom_provider_data"] = custom_provider_data
        if vapi_data is not UNSET:
            field_dict["vapi_data"] = vapi_data
        if retell_data is not UNSET:
            field_dict["retell_data"] = retell_data
        if elevenlabs_data is not UNSET:
            field_dict["elevenlabs_data"] = elevenlabs_data
        if agora_api_key is not UNSET:
            field_dict["agora_api_key"] = agora_api_key
        if agora_data is not UNSET:
            field_dict["agora_data"] = agora_data
        if synthflow_api_key is not UNSET:
            field_dict["synthflow_api_key"] = synthflow_api_key
        if synthflow_api_key_configured is not UNSET and _response:
            field_dict["synthflow_api_key_configured"] = synthflow_api_key_configured
        if synthflow_data is not UNSET:
            field_dict["synthflow_data"] = synthflow_data
        if telnyx_api_key is not UNSET:
            field_dict["telnyx_api_key"] = telnyx_api_key
        if telnyx_api_key_configured is not UNSET and _response:
            field_dict["telnyx_api_key_configured"] = telnyx_api_key_configured
        if enabled_personalities is not UNSET and _response:
            field_dict["enabled_personalities"] = enabled_personalities
        if dropoff_nodes is not UNSET:
            field_dict["dropoff_nodes"] = dropoff_nodes
        if topic_nodes is not UNSET:
            field_dict["topic_nodes"] = topic_nodes
        if pronunciation_words is not UNSET:
            field_dict["pronunciation_words"] = pronunciation_words
        if spelling_word_types is not UNSET:
            field_dict["spelling_word_types"] = spelling_word_types
        if auto_update_dropoff_nodes is not UNSET:
            field_dict["auto_update_dropoff_nodes"] = auto_update_dropoff_nodes
        if auto_update_topic_nodes is not UNSET:
            field_dict["auto_update_topic_nodes"] = auto_update_topic_nodes
        if hallucination_metric_kb_files is not UNSET:
            field_dict["hallucination_metric_kb_files"] = hallucination_metric_kb_files
        if outbound_numbers is not UNSET:
            field_dict["outbound_numbers"] = outbound_numbers
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if auto_fetch_calls_enabled is not UNSET:
            field_dict["auto_fetch_calls_enabled"] = auto_fetch_calls_enabled
        if auto_sync_prompt_enabled is not UNSET:
            field_dict["auto_sync_prompt_enabled"] = auto_sync_prompt_enabled
        if agent_gives_first_message is not UNSET:
            field_dict["agent_gives_first_message"] = agent_gives_first_message
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if webhook_secret_configured is not UNSET and _response:
            field_dict["webhook_secret_configured"] = webhook_secret_configured
        if email_id is not UNSET:
            field_dict["email_id"] = email_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent_name, Unset):
            files.append(("agent_name", (None, str(self.agent_name).encode(), "text/plain")))

        if not isinstance(self.contact_number, Unset):
            files.append(("contact_number", (None, str(self.contact_number).encode(), "text/plain")))

        if not isinstance(self.inbound, Unset):
            files.append(("inbound", (None, str(self.inbound).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language.value).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            if isinstance(self.assistant_id, str):
                files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))
            else:
                files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.chat_assistant_id, Unset):
            files.append(("chat_assistant_id", (None, str(self.chat_assistant_id).encode(), "text/plain")))

        if not isinstance(self.websocket_url, Unset):
            if isinstance(self.websocket_url, str):
                files.append(("websocket_url", (None, str(self.websocket_url).encode(), "text/plain")))
            else:
                files.append(("websocket_url", (None, str(self.websocket_url).encode(), "text/plain")))

        if not isinstance(self.websocket_headers, Unset):
            files.append(
                ("websocket_headers", (None, json.dumps(self.websocket_headers.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.llm_system_prompt, Unset):
            files.append(("llm_system_prompt", (None, str(self.llm_system_prompt).encode(), "text/plain")))

        if not isinstance(self.llm_model, Unset):
            files.append(("llm_model", (None, str(self.llm_model.value).encode(), "text/plain")))

        if not isinstance(self.llm_temperature, Unset):
            files.append(("llm_temperature", (None, str(self.llm_temperature).encode(), "text/plain")))

        if not isinstance(self.llm_max_tokens, Unset):
            files.append(("llm_max_tokens", (None, str(self.llm_max_tokens).encode(), "text/plain")))

        if not isinstance(self.outbound_auto_call, Unset):
            files.append(("outbound_auto_call", (None, str(self.outbound_auto_call).encode(), "text/plain")))

        if not isinstance(self.sip_endpoint, Unset):
            if isinstance(self.sip_endpoint, str):
                files.append(("sip_endpoint", (None, str(self.sip_endpoint).encode(), "text/plain")))
            else:
                files.append(("sip_endpoint", (None, str(self.sip_endpoint).encode(), "text/plain")))

        if not isinstance(self.sip_auth, Unset):
            if isinstance(self.sip_auth, Any):
                files.append(("sip_auth", (None, str(self.sip_auth).encode(), "text/plain")))
            else:
                files.append(("sip_auth", (None, str(self.sip_auth).encode(), "text/plain")))

        if not isinstance(self.websocket_voice_url, Unset):
            if isinstance(self.websocket_voice_url, str):
                files.append(("websocket_voice_url", (None, str(self.websocket_voice_url).encode(), "text/plain")))
            else:
                files.append(("websocket_voice_url", (None, str(self.websocket_voice_url).encode(), "text/plain")))

        if not isinstance(self.websocket_auth, Unset):
            if isinstance(self.websocket_auth, Any):
                files.append(("websocket_auth", (None, str(self.websocket_auth).encode(), "text/plain")))
            else:
                files.append(("websocket_auth", (None, str(self.websocket_auth).encode(), "text/plain")))

        if not isinstance(self.predefined_metrics, Unset):
            files.append(("predefined_metrics", (None, str(self.predefined_metrics).encode(), "text/plain")))

        if not isinstance(self.transcript_provider, Unset):
            files.append(("transcript_provider", (None, str(self.transcript_provider.value).encode(), "text/plain")))

        if not isinstance(self.assistant_provider, Unset):
            files.append(("assistant_provider", (None, str(self.assistant_provider.value).encode(), "text/plain")))

        if not isinstance(self.vapi_api_key, Unset):
            files.append(("vapi_api_key", (None, str(self.vapi_api_key).encode(), "text/plain")))

        if not isinstance(self.retell_api_key, Unset):
            files.append(("retell_api_key", (None, str(self.retell_api_key).encode(), "text/plain")))

        if not isinstance(self.elevenlabs_api_key, Unset):
            files.append(("elevenlabs_api_key", (None, str(self.elevenlabs_api_key).encode(), "text/plain")))

        if not isinstance(self.bland_api_key, Unset):
            files.append(("bland_api_key", (None, str(self.bland_api_key).encode(), "text/plain")))

        if not isinstance(self.bland_data, Unset):
            files.append(("bland_data", (None, str(self.bland_data).encode(), "text/plain")))

        if not isinstance(self.livekit_api_key, Unset):
            files.append(("livekit_api_key", (None, str(self.livekit_api_key).encode(), "text/plain")))

        if not isinstance(self.livekit_data, Unset):
            files.append(("livekit_data", (None, str(self.livekit_data).encode(), "text/plain")))

        if not isinstance(self.pipecat_api_key, Unset):
            files.append(("pipecat_api_key", (None, str(self.pipecat_api_key).encode(), "text/plain")))

        if not isinstance(self.pipecat_data, Unset):
            files.append(("pipecat_data", (None, str(self.pipecat_data).encode(), "text/plain")))

        if not isinstance(self.koreai_client_secret, Unset):
            files.append(("koreai_client_secret", (None, str(self.koreai_client_secret).encode(), "text/plain")))

        if not isinstance(self.koreai_data, Unset):
            files.append(("koreai_data", (None, str(self.koreai_data).encode(), "text/plain")))

        if not isinstance(self.genesys_client_secret, Unset):
            files.append(("genesys_client_secret", (None, str(self.genesys_client_secret).encode(), "text/plain")))

        if not isinstance(self.genesys_data, Unset):
            files.append(("genesys_data", (None, str(self.genesys_data).encode(), "text/plain")))

        if not isinstance(self.agentforce_client_secret, Unset):
            files.append(
                ("agentforce_client_secret", (None, str(self.agentforce_client_secret).encode(), "text/plain"))
            )

        if not isinstance(self.agentforce_data, Unset):
            files.append(("agentforce_data", (None, str(self.agentforce_data).encode(), "text/plain")))

        if not isinstance(self.sierra_agent_token, Unset):
            files.append(("sierra_agent_token", (None, str(self.sierra_agent_token).encode(), "text/plain")))

        if not isinstance(self.sierra_data, Unset):
            files.append(("sierra_data", (None, str(self.sierra_data).encode(), "text/plain")))

        if not isinstance(self.amazon_connect_security_token, Unset):
            files.append(
                (
                    "amazon_connect_security_token",
                    (None, str(self.amazon_connect_security_token).encode(), "text/plain"),
                )
            )

        if not isinstance(self.amazon_connect_data, Unset):
            files.append(("amazon_connect_data", (None, str(self.amazon_connect_data).encode(), "text/plain")))

        if not isinstance(self.custom_provider_api_key, Unset):
            files.append(("custom_provider_api_key", (None, str(self.custom_provider_api_key).encode(), "text/plain")))

        if not isinstance(self.custom_provider_data, Unset):
            files.append(("custom_provider_data", (None, str(self.custom_provider_data).encode(), "text/plain")))

        if not isinstance(self.vapi_data, Unset):
            files.append(("vapi_data", (None, str(self.vapi_data).encode(), "text/plain")))

        if not isinstance(self.retell_data, Unset):
            files.append(("retell_data", (None, str(self.retell_data).encode(), "text/plain")))

        if not isinstance(self.elevenlabs_data, Unset):
            files.append(("elevenlabs_data", (None, str(self.elevenlabs_data).encode(), "text/plain")))

        if not isinstance(self.agora_api_key, Unset):
            files.append(("agora_api_key", (None, str(self.agora_api_key).encode(), "text/plain")))

        if not isinstance(self.agora_data, Unset):
            files.append(("agora_data", (None, str(self.agora_data).encode(), "text/plain")))

        if not isinstance(self.synthflow_api_key, Unset):
            files.append(("synthflow_api_key", (None, str(self.synthflow_api_key).encode(), "text/plain")))

        if not isinstance(self.synthflow_data, Unset):
            files.append(("synthflow_data", (None, str(self.synthflow_data).encode(), "text/plain")))

        if not isinstance(self.telnyx_api_key, Unset):
            files.append(("telnyx_api_key", (None, str(self.telnyx_api_key).encode(), "text/plain")))

        if not isinstance(self.dropoff_nodes, Unset):
            files.append(("dropoff_nodes", (None, str(self.dropoff_nodes).encode(), "text/plain")))

        if not isinstance(self.topic_nodes, Unset):
            files.append(("topic_nodes", (None, str(self.topic_nodes).encode(), "text/plain")))

        if not isinstance(self.pronunciation_words, Unset):
            if isinstance(self.pronunciation_words, Any):
                files.append(("pronunciation_words", (None, str(self.pronunciation_words).encode(), "text/plain")))
            else:
                files.append(("pronunciation_words", (None, str(self.pronunciation_words).encode(), "text/plain")))

        if not isinstance(self.spelling_word_types, Unset):
            if isinstance(self.spelling_word_types, Any):
                files.append(("spelling_word_types", (None, str(self.spelling_word_types).encode(), "text/plain")))
            else:
                files.append(("spelling_word_types", (None, str(self.spelling_word_types).encode(), "text/plain")))

        if not isinstance(self.auto_update_dropoff_nodes, Unset):
            files.append(
                ("auto_update_dropoff_nodes", (None, str(self.auto_update_dropoff_nodes).encode(), "text/plain"))
            )

        if not isinstance(self.auto_update_topic_nodes, Unset):
            files.append(("auto_update_topic_nodes", (None, str(self.auto_update_topic_nodes).encode(), "text/plain")))

        if not isinstance(self.hallucination_metric_kb_files, Unset):
            for hallucination_metric_kb_files_item_element in self.hallucination_metric_kb_files:
                if isinstance(hallucination_metric_kb_files_item_element, int):
                    files.append(
                        (
                            "hallucination_metric_kb_files",
                            (None, str(hallucination_metric_kb_files_item_element).encode(), "text/plain"),
                        )
                    )
                else:
                    files.append(
                        (
                            "hallucination_metric_kb_files",
                            (None, str(hallucination_metric_kb_files_item_element).encode(), "text/plain"),
                        )
                    )

        if not isinstance(self.outbound_numbers, Unset):
            files.append(("outbound_numbers", (None, str(self.outbound_numbers).encode(), "text/plain")))

        if not isinstance(self.auto_fetch_calls_enabled, Unset):
            files.append(
                ("auto_fetch_calls_enabled", (None, str(self.auto_fetch_calls_enabled).encode(), "text/plain"))
            )

        if not isinstance(self.auto_sync_prompt_enabled, Unset):
            files.append(
                ("auto_sync_prompt_enabled", (None, str(self.auto_sync_prompt_enabled).encode(), "text/plain"))
            )

        if not isinstance(self.agent_gives_first_message, Unset):
            if isinstance(self.agent_gives_first_message, bool):
                files.append(
                    ("agent_gives_first_message", (None, str(self.agent_gives_first_message).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("agent_gives_first_message", (None, str(self.agent_gives_first_message).encode(), "text/plain"))
                )

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.webhook_secret, Unset):
            files.append(("webhook_secret", (None, str(self.webhook_secret).encode(), "text/plain")))

        if not isinstance(self.email_id, Unset):
            if isinstance(self.email_id, str):
                files.append(("email_id", (None, str(self.email_id).encode(), "text/plain")))
            else:
                files.append(("email_id", (None, str(self.email_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_schema_update_ai_agent_external_websocket_headers import (
            PatchedSchemaUpdateAIAgentExternalWebsocketHeaders,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "contact_number"
            contact_number = d.pop("contact_number", UNSET)
            if not isinstance(contact_number, (str, Unset)):
                expect(contact_number, (str, Unset))

            _field = "inbound"
            inbound = d.pop("inbound", UNSET)
            if not isinstance(inbound, (bool, Unset)):
                expect(inbound, (bool, Unset))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "language"
            _language = d.pop("language", UNSET)
            language: PatchedSchemaUpdateAIAgentExternalLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = PatchedSchemaUpdateAIAgentExternalLanguage(_language)

            if not isinstance(language, (PatchedSchemaUpdateAIAgentExternalLanguage, Unset)):
                expect(language, (PatchedSchemaUpdateAIAgentExternalLanguage, Unset))

            _field = "assistant_id"

            def _parse_assistant_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            assistant_id = _parse_assistant_id(d.pop("assistant_id", UNSET))

            if not isinstance(assistant_id, (str, type(None), Unset)):
                expect(assistant_id, (str, type(None), Unset))

            _field = "chat_assistant_id"
            chat_assistant_id = d.pop("chat_assistant_id", UNSET)
            if not isinstance(chat_assistant_id, (str, Unset)):
                expect(chat_assistant_id, (str, Unset))

            _field = "websocket_url"

            def _parse_websocket_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            websocket_url = _parse_websocket_url(d.pop("websocket_url", UNSET))

            if not isinstance(websocket_url, (str, type(None), Unset)):
                expect(websocket_url, (str, type(None), Unset))

            _field = "websocket_headers"
            _websocket_headers = d.pop("websocket_headers", UNSET)
            websocket_headers: PatchedSchemaUpdateAIAgentExternalWebsocketHeaders | Unset
            if isinstance(_websocket_headers, Unset):
                websocket_headers = UNSET
            else:
                websocket_headers = PatchedSchemaUpdateAIAgentExternalWebsocketHeaders.from_dict(_websocket_headers)

            if not isinstance(websocket_headers, (PatchedSchemaUpdateAIAgentExternalWebsocketHeaders, Unset)):
                expect(websocket_headers, (PatchedSchemaUpdateAIAgentExternalWebsocketHeaders, Unset))

            _field = "llm_system_prompt"
            llm_system_prompt = d.pop("llm_system_prompt", UNSET)
            if not isinstance(llm_system_prompt, (str, Unset)):
                expect(llm_system_prompt, (str, Unset))

            _field = "llm_model"
            _llm_model = d.pop("llm_model", UNSET)
            llm_model: PatchedSchemaUpdateAIAgentExternalLlmModel | Unset
            if isinstance(_llm_model, Unset):
                llm_model = UNSET
            else:
                llm_model = PatchedSchemaUpdateAIAgentExternalLlmModel(_llm_model)

            if not isinstance(llm_model, (PatchedSchemaUpdateAIAgentExternalLlmModel, Unset)):
                expect(llm_model, (PatchedSchemaUpdateAIAgentExternalLlmModel, Unset))

            _field = "llm_temperature"
            llm_temperature = d.pop("llm_temperature", UNSET)
            if not isinstance(llm_temperature, (float, int, Unset)) or isinstance(llm_temperature, bool):
                expect(llm_temperature, (float, int, Unset))

            _field = "llm_max_tokens"
            llm_max_tokens = d.pop("llm_max_tokens", UNSET)
            if not isinstance(llm_max_tokens, (int, Unset)) or isinstance(llm_max_tokens, bool):
                expect(llm_max_tokens, (int, Unset))

            _field = "outbound_auto_call"
            outbound_auto_call = d.pop("outbound_auto_call", UNSET)
            if not isinstance(outbound_auto_call, (bool, Unset)):
                expect(outbound_auto_call, (bool, Unset))

            _field = "sip_endpoint"

            def _parse_sip_endpoint(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sip_endpoint = _parse_sip_endpoint(d.pop("sip_endpoint", UNSET))

            if not isinstance(sip_endpoint, (str, type(None), Unset)):
                expect(sip_endpoint, (str, type(None), Unset))

            _field = "sip_auth"

            def _parse_sip_auth(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            sip_auth = _parse_sip_auth(d.pop("sip_auth", UNSET))

            _field = "websocket_voice_url"

            def _parse_websocket_voice_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            websocket_voice_url = _parse_websocket_voice_url(d.pop("websocket_voice_url", UNSET))

            if not isinstance(websocket_voice_url, (str, type(None), Unset)):
                expect(websocket_voice_url, (str, type(None), Unset))

            _field = "websocket_auth"

            def _parse_websocket_auth(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            websocket_auth = _parse_websocket_auth(d.pop("websocket_auth", UNSET))

            _field = "predefined_metrics"
            predefined_metrics = d.pop("predefined_metrics", UNSET)

            _field = "knowledge_base_files"
            knowledge_base_files = d.pop("knowledge_base_files", UNSET)
            if not isinstance(knowledge_base_files, (str, Unset)):
                expect(knowledge_base_files, (str, Unset))

            _field = "transcript_provider"
            _transcript_provider = d.pop("transcript_provider", UNSET)
            transcript_provider: PatchedSchemaUpdateAIAgentExternalTranscriptProvider | Unset
            if isinstance(_transcript_provider, Unset):
                transcript_provider = UNSET
            else:
                transcript_provider = PatchedSchemaUpdateAIAgentExternalTranscriptProvider(_transcript_provider)

            if not isinstance(transcript_provider, (PatchedSchemaUpdateAIAgentExternalTranscriptProvider, Unset)):
                expect(transcript_provider, (PatchedSchemaUpdateAIAgentExternalTranscriptProvider, Unset))

            _field = "assistant_provider"
            _assistant_provider = d.pop("assistant_provider", UNSET)
            assistant_provider: PatchedSchemaUpdateAIAgentExternalAssistantProvider | Unset
            if isinstance(_assistant_provider, Unset):
                assistant_provider = UNSET
            else:
                assistant_provider = PatchedSchemaUpdateAIAgentExternalAssistantProvider(_assistant_provider)

            if not isinstance(assistant_provider, (PatchedSchemaUpdateAIAgentExternalAssistantProvider, Unset)):
                expect(assistant_provider, (PatchedSchemaUpdateAIAgentExternalAssistantProvider, Unset))

            _field = "vapi_api_key"
            vapi_api_key = d.pop("vapi_api_key", UNSET)
            if not isinstance(vapi_api_key, (str, Unset)):
                expect(vapi_api_key, (str, Unset))

            _field = "vapi_api_key_configured"
            vapi_api_key_configured = d.pop("vapi_api_key_configured", UNSET)
            if not isinstance(vapi_api_key_configured, (str, Unset)):
                expect(vapi_api_key_configured, (str, Unset))

            _field = "vapi_public_key_configured"
            vapi_public_key_configured = d.pop("vapi_public_key_configured", UNSET)
            if not isinstance(vapi_public_key_configured, (str, Unset)):
                expect(vapi_public_key_configured, (str, Unset))

            _field = "retell_api_key"
            retell_api_key = d.pop("retell_api_key", UNSET)
            if not isinstance(retell_api_key, (str, Unset)):
                expect(retell_api_key, (str, Unset))

            _field = "retell_api_key_configured"
            retell_api_key_configured = d.pop("retell_api_key_configured", UNSET)
            if not isinstance(retell_api_key_configured, (str, Unset)):
                expect(retell_api_key_configured, (str, Unset))

            _field = "elevenlabs_api_key"
            elevenlabs_api_key = d.pop("elevenlabs_api_key", UNSET)
            if not isinstance(elevenlabs_api_key, (str, Unset)):
                expect(elevenlabs_api_key, (str, Unset))

            _field = "elevenlabs_api_key_configured"
            elevenlabs_api_key_configured = d.pop("elevenlabs_api_key_configured", UNSET)
            if not isinstance(elevenlabs_api_key_configured, (str, Unset)):
                expect(elevenlabs_api_key_configured, (str, Unset))

            _field = "bland_api_key"
            bland_api_key = d.pop("bland_api_key", UNSET)
            if not isinstance(bland_api_key, (str, Unset)):
                expect(bland_api_key, (str, Unset))

            _field = "bland_api_key_configured"
            bland_api_key_configured = d.pop("bland_api_key_configured", UNSET)
            if not isinstance(bland_api_key_configured, (str, Unset)):
                expect(bland_api_key_configured, (str, Unset))

            _field = "bland_data"
            bland_data = d.pop("bland_data", UNSET)
            if not isinstance(bland_data, (str, Unset)):
                expect(bland_data, (str, Unset))

            _field = "livekit_api_key"
            livekit_api_key = d.pop("livekit_api_key", UNSET)
            if not isinstance(livekit_api_key, (str, Unset)):
                expect(livekit_api_key, (str, Unset))

            _field = "livekit_api_key_configured"
            livekit_api_key_configured = d.pop("livekit_api_key_configured", UNSET)
            if not isinstance(livekit_api_key_configured, (str, Unset)):
                expect(livekit_api_key_configured, (str, Unset))

            _field = "livekit_data"
            livekit_data = d.pop("livekit_data", UNSET)
            if not isinstance(livekit_data, (str, Unset)):
                expect(livekit_data, (str, Unset))

            _field = "pipecat_api_key"
            pipecat_api_key = d.pop("pipecat_api_key", UNSET)
            if not isinstance(pipecat_api_key, (str, Unset)):
                expect(pipecat_api_key, (str, Unset))

            _field = "pipecat_api_key_configured"
            pipecat_api_key_configured = d.pop("pipecat_api_key_configured", UNSET)
            if not isinstance(pipecat_api_key_configured, (str, Unset)):
                expect(pipecat_api_key_configured, (str, Unset))

            _field = "pipecat_data"
            pipecat_data = d.pop("pipecat_data", UNSET)
            if not isinstance(pipecat_data, (str, Unset)):
                expect(pipecat_data, (str, Unset))

            _field = "koreai_client_secret"
            koreai_client_secret = d.pop("koreai_client_secret", UNSET)
            if not isinstance(koreai_client_secret, (str, Unset)):
                expect(koreai_client_secret, (str, Unset))

            _field = "koreai_client_secret_configured"
            koreai_client_secret_configured = d.pop("koreai_client_secret_configured", UNSET)
            if not isinstance(koreai_client_secret_configured, (str, Unset)):
                expect(koreai_client_secret_configured, (str, Unset))

            _field = "koreai_api_key_configured"
            koreai_api_key_configured = d.pop("koreai_api_key_configured", UNSET)
            if not isinstance(koreai_api_key_configured, (str, Unset)):
                expect(koreai_api_key_configured, (str, Unset))

            _field = "koreai_data"
            koreai_data = d.pop("koreai_data", UNSET)
            if not isinstance(koreai_data, (str, Unset)):
                expect(koreai_data, (str, Unset))

            _field = "genesys_client_secret"
            genesys_client_secret = d.pop("genesys_client_secret", UNSET)
            if not isinstance(genesys_client_secret, (str, Unset)):
                expect(genesys_client_secret, (str, Unset))

            _field = "genesys_client_secret_configured"
            genesys_client_secret_configured = d.pop("genesys_client_secret_configured", UNSET)
            if not isinstance(genesys_client_secret_configured, (str, Unset)):
                expect(genesys_client_secret_configured, (str, Unset))

            _field = "genesys_data"
            genesys_data = d.pop("genesys_data", UNSET)
            if not isinstance(genesys_data, (str, Unset)):
                expect(genesys_data, (str, Unset))

            _field = "agentforce_client_secret"
            agentforce_client_secret = d.pop("agentforce_client_secret", UNSET)
            if not isinstance(agentforce_client_secret, (str, Unset)):
                expect(agentforce_client_secret, (str, Unset))

            _field = "agentforce_client_secret_configured"
            agentforce_client_secret_configured = d.pop("agentforce_client_secret_configured", UNSET)
            if not isinstance(agentforce_client_secret_configured, (str, Unset)):
                expect(agentforce_client_secret_configured, (str, Unset))

            _field = "agentforce_data"
            agentforce_data = d.pop("agentforce_data", UNSET)
            if not isinstance(agentforce_data, (str, Unset)):
                expect(agentforce_data, (str, Unset))

            _field = "sierra_agent_token"
            sierra_agent_token = d.pop("sierra_agent_token", UNSET)
            if not isinstance(sierra_agent_token, (str, Unset)):
                expect(sierra_agent_token, (str, Unset))

            _field = "sierra_agent_token_configured"
            sierra_agent_token_configured = d.pop("sierra_agent_token_configured", UNSET)
            if not isinstance(sierra_agent_token_configured, (str, Unset)):
                expect(sierra_agent_token_configured, (str, Unset))

            _field = "sierra_data"
            sierra_data = d.pop("sierra_data", UNSET)
            if not isinstance(sierra_data, (str, Unset)):
                expect(sierra_data, (str, Unset))

            _field = "amazon_connect_security_token"
            amazon_connect_security_token = d.pop("amazon_connect_security_token", UNSET)
            if not isinstance(amazon_connect_security_token, (str, Unset)):
                expect(amazon_connect_security_token, (str, Unset))

            _field = "amazon_connect_security_token_configured"
            amazon_connect_security_token_configured = d.pop("amazon_connect_security_token_configured", UNSET)
            if not isinstance(amazon_connect_security_token_configured, (str, Unset)):
                expect(amazon_connect_security_token_configured, (str, Unset))

            _field = "amazon_connect_data"
            amazon_connect_data = d.pop("amazon_connect_data", UNSET)
            if not isinstance(amazon_connect_data, (str, Unset)):
                expect(amazon_connect_data, (str, Unset))

            _field = "custom_provider_api_key"
            custom_provider_api_key = d.pop("custom_provider_api_key", UNSET)
            if not isinstance(custom_provider_api_key, (str, Unset)):
                expect(custom_provider_api_key, (str, Unset))

            _field = "custom_provider_api_key_configured"
            custom_provider_api_key_configured = d.pop("custom_provider_api_key_configured", UNSET)
            if not isinstance(custom_provider_api_key_configured, (str, Unset)):
                expect(custom_provider_api_key_configured, (str, Unset))

            _field = "custom_provider_data"
            custom_provider_data = d.pop("custom_provider_data", UNSET)
            if not isinstance(custom_provider_data, (str, Unset)):
                expect(custom_provider_data, (str, Unset))

            _field = "vapi_data"
            vapi_data = d.pop("vapi_data", UNSET)
            if not isinstance(vapi_data, (str, Unset)):
                expect(vapi_data, (str, Unset))

            _field = "retell_data"
            retell_data = d.pop("retell_data", UNSET)
            if not isinstance(retell_data, (str, Unset)):
                expect(retell_data, (str, Unset))

            _field = "elevenlabs_data"
            elevenlabs_data = d.pop("elevenlabs_data", UNSET)
            if not isinstance(elevenlabs_data, (str, Unset)):
                expect(elevenlabs_data, (str, Unset))

            _field = "agora_api_key"
            agora_api_key = d.pop("agora_api_key", UNSET)
            if not isinstance(agora_api_key, (str, Unset)):
                expect(agora_api_key, (str, Unset))

            _field = "agora_data"
            agora_data = d.pop("agora_data", UNSET)
            if not isinstance(agora_data, (str, Unset)):
                expect(agora_data, (str, Unset))

            _field = "synthflow_api_key"
            synthflow_api_key = d.pop("synthflow_api_key", UNSET)
            if not isinstance(synthflow_api_key, (str, Unset)):
                expect(synthflow_api_key, (str, Unset))

            _field = "synthflow_api_key_configured"
            synthflow_api_key_configured = d.pop("synthflow_api_key_configured", UNSET)
            if not isinstance(synthflow_api_key_configured, (str, Unset)):
                expect(synthflow_api_key_configured, (str, Unset))

            _field = "synthflow_data"
            synthflow_data = d.pop("synthflow_data", UNSET)
            if not isinstance(synthflow_data, (str, Unset)):
                expect(synthflow_data, (str, Unset))

            _field = "telnyx_api_key"
            telnyx_api_key = d.pop("telnyx_api_key", UNSET)
            if not isinstance(telnyx_api_key, (str, Unset)):
                expect(telnyx_api_key, (str, Unset))

            _field = "telnyx_api_key_configured"
            telnyx_api_key_configured = d.pop("telnyx_api_key_configured", UNSET)
            if not isinstance(telnyx_api_key_configured, (str, Unset)):
                expect(telnyx_api_key_configured, (str, Unset))

            _field = "enabled_personalities"
            enabled_personalities = cast(list[int], d.pop("enabled_personalities", UNSET))

            if not isinstance(enabled_personalities, (list, Unset)):
                expect(enabled_personalities, (list, Unset))

            _field = "dropoff_nodes"
            dropoff_nodes = d.pop("dropoff_nodes", UNSET)

            _field = "topic_nodes"
            topic_nodes = d.pop("topic_nodes", UNSET)

            _field = "pronunciation_words"

            def _parse_pronunciation_words(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            pronunciation_words = _parse_pronunciation_words(d.pop("pronunciation_words", UNSET))

            _field = "spelling_word_types"

            def _parse_spelling_word_types(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            spelling_word_types = _parse_spelling_word_types(d.pop("spelling_word_types", UNSET))

            _field = "auto_update_dropoff_nodes"
            auto_update_dropoff_nodes = d.pop("auto_update_dropoff_nodes", UNSET)
            if not isinstance(auto_update_dropoff_nodes, (bool, Unset)):
                expect(auto_update_dropoff_nodes, (bool, Unset))

            _field = "auto_update_topic_nodes"
            auto_update_topic_nodes = d.pop("auto_update_topic_nodes", UNSET)
            if not isinstance(auto_update_topic_nodes, (bool, Unset)):
                expect(auto_update_topic_nodes, (bool, Unset))

            _field = "hallucination_metric_kb_files"
            _hallucination_metric_kb_files = d.pop("hallucination_metric_kb_files", UNSET)
            hallucination_metric_kb_files: list[int | None] | Unset = UNSET
            if _hallucination_metric_kb_files is not UNSET:
                hallucination_metric_kb_files = []
                for hallucination_metric_kb_files_item_data in _hallucination_metric_kb_files:

                    def _parse_hallucination_metric_kb_files_item(data: object) -> int | None:
                        if data is None:
                            return data
                        return cast(int | None, data)

                    hallucination_metric_kb_files_item = _parse_hallucination_metric_kb_files_item(
                        hallucination_metric_kb_files_item_data
                    )

                    hallucination_metric_kb_files.append(hallucination_metric_kb_files_item)

            if not isinstance(hallucination_metric_kb_files, (list, Unset)):
                expect(hallucination_metric_kb_files, (list, Unset))

            _field = "outbound_numbers"
            outbound_numbers = d.pop("outbound_numbers", UNSET)

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            _field = "auto_fetch_calls_enabled"
            auto_fetch_calls_enabled = d.pop("auto_fetch_calls_enabled", UNSET)
            if not isinstance(auto_fetch_calls_enabled, (bool, Unset)):
                expect(auto_fetch_calls_enabled, (bool, Unset))

            _field = "auto_sync_prompt_enabled"
            auto_sync_prompt_enabled = d.pop("auto_sync_prompt_enabled", UNSET)
            if not isinstance(auto_sync_prompt_enabled, (bool, Unset)):
                expect(auto_sync_prompt_enabled, (bool, Unset))

            _field = "agent_gives_first_message"

            def _parse_agent_gives_first_message(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            agent_gives_first_message = _parse_agent_gives_first_message(d.pop("agent_gives_first_message", UNSET))

            if not isinstance(agent_gives_first_message, (bool, type(None), Unset)):
                expect(agent_gives_first_message, (bool, type(None), Unset))

            _field = "webhook_url"
            webhook_url = d.pop("webhook_url", UNSET)
            if not isinstance(webhook_url, (str, Unset)):
                expect(webhook_url, (str, Unset))

            _field = "webhook_secret"
            webhook_secret = d.pop("webhook_secret", UNSET)
            if not isinstance(webhook_secret, (str, Unset)):
                expect(webhook_secret, (str, Unset))

            _field = "webhook_secret_configured"
            webhook_secret_configured = d.pop("webhook_secret_configured", UNSET)
            if not isinstance(webhook_secret_configured, (str, Unset)):
                expect(webhook_secret_configured, (str, Unset))

            _field = "email_id"

            def _parse_email_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email_id = _parse_email_id(d.pop("email_id", UNSET))

            if not isinstance(email_id, (str, type(None), Unset)):
                expect(email_id, (str, type(None), Unset))

            patched_schema_update_ai_agent_external = cls(
                id=id,
                agent_name=agent_name,
                contact_number=contact_number,
                inbound=inbound,
                description=description,
                language=language,
                assistant_id=assistant_id,
                chat_assistant_id=chat_assistant_id,
                websocket_url=websocket_url,
                websocket_headers=websocket_headers,
                llm_system_prompt=llm_system_prompt,
                llm_model=llm_model,
                llm_temperature=llm_temperature,
                llm_max_tokens=llm_max_tokens,
                outbound_auto_call=outbound_auto_call,
                sip_endpoint=sip_endpoint,
                sip_auth=sip_auth,
                websocket_voice_url=websocket_voice_url,
                websocket_auth=websocket_auth,
                predefined_metrics=predefined_metrics,
                knowledge_base_files=knowledge_base_files,
                transcript_provider=transcript_provider,
                assistant_provider=assistant_provider,
                vapi_api_key=vapi_api_key,
                vapi_api_key_configured=vapi_api_key_configured,
                vapi_public_key_configured=vapi_public_key_configured,
                retell_api_key=retell_api_key,
                retell_api_key_configured=retell_api_key_configured,
                elevenlabs_api_key=elevenlabs_api_key,
                elevenlabs_api_key_configured=elevenlabs_api_key_configured,
                bland_api_key=bland_api_key,
                bland_api_key_configured=bland_api_key_configured,
                bland_data=bland_data,
                livekit_api_key=livekit_api_key,
                livekit_api_key_configured=livekit_api_key_configured,
                livekit_data=livekit_data,
                pipecat_api_key=pipecat_api_key,
                pipecat_api_key_configured=pipecat_api_key_configured,
                pipecat_data=pipecat_data,
                koreai_client_secret=koreai_client_secret,
                koreai_client_secret_configured=koreai_client_secret_configured,
                koreai_api_key_configured=koreai_api_key_configured,
                koreai_data=koreai_data,
                genesys_client_secret=genesys_client_secret,
                genesys_client_secret_configured=genesys_client_secret_configured,
                genesys_data=genesys_data,
                agentforce_client_secret=agentforce_client_secret,
                agentforce_client_secret_configured=agentforce_client_secret_configured,
                agentforce_data=agentforce_data,
                sierra_agent_token=sierra_agent_token,
                sierra_agent_token_configured=sierra_agent_token_configured,
                sierra_data=sierra_data,
                amazon_connect_security_token=amazon_connect_security_token,
                amazon_connect_security_token_configured=amazon_connect_security_token_configured,
                amazon_connect_data=amazon_connect_data,
                custom_provider_api_key=custom_provider_api_key,
                custom_provider_api_key_configured=custom_provider_api_key_configured,
                custom_provider_data=custom_provider_data,
                vapi_data=vapi_data,
                retell_data=retell_data,
                elevenlabs_data=elevenlabs_data,
                agora_api_key=agora_api_key,
                agora_data=agora_data,
                synthflow_api_key=synthflow_api_key,
                synthflow_api_key_configured=synthflow_api_key_configured,
                synthflow_data=synthflow_data,
                telnyx_api_key=telnyx_api_key,
                telnyx_api_key_configured=telnyx_api_key_configured,
                enabled_personalities=enabled_personalities,
                dropoff_nodes=dropoff_nodes,
                topic_nodes=topic_nodes,
                pronunciation_words=pronunciation_words,
                spelling_word_types=spelling_word_types,
                auto_update_dropoff_nodes=auto_update_dropoff_nodes,
                auto_update_topic_nodes=auto_update_topic_nodes,
                hallucination_metric_kb_files=hallucination_metric_kb_files,
                outbound_numbers=outbound_numbers,
                created_at=created_at,
                updated_at=updated_at,
                auto_fetch_calls_enabled=auto_fetch_calls_enabled,
                auto_sync_prompt_enabled=auto_sync_prompt_enabled,
                agent_gives_first_message=agent_gives_first_message,
                webhook_url=webhook_url,
                webhook_secret=webhook_secret,
                webhook_secret_configured=webhook_secret_configured,
                email_id=email_id,
            )

            patched_schema_update_ai_agent_external.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_schema_update_ai_agent_external

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
