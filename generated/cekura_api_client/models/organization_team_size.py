from enum import Enum
from typing import Any, Literal, TypeAlias


class OrganizationTeamSize(str, Enum):
    VALUE_0 = "1"
    VALUE_1 = "<10"
    VALUE_2 = "10-100"
    VALUE_3 = "100-500"
    VALUE_4 = "500+"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrganizationTeamSize | None":
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


OrganizationTeamSizeLiteral: TypeAlias = Literal["1", "<10", "10-100", "100-500", "500+"]
"""`OrganizationTeamSize`'s values as text: what a request parameter also takes."""
