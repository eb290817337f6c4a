from enum import Enum
from typing import Any, Literal, TypeAlias


class PaymentHistoryPaymentTypeType2Type1(str, Enum):
    AUTO_PAY = "auto_pay"
    ONE_TIME_PAYMENT = "one_time_payment"
    SELF_SERVE_CREDITS = "self_serve_credits"
    SELF_SERVE_MEMBER_SEAT = "self_serve_member_seat"
    SUBSCRIPTION = "subscription"
    SUBSCRIPTION_MEMBER_SEAT = "subscription_member_seat"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PaymentHistoryPaymentTypeType2Type1 | None":
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


PaymentHistoryPaymentTypeType2Type1Literal: TypeAlias = Literal[
    "auto_pay",
    "one_time_payment",
    "self_serve_credits",
    "self_serve_member_seat",
    "subscription",
    "subscription_member_seat",
]
"""`PaymentHistoryPaymentTypeType2Type1`'s values as text: what a request parameter also takes."""
