from enum import Enum
from typing import Any, Literal, TypeAlias


class SchemaUpdateAIAgentExternalAssistantProvider(str, Enum):
    AGENTFORCE = "agentforce"
    AGORA = "agora"
    AMAZON_CONNECT = "amazon_connect"
    BLAND = "bland"
    CISCO = "cisco"
    ELEVENLABS = "elevenlabs"
    GENESYS = "genesys"
    KOREAI = "koreai"
    LIVEKIT = "livekit"
    PIPECAT = "pipecat"
    RETELL = "retell"
    SELF_HOSTED = "self_hosted"
    SIERRA = "sierra"
    SMS = "sms"
    SYNTHFLOW = "synthflow"
    TELNYX = "telnyx"
    VALUE_19 = ""
    VAPI = "vapi"
    VOCERA = "vocera"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SchemaUpdateAIAgentExternalAssistantProvider | None":
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


SchemaUpdateAIAgentExternalAssistantProviderLiteral: TypeAlias = Literal[
    "agentforce",
    "agora",
    "amazon_connect",
    "bland",
    "cisco",
    "elevenlabs",
    "genesys",
    "koreai",
    "livekit",
    "pipecat",
    "retell",
    "self_hosted",
    "sierra",
    "sms",
    "synthflow",
    "telnyx",
    "",
    "vapi",
    "vocera",
    "whatsapp",
]
"""`SchemaUpdateAIAgentExternalAssistantProvider`'s values as text: what a request parameter also takes."""
