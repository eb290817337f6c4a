from enum import Enum
from typing import Any, Literal, TypeAlias


class AgentImprovementSessionSlackNotificationStatus(str, Enum):
    FAILED = "failed"
    NOT_ATTEMPTED = "not_attempted"
    SENDING = "sending"
    SENT = "sent"
    SKIPPED_NO_CHANNEL = "skipped_no_channel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AgentImprovementSessionSlackNotificationStatus | None":
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


AgentImprovementSessionSlackNotificationStatusLiteral: TypeAlias = Literal[
    "failed", "not_attempted", "sending", "sent", "skipped_no_channel"
]
"""`AgentImprovementSessionSlackNotificationStatus`'s values as text: what a request parameter also takes."""
