"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .billing_info import BillingInfo
    from .subscription_status import SubscriptionStatus
    from .subscription_status_pack import SubscriptionStatusPack
    from .subscription_status_status import SubscriptionStatusStatus

_MODULES = {
    "BillingInfo": ".billing_info",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionStatusPack": ".subscription_status_pack",
    "SubscriptionStatusStatus": ".subscription_status_status",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_MODULES[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "BillingInfo",
    "SubscriptionStatus",
    "SubscriptionStatusPack",
    "SubscriptionStatusStatus",
)
