"""The keywords the clients take, typed once: `AuthenticatedClient(...)`, `Cekura(...)`, `AsyncCekura(...)`
and `from_env(...)` take `AuthenticatedClientOptions`; every `with_options(...)` takes `OptionChanges`. A
misspelled keyword is then a type checker's error (`call-arg`), not only a TypeError at run time; a test
holds these to the client's fields, so they cannot drift.

The types are what a caller may pass (a timeout in seconds, say), not what the client keeps (an httpx.Timeout).
"""

from __future__ import annotations

import ssl
from typing import Any, TypedDict

import httpx

from .logs import MismatchHook
from .retry import RetryPolicy
from .tokens import TokenProvider


class ClientOptions(TypedDict, total=False):
    """The settings of any client (`Client`'s fields; see its docstring)."""

    base_url: str
    headers: dict[str, str]
    cookies: dict[str, str]
    timeout: float | httpx.Timeout | None
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    retry: RetryPolicy
    max_response_size: int | None
    max_download_size: int | None
    proxy: str | httpx.Proxy | None
    trust_env: bool
    httpx_args: dict[str, Any]
    raise_on_unexpected_status: bool
    strict: bool
    on_mismatch: MismatchHook | None


class Credentials(TypedDict, total=False):
    """An AuthenticatedClient's credentials, and how the key is sent."""

    api_key: str | None
    access_token: str | None
    token_provider: TokenProvider | None
    prefix: str
    auth_header_name: str


class AuthenticatedClientOptions(ClientOptions, Credentials, total=False):
    """The settings of an AuthenticatedClient: a client's, and its credentials."""


class OptionChanges(TypedDict, total=False):
    """What `with_options(...)` may change; each left out (or None) keeps the client's."""

    timeout: float | httpx.Timeout | None
    max_retries: int | None
    deadline: float | None
    headers: dict[str, str] | None
    strict: bool | None
