from enum import Enum
from typing import Any, Literal, TypeAlias


class PatchedPredefinedMetricType(str, Enum):
    BASIC = "basic"
    CUSTOM_CODE = "custom_code"
    CUSTOM_PROMPT = "custom_prompt"
    LLM_JUDGE = "llm_judge"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PatchedPredefinedMetricType | None":
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


PatchedPredefinedMetricTypeLiteral: TypeAlias = Literal["basic", "custom_code", "custom_prompt", "llm_judge"]
"""`PatchedPredefinedMetricType`'s values as text: what a request parameter also takes."""
