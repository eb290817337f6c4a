from enum import Enum
from typing import Any, Literal, TypeAlias


class InsightReproductionSessionStatus(str, Enum):
    EXHAUSTED = "exhausted"
    FAILED = "failed"
    GENERATING_SCENARIO = "generating_scenario"
    PENDING = "pending"
    REPRODUCED = "reproduced"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "InsightReproductionSessionStatus | None":
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


InsightReproductionSessionStatusLiteral: TypeAlias = Literal[
    "exhausted", "failed", "generating_scenario", "pending", "reproduced", "running"
]
"""`InsightReproductionSessionStatus`'s values as text: what a request parameter also takes."""
