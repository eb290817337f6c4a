from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_agent_details_type import ChatAgentDetailsType
from ..runtime.errors import SchemaValidationError
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, strictly, tolerated
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agentforce import Agentforce
    from ..models.amazon_connect_chat_config import AmazonConnectChatConfig
    from ..models.bland_chat_config import BlandChatConfig
    from ..models.retell_chat_config import RetellChatConfig
    from ..models.self_hosted_web_socket import SelfHostedWebSocket
    from ..models.sierra_chat_config import SierraChatConfig


_PROPERTIES: frozenset[str] = frozenset(
    {
        "type",
        "config",
    }
)

T = TypeVar("T", bound="ChatAgentDetails")


@_attrs_define
class ChatAgentDetails:
    """Chat-mode provider configuration nested inside the provider block."""

    type_: ChatAgentDetailsType | Unset = UNSET
    """ Chat provider type. Must be compatible with the voice provider.type. Valid values: retell, bland, vapi,
    elevenlabs, livekit, agora, sms, whatsapp, self_hosted, agentforce, amazon_connect, koreai, sierra. Pass an
    empty string "" (or send chat_agent_details: null) to clear the chat overlay.

    * `retell` - retell
    * `bland` - bland
    * `vapi` - vapi
    * `elevenlabs` - elevenlabs
    * `livekit` - livekit
    * `agora` - agora
    * `sms` - sms
    * `whatsapp` - whatsapp
    * `self_hosted` - self_hosted
    * `agentforce` - agentforce
    * `amazon_connect` - amazon_connect
    * `koreai` - koreai
    * `sierra` - sierra """
    config: (
        Agentforce
        | AmazonConnectChatConfig
        | BlandChatConfig
        | None
        | RetellChatConfig
        | SelfHostedWebSocket
        | SierraChatConfig
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, RetellChatConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, BlandChatConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, Agentforce):
            config = self.config.to_dict()
        elif isinstance(self.config, SelfHostedWebSocket):
            config = self.config.to_dict()
        elif isinstance(self.config, AmazonConnectChatConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, SierraChatConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is ChatAgentDetailsType
                else enum_value(ChatAgentDetailsType, self.type_, "type", self)
            )
        if config is not UNSET:
            field_dict["config"] = config
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
                        ChatAgentDetailsType._value2member_map_.get(type_) or ChatAgentDetailsType(type_)
                        if type(type_) is str
                        else checked(type_, (ChatAgentDetailsType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "ChatAgentDetailsType")

            _field = "config"
            try:

                def _parse_config(
                    data: object,
                ) -> (
                    Agentforce
                    | AmazonConnectChatConfig
                    | BlandChatConfig
                    | None
                    | RetellChatConfig
                    | SelfHostedWebSocket
                    | SierraChatConfig
                    | Unset
                ):
                    mismatch: SchemaValidationError | None = None
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_agent_config_type_0 = strictly(RetellChatConfig.from_dict, data)
                        return componentsschemas_chat_agent_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_agent_config_type_1 = strictly(BlandChatConfig.from_dict, data)
                        return componentsschemas_chat_agent_config_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_agent_config_type_2 = strictly(Agentforce.from_dict, data)
                        return componentsschemas_chat_agent_config_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_agent_config_type_3 = strictly(SelfHostedWebSocket.from_dict, data)
                        return componentsschemas_chat_agent_config_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_agent_config_type_4 = strictly(AmazonConnectChatConfig.from_dict, data)
                        return componentsschemas_chat_agent_config_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_agent_config_type_5 = strictly(SierraChatConfig.from_dict, data)
                        return componentsschemas_chat_agent_config_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    if mismatch is not None and isinstance(data, dict):
                        raise mismatch
                    return cast(
                        Agentforce
                        | AmazonConnectChatConfig
                        | BlandChatConfig
                        | None
                        | RetellChatConfig
                        | SelfHostedWebSocket
                        | SierraChatConfig
                        | Unset,
                        data,
                    )

                config = _parse_config(src_dict.get("config", UNSET))

                if not isinstance(
                    config,
                    (
                        RetellChatConfig,
                        BlandChatConfig,
                        Agentforce,
                        SelfHostedWebSocket,
                        AmazonConnectChatConfig,
                        SierraChatConfig,
                        type(None),
                        Unset,
                    ),
                ):
                    expect(
                        config,
                        (
                            RetellChatConfig,
                            BlandChatConfig,
                            Agentforce,
                            SelfHostedWebSocket,
                            AmazonConnectChatConfig,
                            SierraChatConfig,
                            type(None),
                            Unset,
                        ),
                    )
                if config is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                config, _found = tolerated(
                    src_dict,
                    "config",
                    _error,
                    _found,
                    "Agentforce | AmazonConnectChatConfig | BlandChatConfig | None | RetellChatConfig | SelfHostedWebSocket | SierraChatConfig",
                )

            _instance = cls(
                type_=type_,
                config=config,
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
    global _imports_pending, Agentforce, AmazonConnectChatConfig, BlandChatConfig, RetellChatConfig, SelfHostedWebSocket, SierraChatConfig  # noqa: PLW0603
    from ..models.agentforce import Agentforce  # noqa: PLC0415
    from ..models.amazon_connect_chat_config import AmazonConnectChatConfig  # noqa: PLC0415
    from ..models.bland_chat_config import BlandChatConfig  # noqa: PLC0415
    from ..models.retell_chat_config import RetellChatConfig  # noqa: PLC0415
    from ..models.self_hosted_web_socket import SelfHostedWebSocket  # noqa: PLC0415
    from ..models.sierra_chat_config import SierraChatConfig  # noqa: PLC0415

    _imports_pending = False
