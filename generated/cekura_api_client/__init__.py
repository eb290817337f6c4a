"""A client library for accessing Cekura API"""

from .client import AuthenticatedClient, Client, RetryPolicy
from .errors import CekuraError

__all__ = (
    "AuthenticatedClient",
    "CekuraError",
    "Client",
    "RetryPolicy",
)
