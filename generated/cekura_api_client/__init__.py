"""A client library for accessing Cekura API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client, RequestOptions, RetryPolicy
from .errors import CekuraError
from .runtime.errors import MissingFieldError
from .runtime.fields import or_none, present
from .runtime.lenient import Mismatch, leniently, mismatches
from .runtime.spec import VERSION as __version__
from .types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from .resources import AsyncCekura, Cekura
    from .runtime.pagination import AsyncPage, AsyncPager, SyncPage

__all__ = (
    "UNSET",
    "AsyncCekura",
    "AsyncPage",
    "AsyncPager",
    "AuthenticatedClient",
    "Cekura",
    "CekuraError",
    "Client",
    "File",
    "Mismatch",
    "MissingFieldError",
    "RequestOptions",
    "Response",
    "RetryPolicy",
    "SyncPage",
    "Unset",
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
    if name in ("SyncPage", "AsyncPage", "AsyncPager"):
        from .runtime import pagination

        return getattr(pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
