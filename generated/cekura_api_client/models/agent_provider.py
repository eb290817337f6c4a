from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_provider_redact_fields_type_0_item import AgentProviderRedactFieldsType0Item
from ..models.agent_provider_type import AgentProviderType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_credentials import AgentCredentials
    from ..models.chat_agent_details import ChatAgentDetails


_PROPERTIES: frozenset[str] = frozenset(
    {
        "type",
        "agent_id",
        "credentials",
        "chat_agent_details",
        "chat_provider",
        "auto_dial_outbound",
        "auto_import_calls",
        "auto_sync_prompt",
        "send_post_conversation_metadata",
        "redact_fields",
    }
)

T = TypeVar("T", bound="AgentProvider")


@_attrs_define
class AgentProvider:
    type_: AgentProviderType | Unset = UNSET
    """ Voice/inbound platform provider type. Valid values: vapi, retell, elevenlabs, bland, livekit, cisco,
    synthflow, koreai, genesys, amazon_connect, pipecat, custom. Use 'custom' (or omit) for chat-only agents with no
    voice provider — the chat channel goes in chat_agent_details.type. For a raw-PCM websocket voice agent you host
    yourself, use type='custom' and put the endpoint in telephony.websocket_url. Text-only channels (sms, whatsapp,
    agentforce, sierra) belong in chat_agent_details.type, not here.

    * `vapi` - Vapi
    * `retell` - Retell
    * `elevenlabs` - Elevenlabs
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
    * `custom` - Custom (chat-only, no voice provider) """
    agent_id: None | str | Unset = UNSET
    """ Agent ID for voice/inbound runs on the provider's platform. For vapi, elevenlabs, retell, synthflow, and
    bland this is the voice agent ID (for bland it's the persona_id). Bland's pathway_id and retell's chat agent ID
    go in chat_agent_details.config.agent_id. """
    credentials: AgentCredentials | None | Unset = UNSET
    chat_agent_details: ChatAgentDetails | None | Unset = UNSET
    """ Optional chat/text-mode configuration. Defines which provider handles text-mode test runs. The allowed chat
    type depends on the voice provider.type. """
    chat_provider: str | Unset = UNSET
    """ Read-only. The provider that runs this agent's text-mode conversations. Mirrors chat_agent_details.type when
    that block is present, and is also reported for chat-only agents whose chat runtime is a voice platform, where
    chat_agent_details is omitted. Set the chat provider via chat_agent_details. """
    auto_dial_outbound: bool | None | Unset = UNSET
    """ Auto-dial the outbound number when running outbound scenarios. Supported for: vapi, retell, elevenlabs,
    bland, livekit. """
    auto_import_calls: bool | None | Unset = UNSET
    """ Auto-import calls from the provider every 30s. Supported for: vapi, retell, elevenlabs. """
    auto_sync_prompt: bool | None | Unset = UNSET
    """ Enable one-way prompt sync from the provider to Cekura on a schedule. Cekura re-fetches the provider prompt
    and updates the agent description; it does not push Cekura description changes back to the provider. Supported
    for: vapi, retell, elevenlabs, synthflow, telnyx, bland. """
    send_post_conversation_metadata: bool | None | Unset = UNSET
    """ Enable Cekura to accept call transcripts pushed by your agent via POST /custom-provider-webhook/. Only for
    self-hosted (custom) providers. """
    redact_fields: list[AgentProviderRedactFieldsType0Item] | None | Unset = UNSET
    """ Sensitive fields removed from the transcript and audio of every call ingested for this agent, including
    auto-imported and webhook calls. Empty list disables redaction. Billed at 0.1 credits per call minute by default
    whenever any field is set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is AgentProviderType
                else enum_value(AgentProviderType, self.type_, "type", self)
            )
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.credentials, Unset):
            field_dict["credentials"] = (
                None
                if self.credentials is None
                else self.credentials.to_dict()
                if type(self.credentials) is AgentCredentials
                else written(self.credentials, "credentials", self)
            )
        if not isinstance(self.chat_agent_details, Unset):
            field_dict["chat_agent_details"] = (
                None
                if self.chat_agent_details is None
                else self.chat_agent_details.to_dict()
                if type(self.chat_agent_details) is ChatAgentDetails
                else written(self.chat_agent_details, "chat_agent_details", self)
            )
        if not isinstance(self.chat_provider, Unset) and _response:
            field_dict["chat_provider"] = self.chat_provider
        if not isinstance(self.auto_dial_outbound, Unset):
            field_dict["auto_dial_outbound"] = self.auto_dial_outbound
        if not isinstance(self.auto_import_calls, Unset):
            field_dict["auto_import_calls"] = self.auto_import_calls
        if not isinstance(self.auto_sync_prompt, Unset):
            field_dict["auto_sync_prompt"] = self.auto_sync_prompt
        if not isinstance(self.send_post_conversation_metadata, Unset):
            field_dict["send_post_conversation_metadata"] = self.send_post_conversation_metadata
        if not isinstance(self.redact_fields, Unset):
            field_dict["redact_fields"] = (
                None
                if self.redact_fields is None
                else [
                    element._value_
                    if type(element) is AgentProviderRedactFieldsType0Item
                    else enum_value(AgentProviderRedactFieldsType0Item, element, "redact_fields", self)
                    for element in self.redact_fields
                ]
                if type(self.redact_fields) is list
                else written(self.redact_fields, "redact_fields", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        AgentProviderType._value2member_map_.get(type_) or AgentProviderType(type_)
                        if type(type_) is str
                        else checked(type_, (AgentProviderType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "AgentProviderType")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if agent_id is not None:
                        if type(agent_id) is not str:
                            agent_id = checked(agent_id, (str, type(None)))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "None | str")

            _field = "credentials"
            try:
                if "credentials" in src_dict:
                    credentials: Any = src_dict["credentials"]
                    _present += 1
                    if credentials is not None:
                        credentials = AgentCredentials.from_dict(credentials)
                else:
                    credentials = UNSET
            except FIELD_ERRORS as _error:
                credentials, _found = tolerated(src_dict, "credentials", _error, _found, "AgentCredentials | None")

            _field = "chat_agent_details"
            try:
                if "chat_agent_details" in src_dict:
                    chat_agent_details: Any = src_dict["chat_agent_details"]
                    _present += 1
                    if chat_agent_details is not None:
                        chat_agent_details = ChatAgentDetails.from_dict(chat_agent_details)
                else:
                    chat_agent_details = UNSET
            except FIELD_ERRORS as _error:
                chat_agent_details, _found = tolerated(
                    src_dict, "chat_agent_details", _error, _found, "ChatAgentDetails | None"
                )

            _field = "chat_provider"
            try:
                if "chat_provider" in src_dict:
                    chat_provider: Any = src_dict["chat_provider"]
                    _present += 1
                    if type(chat_provider) is not str:
                        chat_provider = checked(chat_provider, (str,))
                else:
                    chat_provider = UNSET
            except FIELD_ERRORS as _error:
                chat_provider, _found = tolerated(src_dict, "chat_provider", _error, _found, "str")

            _field = "auto_dial_outbound"
            try:
                if "auto_dial_outbound" in src_dict:
                    auto_dial_outbound: Any = src_dict["auto_dial_outbound"]
                    _present += 1
                    if auto_dial_outbound is not None:
                        if type(auto_dial_outbound) is not bool:
                            auto_dial_outbound = checked(auto_dial_outbound, (bool, type(None)))
                else:
                    auto_dial_outbound = UNSET
            except FIELD_ERRORS as _error:
                auto_dial_outbound, _found = tolerated(src_dict, "auto_dial_outbound", _error, _found, "bool | None")

            _field = "auto_import_calls"
            try:
                if "auto_import_calls" in src_dict:
                    auto_import_calls: Any = src_dict["auto_import_calls"]
                    _present += 1
                    if auto_import_calls is not None:
                        if type(auto_import_calls) is not bool:
                            auto_import_calls = checked(auto_import_calls, (bool, type(None)))
                else:
                    auto_import_calls = UNSET
            except FIELD_ERRORS as _error:
                auto_import_calls, _found = tolerated(src_dict, "auto_import_calls", _error, _found, "bool | None")

            _field = "auto_sync_prompt"
            try:
                if "auto_sync_prompt" in src_dict:
                    auto_sync_prompt: Any = src_dict["auto_sync_prompt"]
                    _present += 1
                    if auto_sync_prompt is not None:
                        if type(auto_sync_prompt) is not bool:
                            auto_sync_prompt = checked(auto_sync_prompt, (bool, type(None)))
                else:
                    auto_sync_prompt = UNSET
            except FIELD_ERRORS as _error:
                auto_sync_prompt, _found = tolerated(src_dict, "auto_sync_prompt", _error, _found, "bool | None")

            _field = "send_post_conversation_metadata"
            try:
                if "send_post_conversation_metadata" in src_dict:
                    send_post_conversation_metadata: Any = src_dict["send_post_conversation_metadata"]
                    _present += 1
                    if send_post_conversation_metadata is not None:
                        if type(send_post_conversation_metadata) is not bool:
                            send_post_conversation_metadata = checked(
                                send_post_conversation_metadata, (bool, type(None))
                            )
                else:
                    send_post_conversation_metadata = UNSET
            except FIELD_ERRORS as _error:
                send_post_conversation_metadata, _found = tolerated(
                    src_dict, "send_post_conversation_metadata", _error, _found, "bool | None"
                )

            _field = "redact_fields"
            try:
                if "redact_fields" in src_dict:
                    redact_fields: Any = src_dict["redact_fields"]
                    _present += 1
                    if redact_fields is not None:
                        if type(redact_fields) is not list:
                            redact_fields = checked(redact_fields, (list, type(None)))
                        redact_fields = [
                            (
                                AgentProviderRedactFieldsType0Item._value2member_map_.get(element)
                                or AgentProviderRedactFieldsType0Item(element)
                            )
                            if type(element) is str
                            else checked(element, (AgentProviderRedactFieldsType0Item,))
                            for element in redact_fields
                        ]
                else:
                    redact_fields = UNSET
            except FIELD_ERRORS as _error:
                redact_fields, _found = tolerated(
                    src_dict,
                    "redact_fields",
                    _error,
                    _found,
                    "list[AgentProviderRedactFieldsType0Item] | None",
                    lambda element: (
                        (
                            AgentProviderRedactFieldsType0Item._value2member_map_.get(element)
                            or AgentProviderRedactFieldsType0Item(element)
                        )
                        if type(element) is str
                        else checked(element, (AgentProviderRedactFieldsType0Item,))
                    ),
                )

            _instance = cls(
                type_=type_,
                agent_id=agent_id,
                credentials=credentials,
                chat_agent_details=chat_agent_details,
                chat_provider=chat_provider,
                auto_dial_outbound=auto_dial_outbound,
                auto_import_calls=auto_import_calls,
                auto_sync_prompt=auto_sync_prompt,
                send_post_conversation_metadata=send_post_conversation_metadata,
                redact_fields=redact_fields,
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
    global _imports_pending, AgentCredentials, ChatAgentDetails  # noqa: PLW0603
    from ..models.agent_credentials import AgentCredentials  # noqa: PLC0415
    from ..models.chat_agent_details import ChatAgentDetails  # noqa: PLC0415

    _imports_pending = False
