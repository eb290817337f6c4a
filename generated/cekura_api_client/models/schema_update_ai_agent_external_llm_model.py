from enum import Enum
from typing import Any, Literal, TypeAlias


class SchemaUpdateAIAgentExternalLlmModel(str, Enum):
    CLAUDE_SONNET_4_5_20250929 = "claude-sonnet-4-5-20250929"
    GPT_4O = "gpt-4o"
    GPT_4O_MINI = "gpt-4o-mini"
    GPT_4_1 = "gpt-4.1"
    GPT_4_1_MINI = "gpt-4.1-mini"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SchemaUpdateAIAgentExternalLlmModel | None":
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


SchemaUpdateAIAgentExternalLlmModelLiteral: TypeAlias = Literal[
    "claude-sonnet-4-5-20250929", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"
]
"""`SchemaUpdateAIAgentExternalLlmModel`'s values as text: what a request parameter also takes."""
