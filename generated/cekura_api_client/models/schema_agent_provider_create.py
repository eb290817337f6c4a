from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_agent_provider_create_redact_fields_type_0_item import (
    SchemaAgentProviderCreateRedactFieldsType0Item,
)
from ..models.schema_agent_provider_create_type import SchemaAgentProviderCreateType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_credentials import AgentCredentials
    from ..models.chat_agent_details import ChatAgentDetails


T = TypeVar("T", bound="SchemaAgentProviderCreate")


@_attrs_define
class SchemaAgentProviderCreate:
    type_: SchemaAgentProviderCreateType | Unset = UNSET
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
    redact_fields: list[SchemaAgentProviderCreateRedactFieldsType0Item] | None | Unset = UNSET
    """ Sensitive fields removed from the transcript and audio of every call ingested for this agent, including
    auto-imported and webhook calls. Empty list disables redaction. Billed at 0.1 credits per call minute by default
    whenever any field is set. """
    configure_from_provider: bool | Unset = False
    """ When true on create for a cloud provider (vapi/retell/elevenlabs/synthflow), Cekura fetches the assistant's
    prompt, settings, phone, tools, dynamic variables and knowledge base and configures the agent automatically.
    Requires agent_id + credentials.api_key. The create response includes a progress_id to poll import-progress/.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_credentials import AgentCredentials  # noqa: PLC0415
        from ..models.chat_agent_details import ChatAgentDetails  # noqa: PLC0415

        _response = not building_request()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, AgentCredentials):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        chat_agent_details: dict[str, Any] | None | Unset
        if isinstance(self.chat_agent_details, Unset):
            chat_agent_details = UNSET
        elif isinstance(self.chat_agent_details, ChatAgentDetails):
            chat_agent_details = self.chat_agent_details.to_dict()
        else:
            chat_agent_details = self.chat_agent_details

        chat_provider = self.chat_provider

        auto_dial_outbound: bool | None | Unset
        if isinstance(self.auto_dial_outbound, Unset):
            auto_dial_outbound = UNSET
        else:
            auto_dial_outbound = self.auto_dial_outbound

        auto_import_calls: bool | None | Unset
        if isinstance(self.auto_import_calls, Unset):
            auto_import_calls = UNSET
        else:
            auto_import_calls = self.auto_import_calls

        auto_sync_prompt: bool | None | Unset
        if isinstance(self.auto_sync_prompt, Unset):
            auto_sync_prompt = UNSET
        else:
            auto_sync_prompt = self.auto_sync_prompt

        send_post_conversation_metadata: bool | None | Unset
        if isinstance(self.send_post_conversation_metadata, Unset):
            send_post_conversation_metadata = UNSET
        else:
            send_post_conversation_metadata = self.send_post_conversation_metadata

        redact_fields: list[str] | None | Unset
        if isinstance(self.redact_fields, Unset):
            redact_fields = UNSET
        elif isinstance(self.redact_fields, list):
            redact_fields = []
            for redact_fields_type_0_item_data in self.redact_fields:
                redact_fields_type_0_item = redact_fields_type_0_item_data.value
                redact_fields.append(redact_fields_type_0_item)

        else:
            redact_fields = self.redact_fields

        configure_from_provider = self.configure_from_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if chat_agent_details is not UNSET:
            field_dict["chat_agent_details"] = chat_agent_details
        if chat_provider is not UNSET and _response:
            field_dict["chat_provider"] = chat_provider
        if auto_dial_outbound is not UNSET:
            field_dict["auto_dial_outbound"] = auto_dial_outbound
        if auto_import_calls is not UNSET:
            field_dict["auto_import_calls"] = auto_import_calls
        if auto_sync_prompt is not UNSET:
            field_dict["auto_sync_prompt"] = auto_sync_prompt
        if send_post_conversation_metadata is not UNSET:
            field_dict["send_post_conversation_metadata"] = send_post_conversation_metadata
        if redact_fields is not UNSET:
            field_dict["redact_fields"] = redact_fields
        if configure_from_provider is not UNSET:
            field_dict["configure_from_provider"] = configure_from_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_credentials import AgentCredentials  # noqa: PLC0415
        from ..models.chat_agent_details import ChatAgentDetails  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: SchemaAgentProviderCreateType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = SchemaAgentProviderCreateType(_type_)

            if not isinstance(type_, (SchemaAgentProviderCreateType, Unset)):
                expect(type_, (SchemaAgentProviderCreateType, Unset))

            _field = "agent_id"

            def _parse_agent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

            if not isinstance(agent_id, (str, type(None), Unset)):
                expect(agent_id, (str, type(None), Unset))

            _field = "credentials"

            def _parse_credentials(data: object) -> AgentCredentials | None | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_0 = AgentCredentials.from_dict(data)

                    return credentials_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(AgentCredentials | None | Unset, data)

            credentials = _parse_credentials(d.pop("credentials", UNSET))

            if not isinstance(credentials, (AgentCredentials, type(None), Unset)):
                expect(credentials, (AgentCredentials, type(None), Unset))

            _field = "chat_agent_details"

            def _parse_chat_agent_details(data: object) -> ChatAgentDetails | None | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    chat_agent_details_type_0 = ChatAgentDetails.from_dict(data)

                    return chat_agent_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(ChatAgentDetails | None | Unset, data)

            chat_agent_details = _parse_chat_agent_details(d.pop("chat_agent_details", UNSET))

            if not isinstance(chat_agent_details, (ChatAgentDetails, type(None), Unset)):
                expect(chat_agent_details, (ChatAgentDetails, type(None), Unset))

            _field = "chat_provider"
            chat_provider = d.pop("chat_provider", UNSET)
            if not isinstance(chat_provider, (str, Unset)):
                expect(chat_provider, (str, Unset))

            _field = "auto_dial_outbound"

            def _parse_auto_dial_outbound(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            auto_dial_outbound = _parse_auto_dial_outbound(d.pop("auto_dial_outbound", UNSET))

            if not isinstance(auto_dial_outbound, (bool, type(None), Unset)):
                expect(auto_dial_outbound, (bool, type(None), Unset))

            _field = "auto_import_calls"

            def _parse_auto_import_calls(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            auto_import_calls = _parse_auto_import_calls(d.pop("auto_import_calls", UNSET))

            if not isinstance(auto_import_calls, (bool, type(None), Unset)):
                expect(auto_import_calls, (bool, type(None), Unset))

            _field = "auto_sync_prompt"

            def _parse_auto_sync_prompt(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            auto_sync_prompt = _parse_auto_sync_prompt(d.pop("auto_sync_prompt", UNSET))

            if not isinstance(auto_sync_prompt, (bool, type(None), Unset)):
                expect(auto_sync_prompt, (bool, type(None), Unset))

            _field = "send_post_conversation_metadata"

            def _parse_send_post_conversation_metadata(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            send_post_conversation_metadata = _parse_send_post_conversation_metadata(
                d.pop("send_post_conversation_metadata", UNSET)
            )

            if not isinstance(send_post_conversation_metadata, (bool, type(None), Unset)):
                expect(send_post_conversation_metadata, (bool, type(None), Unset))

            _field = "redact_fields"

            def _parse_redact_fields(
                data: object,
            ) -> list[SchemaAgentProviderCreateRedactFieldsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    redact_fields_type_0 = []
                    _redact_fields_type_0 = data
                    for redact_fields_type_0_item_data in _redact_fields_type_0:
                        redact_fields_type_0_item = SchemaAgentProviderCreateRedactFieldsType0Item(
                            redact_fields_type_0_item_data
                        )

                        redact_fields_type_0.append(redact_fields_type_0_item)

                    return redact_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[SchemaAgentProviderCreateRedactFieldsType0Item] | None | Unset, data)

            redact_fields = _parse_redact_fields(d.pop("redact_fields", UNSET))

            if not isinstance(redact_fields, (list, type(None), Unset)):
                expect(redact_fields, (list, type(None), Unset))

            _field = "configure_from_provider"
            configure_from_provider = d.pop("configure_from_provider", UNSET)
            if not isinstance(configure_from_provider, (bool, Unset)):
                expect(configure_from_provider, (bool, Unset))

            schema_agent_provider_create = cls(
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
                configure_from_provider=configure_from_provider,
            )

            schema_agent_provider_create.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_agent_provider_create

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
