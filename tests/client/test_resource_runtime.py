"""The runtime behind the resource client, as the shipped package uses it against a real server: pages,
waiting, deprecation warnings, request bodies and the client holders. (tests/generator checks the same
templates with tiny generated clients, which carry a copy of runtime/; these pin the copy shipped here.)"""

import asyncio
import importlib.util
import json
import math
import os
import threading
import time
import warnings
from typing import Any

import anyio
import httpx
import pytest
from cekura_api_client import AsyncCekura, AuthenticatedClient, Cekura, RequestOptions
from cekura_api_client.api.observability import call_logs_external_list
from cekura_api_client.api.test_framework import aiagents_list, personalities_create
from cekura_api_client.models import Personality
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime.keywords import AuthenticatedClientOptions
from cekura_api_client.runtime.pagination import apaginate, paginate
from cekura_api_client.runtime.serialization import building_request, request_body
from cekura_api_client.runtime.waiting import WaitTimeoutError, status_of
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .conftest import API_KEY

AGENTS = "/test_framework/v2/aiagents/"
# Where a warning must point: this file. Under `make mutation`, mutmut's trampoline sits between the caller
# and each mutated function, and is the first frame outside the package.
CALLERS = {__file__}
if "MUTANT_UNDER_TEST" in os.environ:
    CALLERS.add(str(importlib.util.find_spec("mutmut.mutation.trampoline").origin))  # type: ignore[union-attr]
RUN = "/test_framework/v2/runs/7/"
TRACED = RequestOptions(extra_headers={"X-Trace": "t-1"})  # options every page of a list must carry


def agent(number: int) -> dict[str, Any]:
    return {"id": number, "name": f"agent {number}", "description": ""}


def serve_pages(httpserver: HTTPServer, last_next: int | None = None) -> None:
    """Three pages of agents (2, 2, 1); the first page's `next` names another host, as behind a proxy."""
    links = {1: "https://elsewhere.example/api?page=2", 2: f"{httpserver.url_for(AGENTS)}?page=3&x="}
    links[3] = links[last_next - 1] if last_next else None  # type: ignore[assignment]
    items = {1: [1, 2], 2: [3, 4], 3: [5]}
    for page in (2, 3, 1):
        query = {1: {"project_id": "4"}, 2: {"page": "2"}, 3: {"page": "3", "x": ""}}[page]
        body = {"count": 5, "next": links[page], "previous": None, "results": [agent(n) for n in items[page]]}
        headers = {"X-CEKURA-API-KEY": API_KEY, "X-Trace": "t-1"}
        httpserver.expect_request(AGENTS, query_string=query, headers=headers).respond_with_json(body)


@pytest.fixture
def cekura(httpserver: HTTPServer) -> Cekura:
    return Cekura(api_key=API_KEY, base_url=httpserver.url_for("/"))


def test_a_list_iterates_every_item_of_every_page(httpserver: HTTPServer, cekura: Cekura) -> None:
    serve_pages(httpserver)
    first = cekura.agents.list(project_id=4, options=TRACED)
    assert ([a.id for a in first.results], first.count, first.next) == (
        [1, 2],
        5,
        "https://elsewhere.example/api?page=2",
    )
    assert repr(first) == "<SyncPage 2 of 5 items, next='https://elsewhere.example/api?page=2'>"
    assert [a.id for a in first] == [1, 2, 3, 4, 5]
    pages = list(first.iter_pages())
    assert [len(p.results) for p in pages] == [2, 2, 1]
    assert [p.has_next_page() for p in pages] == [True, True, False]
    with pytest.raises(StopIteration, match=r"^no next page$"):
        pages[-1].get_next_page()
    # Every page went to the client's own server, with the page's own query only.
    assert [request.args.get("page") for request, _ in httpserver.log] == [None, "2", "3", "2", "3"]


def test_a_next_link_already_followed_ends_the_iteration(httpserver: HTTPServer, cekura: Cekura) -> None:
    serve_pages(httpserver, last_next=2)  # page 3 points back at page 2
    assert [a.id for a in paginate(aiagents_list, cekura.client, project_id=4, options=TRACED)] == [1, 2, 3, 4, 5]
    assert len(httpserver.log) == 3


def test_an_empty_next_link_is_the_last_page(httpserver: HTTPServer, cekura: Cekura) -> None:
    httpserver.expect_request(AGENTS).respond_with_json({"count": 0, "next": "", "results": []})
    page = cekura.agents.list()
    assert (page.results, page.count, page.next, page.has_next_page()) == ([], 0, None, False)


def test_async_pages(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)

    async def main() -> tuple[list[Any], list[int], list[Any], list[Any]]:
        async with AsyncCekura(api_key=API_KEY, base_url=httpserver.url_for("/")) as cekura:
            every = [a.id async for a in cekura.agents.list(project_id=4, options=TRACED)]
            first = await cekura.agents.list(project_id=4, options=TRACED)
            pages = [len(p.results) async for p in first.iter_pages()]
            second = await first.get_next_page()
            pager = apaginate(aiagents_list, cekura.client, project_id=4, options=TRACED)
            function = [a.id async for a in pager]
            return every, pages, [a.id for a in second.results], function

    assert asyncio.run(main()) == ([1, 2, 3, 4, 5], [2, 2, 1], [3, 4], [1, 2, 3, 4, 5])


def test_a_deprecated_list_warns_at_the_callers_line(httpserver: HTTPServer, cekura: Cekura) -> None:
    path = "/observability/v1/call-logs-external/"
    httpserver.expect_request(path).respond_with_json({"count": 0, "next": None, "results": []})
    with pytest.warns(DeprecationWarning, match=r"^GET /observability/v1/call-logs-external/ is deprecated") as seen:
        assert list(paginate(call_logs_external_list, cekura.client)) == []
    assert len(seen) == 1 and seen[0].filename in CALLERS
    with pytest.warns(DeprecationWarning) as seen:
        call_logs_external_list.sync(client=cekura.client)
    assert len(seen) == 1 and seen[0].filename in CALLERS

    async def main() -> list[Any]:
        return [item async for item in apaginate(call_logs_external_list, cekura.client)]

    with pytest.warns(DeprecationWarning, match=r"^GET /observability/v1/call-logs-external/ is deprecated"):
        assert asyncio.run(main()) == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_success_status_a_list_does_not_document_is_an_error(httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request(AGENTS).respond_with_data("", status=204)
    cekura = Cekura(api_key=API_KEY, base_url=httpserver.url_for("/"))
    with pytest.raises(e.UnexpectedStatus, match=r"^HTTP 204 for GET "):
        if mode == "sync":
            cekura.agents.list()
        else:
            asyncio.run(_first_page(httpserver, access_token=None))


async def _first_page(httpserver: HTTPServer, access_token: str | None) -> list[Any]:
    credentials: dict[str, Any] = {"access_token": access_token} if access_token else {"api_key": API_KEY}
    async with AsyncCekura(**credentials, base_url=httpserver.url_for("/")) as cekura:
        return (await cekura.agents.list()).results


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_list_sends_the_credential_its_operation_accepts(httpserver: HTTPServer, mode: str) -> None:
    """Agents accept an OAuth access token too: a client holding only one lists them."""
    headers = {"Authorization": "Bearer tok"}
    httpserver.expect_request(AGENTS, headers=headers).respond_with_json(
        {"count": 1, "next": None, "results": [agent(1)]}
    )
    if mode == "sync":
        results = Cekura(access_token="tok", base_url=httpserver.url_for("/")).agents.list().results
    else:
        results = asyncio.run(_first_page(httpserver, access_token="tok"))
    assert [a.id for a in results] == [1]


def test_a_current_list_does_not_warn(httpserver: HTTPServer, cekura: Cekura) -> None:
    httpserver.expect_request(AGENTS).respond_with_json({"count": 0, "next": None, "results": []})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert list(cekura.agents.list()) == []


def statuses(httpserver: HTTPServer, *sequence: str, path: str = RUN) -> None:
    """The run's status: each of `sequence` in turn, then the last one again and again ("" leaves it out)."""
    answers = iter(sequence)

    def answer(request: Request) -> Response:
        status = next(answers, sequence[-1])
        body = {"id": 7, "status": status} if status else {"id": 7}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request(path).respond_with_handler(answer)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays waiting asks for in this test's thread, sync or async (each then slept for real)."""
    asked: list[float] = []
    real_sleep, real_async_sleep = time.sleep, anyio.sleep

    here = threading.get_ident()

    def sleep(seconds: float) -> None:
        if threading.get_ident() == here:  # not the servers' threads, nor those earlier tests left behind
            asked.append(seconds)
        real_sleep(seconds)

    async def async_sleep(seconds: float) -> None:
        asked.append(seconds)
        await real_async_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)  # the modules waiting.py sleeps with
    monkeypatch.setattr(anyio, "sleep", async_sleep)
    return asked


BACKOFF = [0.01, 0.02, 0.04, 0.05, 0.05]  # interval=0.01 doubling up to max_interval=0.05


def test_wait_polls_with_backoff_until_a_final_status(
    httpserver: HTTPServer, cekura: Cekura, sleeps: list[float]
) -> None:
    statuses(httpserver, "pending", "running", "in_queue", "running", "running", "completed")
    assert cekura.runs.wait(7, timeout=30, interval=0.01, max_interval=0.05).status == "completed"
    assert (len(httpserver.log), sleeps) == (6, BACKOFF)


def test_wait_gives_up_after_its_timeout_with_the_last_answer(
    httpserver: HTTPServer, cekura: Cekura, sleeps: list[float]
) -> None:
    statuses(httpserver, "running")
    with pytest.raises(WaitTimeoutError) as raised:
        cekura.runs.wait(7, timeout=0.3, interval=0.1, max_interval=0.2)
    assert str(raised.value) == "not done after 0.3 s: status is 'running'"
    assert isinstance(raised.value, TimeoutError) and isinstance(raised.value, e.CekuraError)
    assert raised.value.last.status == "running"
    assert len(sleeps) >= 1 and sum(sleeps) <= 0.3  # it slept, and never past the timeout


def test_an_answer_without_a_status_is_not_done(httpserver: HTTPServer, cekura: Cekura) -> None:
    statuses(httpserver, "")
    # A loaded machine may stop the wait during a poll, which the message then adds.
    stopped = r"( \(the poll in flight was stopped\))?"
    with pytest.raises(WaitTimeoutError, match=rf"^not done after 0\.5 s: status is 'missing'{stopped}$"):
        cekura.runs.wait(7, timeout=0.5, interval=0.01)


@pytest.mark.parametrize(
    ("timeout", "interval", "named"),
    [(0, 1.0, "timeout"), (-1, 1.0, "timeout"), (1.0, 0, "interval"), (math.nan, 1.0, "timeout")],
)
def test_wait_wants_positive_times(cekura: Cekura, timeout: float, interval: float, named: str) -> None:
    with pytest.raises(e.ConfigurationError, match=rf"^{named} must be more than 0 and at most"):
        cekura.runs.wait(7, timeout=timeout, interval=interval)


def test_async_wait(httpserver: HTTPServer, sleeps: list[float]) -> None:
    statuses(httpserver, "pending", "running", "in_queue", "running", "running", "failed")
    statuses(httpserver, "running", path="/test_framework/v2/runs/8/")

    async def main() -> tuple[str, Any]:
        async with AsyncCekura(api_key=API_KEY, base_url=httpserver.url_for("/")) as cekura:
            done = await cekura.runs.wait(7, timeout=30, interval=0.01, max_interval=0.05)
            with pytest.raises(WaitTimeoutError, match=r"^not done after 0\.3 s: status is 'running'$") as raised:
                await cekura.runs.wait(8, timeout=0.3, interval=0.1, max_interval=0.2)
            with pytest.raises(e.ConfigurationError, match=r"^timeout must be more than 0 and at most"):
                await cekura.runs.wait(8, timeout=0)
            return str(done.status), raised.value.last.status

    assert asyncio.run(main()) == ("failed", "running")
    assert sleeps[:5] == BACKOFF and len(sleeps) > 5 and sum(sleeps[5:]) <= 0.3


def test_status_of_reads_enums_text_or_nothing() -> None:
    class Answer:
        status = "done"
        other = 3

    assert (status_of(Answer(), "status"), status_of(Answer(), "other"), status_of(Answer(), "missing")) == (
        "done",
        "",
        "",
    )


def test_a_request_body_leaves_read_only_fields_out() -> None:
    personality = Personality(name="n", prompt="p", background_noise="b", voice_model="v", id=3, enabled=True)
    assert {"id", "enabled"} <= personality.to_dict().keys()
    with request_body({"method": "post", "url": "/x/"}):
        assert building_request()
        assert not {"id", "enabled"} & personality.to_dict().keys()
    assert not building_request()


def test_a_body_that_cannot_be_written_is_a_typed_error_and_nothing_is_sent(
    httpserver: HTTPServer, cekura: Cekura
) -> None:
    with pytest.raises(e.RequestValidationError) as raised:
        personalities_create.sync(client=cekura.client, body={"name": "n"})  # type: ignore[arg-type]
    assert str(raised.value).startswith("invalid request body of POST /test_framework/v1/personalities/: the body: ")
    assert raised.value.problem.startswith("AttributeError: ")
    assert httpserver.log == []


def test_request_body_errors_name_the_field_and_reset_the_flag() -> None:
    with pytest.raises(e.RequestValidationError) as raised, request_body({"method": "patch", "url": "/y/"}):
        raise e.SchemaValidationError(("a", "b"), "expected integer, got string")
    assert (raised.value.path, raised.value.method, raised.value.url) == (("a", "b"), "PATCH", "/y/")
    assert not building_request()
    with pytest.raises(e.RequestValidationError) as raised, request_body():
        raise KeyError("k")
    assert (raised.value.method, raised.value.url, raised.value.problem) == ("", "", "KeyError: 'k'")


def test_a_resource_client_holds_one_client() -> None:
    client = AuthenticatedClient(api_key=API_KEY)
    cekura = Cekura(client=client)
    assert cekura.client is client
    assert repr(cekura.agents) == f"<AgentsResource of {client!r}>"
    assert repr(cekura) == f"Cekura(client={client!r})"
    extras: list[AuthenticatedClientOptions] = [
        {"base_url": "http://127.0.0.1/"},
        {"api_key": API_KEY},
        {"access_token": "tok"},
    ]
    for extra in extras:
        with pytest.raises(TypeError) as raised:
            Cekura(client=client, **extra)
        assert str(raised.value) == "pass either client= or the client's options, not both"
    assert Cekura(client=client, api_key=None, access_token=None).client is client  # None: not given
    built = Cekura(api_key=API_KEY, access_token="tok", timeout=3.0)
    assert (built.client.api_key, built.client.access_token) == (API_KEY, "tok")
    with Cekura(api_key=API_KEY) as entered:
        httpx_client = entered.client.get_httpx_client()
    assert httpx_client.is_closed


@pytest.mark.parametrize("kind", [Cekura, AsyncCekura])
def test_with_options_makes_a_resource_client_of_its_kind_sharing_the_connections(
    kind: type[Cekura] | type[AsyncCekura],
) -> None:
    cekura = kind(api_key=API_KEY, timeout=3.0)
    changed = cekura.with_options(timeout=9.0, max_retries=0, headers={"X-A": "1"}, strict=True)
    assert type(changed) is kind and changed is not cekura
    assert changed.client._pools is cekura.client._pools
    assert (changed.client._timeout, changed.client.retry_policy.max_retries) == (httpx.Timeout(9.0), 0)
    assert (changed.client._headers, changed.client.strict, changed.client.api_key) == ({"X-A": "1"}, True, API_KEY)
    assert cekura.client._timeout == httpx.Timeout(3.0)  # the original is unchanged
