from enum import Enum
from typing import Any, Literal, TypeAlias


class AgentImprovementSessionStageType1(str, Enum):
    APPLY = "apply"
    BASELINE_RUN = "baseline_run"
    FINALIZE = "finalize"
    PROPOSE = "propose"
    SCENARIO_GENERATION = "scenario_generation"
    SETUP = "setup"
    VERIFY_RUN = "verify_run"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AgentImprovementSessionStageType1 | None":
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


AgentImprovementSessionStageType1Literal: TypeAlias = Literal[
    "apply", "baseline_run", "finalize", "propose", "scenario_generation", "setup", "verify_run"
]
"""`AgentImprovementSessionStageType1`'s values as text: what a request parameter also takes."""
