"""Iterating over every item of a DRF list (`count`/`next`/`previous`/`results`), page after page.

A page is fetched by the operation's own request (its `_get_kwargs`, credentials and parsing); the next
page is the same request with the query of the page's `next` link (repeated keys kept), on the client's
own base URL (DRF builds `next` from the host it saw, which behind a proxy may be another scheme or host).
Iteration stops when `next` is missing or empty, or repeats a link already followed, so a server that loops
ends it. Only GET operations paginate: fetching the next page of a POST would send the POST again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import ModuleType
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl

import httpx

from .calls import raise_for_status, send, send_async
from .client import Client
from .deprecation import warn_deprecated
from .errors import ConfigurationError, NoNextPageError, ResponseValidationError, SchemaValidationError
from .lenient import mismatches
from .options import RequestOptions

T = TypeVar("T")


# The fields iteration follows: a lenient read (lenient.py) may keep the items as received, never these.
_STRUCTURE = frozenset({"count", "next", "results"})


def _page(client: Client, endpoint: ModuleType, response: httpx.Response) -> Any:
    """The page in `response`; ResponseValidationError when a field iteration follows did not fit."""
    raise_for_status(response, endpoint._SUCCESSES)
    page = endpoint._build_response(client=client, response=response).parsed
    for mismatch in mismatches(page):
        if len(mismatch.path) == 1 and mismatch.path[0] in _STRUCTURE:
            problem = SchemaValidationError(mismatch.path, f"expected {mismatch.expected}, got {mismatch.received}")
            raise ResponseValidationError.for_response(problem, response)
    return page


def _fetch(client: Client, endpoint: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None) -> Any:
    return _page(client, endpoint, send(client, kwargs, security=endpoint._SECURITY, options=options))


async def _fetch_async(
    client: Client, endpoint: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None
) -> Any:
    return _page(client, endpoint, await send_async(client, kwargs, security=endpoint._SECURITY, options=options))


def _start(endpoint: ModuleType, kwargs: dict[str, Any]) -> None:
    """Refuse an operation that is not a GET, and give a deprecated one's DeprecationWarning (pages are
    fetched without the endpoint's sync(), which gives it)."""
    if kwargs["method"].upper() != "GET":
        raise ConfigurationError(
            f"{kwargs['method'].upper()} {kwargs['url']} cannot be paginated: only a GET can be, as fetching "
            "the next page sends the request again (call the operation's sync() or asyncio() for its one page)"
        )
    message = getattr(endpoint, "_DEPRECATION", None)
    if message:
        warn_deprecated(message)


def _next_link(page: Any) -> str | None:
    # The generator names the field `next_` (`next` is a builtin), in every Paginated model.
    link = getattr(page, "next_", None)
    return link if isinstance(link, str) and link else None


def _with_query_of(kwargs: dict[str, Any], link: str) -> dict[str, Any]:
    """The request for the page `link` names: the operation's own, with the link's query as its `params`, a
    mapping (which per-call options' extra_query updates, as on the first page) of each name's values."""
    try:
        query = httpx.URL(link).query.decode("ascii")  # httpx's checks (and limit) for the URL it would send
    except httpx.InvalidURL as error:
        raise ResponseValidationError(
            ("next",), f"not a link to follow ({error})", method=kwargs["method"].upper(), url=kwargs["url"]
        ) from None
    params: dict[str, list[str]] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        params.setdefault(name, []).append(value)
    return {**kwargs, "params": params}


class _Page(Generic[T]):
    _no_next_page: type[NoNextPageError] = NoNextPageError

    def __init__(
        self,
        client: Client,
        endpoint: ModuleType,
        request: tuple[dict[str, Any], RequestOptions | None],
        page: Any,
        followed: frozenset[str],
    ):
        self._client, self._endpoint, (self._kwargs, self._options) = client, endpoint, request
        self._followed = followed
        self.page = page
        """The parsed page: the operation's `Paginated...` model."""

    @property
    def results(self) -> list[T]:
        """The items of this page."""
        results = getattr(self.page, "results", None)
        return list(results) if isinstance(results, list) else []

    @property
    def count(self) -> int | None:
        """The number of items of every page together, as the server counts them."""
        count = getattr(self.page, "count", None)
        return count if isinstance(count, int) else None

    @property
    def next(self) -> str | None:
        """The link to the next page, as the server wrote it."""
        return _next_link(self.page)

    def has_next_page(self) -> bool:
        """Whether there is a next page to fetch: a `next` link not followed before."""
        link = _next_link(self.page)
        return link is not None and link not in self._followed

    def _next_request(self) -> tuple[dict[str, Any], frozenset[str]]:
        link = _next_link(self.page)
        if link is None or link in self._followed:
            raise self._no_next_page("no next page")
        return _with_query_of(self._kwargs, link), self._followed | {link}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {len(self.results)} of {self.count} items, next={self.next!r}>"


class _NoNextSyncPage(NoNextPageError, StopIteration):
    """What a SyncPage's get_next_page() raises at the end: also the StopIteration it was in 0.1.0."""


class SyncPage(_Page[T]):
    """A page of a list: `.results` are its items; iterating yields every item of every page from here."""

    _no_next_page = _NoNextSyncPage

    @classmethod
    def first(
        cls, client: Client, endpoint: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None = None
    ) -> SyncPage[Any]:
        _start(endpoint, kwargs)
        return cls(client, endpoint, (kwargs, options), _fetch(client, endpoint, kwargs, options), frozenset())

    def get_next_page(self) -> SyncPage[T]:
        """The next page; NoNextPageError (a StopIteration too) when there is none."""
        kwargs, followed = self._next_request()
        page = _fetch(self._client, self._endpoint, kwargs, self._options)
        return SyncPage(self._client, self._endpoint, (kwargs, self._options), page, followed)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every page after it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results


class AsyncPage(_Page[T]):
    """`SyncPage` for the async client: `async for item in page` yields every item of every page from here."""

    @classmethod
    async def first(
        cls, client: Client, endpoint: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None = None
    ) -> AsyncPage[Any]:
        _start(endpoint, kwargs)
        page = await _fetch_async(client, endpoint, kwargs, options)
        return cls(client, endpoint, (kwargs, options), page, frozenset())

    async def get_next_page(self) -> AsyncPage[T]:
        """The next page; NoNextPageError when there is none (never StopIteration, which a coroutine
        cannot raise)."""
        kwargs, followed = self._next_request()
        page = await _fetch_async(self._client, self._endpoint, kwargs, self._options)
        return AsyncPage(self._client, self._endpoint, (kwargs, self._options), page, followed)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item


class AsyncPager(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` over every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item


def paginate(
    endpoint: ModuleType, client: Client, *, options: RequestOptions | None = None, **arguments: Any
) -> SyncPage[Any]:
    """Every item of a paginated operation of the function-per-module API, for example
    `paginate(aiagents_v1_list, client, project_id=1)`; the resource client's list methods do this."""
    return SyncPage.first(client, endpoint, endpoint._get_kwargs(**arguments), options)


def apaginate(
    endpoint: ModuleType, client: Client, *, options: RequestOptions | None = None, **arguments: Any
) -> AsyncPager[Any]:
    """`paginate` for async code: `async for item in apaginate(endpoint, client, ...)`."""
    return AsyncPager(lambda: AsyncPage.first(client, endpoint, endpoint._get_kwargs(**arguments), options))
