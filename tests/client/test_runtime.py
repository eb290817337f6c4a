"""The runtime functions the endpoint template calls, and the retry arithmetic, one behaviour a test."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from typing import Any

import httpcore
import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.runtime import deadline
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime.calls import checked, http_status, raise_for_status, unexpected_status
from cekura_api_client.runtime.checks import MAX_SECONDS
from cekura_api_client.runtime.retry import retry_after
from pytest_httpserver import HTTPServer

from .calls import MODES, fetch, fetch_detailed
from .conftest import API_KEY, PATH

URL = "https://api.example/test_framework/billing/info/"


def response(status: int, body: bytes = b"{}", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers, request=httpx.Request("GET", URL))


@pytest.mark.parametrize("code", [520, 499, 299, 600, 1])
def test_http_status_takes_any_code(code: int) -> None:
    status = http_status(code)
    assert isinstance(status, HTTPStatus)
    assert (status == code, int(status), status.phrase, status.name) == (True, code, "", f"UNKNOWN_{code}")


def test_http_status_keeps_known_members() -> None:
    assert http_status(404) is HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    ("status", "documented", "kind"),
    [
        (200, (200,), None),
        (204, None, None),
        (204, (200,), e.UnexpectedStatus),
        (201, range(200, 201), e.UnexpectedStatus),
        (299, (200,), e.UnexpectedStatus),
        (520, (200,), e.ServerError),
        (599, None, e.ServerError),
        (600, None, e.UnexpectedStatus),
        (499, None, e.UnexpectedStatus),
        (401, (200, 401), e.AuthenticationError),
        (302, None, e.UnexpectedStatus),
    ],
)
def test_raise_for_status(status: int, documented: tuple[int, ...] | None, kind: type[Exception] | None) -> None:
    answer = response(status, headers={"X-Request-ID": "req-7"})
    if kind is None:
        raise_for_status(answer, documented)
        return
    with pytest.raises(kind) as raised:
        raise_for_status(answer, documented)
    assert type(raised.value) is kind
    assert isinstance(raised.value, e.APIStatusError)
    assert (raised.value.method, raised.value.url, raised.value.request_id) == ("GET", URL, "req-7")
    assert ("does not document" in str(raised.value)) == (200 <= status <= 299)


@pytest.mark.parametrize(
    ("status", "kind"), [(401, e.AuthenticationError), (418, e.UnexpectedStatus), (201, e.UnexpectedStatus)]
)
def test_unexpected_status_raises_the_typed_error_when_asked(status: int, kind: type[e.APIStatusError]) -> None:
    answer = response(status, headers={"X-Request-ID": "req-8"})
    unexpected_status(AuthenticatedClient(api_key=API_KEY), answer)  # returns: _parse_response gives None
    with pytest.raises(kind) as raised:
        unexpected_status(AuthenticatedClient(api_key=API_KEY, raise_on_unexpected_status=True), answer)
    assert type(raised.value) is kind
    assert (raised.value.status_code, raised.value.url, raised.value.request_id) == (status, URL, "req-8")


@pytest.mark.parametrize(
    ("body", "problem"),
    [(b"[" * 100_000, "nested too deeply"), (b"1" * 5001, "digits"), (b"{", "not valid JSON"), (b"\xff", "not valid")],
)
def test_checked_turns_every_parse_failure_into_a_validation_error(body: bytes, problem: str) -> None:
    answer = response(200, body)
    with pytest.raises(e.ResponseValidationError, match=problem) as raised:
        checked(answer, answer.json)
    assert (raised.value.body, raised.value.url) == (body, URL)


def test_backoff_is_capped_without_overflow() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=5.0)
    assert all(0 <= policy.backoff(retry) <= 5.0 for retry in (64, 1_000, 10**6))
    longest = RetryPolicy(initial_backoff=MAX_SECONDS, max_backoff=MAX_SECONDS)  # the largest backoffs allowed
    assert MAX_SECONDS / 2 < max(longest.backoff(5000) for _ in range(50)) <= MAX_SECONDS


@pytest.mark.parametrize("value", ["²", "٣", "1.5", "soon", "", "-5", "Mon, 99 Foo 2020"])
def test_unreadable_retry_after_is_none(value: str) -> None:
    raw = value.encode("latin-1") if value == "²" else value.encode()  # b"\xb2" reads as "²": isdigit() is true
    answer = httpx.Response(503, headers=[(b"Retry-After", raw)])
    assert retry_after(answer) is None


def test_retry_after_dates_without_timezone_and_in_the_past() -> None:
    ahead = datetime.now(timezone.utc) + timedelta(seconds=30)
    naive = ahead.strftime("%a, %d %b %Y %H:%M:%S")  # no zone: read as UTC
    assert 28 <= (retry_after(response(503, headers={"Retry-After": naive})) or 0) <= 30
    past = email.utils.format_datetime(datetime.now(timezone.utc) - timedelta(hours=1), usegmt=True)
    assert retry_after(response(503, headers={"Retry-After": past})) == 0.0
    assert retry_after(response(503, headers={"Retry-After": " 7 "})) == 7.0


def test_deadline_clips_timeouts_and_nests() -> None:
    assert deadline.clip(5.0, TimeoutError) == 5.0  # outside any deadline
    with deadline.within(1.0):
        assert 0.9 < (deadline.clip(5.0, TimeoutError) or 0) <= 1.0
        assert 0.9 < (deadline.clip(None, TimeoutError) or 0) <= 1.0
        assert deadline.clip(0.5, TimeoutError) == 0.5
        with deadline.within(30.0):  # an inner, later deadline does not extend the outer one
            assert (deadline.remaining() or 0) <= 1.0
    assert deadline.remaining() is None
    with deadline.within(0.0), pytest.raises(TimeoutError, match="deadline"):
        deadline.clip(5.0, TimeoutError)


class Recorder:
    """An httpcore network backend and stream in one, recording the timeout of each operation."""

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def _record(self, timeout: float | None) -> Recorder:
        self.timeouts.append(timeout)
        return self

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: object) -> Recorder:
        return self._record(timeout)

    def connect_unix_socket(self, path: str, timeout: float | None = None, *args: object) -> Recorder:
        return self._record(timeout)

    def start_tls(self, context: object, hostname: str | None = None, timeout: float | None = None) -> Recorder:
        return self._record(timeout)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self._record(timeout)
        return b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._record(timeout)


class AsyncRecorder:
    """The async twin of a Recorder: each of its operations, awaitable."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    def __getattr__(self, name: str) -> Callable[..., Any]:
        operation = getattr(self.recorder, name)

        async def awaitable(*args: Any) -> Any:
            return operation(*args)

        return awaitable


def network_steps(recorder: Recorder, is_async: bool) -> list[tuple[type[Exception], Callable[[], object]]]:
    """Each operation of the deadline's backend and stream wrappers around `recorder`, with the timeout
    error it raises once the deadline has passed; async ones run to completion."""
    inner: Any = AsyncRecorder(recorder) if is_async else recorder
    backend: Any = (deadline._AsyncBackend if is_async else deadline._Backend)(inner)
    stream: Any = (deadline._AsyncStream if is_async else deadline._Stream)(inner)

    def run(call: Callable[[], Any]) -> Callable[[], object]:
        return (lambda: asyncio.run(call())) if is_async else call

    return [
        (httpcore.ConnectTimeout, run(lambda: backend.connect_tcp("127.0.0.1", 1, 5.0))),
        (httpcore.ConnectTimeout, run(lambda: backend.connect_unix_socket("/tmp/api.sock", 5.0))),
        (httpcore.ConnectTimeout, run(lambda: stream.start_tls(None, "api.example", 5.0))),
        (httpcore.ReadTimeout, run(lambda: stream.read(10, 5.0))),
        (httpcore.WriteTimeout, run(lambda: stream.write(b"x", 5.0))),
    ]


@pytest.mark.parametrize("is_async", [False, True])
def test_every_network_step_keeps_its_timeout_within_the_deadline_and_fails_after_it(is_async: bool) -> None:
    recorder = Recorder()
    for _, step in network_steps(recorder, is_async):
        step()  # outside any deadline: the timeout passes through
        with deadline.within(1.0):
            step()  # within one: clipped to what is left
    assert recorder.timeouts[0::2] == [5.0] * 5
    assert all(0.5 < (timeout or 0) <= 1.0 for timeout in recorder.timeouts[1::2])
    with deadline.within(0.0):
        for kind, step in network_steps(recorder, is_async):
            with pytest.raises(kind, match="deadline passed"):
                step()


def test_the_deadline_hook_is_installed_on_the_pools() -> None:
    client = AuthenticatedClient(api_key=API_KEY)
    pool = client._pools.sync_for(client._url)._pool  # type: ignore[attr-defined]
    assert isinstance(pool._network_backend, deadline._Backend)


@pytest.mark.parametrize("mode", MODES)
def test_a_default_client_retries_twice(httpserver: HTTPServer, mode: str) -> None:
    """The default policy, as a client built without retry= uses it: two retries of a 503."""
    httpserver.expect_request(PATH).respond_with_data("", status=503)
    with pytest.raises(e.ServerError):
        fetch(AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY), mode)
    assert len(httpserver.log) == 3


def test_default_policy_values() -> None:
    policy = AuthenticatedClient(api_key=API_KEY)._retry
    assert (policy.max_retries, policy.initial_backoff, policy.max_backoff, policy.deadline) == (2, 0.5, 8.0, 60.0)
    assert policy.methods == {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
    assert policy.statuses == {429, 502, 503, 504, 520, 521, 522, 523, 524}
    assert policy.write_statuses == {429}


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "GET", "PUT", "DELETE"])
def test_idempotent_methods_are_retried(httpserver: HTTPServer, client: AuthenticatedClient, method: str) -> None:
    httpserver.expect_request(PATH, method=method).respond_with_data("", status=503)
    assert client.get_httpx_client().request(method, PATH).status_code == 503
    assert len(httpserver.log) == 3


def test_connection_and_timeout_errors_say_what_happened(refused_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cekura_api_client")
    client = AuthenticatedClient(
        base_url=refused_url, api_key=API_KEY, retry=RetryPolicy(max_retries=1, initial_backoff=0)
    )
    started = time.monotonic()
    with pytest.raises(e.APIConnectionError) as raised:
        fetch(client, "sync")
    assert time.monotonic() - started < 30  # hang guard, not a performance assertion
    assert str(raised.value).startswith("ConnectError: ")
    assert str(raised.value).endswith(f"(GET {refused_url.rstrip('/')}{PATH})")
    retries = [record.getMessage() for record in caplog.records if record.getMessage().startswith("retrying")]
    assert retries == [f"retrying GET {refused_url.rstrip('/')}{PATH} in 0.00s (retry 1): ConnectError"]


@pytest.mark.parametrize("status", [520, 299])
def test_detailed_takes_statuses_http_status_does_not_list(
    httpserver: HTTPServer, client: AuthenticatedClient, status: int
) -> None:
    httpserver.expect_request(PATH).respond_with_data("x", status=status)

    assert fetch_detailed(client, "sync").status_code == status


@pytest.mark.parametrize("status", [201, 203, 204])
def test_sync_raises_for_a_success_status_it_does_not_document(
    httpserver: HTTPServer, client: AuthenticatedClient, status: int
) -> None:
    httpserver.expect_request(PATH).respond_with_data("", status=status)
    with pytest.raises(e.UnexpectedStatus):
        fetch(client, "sync")
