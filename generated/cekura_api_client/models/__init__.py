"""Contains all the data models used in inputs/outputs"""

from .billing_info import BillingInfo
from .subscription_status import SubscriptionStatus
from .subscription_status_pack import SubscriptionStatusPack
from .subscription_status_status import SubscriptionStatusStatus

__all__ = (
    "BillingInfo",
    "SubscriptionStatus",
    "SubscriptionStatusPack",
    "SubscriptionStatusStatus",
)
