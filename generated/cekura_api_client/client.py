"""The clients for this API (implemented in runtime/client.py)."""

from .runtime.client import APIKeyAuth, AuthenticatedClient, Client
from .runtime.options import RequestOptions
from .runtime.retry import RetryPolicy

__all__ = ["APIKeyAuth", "AuthenticatedClient", "Client", "RequestOptions", "RetryPolicy"]
