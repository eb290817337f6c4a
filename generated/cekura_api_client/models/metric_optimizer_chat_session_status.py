from enum import Enum
from typing import Any, Literal, TypeAlias


class MetricOptimizerChatSessionStatus(str, Enum):
    AGENT_RUNNING = "agent_running"
    AWAITING_USER = "awaiting_user"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    REGRESSION_RUNNING = "regression_running"
    REOPTIMIZING = "reoptimizing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MetricOptimizerChatSessionStatus | None":
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


MetricOptimizerChatSessionStatusLiteral: TypeAlias = Literal[
    "agent_running", "awaiting_user", "cancelled", "completed", "failed", "regression_running", "reoptimizing"
]
"""`MetricOptimizerChatSessionStatus`'s values as text: what a request parameter also takes."""
