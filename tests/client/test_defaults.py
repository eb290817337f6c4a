"""A client built with no settings behaves as documented: its retry policy, which methods, statuses and
errors are retried, its timeouts and size limits. Mutation testing showed nothing pinned these (every other
test passes its own policy), so each is checked here against a real server, or by its documented value."""

import contextlib
import gzip
import json
import logging
import re
import socket
import threading
import zlib
from collections.abc import Callable, Iterator

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client import errors as e
from cekura_api_client.runtime.body import Limits
from cekura_api_client.runtime.calls import send
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .calls import MODES, fetch
from .conftest import API_KEY, PATH
from .rawserver import RawServer, Script, head, respond

MakeClient = Callable[..., AuthenticatedClient]


@pytest.fixture
def default_client(httpserver: HTTPServer) -> AuthenticatedClient:
    """A client with every setting left at its default."""
    return AuthenticatedClient(base_url=httpserver.url_for("/"), token=API_KEY)


def retries_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.getMessage().startswith("retrying")]


def test_the_documented_limits_and_timeouts() -> None:
    assert Limits() == Limits(max_response_size=50 * 2**20, max_download_size=2**30)
    client = AuthenticatedClient(base_url="http://127.0.0.1:1/", token=API_KEY)
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)


def test_a_retry_after_past_the_default_deadline_ends_the_call(
    httpserver: HTTPServer, default_client: AuthenticatedClient
) -> None:
    """60 s is the default deadline: a server asking for 61 s is not waited for (a longer deadline would
    sleep 61 s here, which the hang guard of a mutation run counts as a failure)."""
    httpserver.expect_request(PATH).respond_with_data("", status=503, headers={"Retry-After": "61"})
    with pytest.raises(e.ServerError):
        fetch(default_client, "sync")
    assert len(httpserver.log) == 1


def test_the_default_backoff_starts_at_half_a_second_and_stops_at_eight() -> None:
    policy = RetryPolicy()
    first, late = [policy.backoff(0) for _ in range(400)], [policy.backoff(10) for _ in range(400)]
    assert 0.45 < max(first) <= 0.5
    assert 7.2 < max(late) <= 8.0


def requests_seen(httpserver: HTTPServer, make_client: MakeClient, method: str, status: int) -> int:
    """How many requests one call makes when the server always answers `status` (one retry allowed)."""
    httpserver.expect_request(PATH, method=method, headers={"X-CEKURA-API-KEY": API_KEY}).respond_with_data(
        "", status=status
    )
    send(make_client(retry=RetryPolicy(max_retries=1, initial_backoff=0.0)), {"method": method.lower(), "url": PATH})
    return len(httpserver.log)


@pytest.mark.parametrize("status", [429, 502, 503, 504, 520, 521, 522, 523, 524, 500, 501, 505, 599])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_statuses_retried(httpserver: HTTPServer, make_client: MakeClient, method: str, status: int) -> None:
    """Idempotent requests are retried on 429, 502-504 and 520-524; POST and PATCH on 429 only."""
    retried = status == 429 or (method == "GET" and status in {502, 503, 504, 520, 521, 522, 523, 524})
    assert requests_seen(httpserver, make_client, method, status) == (2 if retried else 1)


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "POST", "PATCH"])
def test_the_methods_retried(httpserver: HTTPServer, make_client: MakeClient, method: str) -> None:
    retried = method not in {"POST", "PATCH"}
    assert requests_seen(httpserver, make_client, method, 503) == (2 if retried else 1)


def closes_at_once(connection: socket.socket) -> None:
    """Reads the request and closes without answering: httpx's RemoteProtocolError."""


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_closed_without_a_response_is_retried(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    caplog.set_level(logging.INFO, logger="cekura_api_client")
    with RawServer([closes_at_once]) as server, pytest.raises(e.APIConnectionError) as caught:
        fetch(make_client(base_url=server.url), mode)
    assert [message.rpartition(": ")[2] for message in retries_logged(caplog)] == ["RemoteProtocolError"] * 2
    assert server.connections == 3
    message = r"RemoteProtocolError: Server disconnected without sending a response\. \(GET http://127\.0\.0\.1:\d+{}\)"
    assert re.fullmatch(message.format(PATH), str(caught.value))


@pytest.fixture
def full_backlog() -> Iterator[str]:
    """A listener that never accepts, with its accept queue already full: connecting to it times out."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        fillers: list[socket.socket] = []
        with contextlib.suppress(TimeoutError):  # the kernel's queue is full when a connect times out
            while len(fillers) < 16:
                fillers.append(socket.create_connection(listener.getsockname(), timeout=0.2))
        try:
            yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
        finally:
            for filler in fillers:
                filler.close()


def test_a_post_that_could_not_connect_in_time_is_retried(
    make_client: MakeClient, full_backlog: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cekura_api_client")
    client = make_client(base_url=full_backlog, timeout=httpx.Timeout(5.0, connect=0.1))
    with pytest.raises(e.APITimeoutError) as caught:
        send(client, {"method": "post", "url": PATH, "json": {}})
    assert [message.rpartition(": ")[2] for message in retries_logged(caplog)] == ["ConnectTimeout"] * 2
    connect = r"ConnectTimeout: timed out \(the connect timeout of 0\.1 s: timeout=\.\.\. for a client, .*\)"
    assert re.fullmatch(rf"{connect} \(POST http://127\.0\.0\.1:\d+{PATH}\)", str(caught.value))


def test_a_post_that_found_no_free_pooled_connection_is_retried(
    httpserver: HTTPServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    """With one connection allowed (httpx_args' limits reach the pool) and held by a slow call, a POST
    waits for the pool, times out before anything was sent, and is retried."""
    holding, release = threading.Event(), threading.Event()

    def slowly(request: Request) -> Response:
        holding.set()
        release.wait(10)
        return Response("{}")

    httpserver.expect_request("/slow/").respond_with_handler(slowly)
    caplog.set_level(logging.INFO, logger="cekura_api_client")
    settings = {"timeout": httpx.Timeout(10.0, pool=0.1), "httpx_args": {"limits": httpx.Limits(max_connections=1)}}
    client = make_client(**settings, retry=RetryPolicy(max_retries=2, initial_backoff=0.0))
    slow = threading.Thread(target=send, args=(client, {"method": "get", "url": "/slow/"}))
    slow.start()
    try:
        assert holding.wait(10)  # the slow call holds the only connection
        with pytest.raises(e.APITimeoutError, match=r"^PoolTimeout: "):
            send(client, {"method": "post", "url": PATH, "json": {}})
    finally:
        release.set()
        slow.join(10)
    assert [message.rpartition(": ")[2] for message in retries_logged(caplog)] == ["PoolTimeout"] * 2


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, without the zlib wrapper
    ],
)
def test_the_encodings_asked_for_are_decoded(
    httpserver: HTTPServer, client: AuthenticatedClient, body: str, encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    httpserver.expect_request(PATH, headers={"Accept-Encoding": "gzip, deflate"}).respond_with_data(
        compress(body.encode()), headers={"Content-Encoding": encoding}, content_type="application/json"
    )
    assert fetch(client, "sync").to_dict() == json.loads(body)


@pytest.mark.parametrize(
    ("encoding", "error"),
    [("gzip", "incorrect header check"), ("deflate", "invalid block type")],  # deflate: tried raw too
)
def test_an_undecodable_body_is_a_validation_error(
    httpserver: HTTPServer, client: AuthenticatedClient, encoding: str, error: str
) -> None:
    httpserver.expect_request(PATH).respond_with_data(b"not compressed", headers={"Content-Encoding": encoding})
    with pytest.raises(e.ResponseValidationError) as raised:
        fetch(client, "sync")
    problem = f"the {encoding} body could not be decoded (Error -3 while decompressing data: {error})"
    assert (raised.value.path, raised.value.problem, raised.value.method) == ((), problem, "GET")
    assert str(raised.value) == f"invalid response of GET {httpserver.url_for(PATH)}: the body: {problem}"


def chunked(body: bytes) -> Script:
    """`body` in two chunks, with no Content-Length (so the client counts what it reads)."""
    half = len(body) // 2
    parts = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:]))
    return lambda connection: connection.sendall(
        head(200, [("Transfer-Encoding", "chunked"), ("Content-Type", "application/json")]) + parts + b"0\r\n\r\n"
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_chunked_body_up_to_the_limit_is_read_whole(make_client: MakeClient, body: str, mode: str) -> None:
    with RawServer([chunked(body.encode())]) as server:
        client = make_client(base_url=server.url, max_response_size=len(body.encode()))
        assert fetch(client, mode).to_dict() == json.loads(body)


def test_redirects_are_not_followed_by_default(httpserver: HTTPServer, default_client: AuthenticatedClient) -> None:
    httpserver.expect_request(PATH).respond_with_data("", status=302, headers={"Location": "/elsewhere/"})
    with pytest.raises(e.UnexpectedStatus, match=r"^HTTP 302 "):
        fetch(default_client, "sync")
    assert len(httpserver.log) == 1


def test_a_proxy_in_httpx_args_goes_through_the_clients_transport(make_client: MakeClient, body: str) -> None:
    """The proxy answers 503 once: the client's own transport (which retries) sent the request through it."""
    typed = [("Content-Type", "application/json")]
    with RawServer([respond(503, b""), respond(200, body.encode(), typed)]) as proxy:
        client = make_client(base_url="http://api.invalid/", httpx_args={"proxy": proxy.url})
        assert fetch(client, "sync").to_dict() == json.loads(body)
    assert proxy.connections == 2


@pytest.mark.parametrize(
    ("encoding", "compress"), [("gzip", gzip.compress), ("x-gzip", gzip.compress), ("deflate", zlib.compress)]
)
def test_every_encoding_is_held_to_the_limit_after_decoding(
    httpserver: HTTPServer, make_client: MakeClient, encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    """1 MiB of zeros, about 1 KB compressed, against a 64 KiB limit."""
    httpserver.expect_request(PATH).respond_with_data(
        compress(bytes(2**20)), headers={"Content-Encoding": encoding}, content_type="application/json"
    )
    with pytest.raises(e.ResponseTooLargeError):
        fetch(make_client(max_response_size=2**16), "sync")
