from enum import Enum
from typing import Any, Literal, TypeAlias


class RunScenarioResultStatus(str, Enum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EVALUATING = "evaluating"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    IN_QUEUE = "in_queue"
    PENDING = "pending"
    RUNNING = "running"
    SCALING_UP = "scaling_up"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RunScenarioResultStatus | None":
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


RunScenarioResultStatusLiteral: TypeAlias = Literal[
    "cancelled",
    "completed",
    "evaluating",
    "failed",
    "in_progress",
    "in_queue",
    "pending",
    "running",
    "scaling_up",
    "timeout",
]
"""`RunScenarioResultStatus`'s values as text: what a request parameter also takes."""
