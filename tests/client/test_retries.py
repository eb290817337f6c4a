"""GETs are retried on connection errors, timeouts, 429 and 502/503/504, within bounds, sync and async."""

import email.utils
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client import errors as e
from cekura_api_client.models import BillingInfo
from cekura_api_client.runtime.retry import retry_after
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .calls import MODES, fetch
from .conftest import PATH

MakeClient = Callable[..., AuthenticatedClient]


def respond(httpserver: HTTPServer, *statuses: int, body: str = "{}", headers: dict[str, str] | None = None) -> None:
    for status in statuses:
        httpserver.expect_ordered_request(PATH).respond_with_data(body, status=status, headers=headers)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses_are_retried_until_success(
    httpserver: HTTPServer, client: AuthenticatedClient, body: str, mode: str, status: int
) -> None:
    respond(httpserver, status, status)
    respond(httpserver, 200, body=body)
    assert isinstance(fetch(client, mode), BillingInfo)
    assert len(httpserver.log) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 500])
def test_other_statuses_are_not_retried(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str, status: int
) -> None:
    respond(httpserver, status)
    with pytest.raises(e.APIStatusError):
        fetch(client, mode)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_retries_are_bounded_by_max_retries(httpserver: HTTPServer, make_client: MakeClient, mode: str) -> None:
    respond(httpserver, 503, 503, 503, 503)
    policy = RetryPolicy(max_retries=3, initial_backoff=0.001)
    with pytest.raises(e.ServerError):
        fetch(make_client(retry=policy), mode)
    assert len(httpserver.log) == 4


@pytest.mark.parametrize("mode", MODES)
def test_retries_can_be_switched_off(httpserver: HTTPServer, make_client: MakeClient, mode: str) -> None:
    respond(httpserver, 503)
    with pytest.raises(e.ServerError):
        fetch(make_client(retry=RetryPolicy(max_retries=0)), mode)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_seconds_is_honoured(httpserver: HTTPServer, client: AuthenticatedClient, mode: str) -> None:
    respond(httpserver, 429, headers={"Retry-After": "1"})
    respond(httpserver, 200, body='{"organization": 7}')
    started = time.monotonic()
    assert fetch(client, mode).organization == 7  # the retry's answer (read leniently: it lacks the rest)
    assert time.monotonic() - started >= 0.95
    assert len(httpserver.log) == 2


def test_retry_after_http_date_is_read() -> None:
    moment = datetime.now(timezone.utc) + timedelta(seconds=30)
    response = httpx.Response(503, headers={"Retry-After": email.utils.format_datetime(moment, usegmt=True)})
    wait = retry_after(response)
    assert wait is not None
    assert 28 <= wait <= 30


@pytest.mark.parametrize("value", ["soon", "", "-5"])
def test_unreadable_retry_after_falls_back_to_backoff(value: str) -> None:
    assert retry_after(httpx.Response(503, headers={"Retry-After": value})) is None


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_past_the_deadline_gives_up_at_once(
    httpserver: HTTPServer, make_client: MakeClient, mode: str
) -> None:
    respond(httpserver, 503, headers={"Retry-After": "120"})
    started = time.monotonic()
    with pytest.raises(e.ServerError):
        fetch(make_client(retry=RetryPolicy(deadline=30.0)), mode)
    # Waiting for the answer's 120 s, or sleeping to the deadline, would take 30 s at least: far from any
    # machine's load, unlike a tight bound.
    assert time.monotonic() - started < 20
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("mode", MODES)
def test_slow_responses_time_out_after_retries(
    httpserver: HTTPServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.3)
        return Response("{}", status=200)

    caplog.set_level(logging.DEBUG, logger="cekura_api_client")
    httpserver.expect_request(PATH).respond_with_handler(slow)
    with pytest.raises(e.APITimeoutError):
        fetch(make_client(timeout=httpx.Timeout(0.1)), mode)
    assert sum(r.getMessage().startswith("retrying") and "Timeout" in r.getMessage() for r in caplog.records) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("server", "cause"), [("resetting_server", "ReadError"), ("refused_url", "ConnectError")])
def test_connection_failures_are_retried_then_raised(
    make_client: MakeClient,
    caplog: pytest.LogCaptureFixture,
    request: pytest.FixtureRequest,
    mode: str,
    server: str,
    cause: str,
) -> None:
    caplog.set_level(logging.DEBUG, logger="cekura_api_client")
    with pytest.raises(e.APIConnectionError):
        fetch(make_client(base_url=request.getfixturevalue(server)), mode)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying GET")]
    assert len(retries) == 2
    assert all(retry.endswith(cause) for retry in retries), retries


def test_backoff_grows_exponentially_with_full_jitter() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=5.0)
    samples = {retry: [policy.backoff(retry) for _ in range(300)] for retry in range(5)}
    for retry, values in samples.items():
        ceiling = min(5.0, 2**retry)
        assert all(0 <= value <= ceiling for value in values)
        assert max(values) > ceiling * 0.8
    assert len(set(samples[0])) > 250


def test_non_idempotent_methods_are_not_retried(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    httpserver.expect_request(PATH, method="POST").respond_with_data("", status=503)
    response = client.get_httpx_client().post(PATH)
    assert response.status_code == 503
    assert len(httpserver.log) == 1
