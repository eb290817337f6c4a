from enum import Enum
from typing import Any, Literal, TypeAlias


class SchemaPostRunScenariosMode(str, Enum):
    DIFFERENT_NUMBERS = "different_numbers"
    SAME_NUMBER = "same_number"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SchemaPostRunScenariosMode | None":
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


SchemaPostRunScenariosModeLiteral: TypeAlias = Literal["different_numbers", "same_number"]
"""`SchemaPostRunScenariosMode`'s values as text: what a request parameter also takes."""
