"""Hostile pages: what a server (or a proxy in front of it) answers to a list, and how a caller iterates it.

Whatever the `next` links say, the client asks only its own base URL, for the operation's own path, with
the link's query as it was written; a link already followed ends the iteration; a link it cannot follow,
a page that does not fit its schema or a connection that drops is a typed error, raised after the items
of the pages before it were yielded. Sync and async alike; `get_next_page()` past the end is a
NoNextPageError (never a StopIteration inside a coroutine). Only a GET may be paginated.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient, RequestOptions
from cekura_api_client.api.test_framework import aiagents_list
from cekura_api_client.errors import (
    APIConnectionError,
    CekuraError,
    ConfigurationError,
    NoNextPageError,
    ResponseValidationError,
)
from cekura_api_client.runtime.pagination import AsyncPage, SyncPage, apaginate, paginate
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.client.conftest import API_KEY
from tests.client.rawserver import RawServer, respond

AGENTS = "/test_framework/v2/aiagents/"
MODES = ["sync", "async"]
URL_LIMIT = 65_536  # httpx refuses a longer URL


def agent(number: int) -> dict[str, Any]:
    return {"id": number, "name": f"agent {number}", "description": ""}


def page(numbers: list[int], next_link: Any = None, **fields: Any) -> dict[str, Any]:
    return {"count": 5, "next": next_link, "previous": None, "results": [agent(n) for n in numbers], **fields}


def serve(httpserver: HTTPServer, pages: dict[str, dict[str, Any]]) -> list[Request]:
    """Answer the agents list with pages[its `page` query value] ("1" when none); return the requests."""
    seen: list[Request] = []

    def answer(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps(pages[request.args.get("page", "1")]), content_type="application/json")

    httpserver.expect_request(AGENTS).respond_with_handler(answer)
    return seen


def walk(client: AuthenticatedClient, mode: str, **arguments: Any) -> tuple[list[int], BaseException | None]:
    """The ids iterating the agents list yields, and the error that ended it (None: it ended)."""
    ids: list[int] = []

    async def walk_async() -> None:
        async for item in apaginate(aiagents_list, client, **arguments):
            ids.append(item.id)

    try:
        if mode == "sync":
            ids.extend(item.id for item in paginate(aiagents_list, client, **arguments))
        else:
            asyncio.run(walk_async())
    except Exception as error:  # the table says which error, if any, ends each case
        return ids, error
    return ids, None


def invalid(field: str) -> Callable[[BaseException | None], bool]:
    return lambda error: isinstance(error, ResponseValidationError) and error.path == (field,)


def ended(error: BaseException | None) -> bool:
    return error is None


HUGE = "x" * URL_LIMIT
# (case, pages by number, ids yielded, how the iteration must end)
PAGES: list[tuple[str, dict[str, dict[str, Any]], list[int], Callable[[BaseException | None], bool]]] = [
    ("no items", {"1": page([])}, [], ended),
    ("an empty page before a full one", {"1": page([], "?page=2"), "2": page([1])}, [1], ended),
    ("next points at itself", {"1": page([1], "?page=2"), "2": page([2], "?page=2")}, [1, 2], ended),
    (
        "two pages point at each other",
        {"1": page([1], "?page=2"), "2": page([2], "?page=3"), "3": page([3], "?page=2")},
        [1, 2, 3],
        ended,
    ),
    ("next back to the first page", {"1": page([1], "?page=2"), "2": page([2], "?page=1")}, [1, 2, 1], ended),
    (
        "next on another host",
        {"1": page([1], "https://evil.example:8443/steal/?page=2"), "2": page([2])},
        [1, 2],
        ended,
    ),
    ("next with userinfo", {"1": page([1], "http://user:pw@evil.example/?page=2"), "2": page([2])}, [1, 2], ended),
    ("next on another scheme", {"1": page([1], "ftp://evil.example/x?page=2"), "2": page([2])}, [1, 2], ended),
    ("next on another path", {"1": page([1], "/admin/delete/?page=2"), "2": page([2])}, [1, 2], ended),
    ("next a bare query", {"1": page([1], "?page=2"), "2": page([2])}, [1, 2], ended),
    ("next with a fragment", {"1": page([1], "?page=2#page=9"), "2": page([2])}, [1, 2], ended),
    ("next without a query: the first page again", {"1": page([1], "http://h/x")}, [1, 1], ended),
    ("next empty", {"1": page([1], "")}, [1], ended),
    ("next long", {"1": page([1], f"?page=2&pad={'x' * 20_000}"), "2": page([2])}, [1, 2], ended),
    ("next unicode", {"1": page([1], "?page=2&name=café漢🙂"), "2": page([2])}, [1, 2], ended),
    ("next unparsable", {"1": page([1], "http://[::1/?page=2")}, [1], invalid("next")),
    ("next with a control character", {"1": page([1], "?page=2&a=\x01")}, [1], invalid("next")),
    ("next past httpx's URL limit", {"1": page([1], f"?page=2&pad={HUGE}")}, [1], invalid("next")),
    ("next not a string", {"1": page([1], 5)}, [], invalid("next")),
    ("results missing", {"1": {"count": 1, "next": None}}, [], invalid("results")),
    (
        "results missing on page 2",
        {"1": page([1], "?page=2"), "2": {"count": 1, "next": None}},
        [1],
        invalid("results"),
    ),
    ("results not a list", {"1": page([], results={"1": 1})}, [], invalid("results")),
    ("count a string on page 2", {"1": page([1], "?page=2"), "2": page([2], count="5")}, [1], invalid("count")),
    ("count null", {"1": page([1], count=None)}, [], invalid("count")),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("pages", "ids", "ends"), [row[1:] for row in PAGES], ids=[row[0] for row in PAGES])
def test_what_the_server_answers(
    httpserver: HTTPServer,
    client: AuthenticatedClient,
    mode: str,
    pages: dict[str, dict[str, Any]],
    ids: list[int],
    ends: Callable[[BaseException | None], bool],
) -> None:
    requests = serve(httpserver, pages)
    got, error = walk(client, mode)
    assert got == ids and ends(error), (got, error)
    assert {request.path for request in requests} == {AGENTS}  # the operation's own path, on this server
    assert all(request.headers["X-CEKURA-API-KEY"] == API_KEY for request in requests)
    assert API_KEY not in str(error)


def test_a_next_link_is_followed_on_this_server_only(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    """The link's host, port, scheme, userinfo and path are dropped: the credential goes nowhere else."""
    serve(httpserver, {"1": page([1], "https://user:pw@evil.example:8443/steal/?page=2"), "2": page([2])})
    second = paginate(aiagents_list, client).get_next_page()
    assert [a.id for a in second.results] == [2]
    request, _ = httpserver.log[-1]
    assert (request.host, request.path, request.query_string) == (
        f"{httpserver.host}:{httpserver.port}",
        AGENTS,
        b"page=2",
    )
    assert "Authorization" not in request.headers  # no Basic credential from the link's userinfo


@pytest.mark.parametrize("mode", MODES)
def test_the_links_query_values_reach_the_server(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str
) -> None:
    """Repeated keys, `+` and `%20`, empty values, reserved characters, unicode raw or percent-encoded."""
    query = "status=a&status=b&page=2&plus=a+b&space=a%20b&empty=&amp=%26%3D%23&name=café&encoded=%E6%BC%A2"
    requests = serve(httpserver, {"1": page([1], f"http://elsewhere/?{query}"), "2": page([2])})
    assert walk(client, mode) == ([1, 2], None)
    assert requests[1].args.to_dict(flat=False) == {
        "status": ["a", "b"],
        "page": ["2"],
        "plus": ["a b"],
        "space": ["a b"],
        "empty": [""],
        "amp": ["&=#"],
        "name": ["café"],
        "encoded": ["漢"],
    }


@pytest.mark.parametrize("mode", MODES)
def test_extra_query_goes_with_every_page(httpserver: HTTPServer, client: AuthenticatedClient, mode: str) -> None:
    """RequestOptions(extra_query=...) crashed on page 2 (TypeError: 'list' object is not a mapping); it is
    sent with each page, on top of the link's query (its own value winning, as on the first page)."""
    requests = serve(
        httpserver, {"1": page([1], "?page=2&status=a&status=b&page_size=2"), "2": page([2], "?page=3"), "3": page([3])}
    )
    options = RequestOptions(extra_query={"trace": "t-1", "page_size": "9"})
    assert walk(client, mode, options=options, project_id=4) == ([1, 2, 3], None)
    sent = [request.args.to_dict(flat=False) for request in requests]
    assert sent == [
        {"project_id": ["4"], "trace": ["t-1"], "page_size": ["9"]},
        {"page": ["2"], "status": ["a", "b"], "page_size": ["9"], "trace": ["t-1"]},
        {"page": ["3"], "trace": ["t-1"], "page_size": ["9"]},
    ]


def test_get_next_page_past_the_end_sync(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    serve(httpserver, {"1": page([1], "?page=2"), "2": page([2], "?page=2")})
    last = paginate(aiagents_list, client).get_next_page()
    assert not last.has_next_page()  # its link was followed already
    with pytest.raises(NoNextPageError, match=r"^no next page$") as raised:
        last.get_next_page()
    assert isinstance(raised.value, StopIteration) and isinstance(raised.value, CekuraError)  # as in 0.1.0
    assert len(httpserver.log) == 2


def test_get_next_page_past_the_end_async(httpserver: HTTPServer, make_client: Callable[..., Any]) -> None:
    """Was `RuntimeError: coroutine raised StopIteration`."""
    serve(httpserver, {"1": page([1])})

    async def main() -> None:
        async with make_client() as client:
            last = await apaginate(aiagents_list, client)
            assert not last.has_next_page()
            with pytest.raises(NoNextPageError, match=r"^no next page$") as raised:
                await last.get_next_page()
            assert type(raised.value) is NoNextPageError and not isinstance(raised.value, StopIteration)

    asyncio.run(main())
    assert len(httpserver.log) == 1


def test_an_unparsable_link_fails_when_followed_not_before(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    serve(httpserver, {"1": page([1, 2], "http://[::1/?page=2")})
    first = paginate(aiagents_list, client)
    assert ([a.id for a in first.results], first.next, first.has_next_page()) == ([1, 2], "http://[::1/?page=2", True)
    with pytest.raises(ResponseValidationError) as raised:
        first.get_next_page()
    assert str(raised.value).startswith(f"invalid response of GET {AGENTS}: `next`: not a link to follow (")
    assert len(httpserver.log) == 1


def dropping_page_2() -> RawServer:
    """Page 1 (linking to page 2) on the first connection; every later connection closed unanswered."""
    body = json.dumps(page([1, 2], "?page=2")).encode()
    return RawServer([respond(200, body, [("Content-Type", "application/json")]), lambda connection: None])


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_dropped_on_page_2(make_client: Callable[..., AuthenticatedClient], mode: str) -> None:
    with dropping_page_2() as server:
        ids, error = walk(make_client(base_url=server.url), mode)
    assert ids == [1, 2]  # yielded before page 2 was asked for
    assert isinstance(error, APIConnectionError) and API_KEY not in str(error)
    assert f"GET {server.url}{AGENTS}?page=2" in str(error)
    assert server.connections == 4  # page 1, then page 2 and its two retries (a GET is retried)


def test_cancelling_an_async_iteration_mid_way(httpserver: HTTPServer, make_client: Callable[..., Any]) -> None:
    """Cancelled while page 2 is in flight: page 1's items were had, and the client serves the next call."""
    arrived, release = threading.Event(), threading.Event()
    pages = {"1": page([1, 2], "?page=2"), "2": page([3])}

    def answer(request: Request) -> Response:
        if request.args.get("page") == "2":
            arrived.set()
            release.wait(timeout=10)
        return Response(json.dumps(pages[request.args.get("page", "1")]), content_type="application/json")

    httpserver.expect_request(AGENTS).respond_with_handler(answer)
    had: list[int] = []

    async def consume(client: AuthenticatedClient) -> None:
        async for item in apaginate(aiagents_list, client):
            had.append(item.id)

    async def main() -> list[int]:
        async with make_client() as client:
            task = asyncio.create_task(consume(client))
            while not arrived.is_set():
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            release.set()
            return [item.id async for item in apaginate(aiagents_list, client)]

    assert asyncio.run(main()) == [1, 2, 3]
    assert had == [1, 2]


@pytest.mark.stress
def test_32_threads_iterate_one_page(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    serve(httpserver, {"1": page([1, 2], "?page=2"), "2": page([3, 4], "?page=3"), "3": page([5])})
    first = paginate(aiagents_list, client)
    start = threading.Barrier(32)

    def iterate(_: int) -> list[int]:
        start.wait(timeout=10)
        return [item.id for item in first]

    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(iterate, range(32)))
    assert results == [[1, 2, 3, 4, 5]] * 32
    assert len(httpserver.log) == 1 + 32 * 2  # each iteration fetched pages 2 and 3 for itself
    assert [a.id for a in first.results] == [1, 2]  # the shared page is unchanged


def endpoint(method: str) -> SimpleNamespace:
    """An endpoint module whose request has `method` (paginate reads only these names before sending)."""
    return SimpleNamespace(
        _get_kwargs=lambda: {"method": method, "url": AGENTS},
        _SECURITY=aiagents_list._SECURITY,
        _SUCCESSES=aiagents_list._SUCCESSES,
        _build_response=aiagents_list._build_response,
    )


@pytest.mark.parametrize("method", ["post", "POST", "put", "patch", "delete", "options", ""])
def test_only_a_get_is_paginated(httpserver: HTTPServer, client: AuthenticatedClient, method: str) -> None:
    """Fetching the next page of a POST would send the POST again: refused before anything is sent."""
    message = (
        "^"
        + re.escape(
            f"{method.upper()} {AGENTS} cannot be paginated: only a GET can be, as fetching the next page sends the "
            "request again (call the operation's sync() or asyncio() for its one page)"
        )
        + "$"
    )
    with pytest.raises(ConfigurationError, match=message):
        paginate(endpoint(method), client)  # type: ignore[arg-type]

    async def main() -> None:
        async for _ in apaginate(endpoint(method), client):  # type: ignore[arg-type]
            pass

    with pytest.raises(ConfigurationError, match=message):
        asyncio.run(main())
    with pytest.raises(ConfigurationError, match=message):
        asyncio.run(AsyncPage.first(client, endpoint(method), {"method": method, "url": AGENTS}))  # type: ignore[arg-type]
    assert httpserver.log == []


@pytest.mark.parametrize("method", ["get", "GET"])
def test_a_get_is_paginated(httpserver: HTTPServer, client: AuthenticatedClient, method: str) -> None:
    serve(httpserver, {"1": page([1])})
    assert [a.id for a in SyncPage.first(client, endpoint(method), {"method": method, "url": AGENTS})] == [1]  # type: ignore[arg-type]
