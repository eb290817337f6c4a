from enum import Enum
from typing import Any, Literal, TypeAlias


class RunReviewsRequestLlmProvider(str, Enum):
    DEEPSEEK_V4_FLASH = "deepseek-v4-flash"
    DSPY_GEPA_GEMINI_FLASH = "dspy-gepa-gemini-flash"
    GEMINI = "gemini"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RunReviewsRequestLlmProvider | None":
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


RunReviewsRequestLlmProviderLiteral: TypeAlias = Literal[
    "deepseek-v4-flash", "dspy-gepa-gemini-flash", "gemini", "openai"
]
"""`RunReviewsRequestLlmProvider`'s values as text: what a request parameter also takes."""
