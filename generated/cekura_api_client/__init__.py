"""A client library for accessing Cekura API"""

from .client import AuthenticatedClient, Client, RequestOptions, RetryPolicy
from .errors import CekuraError
from .runtime.errors import MissingFieldError
from .runtime.fields import or_none, present
from .runtime.spec import VERSION as __version__

__all__ = (
    "AuthenticatedClient",
    "CekuraError",
    "Client",
    "MissingFieldError",
    "RequestOptions",
    "RetryPolicy",
    "or_none",
    "present",
    "__version__",
)
