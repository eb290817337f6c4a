"""Fork scenarios, each run in a fresh interpreter by test_processes.py (`python -m tests.hostile.forking
<scenario> <url>`), which prints one JSON line: what the parent and its children saw.

The server (echo_server) answers each request with the `X-Who` header it was sent and the port the request
came from: a process that gets another's answer, or a parent whose connection its child closed, shows.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.runtime.calls import send, send_async

TRIALS = 10
CALLS = 20
CHILD_TIME_LIMIT = 20  # seconds a child may take before SIGALRM ends it (a hang is a failure, not a wait)


class _Echo(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the connections are pooled
    disable_nagle_algorithm = True  # the head and body go in two writes: Nagle held the body ~40 ms a call

    def do_GET(self) -> None:
        time.sleep(0.001)  # long enough for two processes' requests on one connection to cross
        body = json.dumps({"who": self.headers.get("X-Who", ""), "port": self.client_address[1]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a connection two processes wrote to may break: the callers report it


@contextmanager
def echo_server() -> Iterator[str]:
    """A keep-alive HTTP server on 127.0.0.1 echoing `X-Who` and the caller's port; its base URL."""
    server = _Server(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _request() -> dict[str, Any]:
    return {"method": "get", "url": "/who", "headers": {"X-Who": str(os.getpid())}}


def ask(client: AuthenticatedClient) -> dict[str, Any]:
    answer: dict[str, Any] = send(client, _request(), security=()).json()
    return answer


async def ask_async(client: AuthenticatedClient) -> dict[str, Any]:
    answer: dict[str, Any] = (await send_async(client, _request(), security=())).json()
    return answer


def mine(client: AuthenticatedClient) -> bool:
    """Whether CALLS calls all got this process's answers (an error counts as no)."""
    try:
        return all(ask(client)["who"] == str(os.getpid()) for _ in range(CALLS))
    except Exception:
        return False


async def mine_async(client: AuthenticatedClient) -> bool:
    try:
        answers = [await ask_async(client) for _ in range(CALLS)]
    except Exception:
        return False
    return all(answer["who"] == str(os.getpid()) for answer in answers)


def _child(check: Callable[[], bool]) -> None:
    signal.alarm(CHILD_TIME_LIMIT)
    passed = False
    try:
        passed = check()
    finally:  # never back into the parent's code, whatever happened
        os._exit(0 if passed else 1)


def _fork(check: Callable[[], bool]) -> tuple[bool, bool]:
    """Fork; the child and the parent each run `check` at once; whether each passed."""
    pid = os.fork()
    if pid == 0:
        _child(check)
    parent = check()
    _, status = os.waitpid(pid, 0)
    return parent, os.waitstatus_to_exitcode(status) == 0


def _multiprocessing(check: Callable[[], bool]) -> tuple[bool, bool]:
    process = multiprocessing.get_context("fork").Process(target=_child, args=(check,))
    process.start()
    parent = check()
    process.join(CHILD_TIME_LIMIT * 2)
    return parent, process.exitcode == 0


def trials(client: AuthenticatedClient, fork: Callable[[Callable[[], bool]], tuple[bool, bool]]) -> dict[str, Any]:
    port = ask(client)["port"]  # the parent's pooled connection
    outcomes = [fork(lambda: mine(client)) for _ in range(TRIALS)]
    return {"outcomes": outcomes, "port_kept": ask(client)["port"] == port}


def async_trials(client: AuthenticatedClient) -> dict[str, Any]:
    """The parent's client in an event loop of its own thread (which the child does not inherit); the child
    calls in asyncio.run()."""
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()

    def in_parent_loop(coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(CHILD_TIME_LIMIT)

    port = in_parent_loop(ask_async(client))["port"]

    def check() -> bool:
        in_child = os.getpid() != parent_pid
        return asyncio.run(mine_async(client)) if in_child else bool(in_parent_loop(mine_async(client)))

    parent_pid = os.getpid()
    outcomes = [_fork(check) for _ in range(TRIALS)]
    return {"outcomes": outcomes, "port_kept": in_parent_loop(ask_async(client))["port"] == port}


def held_locks(client: AuthenticatedClient) -> dict[str, Any]:
    """Another parent thread holds every lock a call takes (the client's, its pools', its httpx client's
    cookie jar's, the token provider's) when the main thread forks: the child's call must not wait for them."""
    ask(client)
    httpx_client: Any = client.get_httpx_client()
    provided: Any = client._provided
    locks = [client._lock, client._pools._lock, httpx_client._cookies.jar._cookies_lock, provided._lock]
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        for lock in locks:
            lock.acquire()
        holding.set()
        release.wait()
        for lock in locks:
            lock.release()

    threading.Thread(target=hold, daemon=True).start()
    holding.wait()

    def check() -> bool:
        request = {**_request(), "headers": {"X-Who": str(os.getpid())}}
        return bool(send(client, request, security=("oauth2",)).json()["who"] == str(os.getpid()))

    pid = os.fork()
    if pid == 0:
        _child(check)
    _, status = os.waitpid(pid, 0)
    release.set()
    return {"outcomes": [[check(), os.waitstatus_to_exitcode(status) == 0]], "port_kept": True}


def fork_in_a_running_loop(client: AuthenticatedClient) -> dict[str, Any]:
    """Forked in a coroutine: the parent's loop, its async pools and httpx client stay the parent's (asyncio
    itself gives the child no running loop), and the child dropping them closes none of its connections."""
    url = httpx.URL(str(client._url))

    async def fork_here() -> list[bool]:
        port = (await ask_async(client))["port"]
        parent_pool, parent_client = client._pools.async_for(url), client.get_async_httpx_client()

        def dropped() -> bool:
            client._pools.sync_for(url)  # the first use in the child
            return client._pools._async == (None, {}, None) and client.get_async_httpx_client() is not parent_client

        pid = os.fork()
        if pid == 0:
            _child(dropped)
        _, status = os.waitpid(pid, 0)
        kept = client._pools.async_for(url) is parent_pool and (await ask_async(client))["port"] == port
        return [kept, os.waitstatus_to_exitcode(status) == 0]

    return {"outcomes": [asyncio.run(fork_here())], "port_kept": True}


SCENARIOS: dict[str, Callable[[AuthenticatedClient], dict[str, Any]]] = {
    "os.fork": lambda client: trials(client, _fork),
    "multiprocessing": lambda client: trials(client, _multiprocessing),
    "async": async_trials,
    "held locks": held_locks,
    "fork in a running loop": fork_in_a_running_loop,
}


def main(scenario: str, url: str) -> None:
    settings: dict[str, Any] = {"timeout": 2.0, "retry": RetryPolicy(max_retries=0)}  # a crossed answer fails fast
    client = AuthenticatedClient(
        base_url=url, api_key="sk-fork-test-key", token_provider=lambda: "fork-test-token", **settings
    )
    print(json.dumps(SCENARIOS[scenario](client)))


if __name__ == "__main__":
    main(*sys.argv[1:])
