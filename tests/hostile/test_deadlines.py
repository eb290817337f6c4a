"""Timeouts against deadlines: a deadline nobody chose follows a longer timeout, wherever the timeout is set
(constructor, with_options, with_timeout, with_retry, RequestOptions); a chosen one is kept; and a call's
error says which limit ended it (the deadline for the whole call, or the timeout of one connect, read or
write), sync, asyncio and trio, including a connection dropped in the middle of the body."""

import re
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RequestOptions, RetryPolicy
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime import retry
from cekura_api_client.runtime.calls import _failed
from cekura_api_client.runtime.retry import DEFAULT_DEADLINE, DefaultDeadline

from tests.client.calls import fetch
from tests.client.conftest import API_KEY
from tests.client.rawserver import RawServer, drip, head, respond, then_silence

MODES = ["sync", "async", "trio"]
BODY = b'{"balance_expiry": null}'
JSON = [("Content-Type", "application/json")]
DEADLINE_SAYS = (
    r"the call's deadline of {} s passed "
    r"\(RetryPolicy\(deadline=\.\.\.\) for a client, RequestOptions\(deadline=\.\.\.\) for one call\)"
)
TIMEOUT_SAYS = (
    r"timed out \(the read timeout of {} s: "
    r"timeout=\.\.\. for a client, RequestOptions\(timeout=\.\.\.\) for one call\)"
)


def client_with(**settings: Any) -> AuthenticatedClient:
    return AuthenticatedClient(api_key=API_KEY, **settings)


# (how the client is made or changed, the deadline its calls get)
FITTING = {
    "default": (lambda: client_with(), 60.0),
    "a shorter timeout keeps 60 s": (lambda: client_with(timeout=10), 60.0),
    "a longer timeout raises it": (lambda: client_with(timeout=120), 120.0),
    "the longest part of a timeout": (lambda: client_with(timeout=httpx.Timeout(10.0, read=300.0)), 300.0),
    "no timeout keeps 60 s": (lambda: client_with(timeout=None), 60.0),
    "a policy without a deadline follows": (lambda: client_with(timeout=120, retry=RetryPolicy(max_retries=5)), 120.0),
    "a chosen deadline is kept": (lambda: client_with(timeout=120, retry=RetryPolicy(deadline=30.0)), 30.0),
    "a chosen 60 s is kept": (lambda: client_with(timeout=120, retry=RetryPolicy(deadline=60.0)), 60.0),
    "with_options(timeout=)": (lambda: client_with().with_options(timeout=120), 120.0),
    "with_options(timeout=, deadline=)": (lambda: client_with().with_options(timeout=120, deadline=30), 30.0),
    "with_options(deadline=) then with_timeout": (
        lambda: client_with().with_options(deadline=30).with_timeout(120),
        30.0,
    ),
    "with_timeout": (lambda: client_with().with_timeout(120), 120.0),
    "with_timeout back down": (lambda: client_with().with_timeout(120).with_timeout(10), 60.0),
    "with_retry follows the client's timeout": (lambda: client_with(timeout=120).with_retry(RetryPolicy()), 120.0),
    "with_retry with a chosen deadline": (lambda: client_with(timeout=120).with_retry(RetryPolicy(deadline=5)), 5.0),
    "with_options(max_retries=) keeps the fit": (lambda: client_with(timeout=120).with_options(max_retries=0), 120.0),
}


@pytest.mark.parametrize(("make", "seconds"), FITTING.values(), ids=FITTING.keys())
def test_the_clients_deadline(make: Callable[[], AuthenticatedClient], seconds: float) -> None:
    client = make()
    assert client.retry_policy.deadline == seconds
    assert client.get_httpx_client()._transport.settings.policy.deadline == seconds  # type: ignore[attr-defined]


# (the client's policy, the call's options, the deadline the call gets)
PER_CALL = {
    "a longer timeout raises a default deadline": (RetryPolicy(), RequestOptions(timeout=120), 120.0),
    "a shorter one leaves it": (RetryPolicy(), RequestOptions(timeout=1), 60.0),
    "the call's own deadline wins": (RetryPolicy(), RequestOptions(timeout=120, deadline=30), 30.0),
    "the client's chosen deadline is kept": (RetryPolicy(deadline=30.0), RequestOptions(timeout=120), 30.0),
    "a fitted deadline fits the call's timeout": (
        RetryPolicy().fitted(httpx.Timeout(120)),
        RequestOptions(timeout=5),
        60.0,
    ),
    "no timeout: the client's": (RetryPolicy(deadline=7.0), RequestOptions(max_retries=0), 7.0),
}


@pytest.mark.parametrize(("policy", "options", "seconds"), PER_CALL.values(), ids=PER_CALL.keys())
def test_a_calls_deadline(policy: RetryPolicy, options: RequestOptions, seconds: float) -> None:
    assert options.policy(policy).deadline == seconds


def test_a_default_deadline_stays_distinguishable() -> None:
    """What `fitted` tells a chosen deadline by survives copies, evolve and pickling."""
    import copy
    import pickle

    fitted = RetryPolicy(max_retries=1).fitted(httpx.Timeout(90))
    for twin in (
        copy.deepcopy(fitted),
        pickle.loads(pickle.dumps(fitted)),
        RequestOptions(max_retries=3).policy(fitted),
    ):
        assert type(twin.deadline) is DefaultDeadline and twin.deadline == 90.0
    assert type(RetryPolicy(deadline=90.0).deadline) is float
    assert RetryPolicy() == RetryPolicy(deadline=60.0) and repr(DEFAULT_DEADLINE) == "60.0"


@pytest.fixture
def short_default(monkeypatch: pytest.MonkeyPatch) -> RetryPolicy:
    """A policy whose unchosen deadline is 0.5 s, as if that were the default: the real 60 s rule, faster."""
    monkeypatch.setattr(retry, "DEFAULT_DEADLINE", DefaultDeadline(0.5))
    return RetryPolicy(max_retries=0, deadline=retry.DEFAULT_DEADLINE)


def untimed(url: str, policy: RetryPolicy) -> AuthenticatedClient:
    return client_with(base_url=url, retry=policy, timeout=None)


def slow(connection: socket.socket) -> None:
    """Answer after 0.9 s."""
    time.sleep(0.9)
    respond(200, BODY, JSON)(connection)


SLOW = [slow]

# Each way of asking for a 2 s timeout lets a 0.9 s answer through a 0.5 s default deadline.
LONGER_TIMEOUT: dict[str, Callable[[str, RetryPolicy], tuple[AuthenticatedClient, dict[str, Any]]]] = {
    "constructor": lambda url, policy: (client_with(base_url=url, retry=policy, timeout=2), {}),
    "with_options": lambda url, policy: (
        client_with(base_url=url, retry=policy, timeout=None).with_options(timeout=2),
        {},
    ),
    "with_timeout": lambda url, policy: (client_with(base_url=url, retry=policy, timeout=None).with_timeout(2), {}),
    "RequestOptions": lambda url, policy: (untimed(url, policy), {"options": RequestOptions(timeout=2)}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", LONGER_TIMEOUT)
def test_a_longer_timeout_is_waited_for(short_default: RetryPolicy, where: str, mode: str) -> None:
    with RawServer(SLOW) as server:
        client, call = LONGER_TIMEOUT[where](server.url, short_default)
        assert fetch(client, mode, **call).balance_expiry is None


@pytest.mark.parametrize("mode", MODES)
def test_without_a_longer_timeout_the_default_deadline_ends_the_call_and_says_so(
    short_default: RetryPolicy, mode: str
) -> None:
    with RawServer(SLOW) as server:
        client = client_with(base_url=server.url, retry=short_default, timeout=None)
        started = time.monotonic()
        with pytest.raises(e.APITimeoutError) as raised:
            fetch(client, mode)
        assert time.monotonic() - started < 0.85  # before the server's exit, which waits for its answer
    assert re.match(rf"^ReadTimeout: {DEADLINE_SAYS.format('0.5')} \(GET ", str(raised.value)), str(raised.value)


# (the server, the client's settings, the call's options, the message's start): which limit ended the call
WHICH_LIMIT = {
    "silence past the client's deadline": (
        [then_silence(b"")],
        {"retry": RetryPolicy(max_retries=0, deadline=0.4), "timeout": 5},
        None,
        rf"ReadTimeout: {DEADLINE_SAYS.format('0.4')}",
    ),
    "silence past the call's deadline": (
        [then_silence(b"")],
        {"retry": RetryPolicy(max_retries=0)},
        RequestOptions(deadline=0.3, timeout=10),
        rf"ReadTimeout: {DEADLINE_SAYS.format('0.3')}",
    ),
    "silence past the read timeout": (
        [then_silence(b"")],
        {"retry": RetryPolicy(max_retries=0), "timeout": httpx.Timeout(5.0, read=0.3)},
        None,
        rf"ReadTimeout: {TIMEOUT_SAYS.format('0.3')}",
    ),
    "silence past the call's read timeout": (
        [then_silence(b"")],
        {"retry": RetryPolicy(max_retries=0)},
        RequestOptions(timeout=0.25),
        rf"ReadTimeout: {TIMEOUT_SAYS.format('0.25')}",
    ),
    "a body trickled past the deadline": (
        [drip(head(200, [("Content-Length", "1000"), *JSON]), b" ", 0.05)],
        {"retry": RetryPolicy(max_retries=0, deadline=0.5), "timeout": 5},
        None,
        rf"ReadTimeout: {DEADLINE_SAYS.format('0.5')}",
    ),
    "retries past the deadline": (
        [then_silence(b"")],
        {"retry": RetryPolicy(max_retries=50, initial_backoff=0, deadline=0.6), "timeout": 0.15},
        None,
        rf"(ReadTimeout: {TIMEOUT_SAYS.format('0.15')}|(Read|Pool)Timeout: {DEADLINE_SAYS.format('0.6')})",
    ),
    "a connection dropped in the middle of the body": (
        [lambda connection: connection.sendall(head(200, [("Content-Length", "100"), *JSON]) + b'{"bal')],
        {"retry": RetryPolicy(max_retries=1, initial_backoff=0, deadline=5)},
        None,
        r"RemoteProtocolError: peer closed connection without sending complete message body",
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("scripts", "settings", "options", "says"), WHICH_LIMIT.values(), ids=WHICH_LIMIT.keys())
def test_the_error_names_the_limit_that_ended_the_call(
    scripts: list[Any], settings: dict[str, Any], options: RequestOptions | None, says: str, mode: str
) -> None:
    with RawServer(scripts) as server, pytest.raises(e.APIConnectionError) as raised:
        fetch(client_with(base_url=server.url, **settings), mode, options=options)
    message = str(raised.value)
    assert re.match(says, message), message
    assert API_KEY not in message
    if "deadline" not in says:
        assert "deadline" not in message


TIMEOUTS = {"connect": 1.5, "read": 2.5, "write": 3.5, "pool": 4.5}
LIMITS = {
    "connect": (httpx.ConnectTimeout, "ConnectTimeout: timed out (the connect timeout of 1.5 s: "),
    "read": (httpx.ReadTimeout, "ReadTimeout: timed out (the read timeout of 2.5 s: "),
    "write": (httpx.WriteTimeout, "WriteTimeout: timed out (the write timeout of 3.5 s: "),
    "pool": (httpx.PoolTimeout, "PoolTimeout: timed out (the pool timeout of 4.5 s: "),
    "any other": (httpx.TimeoutException, "TimeoutException: timed out (GET "),
}


@pytest.mark.parametrize(("kind", "says"), LIMITS.values(), ids=LIMITS.keys())
def test_each_kind_of_timeout_names_its_own_limit(kind: type[httpx.TimeoutException], says: str) -> None:
    request = httpx.Request("GET", "http://api.example/x/", extensions={"timeout": TIMEOUTS})
    error = _failed(kind("", request=request), {"method": "get", "url": "/x/"}, time.monotonic())
    assert isinstance(error, e.APITimeoutError) and str(error).startswith(says), str(error)
