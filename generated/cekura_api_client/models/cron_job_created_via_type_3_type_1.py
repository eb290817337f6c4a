from enum import Enum
from typing import Any, Literal, TypeAlias


class CronJobCreatedViaType3Type1(str, Enum):
    API = "api"
    CLI = "cli"
    MCP = "mcp"
    SDK = "sdk"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CronJobCreatedViaType3Type1 | None":
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


CronJobCreatedViaType3Type1Literal: TypeAlias = Literal["api", "cli", "mcp", "sdk", "user"]
"""`CronJobCreatedViaType3Type1`'s values as text: what a request parameter also takes."""
