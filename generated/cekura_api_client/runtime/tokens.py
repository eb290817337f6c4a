"""OAuth access tokens from a provider: a callable the client asks for a token on first use, and again,
once, when a call gets 401 (the token expired). The provider may be sync (`() -> str`) or async
(`() -> Awaitable[str]`); an async one serves async calls only. Calls that get 401 at once refresh the token
once between them: threads under a lock, async tasks by waiting for the one task that asks."""

from __future__ import annotations

import inspect
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import anyio
import httpx

from . import forks
from .errors import ConfigurationError

TokenProvider = Callable[[], "str | Awaitable[str]"]


def checked_token(value: object) -> str:
    """A token httpx can send; the message never repeats it."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError("the token provider returned no token (an empty value or not a string)")
    if value != value.strip() or not all(" " <= char <= "~" for char in value):
        raise ConfigurationError(
            "the token provider returned a token with whitespace, a control or non-ASCII character"
        )
    return value


class ProvidedTokenAuth(httpx.Auth, forks.Inheritable):
    """`Authorization: Bearer <token>` with the provider's token, refreshed once on 401."""

    def __init__(self, provider: TokenProvider) -> None:
        self._provider = provider
        self._token: str | None = None
        self._generation = forks.generation
        self._after_fork()

    def _after_fork(self) -> None:
        """The refresh in progress at a fork (a thread holding the lock, a task asking) goes on in the
        parent only: the child's callers would wait for it forever."""
        self._lock = threading.Lock()
        self._asking: anyio.Event | None = None  # set while an async task asks the provider

    def __repr__(self) -> str:
        return "ProvidedTokenAuth(token=<redacted>)"

    def _ask(self) -> str:
        token = self._provider()
        if inspect.isawaitable(token):
            if inspect.iscoroutine(token):
                token.close()  # never awaited: close it, so Python does not warn
            raise ConfigurationError("the token provider is async: use it with the async functions (asyncio())")
        return checked_token(token)

    def _sync_token(self, stale: str | None) -> str:
        """The current token, or a new one when there is none or it is `stale` (threads share one refresh)."""
        self._drop_if_inherited()
        with self._lock:
            if self._token is None or self._token == stale:
                self._token = self._ask()
            return self._token

    async def _async_token(self, stale: str | None) -> str:
        """`_sync_token` for async calls: tasks that need a new token at once wait for the one task asking
        the provider (an event of the running async library, made on demand: a lock made here could
        belong to another event loop) and take its token; if it fails, the next waiter asks."""
        self._drop_if_inherited()
        while self._token is None or self._token == stale:
            asking = self._asking
            if asking is None:
                return await self._ask_async()
            await asking.wait()
        return self._token

    async def _ask_async(self) -> str:
        self._asking = asking = anyio.Event()
        try:
            token = self._provider()
            self._token = checked_token(await token if inspect.isawaitable(token) else token)
            return self._token
        finally:
            self._asking = None
            asking.set()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._sync_token(None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {self._sync_token(token)}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token(None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {await self._async_token(token)}"
            yield request
