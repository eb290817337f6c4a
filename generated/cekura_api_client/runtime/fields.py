"""Typed reads of the fields the document leaves optional: a field the spec does not require is
`X | Unset` (absent is not null), so `info.subscription_status.status` does not type-check as written.

    from cekura_api_client import present, or_none
    status = present(info.subscription_status).status   # SubscriptionStatus, or MissingFieldError
    expiry = or_none(info.credits_remaining)             # str | None

Both keep the field's own type for mypy; neither copies or converts the value.
"""

from __future__ import annotations

from typing import TypeVar

from ..types import Unset
from .errors import MissingFieldError

T = TypeVar("T")


def present(value: T | Unset, name: str = "the field") -> T:
    """`value`, which the caller expects the API to have sent; MissingFieldError when it did not."""
    if isinstance(value, Unset):
        raise MissingFieldError(f"{name} is not in the response (the document does not promise it)")
    return value


def or_none(value: T | Unset) -> T | None:
    """`value`, or None when the response left it out (a field that may also be null reads None both ways)."""
    return None if isinstance(value, Unset) else value
