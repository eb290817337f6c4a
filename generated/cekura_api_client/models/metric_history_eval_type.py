from enum import Enum
from typing import Any, Literal, TypeAlias


class MetricHistoryEvalType(str, Enum):
    BINARY = "binary"
    CONTINUOUS_QUALITATIVE = "continuous_qualitative"
    ENUM = "enum"
    NUMERIC = "numeric"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MetricHistoryEvalType | None":
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


MetricHistoryEvalTypeLiteral: TypeAlias = Literal["binary", "continuous_qualitative", "enum", "numeric"]
"""`MetricHistoryEvalType`'s values as text: what a request parameter also takes."""
