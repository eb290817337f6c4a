from enum import Enum
from typing import Any, Literal, TypeAlias


class SchemaGenerateScenariosAttackTypeType1(str, Enum):
    BIASED_OUTPUT = "biased_output"
    DATA_LEAK = "data_leak"
    HARMFUL_CONTENT = "harmful_content"
    OFF_TASK = "off_task"
    SYSTEM_PROMPT_LEAK = "system_prompt_leak"
    UNAUTHORIZED_ACTIONS = "unauthorized_actions"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SchemaGenerateScenariosAttackTypeType1 | None":
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


SchemaGenerateScenariosAttackTypeType1Literal: TypeAlias = Literal[
    "biased_output", "data_leak", "harmful_content", "off_task", "system_prompt_leak", "unauthorized_actions", ""
]
"""`SchemaGenerateScenariosAttackTypeType1`'s values as text: what a request parameter also takes."""
