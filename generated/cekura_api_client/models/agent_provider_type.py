from enum import Enum
from typing import Any, Literal, TypeAlias


class AgentProviderType(str, Enum):
    AGORA = "agora"
    AMAZON_CONNECT = "amazon_connect"
    BLAND = "bland"
    CISCO = "cisco"
    CUSTOM = "custom"
    ELEVENLABS = "elevenlabs"
    GENESYS = "genesys"
    KOREAI = "koreai"
    LIVEKIT = "livekit"
    PIPECAT = "pipecat"
    RETELL = "retell"
    SYNTHFLOW = "synthflow"
    TELNYX = "telnyx"
    VALUE_14 = ""
    VAPI = "vapi"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AgentProviderType | None":
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


AgentProviderTypeLiteral: TypeAlias = Literal[
    "agora",
    "amazon_connect",
    "bland",
    "cisco",
    "custom",
    "elevenlabs",
    "genesys",
    "koreai",
    "livekit",
    "pipecat",
    "retell",
    "synthflow",
    "telnyx",
    "",
    "vapi",
]
"""`AgentProviderType`'s values as text: what a request parameter also takes."""
