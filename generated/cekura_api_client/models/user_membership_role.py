from enum import Enum
from typing import Any, Literal, TypeAlias


class UserMembershipRole(str, Enum):
    ADMIN = "admin"
    INSIGHTS_VIEW = "insights_view"
    INTERNAL_VIEW = "internal_view"
    LABS = "labs"
    LABS_VIEW_ONLY = "labs_view_only"
    MEMBER = "member"
    VIEW_ONLY = "view_only"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UserMembershipRole | None":
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


UserMembershipRoleLiteral: TypeAlias = Literal[
    "admin", "insights_view", "internal_view", "labs", "labs_view_only", "member", "view_only"
]
"""`UserMembershipRole`'s values as text: what a request parameter also takes."""
