"""The connection pools behind a client and the clients derived from it with `with_*`.

One pool per proxy in use (HTTP(S)_PROXY/NO_PROXY are read once, as httpx does, when `trust_env` is on and
no `proxy=` is given); async pools belong to the event loop that opened them, so a client used again in
a second `asyncio.run()` (or under trio) opens new ones instead of touching a closed loop; the loop closes
their idle connections as it ends, or when another loop's pools replace them. `close()` and `aclose()`
close the connections; a later call opens new ones, so a closed client still works. A child process made
with os.fork() opens its own (forks.py); a `transport=` given in httpx_args is used as it is, in every
process.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import urllib.request
from collections.abc import AsyncGenerator
from typing import Any
from urllib.request import proxy_bypass_environment  # type: ignore[attr-defined]  # not in typeshed

import httpx

from . import deadline, forks

AsyncTransports = dict[str | None, httpx.AsyncBaseTransport]


def env_proxy(url: httpx.URL, proxies: dict[str, str]) -> str | None:
    """The proxy the environment names for `url` (as read by urllib), or None to connect directly."""
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    if not proxies or proxy_bypass_environment(host, proxies):
        return None
    return proxies.get(url.scheme) or proxies.get("all")


def _current_loop() -> object:
    """The running event loop: asyncio's, else trio's (the other one httpx runs on)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        import trio

        return trio.lowlevel.current_trio_token()


def _closed_with_loop(transports: AsyncTransports) -> AsyncGenerator[None, None] | None:
    """A started `_idle_closer` of `transports`, which the running loop finishes (None without asyncgen hooks,
    which asyncio and trio always install: nothing would finish it)."""
    if sys.get_asyncgen_hooks().firstiter is None:
        return None
    closer = _idle_closer(transports)
    with contextlib.suppress(StopIteration):
        closer.asend(None).send(None)  # runs it to its `yield`: the loop now knows it
    return closer


async def _idle_closer(transports: AsyncTransports) -> AsyncGenerator[None, None]:
    """Waits at its `yield` for the end of its loop (asyncio.run and trio.run close the async generators
    left open), or for being dropped (the loop then closes it), and closes the idle connections of
    `transports` on their own loop: a connection still in use by a request is left to it. httpx has no
    public way to reach a transport's connections (aclose() closes those in use too), hence `_pool`, as
    deadline.install reads it; tests/client/test_httpx_internals.py checks it is still there."""
    try:
        yield
    finally:
        for transport in transports.values():
            for connection in transport._pool.connections:  # type: ignore[attr-defined]
                if connection.is_idle():
                    await connection.aclose()


class Pools(forks.Inheritable):
    def __init__(self, verify: Any, transport_args: dict[str, Any], trust_env: bool) -> None:
        self._verify, self._args, self._trust_env = verify, transport_args, trust_env
        self._custom = transport_args.pop("transport", None)
        self._proxies = urllib.request.getproxies_environment() if trust_env and "proxy" not in self._args else {}
        self._generation = forks.generation
        self._empty()

    def _empty(self) -> None:
        self._lock = threading.Lock()
        self._sync: dict[str | None, httpx.BaseTransport] = {}
        # The loop the async pools belong to, the pools, and what closes them when that loop ends: one
        # tuple, read in one step without the lock.
        self._async: tuple[object, AsyncTransports, AsyncGenerator[None, None] | None] = (None, {}, None)

    def _after_fork(self) -> None:
        self._async[1].clear()  # the parent's connections: its loop's closer, dropped here, must not close them
        self._empty()

    def sync_for(self, url: httpx.URL) -> httpx.BaseTransport:
        if isinstance(self._custom, httpx.BaseTransport):
            return self._custom
        self._drop_if_inherited()
        proxy = env_proxy(url, self._proxies) if self._proxies else None
        transport = self._sync.get(proxy)  # a pool once made stays (close() only closes it): no lock to find it
        if transport is not None:
            return transport
        with self._lock:
            if proxy not in self._sync:
                self._sync[proxy] = self._new(httpx.HTTPTransport, proxy)
            return self._sync[proxy]

    def async_for(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        if isinstance(self._custom, httpx.AsyncBaseTransport):
            return self._custom
        self._drop_if_inherited()
        proxy = env_proxy(url, self._proxies) if self._proxies else None
        loop = _current_loop()
        owner, transports, _ = self._async
        transport = transports.get(proxy) if owner is loop else None
        if transport is not None:
            return transport
        with self._lock:
            owner, transports, _ = self._async
            if owner is not loop:  # the previous loop's connections cannot be used (nor closed) here
                transports = {}
                self._async = (loop, transports, _closed_with_loop(transports))
            if proxy not in transports:
                transports[proxy] = self._new(httpx.AsyncHTTPTransport, proxy)
            return transports[proxy]

    def _new(self, kind: type[Any], proxy: str | None) -> Any:
        args = self._args if proxy is None else {**self._args, "proxy": proxy}
        transport = kind(verify=self._verify, trust_env=self._trust_env, **args)
        deadline.install(transport)
        return transport

    def close(self) -> None:
        self._drop_if_inherited()
        with self._lock:
            transports = list(self._sync.values())
        for transport in transports:
            transport.close()
        if isinstance(self._custom, httpx.BaseTransport):
            self._custom.close()

    async def aclose(self) -> None:
        self._drop_if_inherited()
        with self._lock:
            owner, transports, closer = self._async
            self._async = (None, {}, None)
        if owner is _current_loop():
            for transport in transports.values():
                await transport.aclose()
            if closer is not None:
                await closer.aclose()
        if isinstance(self._custom, httpx.AsyncBaseTransport):
            await self._custom.aclose()
