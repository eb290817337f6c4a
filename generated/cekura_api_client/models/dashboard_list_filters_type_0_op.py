from enum import Enum
from typing import Any, Literal, TypeAlias


class DashboardListFiltersType0Op(str, Enum):
    CONTAINS = "contains"
    ENDSWITH = "endswith"
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    ISNULL = "isnull"
    LT = "lt"
    LTE = "lte"
    NEQ = "neq"
    REGEX = "regex"
    STARTSWITH = "startswith"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DashboardListFiltersType0Op | None":
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


DashboardListFiltersType0OpLiteral: TypeAlias = Literal[
    "contains", "endswith", "eq", "gt", "gte", "in", "isnull", "lt", "lte", "neq", "regex", "startswith"
]
"""`DashboardListFiltersType0Op`'s values as text: what a request parameter also takes."""
