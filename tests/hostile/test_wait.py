"""Hostile waits: times out of bounds, a poll that hangs or raises, cancellation (asyncio and trio), a status
missing or of the wrong type, per-call options, and 500 waits at once. A bad time is a ConfigurationError
naming it before anything is sent; `timeout` bounds the whole wait, a poll in flight included."""

import asyncio
import itertools
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
import trio
from cekura_api_client import AsyncCekura, Cekura, RequestOptions, RetryPolicy
from cekura_api_client.runtime import deadline
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime.waiting import WaitTimeoutError, wait_until, wait_until_async
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.client.conftest import API_KEY
from tests.client.rawserver import RawServer, respond, then_silence
from tests.hostile.test_options import BAD_SECONDS, LONG

RUN = "/test_framework/v2/runs/7/"
MODES = ["sync", "asyncio", "trio"]


def wait(base_url: str, mode: str, **kwargs: Any) -> Any:
    """`runs.wait(7, **kwargs)`, sync, under asyncio or under trio."""
    if mode == "sync":
        with Cekura(api_key=API_KEY, base_url=base_url) as cekura:
            return cekura.runs.wait(7, **kwargs)

    async def main() -> Any:
        async with AsyncCekura(api_key=API_KEY, base_url=base_url) as cekura:
            return await cekura.runs.wait(7, **kwargs)

    return trio.run(main) if mode == "trio" else asyncio.run(main())


def run(status: object) -> bytes:
    return json.dumps({"id": 7, "status": status}).encode()


def answering(*statuses: object) -> Callable[[Request], Response]:
    """Each of `statuses` in turn, then the last again and again."""
    answers = iter(statuses)

    def answer(request: Request) -> Response:
        return Response(run(next(answers, statuses[-1])), content_type="application/json")

    return answer


# (option, bad value): each time a wait takes; max_interval below interval too.
BAD_TIMES = [
    *(
        (option, value, name)
        for option in ("timeout", "interval", "max_interval")
        for name, value in BAD_SECONDS.items()
    ),
    ("max_interval", 0.5, "below interval"),
]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
@pytest.mark.parametrize(("option", "value"), [c[:2] for c in BAD_TIMES], ids=[f"{c[0]}-{c[2]}" for c in BAD_TIMES])
def test_a_bad_time_is_refused_before_any_poll(httpserver: HTTPServer, option: str, value: Any, mode: str) -> None:
    times = {"timeout": 5.0, "interval": 1.0, "max_interval": 2.0, option: value}
    with pytest.raises(e.ConfigurationError) as raised:
        wait(httpserver.url_for("/"), mode, **times)
    assert str(raised.value).startswith(option) and LONG not in str(raised.value)
    assert httpserver.log == []


class Answer:
    def __init__(self, status: str) -> None:
        self.status = status


@pytest.mark.parametrize(("interval", "slept"), [(20.0, [20.0, 30.0, 30.0]), (45.0, [45.0, 45.0, 45.0])])
def test_max_interval_defaults_to_30_s_or_interval_when_longer(
    monkeypatch: pytest.MonkeyPatch, interval: float, slept: list[float]
) -> None:
    asked: list[float] = []
    monkeypatch.setattr(time, "sleep", asked.append)  # nothing sleeps: the pauses are only recorded
    answers = iter(["running", "running", "running", "done"])
    done = wait_until(lambda options: Answer(next(answers)), "status", ("done",), timeout=1000, interval=interval)
    assert (done.status, asked) == ("done", slept)


@pytest.mark.parametrize("mode", MODES)
def test_max_interval_equal_to_interval_polls_at_that_pace(httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request(RUN).respond_with_handler(answering("running"))
    with pytest.raises(WaitTimeoutError):
        wait(httpserver.url_for("/"), mode, timeout=0.6, interval=0.1, max_interval=0.1)
    # One poll per 0.1 s, not hundreds a second (a loaded machine may fit only two in the 0.6 s).
    assert 2 <= len(httpserver.log) <= 8


@pytest.mark.parametrize("mode", MODES)
def test_a_poll_that_hangs_ends_with_the_wait(mode: str) -> None:
    with RawServer([then_silence(b"")]) as server:
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as raised:
            wait(server.url, mode, timeout=0.5, interval=0.05)
        elapsed = time.monotonic() - started
    assert 0.45 < elapsed < 1.5  # not the client's 60 s deadline
    assert str(raised.value) == "not done after 0.5 s: no poll answered (the poll in flight was stopped)"
    assert raised.value.last is None and isinstance(raised.value.__cause__, e.APITimeoutError)


@pytest.mark.parametrize("mode", MODES)
def test_a_poll_that_hangs_after_answers_keeps_the_last_answer(mode: str) -> None:
    running = respond(200, run("running"), [("Content-Type", "application/json")])
    with RawServer([running, running, then_silence(b"")]) as server, pytest.raises(WaitTimeoutError) as raised:
        wait(server.url, mode, timeout=0.6, interval=0.05, max_interval=0.05)
    assert str(raised.value) == "not done after 0.6 s: status is 'running' (the poll in flight was stopped)"
    assert raised.value.last.status == "running"


# (what the server answers, the error the wait raises): a poll's own error ends the wait unchanged.
RAISING = {
    "404": (Response("{}", status=404), e.NotFoundError),
    "401": (Response("{}", status=401), e.AuthenticationError),
    "500": (Response("oops", status=500), e.ServerError),
    "status a number": (Response(run(3), content_type="application/json"), e.ResponseValidationError),
    "status null": (Response(run(None), content_type="application/json"), e.ResponseValidationError),
    "not JSON": (Response("<html>", content_type="application/json"), e.ResponseValidationError),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("answer", "error"), RAISING.values(), ids=RAISING.keys())
def test_a_poll_that_raises_ends_the_wait(
    httpserver: HTTPServer, answer: Response, error: type[Exception], mode: str
) -> None:
    httpserver.expect_request(RUN).respond_with_response(answer)
    with pytest.raises(error):
        wait(httpserver.url_for("/"), mode, timeout=5, interval=0.01)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_status_missing_or_unknown_is_not_done(httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request(RUN).respond_with_handler(
        lambda request: Response(json.dumps({"id": 7}), content_type="application/json")
    )
    with pytest.raises(WaitTimeoutError, match=r"^not done after 0\.3 s: status is 'missing'"):
        wait(httpserver.url_for("/"), mode, timeout=0.3, interval=0.05)
    httpserver.clear()
    httpserver.expect_request(RUN).respond_with_handler(answering(LONG))
    with pytest.raises(WaitTimeoutError) as raised:
        wait(httpserver.url_for("/"), mode, timeout=0.3, interval=0.05)
    assert raised.value.last.status == LONG


@pytest.mark.parametrize("mode", MODES)
def test_every_poll_carries_the_calls_options(httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request(RUN, headers={"X-Trace": "t-1"}, query_string="debug=1").respond_with_handler(
        answering("pending", "running", "completed")
    )
    options = RequestOptions(extra_headers={"X-Trace": "t-1"}, extra_query={"debug": 1})
    done = wait(httpserver.url_for("/"), mode, timeout=5, interval=0.01, options=options)
    assert done.status == "completed" and len(httpserver.log) == 3


# (the poll's own deadline, the wait's timeout, what ends it): the sooner wins.
SOONER = {
    "the poll's deadline": (0.3, 5.0, e.APITimeoutError),
    "the wait's timeout": (5.0, 0.3, WaitTimeoutError),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("poll_deadline", "timeout", "error"), SOONER.values(), ids=SOONER.keys())
def test_the_sooner_of_the_polls_deadline_and_the_waits_end_ends_a_poll(
    poll_deadline: float, timeout: float, error: type[Exception], mode: str
) -> None:
    with RawServer([then_silence(b"")]) as server:
        started = time.monotonic()
        with pytest.raises(error) as raised:
            options = RequestOptions(deadline=poll_deadline, max_retries=0)
            wait(server.url, mode, timeout=timeout, interval=0.05, options=options)
        assert time.monotonic() - started < 1.5
    if error is e.APITimeoutError:
        assert "the call's deadline of 0.3 s passed" in str(raised.value)


@pytest.fixture
def silent_server() -> Iterator[str]:
    with RawServer([then_silence(b"")]) as server:
        yield server.url


def test_an_asyncio_wait_can_be_cancelled_in_a_poll(silent_server: str) -> None:
    async def main() -> float:
        async with AsyncCekura(api_key=API_KEY, base_url=silent_server) as cekura:
            task = asyncio.create_task(cekura.runs.wait(7, timeout=30))
            await asyncio.sleep(0.2)
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert deadline.remaining() is None  # the wait's deadline did not leak
            return time.monotonic() - started

    assert asyncio.run(main()) < 0.5


def test_a_trio_wait_can_be_cancelled_in_a_poll_and_between_polls(silent_server: str, httpserver: HTTPServer) -> None:
    httpserver.expect_request(RUN).respond_with_handler(answering("running"))

    async def main() -> None:
        for url in (silent_server, httpserver.url_for("/")):  # in a poll, then asleep between polls
            async with AsyncCekura(api_key=API_KEY, base_url=url) as cekura:
                with trio.move_on_after(0.3) as scope:
                    await cekura.runs.wait(7, timeout=30, interval=5)
                assert scope.cancelled_caught
                assert deadline.remaining() is None

    started = time.monotonic()
    trio.run(main)
    assert time.monotonic() - started < 1.5


def test_a_poll_retried_within_the_wait(httpserver: HTTPServer) -> None:
    """A 503 is retried inside the poll, within the time left, then the wait goes on."""
    answers = iter([Response("", status=503), Response(run("completed"), content_type="application/json")])
    httpserver.expect_request(RUN).respond_with_handler(lambda request: next(answers))
    client = Cekura(api_key=API_KEY, base_url=httpserver.url_for("/"), retry=RetryPolicy(initial_backoff=0.01))
    assert client.runs.wait(7, timeout=5, interval=0.01).status == "completed"


async def serve(answer: Callable[[], bytes]) -> asyncio.Server:
    """A keep-alive HTTP server on 127.0.0.1 in the test's own event loop, answering every request with
    `answer()`: a server on threads in this process would compete with the 500 tasks for the GIL."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                body = answer()
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                writer.write(head.encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client closed the connection
        except asyncio.CancelledError:
            pass  # asyncio.run ending: a handler left cancelled makes Python 3.11's streams log an error
        finally:
            writer.close()

    return await asyncio.start_server(handle, "127.0.0.1", 0)


@pytest.mark.stress
@pytest.mark.timeout(180)
def test_500_waits_at_once() -> None:
    """500 tasks waiting on one client: each gets its final answer, none waits past its timeout. (About
    30 s idle: httpcore's pool matches each queued request against every connection, so 500 tasks on one
    client poll slowly; the timeout leaves room for a loaded machine.)"""
    polls = itertools.count(1)

    def answer() -> bytes:
        return run("completed" if next(polls) > 500 else "running")

    async def main() -> list[Any]:
        async with await serve(answer) as server:
            port = server.sockets[0].getsockname()[1]
            # A poll may queue behind the 499 others for a connection: the default 60 s call deadline and
            # 30 s pool timeout would end it before the wait's own timeout on a loaded machine.
            url, retry, timeout = f"http://127.0.0.1:{port}/", RetryPolicy(deadline=150), httpx.Timeout(10, pool=150)
            async with AsyncCekura(api_key=API_KEY, base_url=url, retry=retry, timeout=timeout) as cekura:
                waits = [cekura.runs.wait(7, timeout=150, interval=0.05, max_interval=0.2) for _ in range(500)]
                return await asyncio.gather(*waits)

    assert {str(done.status) for done in asyncio.run(main())} == {"completed"}


def test_the_runtime_helpers_take_any_poll() -> None:
    """wait_until / wait_until_async pass `options` to the poll, strict unless the caller said otherwise
    (a status read leniently would be polled until the timeout)."""
    given: list[Any] = []
    options = RequestOptions(max_retries=0)

    def poll(passed: RequestOptions | None) -> Answer:
        given.append(passed)
        return Answer("done")

    async def apoll(passed: RequestOptions | None) -> Answer:
        return poll(passed)

    lenient = RequestOptions(strict=False)
    wait_until(poll, "status", ("done",), timeout=1, interval=0.1, options=options)
    wait_until(poll, "status", ("done",), timeout=1, interval=0.1, options=lenient)
    asyncio.run(wait_until_async(apoll, "status", ("done",), timeout=1, interval=0.1))
    assert given == [attrs.evolve(options, strict=True), lenient, RequestOptions(strict=True)]
