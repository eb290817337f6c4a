"""A client is configuration plus lazily opened connections: closing it (close, aclose, the end of a
`with`) closes the connections and a later call opens new ones; it works across event loops, threads,
proxies from the environment, and `with_*` copies that share its pool but not its settings."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest
import trio
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.errors import ConfigurationError
from cekura_api_client.models import BillingInfo
from cekura_api_client.runtime import pools
from pytest_httpserver import HTTPServer

from .conftest import API_KEY, PATH
from .rawserver import RawServer, respond

MakeClient = Callable[..., AuthenticatedClient]


@pytest.fixture
def serving(httpserver: HTTPServer, body: str) -> HTTPServer:
    httpserver.expect_request(PATH).respond_with_data(body, content_type="application/json")
    return httpserver


def test_calls_after_close_and_after_with_blocks_work(serving: HTTPServer, client: AuthenticatedClient) -> None:
    with client as entered:
        assert entered is client
        with client:  # nested
            billing_info_retrieve.sync(client=client)
        billing_info_retrieve.sync(client=client)
    billing_info_retrieve.sync(client=client)
    client.close()
    client.close()
    with client:  # a second `with`
        assert isinstance(billing_info_retrieve.sync(client=client), BillingInfo)
    assert len(serving.log) == 4


async def twice(client: AuthenticatedClient) -> None:
    async with client:
        async with client:
            await billing_info_retrieve.asyncio(client=client)
        await billing_info_retrieve.asyncio(client=client)
    await client.aclose()
    await billing_info_retrieve.asyncio(client=client)


def test_one_client_in_several_event_loops(serving: HTTPServer, client: AuthenticatedClient) -> None:
    asyncio.run(twice(client))
    asyncio.run(twice(client))  # a second asyncio.run(): the first loop's connections are gone
    trio.run(twice, client)
    asyncio.run(billing_info_retrieve.asyncio(client=client))  # never closed: still works in a new loop
    asyncio.run(billing_info_retrieve.asyncio(client=client))
    assert len(serving.log) == 11


def test_set_httpx_client_is_used_then_closed(serving: HTTPServer, client: AuthenticatedClient) -> None:
    mine = httpx.Client(base_url=serving.url_for("/"), headers={"X-CEKURA-API-KEY": API_KEY, "X-Mine": "1"})
    client.set_httpx_client(mine)
    assert client.get_httpx_client() is mine
    billing_info_retrieve.sync(client=client)
    client.close()
    assert mine.is_closed
    billing_info_retrieve.sync(client=client)  # the client's own, from its settings
    assert [request.headers.get("X-Mine") for request, _ in serving.log] == ["1", None]


def test_the_first_call_from_many_threads_builds_one_httpx_client(client: AuthenticatedClient) -> None:
    barrier = threading.Barrier(32)
    built: list[httpx.Client] = []

    def first_call() -> None:
        barrier.wait()
        built.append(client.get_httpx_client())

    threads = [threading.Thread(target=first_call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(built) == 32
    assert len({id(each) for each in built}) == 1


def test_with_methods_leave_the_original_alone_and_share_its_pool(
    serving: HTTPServer, client: AuthenticatedClient
) -> None:
    billing_info_retrieve.sync(client=client)  # the original's httpx client exists before deriving
    tenant = client.with_headers({"X-Tenant": "a"}).with_cookies({"c": "1"}).with_timeout(httpx.Timeout(3.0))
    billing_info_retrieve.sync(client=tenant)
    billing_info_retrieve.sync(client=client)
    sent = [(request.headers.get("X-Tenant"), request.cookies.get("c")) for request, _ in serving.log]
    assert sent == [(None, None), ("a", "1"), (None, None)]
    assert client.get_httpx_client().timeout != tenant.get_httpx_client().timeout
    assert tenant._pools is client._pools
    tenant.close()  # closes the shared connections: both stay usable
    billing_info_retrieve.sync(client=client)


def proxy_answering(body: str) -> RawServer:
    return RawServer([respond(200, body.encode(), [("Content-Type", "application/json")])])


@pytest.mark.parametrize("how", ["env", "argument"])
def test_proxies_are_honoured(monkeypatch: pytest.MonkeyPatch, body: str, how: str) -> None:
    with proxy_answering(body) as proxy:
        if how == "env":
            monkeypatch.setenv("HTTP_PROXY", proxy.url)
            client = AuthenticatedClient(base_url="http://api.invalid/", api_key=API_KEY)
        else:
            client = AuthenticatedClient(base_url="http://api.invalid/", api_key=API_KEY, proxy=proxy.url)
        assert isinstance(billing_info_retrieve.sync(client=client), BillingInfo)
    assert proxy.requests[0].startswith(f"GET http://api.invalid{PATH} ".encode())


@pytest.mark.parametrize("setting", ["no_proxy", "trust_env"])
def test_proxies_from_the_environment_can_be_bypassed(
    monkeypatch: pytest.MonkeyPatch, serving: HTTPServer, setting: str
) -> None:
    with proxy_answering("{}") as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        if setting == "no_proxy":
            monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
        client = AuthenticatedClient(base_url=serving.url_for("/"), api_key=API_KEY, trust_env=setting == "no_proxy")
        assert isinstance(billing_info_retrieve.sync(client=client), BillingInfo)
    assert proxy.requests == []


@pytest.mark.parametrize(
    ("url", "proxies", "expected"),
    [
        ("http://api.example/", {"http": "http://p:1", "all": "http://a:1"}, "http://p:1"),
        ("https://api.example/", {"http": "http://p:1", "all": "http://a:1"}, "http://a:1"),  # ALL_PROXY
        ("https://api.example/", {"http": "http://p:1"}, None),
        ("http://api.example/", {}, None),
        ("http://api.example/", {"http": "http://p:1", "no": "api.example"}, None),
        ("http://api.example:8080/", {"http": "http://p:1", "no": "api.example:8080"}, None),  # host:port
        ("http://api.example:8080/", {"http": "http://p:1", "no": "api.example:9090"}, "http://p:1"),
        ("http://api.example/", {"http": "http://p:1", "no": "other.example"}, "http://p:1"),
    ],
)
def test_the_environment_proxy_for_a_url(url: str, proxies: dict[str, str], expected: str | None) -> None:
    """As urllib reads HTTP(S)_PROXY, ALL_PROXY and NO_PROXY (its `getproxies_environment()` keys)."""
    assert pools.env_proxy(httpx.URL(url), proxies) == expected


@pytest.mark.parametrize("url", ["http://[::1", "ftp://example.com/", "/relative/", "http://"])
def test_an_invalid_base_url_fails_at_construction(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        AuthenticatedClient(base_url=url, api_key=API_KEY)
