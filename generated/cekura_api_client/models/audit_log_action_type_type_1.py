from enum import Enum
from typing import Any, Literal, TypeAlias


class AuditLogActionTypeType1(str, Enum):
    GENERATE_SCENARIOS = "generate_scenarios"
    OBJECT = "object"
    OBSERVABILITY = "observability"
    RUN_SCENARIOS = "run_scenarios"
    RUN_SCENARIOS_TEXT = "run_scenarios_text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AuditLogActionTypeType1 | None":
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


AuditLogActionTypeType1Literal: TypeAlias = Literal[
    "generate_scenarios", "object", "observability", "run_scenarios", "run_scenarios_text"
]
"""`AuditLogActionTypeType1`'s values as text: what a request parameter also takes."""
