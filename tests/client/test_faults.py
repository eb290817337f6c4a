"""Fault injection, one row per hostile server, broken proxy or careless caller: what the server does and
what the caller must see, sync, under asyncio and under trio, against real servers on 127.0.0.1.

Each row runs under a hang guard (a generous bound after which the test fails instead of hanging; not a
performance assertion). The time and peak memory of each row are printed at the end of the run
("fault-injection figures"), never asserted.
"""

from __future__ import annotations

import functools
import gzip
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client import errors as e
from cekura_api_client.models import BillingInfo

from ..conftest import Figures
from .calls import fetch
from .conftest import API_KEY, PATH
from .rawserver import RawServer, Script, drip, head, respond

GUARD = 60.0
MODES = ["sync", "async", "trio"]
MiB = 1024 * 1024
JSON = [("Content-Type", "application/json")]
# Fast retries; a read timeout far above the deadline, so the deadline is what ends the slow rows.
SLOW_SETTINGS = {
    "retry": RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.05, deadline=1.5),
    "timeout": httpx.Timeout(20.0, connect=5.0),
}
FAST_SETTINGS = {"retry": RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.05, deadline=30.0)}


@functools.cache
def gzip_bomb() -> bytes:
    """256 MiB of zeros, gzipped (about 255 KB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(MiB)
    return b"".join(compressor.compress(block) for _ in range(256)) + compressor.flush()


def huge(status: int, size: int) -> Script:
    def send(connection: socket.socket) -> None:
        connection.sendall(head(status, [("Content-Length", str(size)), *JSON]))
        block = b"x" * MiB
        for _ in range(size // MiB):
            connection.sendall(block)

    return send


def cut(declared: int, sent: bytes, reset: bool) -> Script:
    """Promise `declared` bytes, send `sent`, then close (with a reset if asked)."""

    def send(connection: socket.socket) -> None:
        connection.sendall(head(200, [("Content-Length", str(declared)), *JSON]) + sent)
        if reset:
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")

    return send


def endless_body(connection: socket.socket) -> None:
    connection.sendall(head(200, [*JSON, ("Connection", "close")]))
    block = b" " * MiB
    while True:
        connection.sendall(block)


@dataclass
class Fault:
    name: str
    scripts: Callable[[bytes], list[Script]]
    outcome: type[Exception] | type[BillingInfo]
    connections: int | None = 1
    settings: dict[str, Any] = field(default_factory=lambda: FAST_SETTINGS)
    measure: bool = False


def ok(body: bytes) -> Script:
    return respond(200, body, JSON)


FAULTS = [
    # Bounded time: each ends by the call's deadline (1.5 s here), with APITimeoutError.
    Fault(
        "body trickled 1 byte / 0.1 s",
        lambda b: [drip(head(200, JSON), b" ", 0.1)],
        e.APITimeoutError,
        None,
        SLOW_SETTINGS,
    ),
    Fault(
        "endless 100 Continue",
        lambda b: [drip(b"", head(100, reason="Continue"), 0.1)],
        e.APITimeoutError,
        None,
        SLOW_SETTINGS,
    ),
    Fault(
        "endless chunked body, slow",
        lambda b: [drip(head(200, [("Transfer-Encoding", "chunked")]), b"1\r\n \r\n", 0.05)],
        e.APITimeoutError,
        None,
        SLOW_SETTINGS,
    ),
    Fault(
        "headers, then silence",
        lambda b: [drip(head(200, [("Content-Length", "100")]), b"", 30.0)],
        e.APITimeoutError,
        None,
        SLOW_SETTINGS,
    ),
    # Bounded memory: reading stops at the limit.
    Fault(
        "gzip bomb 255 KB -> 256 MiB",
        lambda b: [respond(200, gzip_bomb(), [("Content-Encoding", "gzip"), *JSON])],
        e.ResponseTooLargeError,
        measure=True,
    ),
    Fault("200 MiB error body", lambda b: [huge(500, 200 * MiB)], e.ResponseTooLargeError, measure=True),
    Fault("endless body, fast", lambda b: [endless_body], e.ResponseTooLargeError, measure=True),
    Fault(
        "Content-Length of 10 GiB",
        lambda b: [huge(200, 10 * 1024 * MiB)],
        e.ResponseTooLargeError,
    ),
    # Every failure is a CekuraError.
    Fault(
        "JSON nested 100k levels",
        lambda b: [respond(200, b"[" * 100_000 + b"]" * 100_000, JSON)],
        e.ResponseValidationError,
        measure=True,
    ),
    Fault(
        "integer of 5,001 digits",
        lambda b: [respond(200, b'{"credits_remaining": ' + b"7" * 5001 + b"}", JSON)],
        e.ResponseValidationError,
    ),
    Fault(
        "bad gzip",
        lambda b: [respond(200, b"\x1f\x8bnot gzip at all", [("Content-Encoding", "gzip"), *JSON])],
        e.ResponseValidationError,
    ),
    Fault("status 520 (Cloudflare)", lambda b: [respond(520, b"origin error")], e.ServerError, 3),
    Fault("status 499", lambda b: [respond(499, b"closed")], e.UnexpectedStatus),
    Fault(
        "Retry-After: ² on a 503, then 200",
        lambda b: [respond(503, b"", [("Retry-After", "²")]), ok(b)],
        BillingInfo,
        2,
    ),
    Fault(
        "redirect loop",
        lambda b: [respond(302, b"", [("Location", PATH)])],
        e.APIConnectionError,
        21,
        {**FAST_SETTINGS, "follow_redirects": True},
    ),
    Fault(
        "reset in the middle of the body, then 200", lambda b: [cut(1000, b'{"cred', reset=True), ok(b)], BillingInfo, 2
    ),
    Fault("short body, then 200", lambda b: [cut(1000, b'{"cred', reset=False), ok(b)], BillingInfo, 2),
    Fault("gzip body", lambda b: [respond(200, gzip.compress(b), [("Content-Encoding", "gzip"), *JSON])], BillingInfo),
]


def guarded(call: Callable[[], Any]) -> tuple[Any, float, int]:
    """Run `call` in a thread; fail the test if it has not ended after GUARD seconds."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test
            outcome.append(error)

    tracemalloc.start()
    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD)
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    if thread.is_alive():
        pytest.fail(f"the call was still running after {GUARD} s (hang guard)")
    return outcome[0], elapsed, peak


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_fault(fault: Fault, mode: str, body: str, figures: Figures) -> None:
    with RawServer(fault.scripts(body.encode())) as server:
        client = AuthenticatedClient(base_url=server.url, api_key=API_KEY, **fault.settings)
        result, elapsed, peak = guarded(lambda: fetch(client, mode))
    memory = f"{peak / MiB:8.1f} MiB peak" if fault.measure else ""
    figures("fault injection", f"{fault.name:<45} {mode:<6} {type(result).__name__:<24} {elapsed:6.2f} s {memory}")
    assert isinstance(result, fault.outcome), repr(result)
    assert isinstance(result, (e.CekuraError, BillingInfo))
    if fault.connections is not None:
        assert server.connections == fault.connections
