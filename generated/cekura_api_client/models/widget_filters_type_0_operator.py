from enum import Enum
from typing import Any, Literal, TypeAlias


class WidgetFiltersType0Operator(str, Enum):
    AND = "and"
    OR = "or"
    SAME_ROW = "same_row"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "WidgetFiltersType0Operator | None":
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


WidgetFiltersType0OperatorLiteral: TypeAlias = Literal["and", "or", "same_row"]
"""`WidgetFiltersType0Operator`'s values as text: what a request parameter also takes."""
