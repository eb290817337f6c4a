from enum import Enum
from typing import Any, Literal, TypeAlias


class PatchedScenarioImprovementSessionDetailStatus(str, Enum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PatchedScenarioImprovementSessionDetailStatus | None":
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


PatchedScenarioImprovementSessionDetailStatusLiteral: TypeAlias = Literal[
    "cancelled", "completed", "failed", "in_progress", "pending"
]
"""`PatchedScenarioImprovementSessionDetailStatus`'s values as text: what a request parameter also takes."""
