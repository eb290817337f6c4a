"""The clients the generated endpoint functions take: defaults for this API, the API key kept out of
every repr and log, a default timeout, and retries (see retry.py).

Keeps the public surface of openapi-python-client's stock clients (with_headers, with_timeout,
set_httpx_client, context managers...), so its documentation still applies.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Generator
from typing import Any, TypeVar

import attrs
import httpx

from .errors import ConfigurationError
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .spec import API_KEY_HEADER, DEFAULT_BASE_URL

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
API_KEY_ENV = "CEKURA_API_KEY"
BASE_URL_ENV = "CEKURA_BASE_URL"
# httpx.Client ignores these when it is given a transport, so they go to the transport we build.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "uds", "local_address", "socket_options")

C = TypeVar("C", bound="Client")


class APIKeyAuth(httpx.Auth):
    """Adds the key header to each outgoing request; unlike a default header, it never shows in a repr."""

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"APIKeyAuth(header={self._header!r}, value=<redacted>)"


@attrs.define
class Client:
    """A client for endpoints that need no authentication.

    Keyword arguments: ``base_url`` (default: the spec's server), ``headers``, ``cookies``, ``timeout``
    (default: 30 s, 5 s to connect), ``verify_ssl``, ``follow_redirects``, ``retry`` (a RetryPolicy),
    ``httpx_args`` (passed to the httpx client; transport options go to the transport).
    """

    raise_on_unexpected_status: bool = attrs.field(default=False, kw_only=True)
    """Whether `*_detailed` calls raise errors.UnexpectedStatus for statuses the spec does not document."""
    _base_url: str = attrs.field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = attrs.field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = attrs.field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = attrs.field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = attrs.field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = attrs.field(default=False, kw_only=True, alias="follow_redirects")
    _retry: RetryPolicy = attrs.field(factory=RetryPolicy, kw_only=True, alias="retry")
    _httpx_args: dict[str, Any] = attrs.field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = attrs.field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = attrs.field(default=None, init=False, repr=False)

    def with_headers(self: C, headers: dict[str, str]) -> C:
        """A new client like this one with additional headers."""
        for client in (self._client, self._async_client):
            if client is not None:
                client.headers.update(headers)
        return attrs.evolve(self, headers={**self._headers, **headers})

    def with_cookies(self: C, cookies: dict[str, str]) -> C:
        """A new client like this one with additional cookies."""
        for client in (self._client, self._async_client):
            if client is not None:
                client.cookies.update(cookies)
        return attrs.evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self: C, timeout: httpx.Timeout) -> C:
        """A new client like this one with another timeout."""
        for client in (self._client, self._async_client):
            if client is not None:
                client.timeout = timeout
        return attrs.evolve(self, timeout=timeout)

    def with_retry(self: C, retry: RetryPolicy) -> C:
        """A new client like this one with another retry policy (`RetryPolicy(max_retries=0)`: none)."""
        return attrs.evolve(self, retry=retry)

    def set_httpx_client(self: C, client: httpx.Client) -> C:
        """Use this httpx.Client as it is: its own settings replace this client's, retries included."""
        self._client = client
        return self

    def set_async_httpx_client(self: C, async_client: httpx.AsyncClient) -> C:
        """Use this httpx.AsyncClient as it is: its own settings replace this client's, retries included."""
        self._async_client = async_client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            args, transport_args = self._split_httpx_args()
            inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)
            self._client = httpx.Client(transport=RetryTransport(inner, self._retry), **args)
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            args, transport_args = self._split_httpx_args()
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)
            self._async_client = httpx.AsyncClient(transport=AsyncRetryTransport(inner, self._retry), **args)
        return self._async_client

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        args = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth(),
            **self._httpx_args,
        }
        transport_args = {name: args.pop(name) for name in _TRANSPORT_ARGS if name in args}
        return args, transport_args

    def _auth(self) -> httpx.Auth | None:
        return None

    def __enter__(self: C) -> C:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self: C) -> C:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()


def _check_token(_: object, __: attrs.Attribute[str], token: object) -> None:
    if not isinstance(token, str) or not token.strip():
        raise ConfigurationError(f"no API key: pass token=... or set {API_KEY_ENV} and use from_env()")
    if token != token.strip() or any(char in token for char in "\r\n"):
        raise ConfigurationError("the API key has surrounding whitespace or a line break; check how it was read")


@attrs.define
class AuthenticatedClient(Client):
    """The client for this API: sends the key in the spec's API-key header, with no prefix.

    ``AuthenticatedClient(token="...")``, or ``AuthenticatedClient.from_env()`` to read CEKURA_API_KEY
    (and CEKURA_BASE_URL when set). The key never appears in a repr, a log record or an error.
    """

    token: str = attrs.field(kw_only=True, repr=False, validator=_check_token)
    """The API key."""
    prefix: str = attrs.field(default="", kw_only=True)
    """Written before the key, with a space (for example "Bearer"); empty for this API."""
    auth_header_name: str = attrs.field(default=API_KEY_HEADER, kw_only=True)
    """The header that carries the key."""

    @classmethod
    def from_env(cls, **kwargs: Any) -> AuthenticatedClient:
        """Read the key from CEKURA_API_KEY and the base URL from CEKURA_BASE_URL (optional).

        Keyword arguments are passed on to the constructor and win over the environment.
        """
        settings: dict[str, Any] = {"token": os.environ.get(API_KEY_ENV, "")}
        if os.environ.get(BASE_URL_ENV):
            settings["base_url"] = os.environ[BASE_URL_ENV]
        return cls(**{**settings, **kwargs})

    def _auth(self) -> httpx.Auth:
        return APIKeyAuth(self.auth_header_name, f"{self.prefix} {self.token}" if self.prefix else self.token)
