"""A client library for accessing Cekura API"""

from .client import AuthenticatedClient, Client, RequestOptions, RetryPolicy
from .errors import CekuraError
from .runtime.spec import VERSION as __version__

__all__ = (
    "AuthenticatedClient",
    "CekuraError",
    "Client",
    "RequestOptions",
    "RetryPolicy",
    "__version__",
)
