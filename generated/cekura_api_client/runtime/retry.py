"""The client's httpx transports: retries, the call's deadline, bounded bodies and credentials kept to the
API's origin, so sync and async, `sync()` and `sync_detailed()` behave the same.

Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are retried on connection errors (while reading the
body too), timeouts, 429, 502/503/504 and Cloudflare's 520-524. POST and PATCH are retried only when the
request provably never reached the server (the connection was refused or could not be opened in time, or
no pooled connection came free) or the server refused it with 429: a POST that may have run is never
repeated, since the `run_*` operations bill each call. A call's options can say otherwise
(`RequestOptions(idempotent=True)`). Retries wait with exponential backoff and full jitter, honouring
`retry-after-ms`, then Retry-After (seconds or an HTTP date), bounded by a retry count and the call's total
deadline. As Stainless SDKs do, an error answer saying `x-should-retry: true` is retried whatever its
method and status, and one saying `false` is not. A POST or PATCH that may be retried carries an
`Idempotency-Key` (runtime/calls.py), the same on every attempt, so a server that honours it runs it once.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Coroutine, Iterable
from datetime import datetime, timezone
from typing import Any, TypeVar

import anyio
import attrs
import h11
import httpx

from . import checks, deadline
from .body import STREAM_EXTENSION, Limits, bounded
from .errors import ConfigurationError, redact_url
from .logs import RETRIES_EXTENSION, logger
from .pools import Pools

RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Errors raised before any byte of the request left: safe to retry whatever the method.
UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Request extensions through which a call's options reach the transports (runtime/calls.py sets them).
POLICY_EXTENSION = "cekura_retry_policy"
IDEMPOTENT_EXTENSION = "cekura_idempotent"
IDEMPOTENCY_HEADER = "Idempotency-Key"
# Past this, initial_backoff * 2**retry only overflows: max_backoff has long been reached.
MAX_DOUBLINGS = 64
_DEFAULT_PORTS = {"http": 80, "https": 443}
T = TypeVar("T")


def _backoff(name: str, value: object) -> float:
    return checks.seconds(name, value, zero=True)


class DefaultDeadline(float):
    """A deadline nobody chose: `DEFAULT_DEADLINE` seconds, or the longest timeout set when that is longer
    (a caller asking for a 120 s timeout expects a call to wait 120 s). One chosen is a plain float, kept."""

    __slots__ = ()


DEFAULT_DEADLINE = DefaultDeadline(60.0)


def _statuses(value: object) -> frozenset[int]:
    return _status_set("statuses", value)


def _write_statuses(value: object) -> frozenset[int]:
    return _status_set("write_statuses", value)


def _status_set(name: str, value: object) -> frozenset[int]:
    statuses = _members(name, value, int)
    if not all(100 <= status <= 599 for status in statuses):
        raise ConfigurationError(f"{name} must hold HTTP statuses (100 to 599)")
    return statuses


def _methods(value: object) -> frozenset[str]:
    return frozenset(method.upper() for method in _members("methods", value, str))


def _members(name: str, value: object, kind: type[T]) -> frozenset[T]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ConfigurationError(f"{name} must be a set of {kind.__name__} values")
    members = frozenset(value)
    if not all(isinstance(member, kind) and not isinstance(member, bool) for member in members):
        raise ConfigurationError(f"{name} must be a set of {kind.__name__} values")
    return members


@attrs.frozen
class RetryPolicy:
    """How failed requests are retried, and how long a call may take. `RetryPolicy(max_retries=0)`: no retries.

    Each value is checked here: a bad one raises ConfigurationError naming it."""

    max_retries: int = attrs.field(default=2, validator=checks.validator(checks.count))
    initial_backoff: float = attrs.field(default=0.5, validator=checks.validator(_backoff))
    max_backoff: float = attrs.field(default=8.0, validator=checks.validator(_backoff))
    deadline: float = attrs.field(default=DEFAULT_DEADLINE, validator=checks.validator(checks.seconds))
    """Seconds a call may take in all: connecting, every retry and reading the body. Unless chosen, 60 s or
    the longest timeout when that is longer (`fitted`)."""
    statuses: frozenset[int] = attrs.field(
        default=frozenset({429, 502, 503, 504, 520, 521, 522, 523, 524}),
        converter=_statuses,
    )
    """Statuses retried for idempotent requests."""
    methods: frozenset[str] = attrs.field(
        default=frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}),
        converter=_methods,
    )
    """The idempotent methods; requests with any other are retried only on `write_statuses` and errors
    raised before the request was sent."""
    write_statuses: frozenset[int] = attrs.field(default=frozenset({429}), converter=_write_statuses)

    def fitted(self, timeout: httpx.Timeout | None) -> RetryPolicy:
        """This policy under `timeout`: a deadline nobody chose becomes 60 s, or the longest part of the
        timeout when that is longer; a chosen one is kept (a call it ends says so)."""
        if type(self.deadline) is not DefaultDeadline:
            return self
        wanted = max(DEFAULT_DEADLINE, checks.longest(timeout))
        return self if wanted == self.deadline else attrs.evolve(self, deadline=DefaultDeadline(wanted))

    def backoff(self, retry: int) -> float:
        """Full jitter: uniform in [0, min(max_backoff, initial_backoff * 2**retry)]."""
        return random.uniform(0, min(self.max_backoff, self.initial_backoff * 2.0 ** min(retry, MAX_DOUBLINGS)))

    def delay(self, retry: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number `retry` (0-based), or None to stop."""
        if retry >= self.max_retries:
            return None
        wait = retry_after(response) if response is not None else None
        if wait is None:
            wait = self.backoff(retry)
        left = deadline.remaining()
        if left is not None and wait >= left:
            return None
        return wait

    def idempotent(self, request: httpx.Request) -> bool:
        """Whether repeating `request` is harmless: its method says so, unless the call's options say."""
        override = request.extensions.get(IDEMPOTENT_EXTENSION)
        return request.method in self.methods if override is None else bool(override)


def retry_after(response: httpx.Response) -> float | None:
    """The wait the server asks for, in seconds: `retry-after-ms` (milliseconds, Stainless' header) when it
    is a number, else Retry-After as delta-seconds (ASCII digits) or an HTTP date."""
    milliseconds = response.headers.get("retry-after-ms", "").strip()
    try:
        wait = float(milliseconds)
    except ValueError:
        wait = math.nan
    if math.isfinite(wait) and wait >= 0:
        return wait / 1000
    value = response.headers.get("retry-after", "").strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def _streamed(request: httpx.Request, response: httpx.Response) -> bool:
    return bool(request.extensions.get(STREAM_EXTENSION)) and response.is_success


def _origin(url: httpx.URL) -> tuple[str, bytes, int | None]:
    """The scheme, host (IDNA-encoded, as sent) and port, the scheme's default where the URL names none
    (httpx leaves out a default port, but not after a scheme in capitals: `HTTP://host:80`). URL's
    private `_uri_reference` would save ~2 K instructions, 0.1% of a local call (issue 20)."""
    return url.scheme, url.raw_host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _retryable(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response | None, error: Exception | None
) -> bool:
    """Whether this outcome may be retried; for a status no policy set holds (a success: most calls),
    decided without a call."""
    if response is None:
        return policy.idempotent(request) or isinstance(error, UNSENT_ERRORS)
    status = response.status_code
    if not 200 <= status < 300:  # not response.is_success, without its two calls
        verdict = str(response.headers.get("x-should-retry", "")).strip().lower()
        if verdict in ("true", "false"):  # the server knows whether repeating it is safe
            return verdict == "true"
    if status not in policy.statuses and status not in policy.write_statuses:
        return False
    return status in (policy.statuses if policy.idempotent(request) else policy.write_statuses)


def _wait(
    policy: RetryPolicy, request: httpx.Request, retry: int, response: httpx.Response | None, error: Exception | None
) -> float | None:
    """Seconds to sleep before retry number `retry` (0-based), or None when this outcome is final."""
    if not _retryable(policy, request, response, error):
        return None
    wait = policy.delay(retry, response)
    if wait is not None:
        cause = f"HTTP {response.status_code}" if response is not None else type(error).__name__
        where = f"{request.method} {redact_url(request.url)}"
        logger.info("retrying %s in %.2fs (retry %d): %s", where, wait, retry + 1, cause)
    return wait


def _final(response: httpx.Response | None, error: Exception | None, retries: int) -> httpx.Response:
    if error is not None:
        raise error
    assert response is not None
    response.extensions[RETRIES_EXTENSION] = retries
    return response


def _unsendable(error: h11.LocalProtocolError, request: httpx.Request) -> httpx.LocalProtocolError:
    """h11's refusal to send what a request holds (httpcore lets it through while sending a body: an
    upload whose file changed size since its Content-Length was taken), as the httpx error it is."""
    return httpx.LocalProtocolError(str(error), request=request)


@attrs.define
class _Settings:
    """What both transports need: the pools, the policy, the body limits, where credentials may go."""

    pools: Pools
    policy: RetryPolicy
    limits: Limits
    origin: httpx.URL
    credential_headers: tuple[str, ...]
    home: tuple[str, bytes, int | None] = attrs.field(init=False)

    @home.default
    def _home(self) -> tuple[str, bytes, int | None]:
        return _origin(self.origin)

    def policy_for(self, request: httpx.Request) -> RetryPolicy:
        """The client's policy, or the one the call's options made."""
        policy = request.extensions.get(POLICY_EXTENSION)
        return policy if isinstance(policy, RetryPolicy) else self.policy

    def prepare(self, request: httpx.Request) -> None:
        """Drop credentials bound for another origin (a redirect, an absolute URL); keep the pool wait
        within the deadline."""
        if _origin(request.url) != self.home:
            for name in self.credential_headers:
                request.headers.pop(name, None)
        timeouts = request.extensions.get("timeout")
        if isinstance(timeouts, dict) and "pool" in timeouts:
            pool = deadline.clip(timeouts["pool"], httpx.PoolTimeout)
            if pool != timeouts["pool"]:
                request.extensions["timeout"] = {**timeouts, "pool": pool}


class RetryTransport(httpx.BaseTransport):
    """Sends each request, and again while the outcome may be retried (the decisions are the functions
    above, which both transports share); they only send and sleep."""

    def __init__(self, settings: _Settings) -> None:
        self.settings = settings

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.settings.policy_for(request)
        if deadline.holds(policy.deadline):  # the call's own deadline, sooner: setting this one would not change it
            return self._attempts(request, policy)
        with deadline.within(policy.deadline):
            return self._attempts(request, policy)

    def _attempts(self, request: httpx.Request, policy: RetryPolicy) -> httpx.Response:
        if policy.max_retries == 0:
            return self._send(request, read=False)
        retry = 0
        while True:
            response, error = None, None
            try:
                response = self._send(request, read=True)
            except RETRYABLE_ERRORS as caught:
                error = caught
            wait = _wait(policy, request, retry, response, error)
            if wait is None:
                return _final(response, error, retry)
            retry += 1
            time.sleep(wait)

    def _send(self, request: httpx.Request, *, read: bool) -> httpx.Response:
        """One attempt; with `read`, the body is read here, so a failure while reading it can be retried (a
        download's success body is left to stream into its file)."""
        self.settings.prepare(request)
        try:
            raw = self.settings.pools.sync_for(request.url).handle_request(request)
        except h11.LocalProtocolError as error:
            raise _unsendable(error, request) from error
        try:
            response = bounded(raw, request, self.settings.limits, is_async=False)
            if read and not _streamed(request, response):
                response.read()
        except BaseException:
            raw.close()
            raise
        return response

    def close(self) -> None:
        self.settings.pools.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, settings: _Settings) -> None:
        self.settings = settings

    # Not a coroutine itself: it picks the one httpx awaits (with a deadline of its own or not), so the task
    # does not pass through one more frame each time it resumes.
    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        policy = self.settings.policy_for(request)
        if deadline.holds(policy.deadline):  # as RetryTransport's
            return self._attempts(request, policy)
        return self._within(request, policy)

    async def _within(self, request: httpx.Request, policy: RetryPolicy) -> httpx.Response:
        with deadline.within(policy.deadline):
            return await self._attempts(request, policy)

    async def _attempts(self, request: httpx.Request, policy: RetryPolicy) -> httpx.Response:
        if policy.max_retries == 0:
            return await self._send(request, read=False)
        retry = 0
        while True:
            response, error = None, None
            try:
                response = await self._send(request, read=True)
            except RETRYABLE_ERRORS as caught:
                error = caught
            wait = _wait(policy, request, retry, response, error)
            if wait is None:
                return _final(response, error, retry)
            retry += 1
            await anyio.sleep(wait)

    async def _send(self, request: httpx.Request, *, read: bool) -> httpx.Response:
        self.settings.prepare(request)
        try:
            raw = await self.settings.pools.async_for(request.url).handle_async_request(request)
        except h11.LocalProtocolError as error:
            raise _unsendable(error, request) from error
        try:
            response = bounded(raw, request, self.settings.limits, is_async=True)
            if read and not _streamed(request, response):
                await response.aread()
        except BaseException:
            await raw.aclose()
            raise
        return response

    async def aclose(self) -> None:
        await self.settings.pools.aclose()
