from enum import Enum
from typing import Any, Literal, TypeAlias


class ChatAgentDetailsType(str, Enum):
    AGENTFORCE = "agentforce"
    AGORA = "agora"
    AMAZON_CONNECT = "amazon_connect"
    BLAND = "bland"
    ELEVENLABS = "elevenlabs"
    KOREAI = "koreai"
    LIVEKIT = "livekit"
    RETELL = "retell"
    SELF_HOSTED = "self_hosted"
    SIERRA = "sierra"
    SMS = "sms"
    VALUE_13 = ""
    VAPI = "vapi"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ChatAgentDetailsType | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list."""
        return self._value_ in type(self)._value2member_map_


ChatAgentDetailsTypeLiteral: TypeAlias = Literal[
    "agentforce",
    "agora",
    "amazon_connect",
    "bland",
    "elevenlabs",
    "koreai",
    "livekit",
    "retell",
    "self_hosted",
    "sierra",
    "sms",
    "",
    "vapi",
    "whatsapp",
]
"""`ChatAgentDetailsType`'s values as text: what a request parameter also takes."""
