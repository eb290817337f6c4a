"""The clients the generated endpoint functions take: defaults for this API, credentials kept out of every
repr, log and other origin, a default timeout, retries and a total deadline (retry.py), bounded bodies
(body.py), and a lifecycle that cannot be misused (pools.py).

Keeps the public surface of openapi-python-client's stock clients (with_headers, with_timeout,
set_httpx_client, context managers...), so its documentation still applies.
"""

from __future__ import annotations

import base64
import os
import platform
import ssl
import threading
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any, NoReturn, SupportsIndex, TypeVar

import attrs
import httpx

from . import checks, forks
from .body import ACCEPT_ENCODING, Limits
from .errors import ConfigurationError, MissingCredentialError, NotPicklableError
from .keywords import AuthenticatedClientOptions, OptionChanges
from .logs import MismatchHook, configure_from_env
from .options import RequestOptions
from .pools import Pools
from .reprs import settings_repr
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport, _Settings
from .spec import API_KEY_HEADER, DEFAULT_BASE_URL, DISTRIBUTION, VERSION
from .tokens import ProvidedTokenAuth, TokenProvider

if TYPE_CHECKING:
    from typing_extensions import Unpack

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
API_KEY_ENV = "CEKURA_API_KEY"
ACCESS_TOKEN_ENV = "CEKURA_ACCESS_TOKEN"
BASE_URL_ENV = "CEKURA_BASE_URL"
# The official `cekura` SDK's name for the base URL; CEKURA_BASE_URL wins when both are set.
API_URL_ENV = "CEKURA_API_URL"
USER_AGENT = f"{DISTRIBUTION}/{VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"
# httpx.Client ignores these when it is given a transport, so they go to the transport we build.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "uds", "local_address", "socket_options", "retries")
# The credential kinds an operation may accept, in the order a client prefers them.
CREDENTIAL_KINDS = ("api_key", "oauth2")

C = TypeVar("C", bound="Client")

configure_from_env()


class APIKeyAuth(httpx.Auth):
    """Adds a credential header to each outgoing request; unlike a default header, it never shows in a repr."""

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    # httpx's own flows run auth_flow inside a second generator, to read bodies this one never reads: a
    # cost on every call, saved by running it directly.
    sync_auth_flow = auth_flow

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers[self._header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"APIKeyAuth(header={self._header!r}, value=<redacted>)"


def _parse_base_url(base_url: object) -> httpx.URL:
    try:
        url = httpx.URL(base_url)  # type: ignore[arg-type]
    except (httpx.InvalidURL, TypeError) as error:
        raise ConfigurationError(f"base_url is not a valid URL ({error})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an absolute http:// or https:// URL")
    return url


class _BuiltClient(httpx.Client):
    """An httpx.Client built from a client's settings, not one given with set_httpx_client."""


class _BuiltAsyncClient(httpx.AsyncClient):
    """An httpx.AsyncClient built from a client's settings, not one given with set_async_httpx_client."""


_checked = checks.validator


def _cookie_values(name: str, value: object) -> dict[str, str]:
    given = checks.mapping(name, value)
    for cookie, text in given.items():
        if not isinstance(cookie, str) or not cookie:
            raise ConfigurationError(f"{name} must have cookie names as text")
        checks.header_value(f"{name}[{cookie!r}]", text)
    return dict(given)


def _cookies(value: object) -> dict[str, str]:
    return _cookie_values("cookies", value)


def _headers(value: object) -> dict[str, str]:
    return checks.headers("headers", value)


def _verification(name: str, value: object) -> None:
    """True, False, an ssl.SSLContext, or the path of a CA bundle (a file or directory that exists)."""
    if isinstance(value, (bool, ssl.SSLContext)):
        return
    if not isinstance(value, str) or not os.path.exists(value):
        raise ConfigurationError(f"{name} must be True, False, an ssl.SSLContext or the path of a CA bundle")


def _proxy_url(name: str, value: object) -> None:
    """None, or a proxy URL httpx accepts (the URL is not shown: it may hold a password)."""
    if value is None or isinstance(value, httpx.Proxy):
        return
    try:
        httpx.Proxy(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, httpx.InvalidURL):
        raise ConfigurationError(f"{name} must be an http://, https:// or socks5:// URL, or an httpx.Proxy") from None


def _retry_policy(retry: object) -> RetryPolicy:
    if not isinstance(retry, RetryPolicy):
        raise ConfigurationError("retry must be a RetryPolicy (RetryPolicy(max_retries=0): no retries)")
    return retry


@attrs.define
class Client(forks.Inheritable):
    """A client for endpoints that need no authentication.

    Keyword arguments: ``base_url`` (default: the spec's server), ``headers``, ``cookies``, ``timeout``
    (default: 30 s, 5 s to connect), ``verify_ssl``, ``follow_redirects``, ``retry`` (a RetryPolicy; its
    ``deadline`` bounds a whole call), ``max_response_size`` (JSON, text and error bodies; default 50 MiB),
    ``max_download_size`` (other content types; default 1 GiB), ``proxy``, ``trust_env`` (HTTP(S)_PROXY,
    NO_PROXY; default on), ``httpx_args`` (passed to the httpx client; transport options go to the transport).
    """

    raise_on_unexpected_status: bool = attrs.field(default=False, kw_only=True, validator=_checked(checks.flag))
    """Whether `*_detailed` calls raise the typed error for statuses the spec does not document."""
    strict: bool = attrs.field(default=False, kw_only=True, validator=_checked(checks.flag))
    """Whether a success body that does not fit the document raises ResponseValidationError; by default it
    is read leniently, each mismatched value kept as received (`cekura_api_client.mismatches(model)`)."""
    on_mismatch: MismatchHook | None = attrs.field(
        default=None, kw_only=True, validator=_checked(checks.optional(checks.function))
    )
    """Called as `on_mismatch(operation, mismatch)` for each mismatch of a response read leniently (metrics)."""
    _base_url: str = attrs.field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = attrs.field(factory=dict, kw_only=True, alias="cookies", converter=_cookies)
    _headers: dict[str, str] = attrs.field(factory=dict, kw_only=True, alias="headers", converter=_headers)
    _timeout: httpx.Timeout | None = attrs.field(
        default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=checks.as_timeout
    )
    _verify_ssl: str | bool | ssl.SSLContext = attrs.field(
        default=True, kw_only=True, alias="verify_ssl", validator=_checked(_verification)
    )
    _follow_redirects: bool = attrs.field(
        default=False, kw_only=True, alias="follow_redirects", validator=_checked(checks.flag)
    )
    # Fitted to the timeout in __attrs_post_init__ (attrs.Converter(takes_self=True) needs attrs 24.1; the
    # package supports 22.2).
    _retry: RetryPolicy = attrs.field(factory=RetryPolicy, kw_only=True, alias="retry", converter=_retry_policy)
    _max_response_size: int | None = attrs.field(
        default=Limits().max_response_size, kw_only=True, alias="max_response_size", validator=_checked(checks.size)
    )
    _max_download_size: int | None = attrs.field(
        default=Limits().max_download_size, kw_only=True, alias="max_download_size", validator=_checked(checks.size)
    )
    _proxy: str | httpx.Proxy | None = attrs.field(
        default=None, kw_only=True, alias="proxy", validator=_checked(_proxy_url)
    )
    _trust_env: bool = attrs.field(default=True, kw_only=True, alias="trust_env", validator=_checked(checks.flag))
    _httpx_args: dict[str, Any] = attrs.field(
        factory=dict, kw_only=True, alias="httpx_args", validator=_checked(checks.mapping)
    )
    _client: httpx.Client | None = attrs.field(default=None, init=False, repr=False, eq=False)
    _async_client: httpx.AsyncClient | None = attrs.field(default=None, init=False, repr=False, eq=False)
    _lock: threading.Lock = attrs.field(factory=threading.Lock, init=False, repr=False, eq=False)
    _pools: Pools = attrs.field(init=False, repr=False, eq=False)
    _url: httpx.URL = attrs.field(init=False, repr=False, eq=False)
    _generation: int = attrs.field(factory=lambda: forks.generation, init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        self._retry = self._retry.fitted(self._timeout)  # a deadline nobody chose fits the timeout
        self._url = _parse_base_url(self._base_url)
        self._pools = Pools(self._verify_ssl, self._transport_args(), self._trust_env)

    def with_headers(self: C, headers: dict[str, str]) -> C:
        """A client like this one with additional headers (sharing its connection pool)."""
        return self._derive(headers={**self._headers, **checks.headers("headers", headers)})

    def with_cookies(self: C, cookies: dict[str, str]) -> C:
        """A client like this one with additional cookies (sharing its connection pool)."""
        return self._derive(cookies={**self._cookies, **_cookie_values("cookies", cookies)})

    def with_timeout(self: C, timeout: float | httpx.Timeout | None) -> C:
        """A client like this one with another timeout (seconds or an httpx.Timeout; sharing its pool). A
        deadline nobody chose follows it: 60 s, or the timeout when that is longer."""
        return self._derive(timeout=timeout)

    def with_options(self: C, **changes: Unpack[OptionChanges]) -> C:
        """A client like this one with the settings given changed (sharing its connection pool), as
        Stainless SDKs' `with_options`: `timeout`, `max_retries`, `deadline`, `headers` (added to this
        client's), `strict`; for one call, pass `options=RequestOptions(...)` instead. The values are checked
        as RequestOptions checks them; a timeout longer than a deadline nobody chose raises it."""
        call = RequestOptions(
            timeout=changes.get("timeout"), max_retries=changes.get("max_retries"), deadline=changes.get("deadline")
        )
        derived: dict[str, Any] = {"retry": call.policy(self._retry)}
        if call.timeout is not None:
            derived["timeout"] = call.timeout
        headers = changes.get("headers")
        if headers is not None:
            derived["headers"] = {**self._headers, **checks.headers("headers", headers)}
        strict = changes.get("strict")
        if strict is not None:
            derived["strict"] = strict
        return self._derive(**derived)

    def __repr__(self) -> str:
        """The settings, without a credential: header, cookie and httpx_args names without their values,
        URLs without userinfo (reprs.py)."""
        return settings_repr(self)

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise NotPicklableError(
            f"{type(self).__name__} cannot be pickled: it holds credentials and open connections; make one "
            "in each process (AuthenticatedClient.from_env()), or fork after making it"
        )

    def __copy__(self: C) -> C:
        """A client like this one (sharing its connection pool), as the `with_*` methods make."""
        return self._derive()

    def __deepcopy__(self: C, memo: dict[int, Any]) -> C:
        return self._derive()

    def with_retry(self: C, retry: RetryPolicy) -> C:
        """A client like this one with another retry policy (`RetryPolicy(max_retries=0)`: none)."""
        return self._derive(retry=retry)

    def _derive(self: C, **changes: Any) -> C:
        derived = attrs.evolve(self, **changes)
        derived._pools = self._pools
        return derived

    def set_httpx_client(self: C, client: httpx.Client) -> C:
        """Use this httpx.Client as it is: its own settings replace this client's, retries included.
        close() closes it; a call after that uses a client built from this one's settings."""
        self._client = client
        return self

    def set_async_httpx_client(self: C, async_client: httpx.AsyncClient) -> C:
        """Use this httpx.AsyncClient as it is: its own settings replace this client's, retries included."""
        self._async_client = async_client
        return self

    def get_httpx_client(self) -> httpx.Client:
        self._drop_if_inherited()
        client = self._client
        if client is None:
            with self._lock:  # 32 threads making the first call build one client, not 32
                if self._client is None:
                    self._client = _BuiltClient(transport=RetryTransport(self._settings()), **self._client_args())
                client = self._client
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        self._drop_if_inherited()
        client = self._async_client
        if client is None:
            with self._lock:
                if self._async_client is None:
                    transport = AsyncRetryTransport(self._settings())
                    self._async_client = _BuiltAsyncClient(transport=transport, **self._client_args())
                client = self._async_client
        return client

    def _after_fork(self) -> None:
        """In a forked child: the lock and the httpx clients built here (their cookie jar has a lock of its
        own) may have been held by another parent thread. An httpx client given with set_httpx_client is the
        caller's, used as it is: its connections stay shared with the parent."""
        self._lock = threading.Lock()
        if isinstance(self._client, _BuiltClient):
            self._client = None
        if isinstance(self._async_client, _BuiltAsyncClient):
            self._async_client = None

    def _settings(self) -> _Settings:
        limits = Limits(self._max_response_size, self._max_download_size)
        headers = (self._credential_header(), "Authorization")
        return _Settings(self._pools, self._retry, limits, self._url, headers)

    def _client_args(self) -> dict[str, Any]:
        headers = {
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": USER_AGENT,
            **self._userinfo_header(),
            **self._headers,
        }
        args = {
            "base_url": self._url.copy_with(username=None, password=None),
            "cookies": self._cookies,
            "headers": headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth(),
            "trust_env": self._trust_env,
            **self._httpx_args,
        }
        return {name: value for name, value in args.items() if name not in (*_TRANSPORT_ARGS, "transport")}

    def _transport_args(self) -> dict[str, Any]:
        args = {name: self._httpx_args[name] for name in (*_TRANSPORT_ARGS, "transport") if name in self._httpx_args}
        if self._proxy is not None:
            args["proxy"] = self._proxy
        return args

    def _userinfo_header(self) -> dict[str, str]:
        """Credentials written in base_url become a Basic header, so the URL shown anywhere has none."""
        if not self._url.userinfo:
            return {}
        pair = f"{self._url.username}:{self._url.password}".encode()
        return {"Authorization": f"Basic {base64.b64encode(pair).decode('ascii')}"}

    def _credential_header(self) -> str:
        return API_KEY_HEADER

    def _auth(self) -> httpx.Auth | None:
        return None

    def auth_for(self, security: tuple[str, ...], method: str, url: str) -> httpx.Auth | None:
        """The credential to send to an operation accepting `security` (none when it needs none).

        Raises MissingCredentialError, before anything is sent, when the client holds none it accepts."""
        if not security:
            return None
        raise MissingCredentialError(security, method=method, url=url)

    @property
    def retry_policy(self) -> RetryPolicy:
        """How this client retries, and its deadline: seconds a call may take in all."""
        return self._retry

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the connections. The client stays usable: a later call opens new ones."""
        self._drop_if_inherited()
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()
        self._pools.close()

    async def aclose(self) -> None:
        """Close the async connections. The client stays usable: a later call opens new ones."""
        self._drop_if_inherited()
        with self._lock:
            client, self._async_client = self._async_client, None
        if client is not None:
            await client.aclose()
        await self._pools.aclose()


def _check_credential(name: str, variable: str, value: object) -> None:
    """Reject a credential httpx could not send, without ever putting it in the message."""
    if value is None:
        return
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"no {name}: the value given is empty (set {variable} and use from_env()?)")
    if value != value.strip():
        raise ConfigurationError(f"the {name} has surrounding whitespace or a line break; check how it was read")
    if not all(" " <= char <= "~" for char in value):
        raise ConfigurationError(f"the {name} has a control or non-ASCII character; check how it was read")


# An API key, an access token, the key's prefix and its header's name.
_CredentialSettings = tuple[str | None, str | None, str, str]


def _forget_auths(client: AuthenticatedClient, attribute: attrs.Attribute[Any], value: Any) -> Any:
    """A credential setting changed: the choices made from the old settings are dropped (auth_for keys each
    choice by the settings it was made from, so dropping them only bounds the cache)."""
    client._auths = {}
    return value


@attrs.define(init=False, repr=False)  # Client's repr, which shows no credential
class AuthenticatedClient(Client):
    """The client for this API, holding an API key, an OAuth access token, or both.

    ``AuthenticatedClient(api_key="...")`` (``token=`` is the same, kept from earlier versions),
    ``AuthenticatedClient(access_token="...")``, ``AuthenticatedClient(token_provider=get_token)`` (a
    callable, sync or async, asked for an OAuth token on first use and again, once, when a call gets 401),
    or ``AuthenticatedClient.from_env()`` to read CEKURA_API_KEY and CEKURA_ACCESS_TOKEN (and
    CEKURA_BASE_URL or CEKURA_API_URL when set). Each call sends one credential the operation accepts, the
    key when it does; the key goes in the spec's API-key header, the token as ``Authorization: Bearer``.
    None ever appears in a repr, a log record, an error or another origin.
    """

    api_key: str | None = attrs.field(default=None, kw_only=True, repr=False, on_setattr=_forget_auths)
    """The API key."""
    access_token: str | None = attrs.field(default=None, kw_only=True, repr=False, on_setattr=_forget_auths)
    """The OAuth access token (connected apps)."""
    token_provider: TokenProvider | None = attrs.field(default=None, kw_only=True, repr=False)
    """Asked for the OAuth access token on first use and after a 401 (instead of `access_token`)."""
    _provided: ProvidedTokenAuth | None = attrs.field(default=None, init=False, repr=False, eq=False)
    # The credential auth_for chose for each `security` and the settings it was chosen from: chosen once, not
    # on every call. Keyed by the settings because attrs stores a new value after its on_setattr hook has run: a
    # thread setting a key can store it after another thread's newer key, once the cache was emptied for that one.
    _auths: dict[tuple[Any, ...], httpx.Auth] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    prefix: str = attrs.field(default="", kw_only=True, on_setattr=_forget_auths)
    """Written before the key, with a space (for example "Bearer"); empty for this API."""
    auth_header_name: str = attrs.field(default=API_KEY_HEADER, kw_only=True, on_setattr=_forget_auths)
    """The header that carries the key."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        /,
        *,
        token: str | None = None,
        **options: Unpack[AuthenticatedClientOptions],
    ) -> None:
        """Each keyword typed (runtime/keywords.py); `base_url` may come first, as stock's clients take it."""
        if token is not None:
            if options.get("api_key") is not None:
                raise ConfigurationError("pass the API key once: api_key= (or token=, its earlier name)")
            options["api_key"] = token
        options.setdefault("base_url", base_url)
        self.__attrs_init__(**options)

    def __attrs_post_init__(self) -> None:
        _check_credential("API key", API_KEY_ENV, self.api_key)
        _check_credential("access token", ACCESS_TOKEN_ENV, self.access_token)
        if self.token_provider is not None:
            if self.access_token is not None:
                raise ConfigurationError("pass access_token= or token_provider=, not both")
            if not callable(self.token_provider):
                raise ConfigurationError("token_provider must be a callable returning the access token")
            self._provided = ProvidedTokenAuth(self.token_provider)
        if self.api_key is None and self.access_token is None and self.token_provider is None:
            raise ConfigurationError(
                f"no API key or access token: pass api_key=..., access_token=... or token_provider=..., or set "
                f"{API_KEY_ENV} or {ACCESS_TOKEN_ENV} and use from_env()"
            )
        super().__attrs_post_init__()

    @property
    def token(self) -> str | None:
        """The API key (the earlier name of `api_key`)."""
        return self.api_key

    @classmethod
    def from_env(cls, *, token: str | None = None, **kwargs: Unpack[AuthenticatedClientOptions]) -> AuthenticatedClient:
        """Read CEKURA_API_KEY, CEKURA_ACCESS_TOKEN and CEKURA_BASE_URL (or CEKURA_API_URL, the official SDK's
        name), each optional, one credential needed.

        Keyword arguments (the constructor's) are passed on to it and win over the environment.
        """
        names = {"api_key": API_KEY_ENV, "access_token": ACCESS_TOKEN_ENV, "base_url": BASE_URL_ENV}
        settings: dict[str, Any] = {
            name: os.environ[variable] for name, variable in names.items() if os.environ.get(variable)
        }
        if "base_url" not in settings and os.environ.get(API_URL_ENV):
            settings["base_url"] = os.environ[API_URL_ENV]
        if token is not None:
            settings.pop("api_key", None)
        if "token_provider" in kwargs:
            settings.pop("access_token", None)
        return cls(token=token, **{**settings, **kwargs})

    def _derive(self: C, **changes: Any) -> C:
        derived = super()._derive(**changes)
        derived._provided = self._provided  # type: ignore[attr-defined]  # one token cache for the family
        return derived

    def _credential_header(self) -> str:
        return self.auth_header_name

    def _credential_settings(self) -> _CredentialSettings:
        return self.api_key, self.access_token, self.prefix, self.auth_header_name

    def _credential(self, kind: str, settings: _CredentialSettings) -> httpx.Auth | None:
        api_key, access_token, prefix, header = settings
        if kind == "api_key" and api_key is not None:
            return APIKeyAuth(header, f"{prefix} {api_key}" if prefix else api_key)
        if kind == "oauth2" and access_token is not None:
            return APIKeyAuth("Authorization", f"Bearer {access_token}")
        if kind == "oauth2":
            return self._provided
        return None

    def _auth(self) -> httpx.Auth | None:
        settings = self._credential_settings()
        return self._credential("api_key", settings) or self._credential("oauth2", settings)

    def auth_for(self, security: tuple[str, ...], method: str, url: str) -> httpx.Auth | None:
        settings = self._credential_settings()  # read once: the choice and its key come from the same values
        key = (security, *settings)
        chosen = self._auths.get(key)
        if chosen is not None:
            return chosen
        for kind in CREDENTIAL_KINDS:
            credential = self._credential(kind, settings) if kind in security else None
            if credential is not None:
                self._auths[key] = credential
                return credential
        return super().auth_for(security, method, url)
