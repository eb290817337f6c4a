"""The connection pools behind a client and the clients derived from it with `with_*`.

One pool per proxy in use (HTTP(S)_PROXY/NO_PROXY are read once, as httpx does, when `trust_env` is on and
no `proxy=` is given); async pools belong to the event loop that opened them, so a client used again in
a second `asyncio.run()` (or under trio) opens new ones instead of touching a closed loop. `close()` and
`aclose()` close the connections; a later call opens new ones, so a closed client still works.
"""

from __future__ import annotations

import asyncio
import threading
import urllib.request
from typing import Any
from urllib.request import proxy_bypass_environment  # type: ignore[attr-defined]  # not in typeshed

import httpx

from . import deadline


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


class Pools:
    def __init__(self, verify: Any, transport_args: dict[str, Any], trust_env: bool) -> None:
        self._verify, self._args, self._trust_env = verify, transport_args, trust_env
        self._custom = transport_args.pop("transport", None)
        self._proxies = urllib.request.getproxies_environment() if trust_env and "proxy" not in self._args else {}
        self._lock = threading.Lock()
        self._sync: dict[str | None, httpx.BaseTransport] = {}
        # The loop the async pools belong to, and the pools: one tuple, read in one step without the lock.
        self._async: tuple[object, dict[str | None, httpx.AsyncBaseTransport]] = (None, {})

    def sync_for(self, url: httpx.URL) -> httpx.BaseTransport:
        if isinstance(self._custom, httpx.BaseTransport):
            return self._custom
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
        proxy = env_proxy(url, self._proxies) if self._proxies else None
        loop = _current_loop()
        owner, transports = self._async
        transport = transports.get(proxy) if owner is loop else None
        if transport is not None:
            return transport
        with self._lock:
            owner, transports = self._async
            if owner is not loop:  # the previous loop's connections cannot be used (nor closed) here
                transports = {}
                self._async = (loop, transports)
            if proxy not in transports:
                transports[proxy] = self._new(httpx.AsyncHTTPTransport, proxy)
            return transports[proxy]

    def _new(self, kind: type[Any], proxy: str | None) -> Any:
        args = self._args if proxy is None else {**self._args, "proxy": proxy}
        transport = kind(verify=self._verify, trust_env=self._trust_env, **args)
        deadline.install(transport)
        return transport

    def close(self) -> None:
        with self._lock:
            transports = list(self._sync.values())
        for transport in transports:
            transport.close()
        if isinstance(self._custom, httpx.BaseTransport):
            self._custom.close()

    async def aclose(self) -> None:
        with self._lock:
            owner, current = self._async
            transports = list(current.values()) if owner is _current_loop() else []
            self._async = (owner, {})
        for transport in transports:
            await transport.aclose()
        if isinstance(self._custom, httpx.AsyncBaseTransport):
            await self._custom.aclose()
