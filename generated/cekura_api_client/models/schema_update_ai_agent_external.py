from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_update_ai_agent_external_assistant_provider import SchemaUpdateAIAgentExternalAssistantProvider
from ..models.schema_update_ai_agent_external_language import SchemaUpdateAIAgentExternalLanguage
from ..models.schema_update_ai_agent_external_llm_model import SchemaUpdateAIAgentExternalLlmModel
from ..models.schema_update_ai_agent_external_transcript_provider import SchemaUpdateAIAgentExternalTranscriptProvider
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_update_ai_agent_external_websocket_headers import SchemaUpdateAIAgentExternalWebsocketHeaders


_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_name",
        "inbound",
        "description",
        "id",
        "contact_number",
        "language",
        "assistant_id",
        "chat_assistant_id",
        "websocket_url",
        "websocket_headers",
        "llm_system_prompt",
        "llm_model",
        "llm_temperature",
        "llm_max_tokens",
        "outbound_auto_call",
        "sip_endpoint",
        "sip_auth",
        "websocket_voice_url",
        "websocket_auth",
        "predefined_metrics",
        "knowledge_base_files",
        "transcript_provider",
        "assistant_provider",
        "vapi_api_key",
        "vapi_api_key_configured",
        "vapi_public_key_configured",
        "retell_api_key",
        "retell_api_key_configured",
        "elevenlabs_api_key",
        "elevenlabs_api_key_configured",
        "bland_api_key",
        "bland_api_key_configured",
        "bland_data",
        "livekit_api_key",
        "livekit_api_key_configured",
        "livekit_data",
        "pipecat_api_key",
        "pipecat_api_key_configured",
        "pipecat_data",
        "koreai_client_secret",
        "koreai_client_secret_configured",
        "koreai_api_key_configured",
        "koreai_data",
        "genesys_client_secret",
        "genesys_client_secret_configured",
        "genesys_data",
        "agentforce_client_secret",
        "agentforce_client_secret_configured",
        "agentforce_data",
        "sierra_agent_token",
        "sierra_agent_token_configured",
        "sierra_data",
        "amazon_connect_security_token",
        "amazon_connect_security_token_configured",
        "amazon_connect_data",
        "custom_provider_api_key",
        "custom_provider_api_key_configured",
        "custom_provider_data",
        "vapi_data",
        "retell_data",
        "elevenlabs_data",
        "agora_api_key",
        "agora_data",
        "synthflow_api_key",
        "synthflow_api_key_configured",
        "synthflow_data",
        "telnyx_api_key",
        "telnyx_api_key_configured",
        "enabled_personalities",
        "dropoff_nodes",
        "topic_nodes",
        "pronunciation_words",
        "spelling_word_types",
        "auto_update_dropoff_nodes",
        "auto_update_topic_nodes",
        "hallucination_metric_kb_files",
        "outbound_numbers",
        "created_at",
        "updated_at",
        "auto_fetch_calls_enabled",
        "auto_sync_prompt_enabled",
        "agent_gives_first_message",
        "webhook_url",
        "webhook_secret",
        "webhook_secret_configured",
        "email_id",
    }
)

T = TypeVar("T", bound="SchemaUpdateAIAgentExternal")


@_attrs_define
class SchemaUpdateAIAgentExternal:
    """Update an AI voice agent."""

    agent_name: str
    """
    A descriptive name for your agent
    Example:
    - `"Customer Service Assistant"`
    - `"Sales Bot"`
     """
    inbound: bool
    """ Whether this agent handles inbound calls.
    - If true, our agent will call you on above number.
    - If false, your agent will have to call our agent.

    Example: `true` or `false`
     """
    description: str
    """
    A detailed description of what this agent does and how it should interact
    Example:
    ```text
    AI agent for handling customer support inquiries and resolving technical issues
    ```
     """
    id: int | Unset = UNSET
    """ Agent ID.
    Example: `2142` """
    contact_number: str | Unset = UNSET
    """
    Phone number assigned to this agent for calls (must start with + followed by digits, min 8 chars)
    Example: `"+1234567890"`
     """
    language: SchemaUpdateAIAgentExternalLanguage | Unset = SchemaUpdateAIAgentExternalLanguage.EN
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
    websocket_headers: SchemaUpdateAIAgentExternalWebsocketHeaders | Unset = UNSET
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
    llm_model: SchemaUpdateAIAgentExternalLlmModel | Unset = SchemaUpdateAIAgentExternalLlmModel.GPT_4O
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
    transcript_provider: SchemaUpdateAIAgentExternalTranscriptProvider | Unset = (
        SchemaUpdateAIAgentExternalTranscriptProvider.VALUE_14
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
    assistant_provider: SchemaUpdateAIAgentExternalAssistantProvider | Unset = (
        SchemaUpdateAIAgentExternalAssistantProvider.VALUE_19
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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        hallucination_metric_kb_files: list[int | None] | Unset = UNSET
        if not isinstance(self.hallucination_metric_kb_files, Unset):
            hallucination_metric_kb_files = []
            for hallucination_metric_kb_files_item_data in self.hallucination_metric_kb_files:
                hallucination_metric_kb_files_item: int | None
                hallucination_metric_kb_files_item = hallucination_metric_kb_files_item_data
                hallucination_metric_kb_files.append(hallucination_metric_kb_files_item)

        field_dict: dict[str, Any] = {
            "agent_name": self.agent_name,
            "inbound": self.inbound,
            "description": self.description,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.contact_number, Unset):
            field_dict["contact_number"] = self.contact_number
        if not isinstance(self.language, Unset):
            field_dict["language"] = (
                self.language._value_
                if type(self.language) is SchemaUpdateAIAgentExternalLanguage
                else enum_value(SchemaUpdateAIAgentExternalLanguage, self.language, "language", self)
            )
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.chat_assistant_id, Unset):
            field_dict["chat_assistant_id"] = self.chat_assistant_id
        if not isinstance(self.websocket_url, Unset):
            field_dict["websocket_url"] = self.websocket_url
        if not isinstance(self.websocket_headers, Unset):
            field_dict["websocket_headers"] = (
                self.websocket_headers.to_dict()
                if type(self.websocket_headers) is SchemaUpdateAIAgentExternalWebsocketHeaders
                else written(self.websocket_headers, "websocket_headers", self)
            )
        if not isinstance(self.llm_system_prompt, Unset):
            field_dict["llm_system_prompt"] = self.llm_system_prompt
        if not isinstance(self.llm_model, Unset):
            field_dict["llm_model"] = (
                self.llm_model._value_
                if type(self.llm_model) is SchemaUpdateAIAgentExternalLlmModel
                else enum_value(SchemaUpdateAIAgentExternalLlmModel, self.llm_model, "llm_model", self)
            )
        if not isinstance(self.llm_temperature, Unset):
            field_dict["llm_temperature"] = self.llm_temperature
        if not isinstance(self.llm_max_tokens, Unset):
            field_dict["llm_max_tokens"] = self.llm_max_tokens
        if not isinstance(self.outbound_auto_call, Unset):
            field_dict["outbound_auto_call"] = self.outbound_auto_call
        if not isinstance(self.sip_endpoint, Unset):
            field_dict["sip_endpoint"] = self.sip_endpoint
        if not isinstance(self.sip_auth, Unset):
            field_dict["sip_auth"] = self.sip_auth
        if not isinstance(self.websocket_voice_url, Unset):
            field_dict["websocket_voice_url"] = self.websocket_voice_url
        if not isinstance(self.websocket_auth, Unset):
            field_dict["websocket_auth"] = self.websocket_auth
        if not isinstance(self.predefined_metrics, Unset):
            field_dict["predefined_metrics"] = self.predefined_metrics
        if not isinstance(self.knowledge_base_files, Unset) and _response:
            field_dict["knowledge_base_files"] = self.knowledge_base_files
        if not isinstance(self.transcript_provider, Unset):
            field_dict["transcript_provider"] = (
                self.transcript_provider._value_
                if type(self.transcript_provider) is SchemaUpdateAIAgentExternalTranscriptProvider
                else enum_value(
                    SchemaUpdateAIAgentExternalTranscriptProvider, self.transcript_provider, "transcript_provider", self
                )
            )
        if not isinstance(self.assistant_provider, Unset):
            field_dict["assistant_provider"] = (
                self.assistant_provider._value_
                if type(self.assistant_provider) is SchemaUpdateAIAgentExternalAssistantProvider
                else enum_value(
                    SchemaUpdateAIAgentExternalAssistantProvider, self.assistant_provider, "assistant_provider", self
                )
            )
        if not isinstance(self.vapi_api_key, Unset):
            field_dict["vapi_api_key"] = self.vapi_api_key
        if not isinstance(self.vapi_api_key_configured, Unset) and _response:
            field_dict["vapi_api_key_configured"] = self.vapi_api_key_configured
        if not isinstance(self.vapi_public_key_configured, Unset) and _response:
            field_dict["vapi_public_key_configured"] = self.vapi_public_key_configured
        if not isinstance(self.retell_api_key, Unset):
            field_dict["retell_api_key"] = self.retell_api_key
        if not isinstance(self.retell_api_key_configured, Unset) and _response:
            field_dict["retell_api_key_configured"] = self.retell_api_key_configured
        if not isinstance(self.elevenlabs_api_key, Unset):
            field_dict["elevenlabs_api_key"] = self.elevenlabs_api_key
        if not isinstance(self.elevenlabs_api_key_configured, Unset) and _response:
            field_dict["elevenlabs_api_key_configured"] = self.elevenlabs_api_key_configured
        if not isinstance(self.bland_api_key, Unset):
            field_dict["bland_api_key"] = self.bland_api_key
        if not isinstance(self.bland_api_key_configured, Unset) and _response:
            field_dict["bland_api_key_configured"] = self.bland_api_key_configured
        if not isinstance(self.bland_data, Unset):
            field_dict["bland_data"] = self.bland_data
        if not isinstance(self.livekit_api_key, Unset):
            field_dict["livekit_api_key"] = self.livekit_api_key
        if not isinstance(self.livekit_api_key_configured, Unset) and _response:
            field_dict["livekit_api_key_configured"] = self.livekit_api_key_configured
        if not isinstance(self.livekit_data, Unset):
            field_dict["livekit_data"] = self.livekit_data
        if not isinstance(self.pipecat_api_key, Unset):
            field_dict["pipecat_api_key"] = self.pipecat_api_key
        if not isinstance(self.pipecat_api_key_configured, Unset) and _response:
            field_dict["pipecat_api_key_configured"] = self.pipecat_api_key_configured
        if not isinstance(self.pipecat_data, Unset):
            field_dict["pipecat_data"] = self.pipecat_data
        if not isinstance(self.koreai_client_secret, Unset):
            field_dict["koreai_client_secret"] = self.koreai_client_secret
        if not isinstance(self.koreai_client_secret_configured, Unset) and _response:
            field_dict["koreai_client_secret_configured"] = self.koreai_client_secret_configured
        if not isinstance(self.koreai_api_key_configured, Unset) and _response:
            field_dict["koreai_api_key_configured"] = self.koreai_api_key_configured
        if not isinstance(self.koreai_data, Unset):
            field_dict["koreai_data"] = self.koreai_data
        if not isinstance(self.genesys_client_secret, Unset):
            field_dict["genesys_client_secret"] = self.genesys_client_secret
        if not isinstance(self.genesys_client_secret_configured, Unset) and _response:
            field_dict["genesys_client_secret_configured"] = self.genesys_client_secret_configured
        if not isinstance(self.genesys_data, Unset):
            field_dict["genesys_data"] = self.genesys_data
        if not isinstance(self.agentforce_client_secret, Unset):
            field_dict["agentforce_client_secret"] = self.agentforce_client_secret
        if not isinstance(self.agentforce_client_secret_configured, Unset) and _response:
            field_dict["agentforce_client_secret_configured"] = self.agentforce_client_secret_configured
        if not isinstance(self.agentforce_data, Unset):
            field_dict["agentforce_data"] = self.agentforce_data
        if not isinstance(self.sierra_agent_token, Unset):
            field_dict["sierra_agent_token"] = self.sierra_agent_token
        if not isinstance(self.sierra_agent_token_configured, Unset) and _response:
            field_dict["sierra_agent_token_configured"] = self.sierra_agent_token_configured
        if not isinstance(self.sierra_data, Unset):
            field_dict["sierra_data"] = self.sierra_data
        if not isinstance(self.amazon_connect_security_token, Unset):
            field_dict["amazon_connect_security_token"] = self.amazon_connect_security_token
        if not isinstance(self.amazon_connect_security_token_configured, Unset) and _response:
            field_dict["amazon_connect_security_token_configured"] = self.amazon_connect_security_token_configured
        if not isinstance(self.amazon_connect_data, Unset):
            field_dict["amazon_connect_data"] = self.amazon_connect_data
        if not isinstance(self.custom_provider_api_key, Unset):
            field_dict["custom_provider_api_key"] = self.custom_provider_api_key
        if not isinstance(self.custom_provider_api_key_configured, Unset) and _response:
            field_dict["custom_provider_api_key_configured"] = self.custom_provider_api_key_configured
        if not isinstance(self.custom_provider_data, Unset):
            field_dict["custom_provider_data"] = self.custom_provider_data
        if not isinstance(self.vapi_data, Unset):
            field_dict["vapi_data"] = self.vapi_data
        if not isinstance(self.retell_data, Unset):
            field_dict["retell_data"] = self.retell_data
        if not isinstance(self.elevenlabs_data, Unset):
            field_dict["elevenlabs_data"] = self.elevenlabs_data
        if not isinstance(self.agora_api_key, Unset):
            field_dict["agora_api_key"] = self.agora_api_key
        if not isinstance(self.agora_data, Unset):
            field_dict["agora_data"] = self.agora_data
        if not isinstance(self.synthflow_api_key, Unset):
            field_dict["synthflow_api_key"] = self.synthflow_api_key
        if not isinstance(self.synthflow_api_key_configured, Unset) and _response:
            field_dict["synthflow_api_key_configured"] = self.synthflow_api_key_configured
        if not isinstance(self.synthflow_data, Unset):
            field_dict["synthflow_data"] = self.synthflow_data
        if not isinstance(self.telnyx_api_key, Unset):
            field_dict["telnyx_api_key"] = self.telnyx_api_key
        if not isinstance(self.telnyx_api_key_configured, Unset) and _response:
            field_dict["telnyx_api_key_configured"] = self.telnyx_api_key_configured
        if not isinstance(self.enabled_personalities, Unset) and _response:
            field_dict["enabled_personalities"] = self.enabled_personalities
        if not isinstance(self.dropoff_nodes, Unset):
            field_dict["dropoff_nodes"] = self.dropoff_nodes
        if not isinstance(self.topic_nodes, Unset):
            field_dict["topic_nodes"] = self.topic_nodes
        if not isinstance(self.pronunciation_words, Unset):
            field_dict["pronunciation_words"] = self.pronunciation_words
        if not isinstance(self.spelling_word_types, Unset):
            field_dict["spelling_word_types"] = self.spelling_word_types
        if not isinstance(self.auto_update_dropoff_nodes, Unset):
            field_dict["auto_update_dropoff_nodes"] = self.auto_update_dropoff_nodes
        if not isinstance(self.auto_update_topic_nodes, Unset):
            field_dict["auto_update_topic_nodes"] = self.auto_update_topic_nodes
        if hallucination_metric_kb_files is not UNSET:
            field_dict["hallucination_metric_kb_files"] = hallucination_metric_kb_files
        if not isinstance(self.outbound_numbers, Unset):
            field_dict["outbound_numbers"] = self.outbound_numbers
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if not isinstance(self.auto_fetch_calls_enabled, Unset):
            field_dict["auto_fetch_calls_enabled"] = self.auto_fetch_calls_enabled
        if not isinstance(self.auto_sync_prompt_enabled, Unset):
            field_dict["auto_sync_prompt_enabled"] = self.auto_sync_prompt_enabled
        if not isinstance(self.agent_gives_first_message, Unset):
            field_dict["agent_gives_first_message"] = self.agent_gives_first_message
        if not isinstance(self.webhook_url, Unset):
            field_dict["webhook_url"] = self.webhook_url
        if not isinstance(self.webhook_secret, Unset):
            field_dict["webhook_secret"] = self.webhook_secret
        if not isinstance(self.webhook_secret_configured, Unset) and _response:
            field_dict["webhook_secret_configured"] = self.webhook_secret_configured
        if not isinstance(self.email_id, Unset):
            field_dict["email_id"] = self.email_id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("agent_name", (None, str(self.agent_name).encode(), "text/plain")))

        files.append(("inbound", (None, str(self.inbound).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.contact_number, Unset):
            files.append(("contact_number", (None, str(self.contact_number).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(
                (
                    "language",
                    (
                        None,
                        str(enum_value(SchemaUpdateAIAgentExternalLanguage, self.language, "language")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.assistant_id, Unset):
            if isinstance(self.assistant_id, str):
                files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))
            else:
                files.append(("assistant_id", (None, b"", "text/plain")))

        if not isinstance(self.chat_assistant_id, Unset):
            files.append(("chat_assistant_id", (None, str(self.chat_assistant_id).encode(), "text/plain")))

        if not isinstance(self.websocket_url, Unset):
            if isinstance(self.websocket_url, str):
                files.append(("websocket_url", (None, str(self.websocket_url).encode(), "text/plain")))
            else:
                files.append(("websocket_url", (None, b"", "text/plain")))

        if not isinstance(self.websocket_headers, Unset):
            files.append(
                ("websocket_headers", (None, json.dumps(self.websocket_headers.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.llm_system_prompt, Unset):
            files.append(("llm_system_prompt", (None, str(self.llm_system_prompt).encode(), "text/plain")))

        if not isinstance(self.llm_model, Unset):
            files.append(
                (
                    "llm_model",
                    (
                        None,
                        str(enum_value(SchemaUpdateAIAgentExternalLlmModel, self.llm_model, "llm_model")).encode(),
                        "text/plain",
                    ),
                )
            )

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
                files.append(("sip_endpoint", (None, b"", "text/plain")))

        if not isinstance(self.sip_auth, Unset):
            if isinstance(self.sip_auth, Any):
                files.append(("sip_auth", (None, form_text(self.sip_auth, "sip_auth"), "text/plain")))
            else:
                files.append(("sip_auth", (None, b"", "text/plain")))

        if not isinstance(self.websocket_voice_url, Unset):
            if isinstance(self.websocket_voice_url, str):
                files.append(("websocket_voice_url", (None, str(self.websocket_voice_url).encode(), "text/plain")))
            else:
                files.append(("websocket_voice_url", (None, b"", "text/plain")))

        if not isinstance(self.websocket_auth, Unset):
            if isinstance(self.websocket_auth, Any):
                files.append(("websocket_auth", (None, form_text(self.websocket_auth, "websocket_auth"), "text/plain")))
            else:
                files.append(("websocket_auth", (None, b"", "text/plain")))

        if not isinstance(self.predefined_metrics, Unset):
            files.append(
                ("predefined_metrics", (None, form_text(self.predefined_metrics, "predefined_metrics"), "text/plain"))
            )

        if not isinstance(self.transcript_provider, Unset):
            files.append(
                (
                    "transcript_provider",
                    (
                        None,
                        str(
                            enum_value(
                                SchemaUpdateAIAgentExternalTranscriptProvider,
                                self.transcript_provider,
                                "transcript_provider",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.assistant_provider, Unset):
            files.append(
                (
                    "assistant_provider",
                    (
                        None,
                        str(
                            enum_value(
                                SchemaUpdateAIAgentExternalAssistantProvider,
                                self.assistant_provider,
                                "assistant_provider",
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

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
            files.append(("dropoff_nodes", (None, form_text(self.dropoff_nodes, "dropoff_nodes"), "text/plain")))

        if not isinstance(self.topic_nodes, Unset):
            files.append(("topic_nodes", (None, form_text(self.topic_nodes, "topic_nodes"), "text/plain")))

        if not isinstance(self.pronunciation_words, Unset):
            if isinstance(self.pronunciation_words, Any):
                files.append(
                    (
                        "pronunciation_words",
                        (None, form_text(self.pronunciation_words, "pronunciation_words"), "text/plain"),
                    )
                )
            else:
                files.append(("pronunciation_words", (None, b"", "text/plain")))

        if not isinstance(self.spelling_word_types, Unset):
            if isinstance(self.spelling_word_types, Any):
                files.append(
                    (
                        "spelling_word_types",
                        (None, form_text(self.spelling_word_types, "spelling_word_types"), "text/plain"),
                    )
                )
            else:
                files.append(("spelling_word_types", (None, b"", "text/plain")))

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
                    files.append(("hallucination_metric_kb_files", (None, b"", "text/plain")))

        if not isinstance(self.outbound_numbers, Unset):
            files.append(
                ("outbound_numbers", (None, form_text(self.outbound_numbers, "outbound_numbers"), "text/plain"))
            )

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
                files.append(("agent_gives_first_message", (None, b"", "text/plain")))

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.webhook_secret, Unset):
            files.append(("webhook_secret", (None, str(self.webhook_secret).encode(), "text/plain")))

        if not isinstance(self.email_id, Unset):
            if isinstance(self.email_id, str):
                files.append(("email_id", (None, str(self.email_id).encode(), "text/plain")))
            else:
                files.append(("email_id", (None, b"", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "agent_name"
            try:
                agent_name: Any = src_dict["agent_name"]
                if type(agent_name) is not str:
                    agent_name = checked(agent_name, (str,))
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "inbound"
            try:
                inbound: Any = src_dict["inbound"]
                if type(inbound) is not bool:
                    inbound = checked(inbound, (bool,))
            except FIELD_ERRORS as _error:
                inbound, _found = tolerated(src_dict, "inbound", _error, _found, "bool")

            _field = "description"
            try:
                description: Any = src_dict["description"]
                if type(description) is not str:
                    description = checked(description, (str,))
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "contact_number"
            try:
                if "contact_number" in src_dict:
                    contact_number: Any = src_dict["contact_number"]
                    _present += 1
                    if type(contact_number) is not str:
                        contact_number = checked(contact_number, (str,))
                else:
                    contact_number = UNSET
            except FIELD_ERRORS as _error:
                contact_number, _found = tolerated(src_dict, "contact_number", _error, _found, "str")

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    language = (
                        SchemaUpdateAIAgentExternalLanguage._value2member_map_.get(language)
                        or SchemaUpdateAIAgentExternalLanguage(language)
                        if type(language) is str
                        else checked(language, (SchemaUpdateAIAgentExternalLanguage,))
                    )
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(
                    src_dict, "language", _error, _found, "SchemaUpdateAIAgentExternalLanguage"
                )

            _field = "assistant_id"
            try:
                if "assistant_id" in src_dict:
                    assistant_id: Any = src_dict["assistant_id"]
                    _present += 1
                    if assistant_id is not None:
                        if type(assistant_id) is not str:
                            assistant_id = checked(assistant_id, (str, type(None)))
                else:
                    assistant_id = UNSET
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "None | str")

            _field = "chat_assistant_id"
            try:
                if "chat_assistant_id" in src_dict:
                    chat_assistant_id: Any = src_dict["chat_assistant_id"]
                    _present += 1
                    if type(chat_assistant_id) is not str:
                        chat_assistant_id = checked(chat_assistant_id, (str,))
                else:
                    chat_assistant_id = UNSET
            except FIELD_ERRORS as _error:
                chat_assistant_id, _found = tolerated(src_dict, "chat_assistant_id", _error, _found, "str")

            _field = "websocket_url"
            try:
                if "websocket_url" in src_dict:
                    websocket_url: Any = src_dict["websocket_url"]
                    _present += 1
                    if websocket_url is not None:
                        if type(websocket_url) is not str:
                            websocket_url = checked(websocket_url, (str, type(None)))
                else:
                    websocket_url = UNSET
            except FIELD_ERRORS as _error:
                websocket_url, _found = tolerated(src_dict, "websocket_url", _error, _found, "None | str")

            _field = "websocket_headers"
            try:
                if "websocket_headers" in src_dict:
                    websocket_headers: Any = src_dict["websocket_headers"]
                    _present += 1
                    websocket_headers = SchemaUpdateAIAgentExternalWebsocketHeaders.from_dict(websocket_headers)
                else:
                    websocket_headers = UNSET
            except FIELD_ERRORS as _error:
                websocket_headers, _found = tolerated(
                    src_dict, "websocket_headers", _error, _found, "SchemaUpdateAIAgentExternalWebsocketHeaders"
                )

            _field = "llm_system_prompt"
            try:
                if "llm_system_prompt" in src_dict:
                    llm_system_prompt: Any = src_dict["llm_system_prompt"]
                    _present += 1
                    if type(llm_system_prompt) is not str:
                        llm_system_prompt = checked(llm_system_prompt, (str,))
                else:
                    llm_system_prompt = UNSET
            except FIELD_ERRORS as _error:
                llm_system_prompt, _found = tolerated(src_dict, "llm_system_prompt", _error, _found, "str")

            _field = "llm_model"
            try:
                if "llm_model" in src_dict:
                    llm_model: Any = src_dict["llm_model"]
                    _present += 1
                    llm_model = (
                        SchemaUpdateAIAgentExternalLlmModel._value2member_map_.get(llm_model)
                        or SchemaUpdateAIAgentExternalLlmModel(llm_model)
                        if type(llm_model) is str
                        else checked(llm_model, (SchemaUpdateAIAgentExternalLlmModel,))
                    )
                else:
                    llm_model = UNSET
            except FIELD_ERRORS as _error:
                llm_model, _found = tolerated(
                    src_dict, "llm_model", _error, _found, "SchemaUpdateAIAgentExternalLlmModel"
                )

            _field = "llm_temperature"
            try:
                if "llm_temperature" in src_dict:
                    llm_temperature: Any = src_dict["llm_temperature"]
                    _present += 1
                    if type(llm_temperature) is not float:
                        llm_temperature = checked(llm_temperature, (float, int))
                else:
                    llm_temperature = UNSET
            except FIELD_ERRORS as _error:
                llm_temperature, _found = tolerated(src_dict, "llm_temperature", _error, _found, "float")

            _field = "llm_max_tokens"
            try:
                if "llm_max_tokens" in src_dict:
                    llm_max_tokens: Any = src_dict["llm_max_tokens"]
                    _present += 1
                    if type(llm_max_tokens) is not int:
                        llm_max_tokens = checked(llm_max_tokens, (int,))
                else:
                    llm_max_tokens = UNSET
            except FIELD_ERRORS as _error:
                llm_max_tokens, _found = tolerated(src_dict, "llm_max_tokens", _error, _found, "int")

            _field = "outbound_auto_call"
            try:
                if "outbound_auto_call" in src_dict:
                    outbound_auto_call: Any = src_dict["outbound_auto_call"]
                    _present += 1
                    if type(outbound_auto_call) is not bool:
                        outbound_auto_call = checked(outbound_auto_call, (bool,))
                else:
                    outbound_auto_call = UNSET
            except FIELD_ERRORS as _error:
                outbound_auto_call, _found = tolerated(src_dict, "outbound_auto_call", _error, _found, "bool")

            _field = "sip_endpoint"
            try:
                if "sip_endpoint" in src_dict:
                    sip_endpoint: Any = src_dict["sip_endpoint"]
                    _present += 1
                    if sip_endpoint is not None:
                        if type(sip_endpoint) is not str:
                            sip_endpoint = checked(sip_endpoint, (str, type(None)))
                else:
                    sip_endpoint = UNSET
            except FIELD_ERRORS as _error:
                sip_endpoint, _found = tolerated(src_dict, "sip_endpoint", _error, _found, "None | str")

            _field = "sip_auth"
            try:
                if "sip_auth" in src_dict:
                    sip_auth: Any = src_dict["sip_auth"]
                    _present += 1

                else:
                    sip_auth = UNSET
            except FIELD_ERRORS as _error:
                sip_auth, _found = tolerated(src_dict, "sip_auth", _error, _found, "Any | None")

            _field = "websocket_voice_url"
            try:
                if "websocket_voice_url" in src_dict:
                    websocket_voice_url: Any = src_dict["websocket_voice_url"]
                    _present += 1
                    if websocket_voice_url is not None:
                        if type(websocket_voice_url) is not str:
                            websocket_voice_url = checked(websocket_voice_url, (str, type(None)))
                else:
                    websocket_voice_url = UNSET
            except FIELD_ERRORS as _error:
                websocket_voice_url, _found = tolerated(src_dict, "websocket_voice_url", _error, _found, "None | str")

            _field = "websocket_auth"
            try:
                if "websocket_auth" in src_dict:
                    websocket_auth: Any = src_dict["websocket_auth"]
                    _present += 1

                else:
                    websocket_auth = UNSET
            except FIELD_ERRORS as _error:
                websocket_auth, _found = tolerated(src_dict, "websocket_auth", _error, _found, "Any | None")

            _field = "predefined_metrics"
            try:
                if "predefined_metrics" in src_dict:
                    predefined_metrics: Any = src_dict["predefined_metrics"]
                    _present += 1

                else:
                    predefined_metrics = UNSET
            except FIELD_ERRORS as _error:
                predefined_metrics, _found = tolerated(src_dict, "predefined_metrics", _error, _found, "Any")

            _field = "knowledge_base_files"
            try:
                if "knowledge_base_files" in src_dict:
                    knowledge_base_files: Any = src_dict["knowledge_base_files"]
                    _present += 1
                    if type(knowledge_base_files) is not str:
                        knowledge_base_files = checked(knowledge_base_files, (str,))
                else:
                    knowledge_base_files = UNSET
            except FIELD_ERRORS as _error:
                knowledge_base_files, _found = tolerated(src_dict, "knowledge_base_files", _error, _found, "str")

            _field = "transcript_provider"
            try:
                if "transcript_provider" in src_dict:
                    transcript_provider: Any = src_dict["transcript_provider"]
                    _present += 1
                    transcript_provider = (
                        SchemaUpdateAIAgentExternalTranscriptProvider._value2member_map_.get(transcript_provider)
                        or SchemaUpdateAIAgentExternalTranscriptProvider(transcript_provider)
                        if type(transcript_provider) is str
                        else checked(transcript_provider, (SchemaUpdateAIAgentExternalTranscriptProvider,))
                    )
                else:
                    transcript_provider = UNSET
            except FIELD_ERRORS as _error:
                transcript_provider, _found = tolerated(
                    src_dict, "transcript_provider", _error, _found, "SchemaUpdateAIAgentExternalTranscriptProvider"
                )

            _field = "assistant_provider"
            try:
                if "assistant_provider" in src_dict:
                    assistant_provider: Any = src_dict["assistant_provider"]
                    _present += 1
                    assistant_provider = (
                        SchemaUpdateAIAgentExternalAssistantProvider._value2member_map_.get(assistant_provider)
                        or SchemaUpdateAIAgentExternalAssistantProvider(assistant_provider)
                        if type(assistant_provider) is str
                        else checked(assistant_provider, (SchemaUpdateAIAgentExternalAssistantProvider,))
                    )
                else:
                    assistant_provider = UNSET
            except FIELD_ERRORS as _error:
                assistant_provider, _found = tolerated(
                    src_dict, "assistant_provider", _error, _found, "SchemaUpdateAIAgentExternalAssistantProvider"
                )

            _field = "vapi_api_key"
            try:
                if "vapi_api_key" in src_dict:
                    vapi_api_key: Any = src_dict["vapi_api_key"]
                    _present += 1
                    if type(vapi_api_key) is not str:
                        vapi_api_key = checked(vapi_api_key, (str,))
                else:
                    vapi_api_key = UNSET
            except FIELD_ERRORS as _error:
                vapi_api_key, _found = tolerated(src_dict, "vapi_api_key", _error, _found, "str")

            _field = "vapi_api_key_configured"
            try:
                if "vapi_api_key_configured" in src_dict:
                    vapi_api_key_configured: Any = src_dict["vapi_api_key_configured"]
                    _present += 1
                    if type(vapi_api_key_configured) is not str:
                        vapi_api_key_configured = checked(vapi_api_key_configured, (str,))
                else:
                    vapi_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                vapi_api_key_configured, _found = tolerated(src_dict, "vapi_api_key_configured", _error, _found, "str")

            _field = "vapi_public_key_configured"
            try:
                if "vapi_public_key_configured" in src_dict:
                    vapi_public_key_configured: Any = src_dict["vapi_public_key_configured"]
                    _present += 1
                    if type(vapi_public_key_configured) is not str:
                        vapi_public_key_configured = checked(vapi_public_key_configured, (str,))
                else:
                    vapi_public_key_configured = UNSET
            except FIELD_ERRORS as _error:
                vapi_public_key_configured, _found = tolerated(
                    src_dict, "vapi_public_key_configured", _error, _found, "str"
                )

            _field = "retell_api_key"
            try:
                if "retell_api_key" in src_dict:
                    retell_api_key: Any = src_dict["retell_api_key"]
                    _present += 1
                    if type(retell_api_key) is not str:
                        retell_api_key = checked(retell_api_key, (str,))
                else:
                    retell_api_key = UNSET
            except FIELD_ERRORS as _error:
                retell_api_key, _found = tolerated(src_dict, "retell_api_key", _error, _found, "str")

            _field = "retell_api_key_configured"
            try:
                if "retell_api_key_configured" in src_dict:
                    retell_api_key_configured: Any = src_dict["retell_api_key_configured"]
                    _present += 1
                    if type(retell_api_key_configured) is not str:
                        retell_api_key_configured = checked(retell_api_key_configured, (str,))
                else:
                    retell_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                retell_api_key_configured, _found = tolerated(
                    src_dict, "retell_api_key_configured", _error, _found, "str"
                )

            _field = "elevenlabs_api_key"
            try:
                if "elevenlabs_api_key" in src_dict:
                    elevenlabs_api_key: Any = src_dict["elevenlabs_api_key"]
                    _present += 1
                    if type(elevenlabs_api_key) is not str:
                        elevenlabs_api_key = checked(elevenlabs_api_key, (str,))
                else:
                    elevenlabs_api_key = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_api_key, _found = tolerated(src_dict, "elevenlabs_api_key", _error, _found, "str")

            _field = "elevenlabs_api_key_configured"
            try:
                if "elevenlabs_api_key_configured" in src_dict:
                    elevenlabs_api_key_configured: Any = src_dict["elevenlabs_api_key_configured"]
                    _present += 1
                    if type(elevenlabs_api_key_configured) is not str:
                        elevenlabs_api_key_configured = checked(elevenlabs_api_key_configured, (str,))
                else:
                    elevenlabs_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_api_key_configured, _found = tolerated(
                    src_dict, "elevenlabs_api_key_configured", _error, _found, "str"
                )

            _field = "bland_api_key"
            try:
                if "bland_api_key" in src_dict:
                    bland_api_key: Any = src_dict["bland_api_key"]
                    _present += 1
                    if type(bland_api_key) is not str:
                        bland_api_key = checked(bland_api_key, (str,))
                else:
                    bland_api_key = UNSET
            except FIELD_ERRORS as _error:
                bland_api_key, _found = tolerated(src_dict, "bland_api_key", _error, _found, "str")

            _field = "bland_api_key_configured"
            try:
                if "bland_api_key_configured" in src_dict:
                    bland_api_key_configured: Any = src_dict["bland_api_key_configured"]
                    _present += 1
                    if type(bland_api_key_configured) is not str:
                        bland_api_key_configured = checked(bland_api_key_configured, (str,))
                else:
                    bland_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                bland_api_key_configured, _found = tolerated(
                    src_dict, "bland_api_key_configured", _error, _found, "str"
                )

            _field = "bland_data"
            try:
                if "bland_data" in src_dict:
                    bland_data: Any = src_dict["bland_data"]
                    _present += 1
                    if type(bland_data) is not str:
                        bland_data = checked(bland_data, (str,))
                else:
                    bland_data = UNSET
            except FIELD_ERRORS as _error:
                bland_data, _found = tolerated(src_dict, "bland_data", _error, _found, "str")

            _field = "livekit_api_key"
            try:
                if "livekit_api_key" in src_dict:
                    livekit_api_key: Any = src_dict["livekit_api_key"]
                    _present += 1
                    if type(livekit_api_key) is not str:
                        livekit_api_key = checked(livekit_api_key, (str,))
                else:
                    livekit_api_key = UNSET
            except FIELD_ERRORS as _error:
                livekit_api_key, _found = tolerated(src_dict, "livekit_api_key", _error, _found, "str")

            _field = "livekit_api_key_configured"
            try:
                if "livekit_api_key_configured" in src_dict:
                    livekit_api_key_configured: Any = src_dict["livekit_api_key_configured"]
                    _present += 1
                    if type(livekit_api_key_configured) is not str:
                        livekit_api_key_configured = checked(livekit_api_key_configured, (str,))
                else:
                    livekit_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                livekit_api_key_configured, _found = tolerated(
                    src_dict, "livekit_api_key_configured", _error, _found, "str"
                )

            _field = "livekit_data"
            try:
                if "livekit_data" in src_dict:
                    livekit_data: Any = src_dict["livekit_data"]
                    _present += 1
                    if type(livekit_data) is not str:
                        livekit_data = checked(livekit_data, (str,))
                else:
                    livekit_data = UNSET
            except FIELD_ERRORS as _error:
                livekit_data, _found = tolerated(src_dict, "livekit_data", _error, _found, "str")

            _field = "pipecat_api_key"
            try:
                if "pipecat_api_key" in src_dict:
                    pipecat_api_key: Any = src_dict["pipecat_api_key"]
                    _present += 1
                    if type(pipecat_api_key) is not str:
                        pipecat_api_key = checked(pipecat_api_key, (str,))
                else:
                    pipecat_api_key = UNSET
            except FIELD_ERRORS as _error:
                pipecat_api_key, _found = tolerated(src_dict, "pipecat_api_key", _error, _found, "str")

            _field = "pipecat_api_key_configured"
            try:
                if "pipecat_api_key_configured" in src_dict:
                    pipecat_api_key_configured: Any = src_dict["pipecat_api_key_configured"]
                    _present += 1
                    if type(pipecat_api_key_configured) is not str:
                        pipecat_api_key_configured = checked(pipecat_api_key_configured, (str,))
                else:
                    pipecat_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                pipecat_api_key_configured, _found = tolerated(
                    src_dict, "pipecat_api_key_configured", _error, _found, "str"
                )

            _field = "pipecat_data"
            try:
                if "pipecat_data" in src_dict:
                    pipecat_data: Any = src_dict["pipecat_data"]
                    _present += 1
                    if type(pipecat_data) is not str:
                        pipecat_data = checked(pipecat_data, (str,))
                else:
                    pipecat_data = UNSET
            except FIELD_ERRORS as _error:
                pipecat_data, _found = tolerated(src_dict, "pipecat_data", _error, _found, "str")

            _field = "koreai_client_secret"
            try:
                if "koreai_client_secret" in src_dict:
                    koreai_client_secret: Any = src_dict["koreai_client_secret"]
                    _present += 1
                    if type(koreai_client_secret) is not str:
                        koreai_client_secret = checked(koreai_client_secret, (str,))
                else:
                    koreai_client_secret = UNSET
            except FIELD_ERRORS as _error:
                koreai_client_secret, _found = tolerated(src_dict, "koreai_client_secret", _error, _found, "str")

            _field = "koreai_client_secret_configured"
            try:
                if "koreai_client_secret_configured" in src_dict:
                    koreai_client_secret_configured: Any = src_dict["koreai_client_secret_configured"]
                    _present += 1
                    if type(koreai_client_secret_configured) is not str:
                        koreai_client_secret_configured = checked(koreai_client_secret_configured, (str,))
                else:
                    koreai_client_secret_configured = UNSET
            except FIELD_ERRORS as _error:
                koreai_client_secret_configured, _found = tolerated(
                    src_dict, "koreai_client_secret_configured", _error, _found, "str"
                )

            _field = "koreai_api_key_configured"
            try:
                if "koreai_api_key_configured" in src_dict:
                    koreai_api_key_configured: Any = src_dict["koreai_api_key_configured"]
                    _present += 1
                    if type(koreai_api_key_configured) is not str:
                        koreai_api_key_configured = checked(koreai_api_key_configured, (str,))
                else:
                    koreai_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                koreai_api_key_configured, _found = tolerated(
                    src_dict, "koreai_api_key_configured", _error, _found, "str"
                )

            _field = "koreai_data"
            try:
                if "koreai_data" in src_dict:
                    koreai_data: Any = src_dict["koreai_data"]
                    _present += 1
                    if type(koreai_data) is not str:
                        koreai_data = checked(koreai_data, (str,))
                else:
                    koreai_data = UNSET
            except FIELD_ERRORS as _error:
                koreai_data, _found = tolerated(src_dict, "koreai_data", _error, _found, "str")

            _field = "genesys_client_secret"
            try:
                if "genesys_client_secret" in src_dict:
                    genesys_client_secret: Any = src_dict["genesys_client_secret"]
                    _present += 1
                    if type(genesys_client_secret) is not str:
                        genesys_client_secret = checked(genesys_client_secret, (str,))
                else:
                    genesys_client_secret = UNSET
            except FIELD_ERRORS as _error:
                genesys_client_secret, _found = tolerated(src_dict, "genesys_client_secret", _error, _found, "str")

            _field = "genesys_client_secret_configured"
            try:
                if "genesys_client_secret_configured" in src_dict:
                    genesys_client_secret_configured: Any = src_dict["genesys_client_secret_configured"]
                    _present += 1
                    if type(genesys_client_secret_configured) is not str:
                        genesys_client_secret_configured = checked(genesys_client_secret_configured, (str,))
                else:
                    genesys_client_secret_configured = UNSET
            except FIELD_ERRORS as _error:
                genesys_client_secret_configured, _found = tolerated(
                    src_dict, "genesys_client_secret_configured", _error, _found, "str"
                )

            _field = "genesys_data"
            try:
                if "genesys_data" in src_dict:
                    genesys_data: Any = src_dict["genesys_data"]
                    _present += 1
                    if type(genesys_data) is not str:
                        genesys_data = checked(genesys_data, (str,))
                else:
                    genesys_data = UNSET
            except FIELD_ERRORS as _error:
                genesys_data, _found = tolerated(src_dict, "genesys_data", _error, _found, "str")

            _field = "agentforce_client_secret"
            try:
                if "agentforce_client_secret" in src_dict:
                    agentforce_client_secret: Any = src_dict["agentforce_client_secret"]
                    _present += 1
                    if type(agentforce_client_secret) is not str:
                        agentforce_client_secret = checked(agentforce_client_secret, (str,))
                else:
                    agentforce_client_secret = UNSET
            except FIELD_ERRORS as _error:
                agentforce_client_secret, _found = tolerated(
                    src_dict, "agentforce_client_secret", _error, _found, "str"
                )

            _field = "agentforce_client_secret_configured"
            try:
                if "agentforce_client_secret_configured" in src_dict:
                    agentforce_client_secret_configured: Any = src_dict["agentforce_client_secret_configured"]
                    _present += 1
                    if type(agentforce_client_secret_configured) is not str:
                        agentforce_client_secret_configured = checked(agentforce_client_secret_configured, (str,))
                else:
                    agentforce_client_secret_configured = UNSET
            except FIELD_ERRORS as _error:
                agentforce_client_secret_configured, _found = tolerated(
                    src_dict, "agentforce_client_secret_configured", _error, _found, "str"
                )

            _field = "agentforce_data"
            try:
                if "agentforce_data" in src_dict:
                    agentforce_data: Any = src_dict["agentforce_data"]
                    _present += 1
                    if type(agentforce_data) is not str:
                        agentforce_data = checked(agentforce_data, (str,))
                else:
                    agentforce_data = UNSET
            except FIELD_ERRORS as _error:
                agentforce_data, _found = tolerated(src_dict, "agentforce_data", _error, _found, "str")

            _field = "sierra_agent_token"
            try:
                if "sierra_agent_token" in src_dict:
                    sierra_agent_token: Any = src_dict["sierra_agent_token"]
                    _present += 1
                    if type(sierra_agent_token) is not str:
                        sierra_agent_token = checked(sierra_agent_token, (str,))
                else:
                    sierra_agent_token = UNSET
            except FIELD_ERRORS as _error:
                sierra_agent_token, _found = tolerated(src_dict, "sierra_agent_token", _error, _found, "str")

            _field = "sierra_agent_token_configured"
            try:
                if "sierra_agent_token_configured" in src_dict:
                    sierra_agent_token_configured: Any = src_dict["sierra_agent_token_configured"]
                    _present += 1
                    if type(sierra_agent_token_configured) is not str:
                        sierra_agent_token_configured = checked(sierra_agent_token_configured, (str,))
                else:
                    sierra_agent_token_configured = UNSET
            except FIELD_ERRORS as _error:
                sierra_agent_token_configured, _found = tolerated(
                    src_dict, "sierra_agent_token_configured", _error, _found, "str"
                )

            _field = "sierra_data"
            try:
                if "sierra_data" in src_dict:
                    sierra_data: Any = src_dict["sierra_data"]
                    _present += 1
                    if type(sierra_data) is not str:
                        sierra_data = checked(sierra_data, (str,))
                else:
                    sierra_data = UNSET
            except FIELD_ERRORS as _error:
                sierra_data, _found = tolerated(src_dict, "sierra_data", _error, _found, "str")

            _field = "amazon_connect_security_token"
            try:
                if "amazon_connect_security_token" in src_dict:
                    amazon_connect_security_token: Any = src_dict["amazon_connect_security_token"]
                    _present += 1
                    if type(amazon_connect_security_token) is not str:
                        amazon_connect_security_token = checked(amazon_connect_security_token, (str,))
                else:
                    amazon_connect_security_token = UNSET
            except FIELD_ERRORS as _error:
                amazon_connect_security_token, _found = tolerated(
                    src_dict, "amazon_connect_security_token", _error, _found, "str"
                )

            _field = "amazon_connect_security_token_configured"
            try:
                if "amazon_connect_security_token_configured" in src_dict:
                    amazon_connect_security_token_configured: Any = src_dict["amazon_connect_security_token_configured"]
                    _present += 1
                    if type(amazon_connect_security_token_configured) is not str:
                        amazon_connect_security_token_configured = checked(
                            amazon_connect_security_token_configured, (str,)
                        )
                else:
                    amazon_connect_security_token_configured = UNSET
            except FIELD_ERRORS as _error:
                amazon_connect_security_token_configured, _found = tolerated(
                    src_dict, "amazon_connect_security_token_configured", _error, _found, "str"
                )

            _field = "amazon_connect_data"
            try:
                if "amazon_connect_data" in src_dict:
                    amazon_connect_data: Any = src_dict["amazon_connect_data"]
                    _present += 1
                    if type(amazon_connect_data) is not str:
                        amazon_connect_data = checked(amazon_connect_data, (str,))
                else:
                    amazon_connect_data = UNSET
            except FIELD_ERRORS as _error:
                amazon_connect_data, _found = tolerated(src_dict, "amazon_connect_data", _error, _found, "str")

            _field = "custom_provider_api_key"
            try:
                if "custom_provider_api_key" in src_dict:
                    custom_provider_api_key: Any = src_dict["custom_provider_api_key"]
                    _present += 1
                    if type(custom_provider_api_key) is not str:
                        custom_provider_api_key = checked(custom_provider_api_key, (str,))
                else:
                    custom_provider_api_key = UNSET
            except FIELD_ERRORS as _error:
                custom_provider_api_key, _found = tolerated(src_dict, "custom_provider_api_key", _error, _found, "str")

            _field = "custom_provider_api_key_configured"
            try:
                if "custom_provider_api_key_configured" in src_dict:
                    custom_provider_api_key_configured: Any = src_dict["custom_provider_api_key_configured"]
                    _present += 1
                    if type(custom_provider_api_key_configured) is not str:
                        custom_provider_api_key_configured = checked(custom_provider_api_key_configured, (str,))
                else:
                    custom_provider_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                custom_provider_api_key_configured, _found = tolerated(
                    src_dict, "custom_provider_api_key_configured", _error, _found, "str"
                )

            _field = "custom_provider_data"
            try:
                if "custom_provider_data" in src_dict:
                    custom_provider_data: Any = src_dict["custom_provider_data"]
                    _present += 1
                    if type(custom_provider_data) is not str:
                        custom_provider_data = checked(custom_provider_data, (str,))
                else:
                    custom_provider_data = UNSET
            except FIELD_ERRORS as _error:
                custom_provider_data, _found = tolerated(src_dict, "custom_provider_data", _error, _found, "str")

            _field = "vapi_data"
            try:
                if "vapi_data" in src_dict:
                    vapi_data: Any = src_dict["vapi_data"]
                    _present += 1
                    if type(vapi_data) is not str:
                        vapi_data = checked(vapi_data, (str,))
                else:
                    vapi_data = UNSET
            except FIELD_ERRORS as _error:
                vapi_data, _found = tolerated(src_dict, "vapi_data", _error, _found, "str")

            _field = "retell_data"
            try:
                if "retell_data" in src_dict:
                    retell_data: Any = src_dict["retell_data"]
                    _present += 1
                    if type(retell_data) is not str:
                        retell_data = checked(retell_data, (str,))
                else:
                    retell_data = UNSET
            except FIELD_ERRORS as _error:
                retell_data, _found = tolerated(src_dict, "retell_data", _error, _found, "str")

            _field = "elevenlabs_data"
            try:
                if "elevenlabs_data" in src_dict:
                    elevenlabs_data: Any = src_dict["elevenlabs_data"]
                    _present += 1
                    if type(elevenlabs_data) is not str:
                        elevenlabs_data = checked(elevenlabs_data, (str,))
                else:
                    elevenlabs_data = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_data, _found = tolerated(src_dict, "elevenlabs_data", _error, _found, "str")

            _field = "agora_api_key"
            try:
                if "agora_api_key" in src_dict:
                    agora_api_key: Any = src_dict["agora_api_key"]
                    _present += 1
                    if type(agora_api_key) is not str:
                        agora_api_key = checked(agora_api_key, (str,))
                else:
                    agora_api_key = UNSET
            except FIELD_ERRORS as _error:
                agora_api_key, _found = tolerated(src_dict, "agora_api_key", _error, _found, "str")

            _field = "agora_data"
            try:
                if "agora_data" in src_dict:
                    agora_data: Any = src_dict["agora_data"]
                    _present += 1
                    if type(agora_data) is not str:
                        agora_data = checked(agora_data, (str,))
                else:
                    agora_data = UNSET
            except FIELD_ERRORS as _error:
                agora_data, _found = tolerated(src_dict, "agora_data", _error, _found, "str")

            _field = "synthflow_api_key"
            try:
                if "synthflow_api_key" in src_dict:
                    synthflow_api_key: Any = src_dict["synthflow_api_key"]
                    _present += 1
                    if type(synthflow_api_key) is not str:
                        synthflow_api_key = checked(synthflow_api_key, (str,))
                else:
                    synthflow_api_key = UNSET
            except FIELD_ERRORS as _error:
                synthflow_api_key, _found = tolerated(src_dict, "synthflow_api_key", _error, _found, "str")

            _field = "synthflow_api_key_configured"
            try:
                if "synthflow_api_key_configured" in src_dict:
                    synthflow_api_key_configured: Any = src_dict["synthflow_api_key_configured"]
                    _present += 1
                    if type(synthflow_api_key_configured) is not str:
                        synthflow_api_key_configured = checked(synthflow_api_key_configured, (str,))
                else:
                    synthflow_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                synthflow_api_key_configured, _found = tolerated(
                    src_dict, "synthflow_api_key_configured", _error, _found, "str"
                )

            _field = "synthflow_data"
            try:
                if "synthflow_data" in src_dict:
                    synthflow_data: Any = src_dict["synthflow_data"]
                    _present += 1
                    if type(synthflow_data) is not str:
                        synthflow_data = checked(synthflow_data, (str,))
                else:
                    synthflow_data = UNSET
            except FIELD_ERRORS as _error:
                synthflow_data, _found = tolerated(src_dict, "synthflow_data", _error, _found, "str")

            _field = "telnyx_api_key"
            try:
                if "telnyx_api_key" in src_dict:
                    telnyx_api_key: Any = src_dict["telnyx_api_key"]
                    _present += 1
                    if type(telnyx_api_key) is not str:
                        telnyx_api_key = checked(telnyx_api_key, (str,))
                else:
                    telnyx_api_key = UNSET
            except FIELD_ERRORS as _error:
                telnyx_api_key, _found = tolerated(src_dict, "telnyx_api_key", _error, _found, "str")

            _field = "telnyx_api_key_configured"
            try:
                if "telnyx_api_key_configured" in src_dict:
                    telnyx_api_key_configured: Any = src_dict["telnyx_api_key_configured"]
                    _present += 1
                    if type(telnyx_api_key_configured) is not str:
                        telnyx_api_key_configured = checked(telnyx_api_key_configured, (str,))
                else:
                    telnyx_api_key_configured = UNSET
            except FIELD_ERRORS as _error:
                telnyx_api_key_configured, _found = tolerated(
                    src_dict, "telnyx_api_key_configured", _error, _found, "str"
                )

            _field = "enabled_personalities"
            try:
                if "enabled_personalities" in src_dict:
                    enabled_personalities: Any = src_dict["enabled_personalities"]
                    _present += 1
                    if type(enabled_personalities) is not list:
                        enabled_personalities = checked(enabled_personalities, (list,))
                    for _item in enabled_personalities:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    enabled_personalities = UNSET
            except FIELD_ERRORS as _error:
                enabled_personalities, _found = tolerated(
                    src_dict,
                    "enabled_personalities",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

            _field = "dropoff_nodes"
            try:
                if "dropoff_nodes" in src_dict:
                    dropoff_nodes: Any = src_dict["dropoff_nodes"]
                    _present += 1

                else:
                    dropoff_nodes = UNSET
            except FIELD_ERRORS as _error:
                dropoff_nodes, _found = tolerated(src_dict, "dropoff_nodes", _error, _found, "Any")

            _field = "topic_nodes"
            try:
                if "topic_nodes" in src_dict:
                    topic_nodes: Any = src_dict["topic_nodes"]
                    _present += 1

                else:
                    topic_nodes = UNSET
            except FIELD_ERRORS as _error:
                topic_nodes, _found = tolerated(src_dict, "topic_nodes", _error, _found, "Any")

            _field = "pronunciation_words"
            try:
                if "pronunciation_words" in src_dict:
                    pronunciation_words: Any = src_dict["pronunciation_words"]
                    _present += 1

                else:
                    pronunciation_words = UNSET
            except FIELD_ERRORS as _error:
                pronunciation_words, _found = tolerated(src_dict, "pronunciation_words", _error, _found, "Any | None")

            _field = "spelling_word_types"
            try:
                if "spelling_word_types" in src_dict:
                    spelling_word_types: Any = src_dict["spelling_word_types"]
                    _present += 1

                else:
                    spelling_word_types = UNSET
            except FIELD_ERRORS as _error:
                spelling_word_types, _found = tolerated(src_dict, "spelling_word_types", _error, _found, "Any | None")

            _field = "auto_update_dropoff_nodes"
            try:
                if "auto_update_dropoff_nodes" in src_dict:
                    auto_update_dropoff_nodes: Any = src_dict["auto_update_dropoff_nodes"]
                    _present += 1
                    if type(auto_update_dropoff_nodes) is not bool:
                        auto_update_dropoff_nodes = checked(auto_update_dropoff_nodes, (bool,))
                else:
                    auto_update_dropoff_nodes = UNSET
            except FIELD_ERRORS as _error:
                auto_update_dropoff_nodes, _found = tolerated(
                    src_dict, "auto_update_dropoff_nodes", _error, _found, "bool"
                )

            _field = "auto_update_topic_nodes"
            try:
                if "auto_update_topic_nodes" in src_dict:
                    auto_update_topic_nodes: Any = src_dict["auto_update_topic_nodes"]
                    _present += 1
                    if type(auto_update_topic_nodes) is not bool:
                        auto_update_topic_nodes = checked(auto_update_topic_nodes, (bool,))
                else:
                    auto_update_topic_nodes = UNSET
            except FIELD_ERRORS as _error:
                auto_update_topic_nodes, _found = tolerated(src_dict, "auto_update_topic_nodes", _error, _found, "bool")

            _field = "hallucination_metric_kb_files"
            try:
                _hallucination_metric_kb_files = src_dict.get("hallucination_metric_kb_files", UNSET)
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
                if hallucination_metric_kb_files is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                hallucination_metric_kb_files, _found = tolerated(
                    src_dict, "hallucination_metric_kb_files", _error, _found, "list[int | None]"
                )

            _field = "outbound_numbers"
            try:
                if "outbound_numbers" in src_dict:
                    outbound_numbers: Any = src_dict["outbound_numbers"]
                    _present += 1

                else:
                    outbound_numbers = UNSET
            except FIELD_ERRORS as _error:
                outbound_numbers, _found = tolerated(src_dict, "outbound_numbers", _error, _found, "Any")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _field = "auto_fetch_calls_enabled"
            try:
                if "auto_fetch_calls_enabled" in src_dict:
                    auto_fetch_calls_enabled: Any = src_dict["auto_fetch_calls_enabled"]
                    _present += 1
                    if type(auto_fetch_calls_enabled) is not bool:
                        auto_fetch_calls_enabled = checked(auto_fetch_calls_enabled, (bool,))
                else:
                    auto_fetch_calls_enabled = UNSET
            except FIELD_ERRORS as _error:
                auto_fetch_calls_enabled, _found = tolerated(
                    src_dict, "auto_fetch_calls_enabled", _error, _found, "bool"
                )

            _field = "auto_sync_prompt_enabled"
            try:
                if "auto_sync_prompt_enabled" in src_dict:
                    auto_sync_prompt_enabled: Any = src_dict["auto_sync_prompt_enabled"]
                    _present += 1
                    if type(auto_sync_prompt_enabled) is not bool:
                        auto_sync_prompt_enabled = checked(auto_sync_prompt_enabled, (bool,))
                else:
                    auto_sync_prompt_enabled = UNSET
            except FIELD_ERRORS as _error:
                auto_sync_prompt_enabled, _found = tolerated(
                    src_dict, "auto_sync_prompt_enabled", _error, _found, "bool"
                )

            _field = "agent_gives_first_message"
            try:
                if "agent_gives_first_message" in src_dict:
                    agent_gives_first_message: Any = src_dict["agent_gives_first_message"]
                    _present += 1
                    if agent_gives_first_message is not None:
                        if type(agent_gives_first_message) is not bool:
                            agent_gives_first_message = checked(agent_gives_first_message, (bool, type(None)))
                else:
                    agent_gives_first_message = UNSET
            except FIELD_ERRORS as _error:
                agent_gives_first_message, _found = tolerated(
                    src_dict, "agent_gives_first_message", _error, _found, "bool | None"
                )

            _field = "webhook_url"
            try:
                if "webhook_url" in src_dict:
                    webhook_url: Any = src_dict["webhook_url"]
                    _present += 1
                    if type(webhook_url) is not str:
                        webhook_url = checked(webhook_url, (str,))
                else:
                    webhook_url = UNSET
            except FIELD_ERRORS as _error:
                webhook_url, _found = tolerated(src_dict, "webhook_url", _error, _found, "str")

            _field = "webhook_secret"
            try:
                if "webhook_secret" in src_dict:
                    webhook_secret: Any = src_dict["webhook_secret"]
                    _present += 1
                    if type(webhook_secret) is not str:
                        webhook_secret = checked(webhook_secret, (str,))
                else:
                    webhook_secret = UNSET
            except FIELD_ERRORS as _error:
                webhook_secret, _found = tolerated(src_dict, "webhook_secret", _error, _found, "str")

            _field = "webhook_secret_configured"
            try:
                if "webhook_secret_configured" in src_dict:
                    webhook_secret_configured: Any = src_dict["webhook_secret_configured"]
                    _present += 1
                    if type(webhook_secret_configured) is not str:
                        webhook_secret_configured = checked(webhook_secret_configured, (str,))
                else:
                    webhook_secret_configured = UNSET
            except FIELD_ERRORS as _error:
                webhook_secret_configured, _found = tolerated(
                    src_dict, "webhook_secret_configured", _error, _found, "str"
                )

            _field = "email_id"
            try:
                if "email_id" in src_dict:
                    email_id: Any = src_dict["email_id"]
                    _present += 1
                    if email_id is not None:
                        if type(email_id) is not str:
                            email_id = checked(email_id, (str, type(None)))
                else:
                    email_id = UNSET
            except FIELD_ERRORS as _error:
                email_id, _found = tolerated(src_dict, "email_id", _error, _found, "None | str")

            _instance = cls(
                agent_name=agent_name,
                inbound=inbound,
                description=description,
                id=id,
                contact_number=contact_number,
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
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except FIELD_ERRORS as error:
            raise failure(_field, error) from None
        return _instance

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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, SchemaUpdateAIAgentExternalWebsocketHeaders  # noqa: PLW0603
    from ..models.schema_update_ai_agent_external_websocket_headers import SchemaUpdateAIAgentExternalWebsocketHeaders  # noqa: PLC0415

    _imports_pending = False
