"""What a write carries and what the server may say about retrying, as Stainless SDKs do: an
Idempotency-Key on each POST/PATCH that may be retried, the same on every attempt; `retry-after-ms`; and
`x-should-retry: true|false`, which overrides the method and status rule."""

import asyncio
from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RequestOptions, RetryPolicy
from cekura_api_client.runtime.calls import send, send_async
from cekura_api_client.runtime.retry import retry_after
from pytest_httpserver import HTTPServer

from .conftest import PATH


def keys(httpserver: HTTPServer) -> list[str | None]:
    return [request.headers.get("Idempotency-Key") for request, _ in httpserver.log]


def post(client: AuthenticatedClient, mode: str, method: str = "post", **options: Any) -> httpx.Response:
    kwargs = {"method": method, "url": PATH, "json": {}}
    given = RequestOptions(**options) if options else None
    if mode == "sync":
        return send(client, kwargs, options=given)
    return asyncio.run(send_async(client, kwargs, options=given))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_retried_post_sends_one_idempotency_key_on_every_attempt(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str
) -> None:
    for status in (429, 429, 200):
        httpserver.expect_ordered_request(PATH, method="POST").respond_with_data("{}", status=status)
    assert post(client, mode).status_code == 200
    sent = keys(httpserver)
    assert len(sent) == 3 and len(set(sent)) == 1
    assert sent[0] is not None and sent[0].startswith("cekura-python-retry-")


def test_each_call_gets_its_own_key_and_reads_are_sent_none(
    httpserver: HTTPServer, client: AuthenticatedClient
) -> None:
    httpserver.expect_request(PATH).respond_with_data("{}")
    post(client, "sync")
    post(client, "sync", method="patch")
    post(client, "sync", method="get")
    post(client, "sync", method="put")
    first, second, read, put = keys(httpserver)
    assert first and second and first != second
    assert read is None and put is None  # idempotent by their method


def test_a_call_may_bring_its_own_key_and_no_retries_means_no_key(httpserver: HTTPServer, make_client: Any) -> None:
    httpserver.expect_request(PATH).respond_with_data("{}")
    client = make_client()
    post(client, "sync", idempotency_key="order-42")
    post(client, "sync", max_retries=0)
    post(client, "sync", extra_headers={"idempotency-key": "mine"})
    assert keys(httpserver) == ["order-42", None, "mine"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_x_should_retry_true_retries_even_a_post_on_5xx(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_data("", status=500, headers={"x-should-retry": "true"})
    httpserver.expect_ordered_request(PATH).respond_with_data("{}", status=200)
    assert post(client, mode).status_code == 200
    assert len(httpserver.log) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_x_should_retry_false_stops_even_a_get_on_503(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str
) -> None:
    httpserver.expect_request(PATH).respond_with_data("", status=503, headers={"X-Should-Retry": "false"})
    assert post(client, mode, method="get").status_code == 503
    assert len(httpserver.log) == 1


def test_retry_after_ms_is_read_before_retry_after() -> None:
    assert retry_after(httpx.Response(429, headers={"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    assert retry_after(httpx.Response(429, headers={"retry-after-ms": "1.5"})) == 0.0015
    for unreadable in ("soon", "-3", "nan", "inf"):
        assert retry_after(httpx.Response(429, headers={"retry-after-ms": unreadable, "retry-after": "2"})) == 2.0


def test_retry_after_ms_sets_the_wait(httpserver: HTTPServer, make_client: Any) -> None:
    # A backoff that would outlast the deadline: only the server's 10 ms lets the retry happen.
    client = make_client(retry=RetryPolicy(initial_backoff=100, max_backoff=100, deadline=5.0))
    httpserver.expect_ordered_request(PATH).respond_with_data("", status=503, headers={"retry-after-ms": "10"})
    httpserver.expect_ordered_request(PATH).respond_with_data("{}", status=200)
    assert post(client, "sync", method="get").status_code == 200
