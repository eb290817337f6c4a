from enum import Enum
from typing import Any, Literal, TypeAlias


class ProviderCredentialListProvider(str, Enum):
    AGENTFORCE = "agentforce"
    AGORA = "agora"
    AMAZON_CONNECT = "amazon_connect"
    BLAND = "bland"
    CUSTOM = "custom"
    ELEVENLABS = "elevenlabs"
    GENESYS = "genesys"
    KOREAI = "koreai"
    LIVEKIT = "livekit"
    PIPECAT = "pipecat"
    RETELL = "retell"
    SIERRA = "sierra"
    SYNTHFLOW = "synthflow"
    TELNYX = "telnyx"
    VAPI = "vapi"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ProviderCredentialListProvider | None":
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


ProviderCredentialListProviderLiteral: TypeAlias = Literal[
    "agentforce",
    "agora",
    "amazon_connect",
    "bland",
    "custom",
    "elevenlabs",
    "genesys",
    "koreai",
    "livekit",
    "pipecat",
    "retell",
    "sierra",
    "synthflow",
    "telnyx",
    "vapi",
]
"""`ProviderCredentialListProvider`'s values as text: what a request parameter also takes."""
