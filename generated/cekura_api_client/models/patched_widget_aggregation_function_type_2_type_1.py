from enum import Enum
from typing import Any, Literal, TypeAlias


class PatchedWidgetAggregationFunctionType2Type1(str, Enum):
    AVG = "avg"
    COUNT = "count"
    MAX = "max"
    MIN = "min"
    P50 = "p50"
    P95 = "p95"
    P99 = "p99"
    SUM = "sum"
    VALUE_8 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PatchedWidgetAggregationFunctionType2Type1 | None":
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


PatchedWidgetAggregationFunctionType2Type1Literal: TypeAlias = Literal[
    "avg", "count", "max", "min", "p50", "p95", "p99", "sum", ""
]
"""`PatchedWidgetAggregationFunctionType2Type1`'s values as text: what a request parameter also takes."""
