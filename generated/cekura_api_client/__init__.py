"""A client library for accessing Cekura API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client, RequestOptions, RetryPolicy
from .errors import CekuraError
from .runtime.errors import MissingFieldError
from .runtime.fields import or_none, present
from .runtime.lenient import Mismatch, leniently, mismatches
from .runtime.spec import VERSION as __version__

if TYPE_CHECKING:
    from .resources import AsyncCekura, Cekura

__all__ = (
    "AsyncCekura",
    "AuthenticatedClient",
    "Cekura",
    "CekuraError",
    "Client",
    "Mismatch",
    "MissingFieldError",
    "RequestOptions",
    "RetryPolicy",
    "leniently",
    "mismatches",
    "or_none",
    "present",
    "__version__",
)


def __getattr__(name: str) -> Any:
    if name in ("Cekura", "AsyncCekura"):
        from . import resources

        return getattr(resources, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
