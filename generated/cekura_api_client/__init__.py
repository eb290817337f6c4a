"""A client library for accessing Cekura API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client, RetryPolicy
from .errors import CekuraError

if TYPE_CHECKING:
    from .resources import AsyncCekura, Cekura

__all__ = (
    "AsyncCekura",
    "AuthenticatedClient",
    "Cekura",
    "CekuraError",
    "Client",
    "RetryPolicy",
)


def __getattr__(name: str) -> Any:
    if name in ("Cekura", "AsyncCekura"):
        from . import resources

        return getattr(resources, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
