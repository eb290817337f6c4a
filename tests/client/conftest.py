"""Clients pointed at real HTTP servers on 127.0.0.1, started and stopped by the tests."""

import copy
import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from pytest_httpserver import HTTPServer

API_KEY = "sk-test-5ecret-key-do-not-leak-0123456789"
PATH = "/test_framework/billing/info/"
FAST_RETRIES = RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.05, deadline=5.0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def payload(documented: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The full BillingInfo payload the spec documents."""
    return copy.deepcopy(documented["BillingInfo"][0])


@pytest.fixture
def body(payload: dict[str, Any]) -> str:
    return json.dumps(payload)


@pytest.fixture
def make_client(httpserver: HTTPServer) -> Callable[..., AuthenticatedClient]:
    def make(**kwargs: Any) -> AuthenticatedClient:
        settings: dict[str, Any] = {"base_url": httpserver.url_for("/"), "token": API_KEY, "retry": FAST_RETRIES}
        return AuthenticatedClient(**(settings | kwargs))

    return make


@pytest.fixture
def client(make_client: Callable[..., AuthenticatedClient]) -> AuthenticatedClient:
    return make_client()


@pytest.fixture
def resetting_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts each connection and resets it at once (RST, no response)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            connection.recv(65536)
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    stop.set()
    thread.join(timeout=5)
    listener.close()


@pytest.fixture
def refused_url() -> str:
    """A 127.0.0.1 URL nobody listens on."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
