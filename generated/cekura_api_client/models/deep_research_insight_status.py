from enum import Enum
from typing import Any, Literal, TypeAlias


class DeepResearchInsightStatus(str, Enum):
    FAILED = "failed"
    PENDING = "pending"
    RUNNING = "running"
    SKIPPED_NOT_ENOUGH_DATA = "skipped_not_enough_data"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DeepResearchInsightStatus | None":
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


DeepResearchInsightStatusLiteral: TypeAlias = Literal[
    "failed", "pending", "running", "skipped_not_enough_data", "succeeded"
]
"""`DeepResearchInsightStatus`'s values as text: what a request parameter also takes."""
