from enum import Enum
from typing import Any, Literal, TypeAlias


class ScenariosRunVoiceResponse201RunsItemStatus(str, Enum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ScenariosRunVoiceResponse201RunsItemStatus | None":
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


ScenariosRunVoiceResponse201RunsItemStatusLiteral: TypeAlias = Literal["completed", "failed", "pending", "running"]
"""`ScenariosRunVoiceResponse201RunsItemStatus`'s values as text: what a request parameter also takes."""
