"""What the runtime reads of httpx: the private attributes it cannot do without, checked on the pinned
httpx so that an upgrade that moves them fails here, by name, and not as a deadline quietly ignored; and
the public properties that stand where private ones were read to save time (issue 20: ~7.6 K instructions
a call, 0.4% of a local call, not worth an attribute httpx may change)."""

from typing import Any

import httpcore
import httpx
import pytest
from cekura_api_client.runtime import body, deadline, retry

TRANSPORTS = [
    (httpx.HTTPTransport, httpcore.ConnectionPool, httpcore.NetworkBackend, deadline._Backend),
    (httpx.AsyncHTTPTransport, httpcore.AsyncConnectionPool, httpcore.AsyncNetworkBackend, deadline._AsyncBackend),
]


@pytest.mark.parametrize(("transport", "pool_type", "backend_type", "wrapper"), TRANSPORTS)
def test_a_transport_keeps_its_pool_and_the_pool_its_network_backend(
    transport: Any, pool_type: type[Any], backend_type: type[Any], wrapper: type[Any]
) -> None:
    """deadline.install wraps `transport._pool._network_backend`; pools._idle_closer walks
    `transport._pool.connections`. httpx and httpcore offer neither publicly."""
    made = transport()
    pool = getattr(made, "_pool", None)
    assert isinstance(pool, pool_type), f"httpx {httpx.__version__}: {transport.__name__}._pool is gone or changed"
    backend = getattr(pool, "_network_backend", None)
    assert isinstance(backend, backend_type), (
        f"httpcore {httpcore.__version__}: {pool_type.__name__}._network_backend is gone or changed"
    )
    assert pool.connections == [], f"httpcore {httpcore.__version__}: {pool_type.__name__}.connections changed"
    deadline.install(made)
    assert isinstance(made._pool._network_backend, wrapper)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("http://api.example/a/", "http://API.example:80/b/?x=1"),  # httpx leaves out a scheme's default port
        ("http://api.example/", "HTTP://api.example:80/"),  # but keeps it after a scheme in capitals
        ("https://api.example/", "HTTPS://api.example:443/"),
        ("http://中国.icom.museum/", "http://xn--fiqs8s.icom.museum/"),  # one host, IDNA-encoded or not
    ],
)
def test_urls_of_one_origin(one: str, other: str) -> None:
    assert retry._origin(httpx.URL(one)) == retry._origin(httpx.URL(other))


@pytest.mark.parametrize(
    "other",
    [
        "https://api.example/",
        "http://api.example:8080/",
        "http://api.example:443/",
        "HTTPS://api.example:80/",
        "http://api.examples/",
    ],
)
def test_urls_of_another_origin(other: str) -> None:
    assert retry._origin(httpx.URL("http://api.example/")) != retry._origin(httpx.URL(other))


@pytest.mark.parametrize(
    ("headers", "declared"),
    [
        ([("Content-Length", "12")], 12),  # names as the server sent them
        ([("CONTENT-LENGTH", "12"), ("Content-Encoding", "identity")], 12),
        ([("Content-Length", "12"), ("Content-Encoding", "GZip ")], None),  # decoded here: counted as read
        ([("content-encoding", "deflate"), ("Content-Length", "12")], None),
        ([("Content-Length", "12"), ("content-length", "12")], None),  # repeated: the full reading sorts it out
        ([("Content-Length", "-1")], None),
        ([("Content-Type", "application/json")], None),
    ],
)
def test_the_declared_length_of_a_body_with_nothing_to_decode(headers: list[tuple[str, str]], declared: Any) -> None:
    assert body._declared_plain(httpx.Headers(headers)) == declared
