from enum import Enum
from typing import Any, Literal, TypeAlias


class RunListCriticalCategoriesPriority(str, Enum):
    CRITICAL = "critical"
    NON_CRITICAL = "non-critical"
    NOT_A_BUG = "not_a_bug"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RunListCriticalCategoriesPriority | None":
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


RunListCriticalCategoriesPriorityLiteral: TypeAlias = Literal["critical", "non-critical", "not_a_bug"]
"""`RunListCriticalCategoriesPriority`'s values as text: what a request parameter also takes."""
