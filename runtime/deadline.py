"""The total deadline of a call: connecting, every retry and reading the whole body end by it.

A call sets the deadline in a context variable (`within`); every socket operation then waits at most until
the deadline, whatever its own timeout. That is checked in httpcore's network layer, on each read and write,
so a server trickling one byte a second, sending endless `100 Continue` or an endless chunked body cannot
stretch a call past it: the read fails with a timeout, which the client raises as APITimeoutError.
"""

from __future__ import annotations

import time
import typing
from collections.abc import Coroutine, Iterable
from contextvars import ContextVar, Token

import httpcore
import httpx

# Seconds before the deadline at which a timeout counts as the deadline's.
SLACK = 0.001
_deadline: ContextVar[float | None] = ContextVar("cekura_api_client_deadline", default=None)


def begin(seconds: float) -> Token[float | None]:
    """Put the code that follows under a deadline `seconds` from now (or the current one, if sooner) until
    `restore(token)`: `within` for the calls themselves, where its with block's three calls cost ~6 K
    instructions (0.3% of a local call)."""
    end = time.monotonic() + seconds
    current = _deadline.get()
    return _deadline.set(current if current is not None and current < end else end)


def restore(token: Token[float | None]) -> None:
    """Put back the deadline `begin` found."""
    _deadline.reset(token)


class within:  # lower case: used as the function it was, `with deadline.within(seconds):`
    """Run the block under a deadline `seconds` from now (or the enclosing one, if sooner)."""

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds

    def __enter__(self) -> None:
        self._token = begin(self._seconds)

    def __exit__(self, *exc_info: object) -> None:
        restore(self._token)


def holds(seconds: float) -> bool:
    """Whether the current deadline comes before `seconds` from now, so that `within(seconds)` would not
    change it (a transport's, inside the call's own deadline)."""
    end = _deadline.get()
    return end is not None and end <= time.monotonic() + seconds


def remaining() -> float | None:
    """Seconds left before the current deadline; None outside `within`."""
    end = _deadline.get()
    return None if end is None else end - time.monotonic()


def passed() -> bool:
    """Whether the current deadline has passed (or is within a timer's slack of it: event loops may fire a
    timer a clock tick early). False outside `within`."""
    end = _deadline.get()
    return end is not None and end - time.monotonic() <= SLACK


def clip(timeout: float | None, kind: type[Exception]) -> float | None:
    """`timeout`, shortened to what is left of the deadline; raises `kind` when nothing is left. (Runs on
    every socket read and write, so it reads the deadline itself rather than through `remaining()`.)"""
    end = _deadline.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise kind("the call's deadline passed")
    return left if timeout is None or left < timeout else timeout  # min(), without a call to it


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> None:
    """Make `transport`'s connections obey the deadline, by wrapping its pool's network backend.

    httpx has no public way to pass httpcore a network backend, hence the attributes;
    tests/client/test_httpx_internals.py checks they are still there."""
    pool: typing.Any = transport._pool
    wrapper = _Backend if isinstance(transport, httpx.HTTPTransport) else _AsyncBackend
    pool._network_backend = wrapper(pool._network_backend)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = clip(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = clip(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, clip(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = clip(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = clip(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = clip(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    # Not coroutines themselves: they hand back the inner stream's, which httpcore awaits at once, so the
    # task does not pass through one more frame each time it resumes.
    def read(self, max_bytes: int, timeout: float | None = None) -> Coroutine[typing.Any, typing.Any, bytes]:
        return self._inner.read(max_bytes, clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> Coroutine[typing.Any, typing.Any, None]:
        return self._inner.write(buffer, clip(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = clip(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)
