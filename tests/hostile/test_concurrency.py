"""Concurrency edges: credentials changed while 32 threads choose one, and one client across many event
loops (one after another, and two at once) without leaking a file descriptor."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import trio
from cekura_api_client import AuthenticatedClient
from cekura_api_client.runtime.calls import send, send_async
from pytest_httpserver import HTTPServer

from .forking import echo_server

THREADS = 32
ROUNDS = 40


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Threads switch every microsecond: a race needing an unlucky switch gets many chances."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def sent_key(client: AuthenticatedClient) -> Any:
    return client.auth_for(("api_key",), "GET", "/")._value  # type: ignore[union-attr]


def toggle_while_choosing(client: AuthenticatedClient, round_: int) -> None:
    """Half the threads set keys while the other half choose the credential, until the setters are done."""
    barrier, stop = threading.Barrier(THREADS), threading.Event()

    def toggle(number: int) -> None:
        barrier.wait()
        for step in range(200):
            client.api_key = f"key-{round_}-{number}-{step}"

    def choose() -> None:
        barrier.wait()
        while not stop.is_set():
            sent_key(client)

    togglers = [threading.Thread(target=toggle, args=(number,)) for number in range(THREADS // 2)]
    choosers = [threading.Thread(target=choose) for _ in range(THREADS // 2)]
    for thread in togglers + choosers:
        thread.start()
    for thread in togglers:
        thread.join(30)
    stop.set()
    for thread in choosers:
        thread.join(30)


@pytest.mark.stress
@pytest.mark.timeout(60)
@pytest.mark.usefixtures("fast_switching")
def test_a_credential_changed_while_threads_choose_one_is_the_one_sent(httpserver: HTTPServer) -> None:
    """Once the threads stop, the client sends the key set last (a choice made from an older key is not
    kept), on a real call too."""
    httpserver.expect_request("/who").respond_with_data("{}")
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key="key-start")
    stale = []
    for round_ in range(ROUNDS):
        toggle_while_choosing(client, round_)
        if sent_key(client) != client.api_key:
            stale.append(round_)
    assert stale == []
    send(client, {"method": "get", "url": "/who"})
    assert httpserver.log[-1][0].headers["X-CEKURA-API-KEY"] == client.api_key


@pytest.mark.parametrize(
    ("attribute", "late", "value"),
    [
        ("api_key", "old-key", "old-key"),
        ("prefix", "Token", "Token new-key"),
        ("auth_header_name", "X-Old", "new-key"),
    ],
)
def test_a_value_stored_after_the_cache_was_emptied_is_the_one_sent(attribute: str, late: str, value: str) -> None:
    """The interleaving the race above needs, without threads: attrs stores a set value after its hook has
    emptied the cache, so a thread's older value can land after another thread's newer one was chosen. The
    choice follows the value stored last, however it got there."""
    client = AuthenticatedClient(base_url="http://api.example/", api_key="new-key")
    sent_key(client)  # chosen from the current settings, and cached
    object.__setattr__(client, attribute, late)  # the late store, without the hook
    chosen = client.auth_for(("api_key",), "GET", "/")
    assert (chosen._header, chosen._value) == (client.auth_header_name, value)  # type: ignore[union-attr]


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture(scope="module")
def keep_alive_url() -> Iterator[str]:
    with echo_server() as url:
        yield url


async def ask_async(client: AuthenticatedClient) -> None:
    (await send_async(client, {"method": "get", "url": "/who"}, security=())).raise_for_status()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc")
@pytest.mark.parametrize("runner", ["asyncio", "trio"])
def test_twenty_event_loops_in_turn_leak_no_descriptor(keep_alive_url: str, runner: str) -> None:
    """Each loop's keep-alive connection is closed as the loop ends, not left to the garbage collector."""
    client = AuthenticatedClient(base_url=keep_alive_url, api_key="key")
    counts = []
    for _ in range(20):
        if runner == "trio":
            trio.run(ask_async, client)
        else:
            asyncio.run(ask_async(client))
        counts.append(open_descriptors())
    assert max(counts[5:]) <= counts[2] + 2, counts  # the server's side of a connection may still be closing


@pytest.mark.timeout(60)
def test_two_loops_at_once_on_one_client_both_keep_working(keep_alive_url: str) -> None:
    """Each loop's pools replace the other's in turn; a replaced pool closes only its idle connections, on
    its own loop, so a request in flight on it still completes."""
    client = AuthenticatedClient(base_url=keep_alive_url, api_key="key")
    failures: list[BaseException] = []

    async def many() -> None:
        for _ in range(50):
            await ask_async(client)

    def in_own_loop() -> None:
        try:
            asyncio.run(many())
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=in_own_loop) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(50)
    assert failures == []
