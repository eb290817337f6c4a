from enum import Enum
from typing import Any, Literal, TypeAlias


class TestSuiteSpecUploadFileChannel(str, Enum):
    ELEVENLABS = "elevenlabs"
    LIVEKIT_V2 = "livekit_v2"
    PIPECAT_V2 = "pipecat_v2"
    TEXT = "text"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "TestSuiteSpecUploadFileChannel | None":
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


TestSuiteSpecUploadFileChannelLiteral: TypeAlias = Literal["elevenlabs", "livekit_v2", "pipecat_v2", "text", "voice"]
"""`TestSuiteSpecUploadFileChannel`'s values as text: what a request parameter also takes."""
