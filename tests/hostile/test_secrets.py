"""No secret in any repr, str, pickle, log record or message: of clients, the clients derived from them,
the resource client and its resources, per-call options, pages and errors; with a secret in each place a
caller can put one (key, token, token provider, base_url userinfo and query, headers, cookies, an httpx
`auth`, a proxy's userinfo, per-call headers, query and body)."""

from __future__ import annotations

import copy
import logging
import pickle
import re
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cekura_api_client import AsyncCekura, AuthenticatedClient, Cekura, RequestOptions, RetryPolicy
from cekura_api_client.api.test_framework import aiagents_list
from cekura_api_client.errors import CekuraError
from cekura_api_client.runtime.pagination import paginate
from pytest_httpserver import HTTPServer

SECRET = "s3cret-value-do-not-leak"
AGENTS = "/test_framework/v2/aiagents/"
FAST = RetryPolicy(max_retries=1, initial_backoff=0.01, max_backoff=0.01, deadline=5.0)

# Where a caller may put a secret: the client's settings for it, given the server's base URL.
SETTINGS: dict[str, Callable[[str], dict[str, Any]]] = {
    "api_key": lambda url: {"base_url": url, "api_key": SECRET},
    "token (the earlier name)": lambda url: {"base_url": url, "token": SECRET},
    "access_token": lambda url: {"base_url": url, "access_token": SECRET},
    "token_provider": lambda url: {"base_url": url, "token_provider": lambda: SECRET},
    "base_url userinfo": lambda url: {"base_url": url.replace("http://", f"http://user:{SECRET}@"), "api_key": "k"},
    "base_url query": lambda url: {"base_url": f"{url}?api_key={SECRET}", "api_key": "k"},
    "headers": lambda url: {"base_url": url, "api_key": "k", "headers": {"X-Custom": SECRET}},
    "cookies": lambda url: {"base_url": url, "api_key": "k", "cookies": {"sessionid": SECRET}},
    "httpx_args auth": lambda url: {
        "base_url": url,
        "api_key": "k",
        "httpx_args": {"auth": httpx.BasicAuth("u", SECRET)},
    },
    "prefix": lambda url: {"base_url": url, "api_key": "k", "prefix": "Bearer"},  # no secret: the control row
}
OPTIONS = {
    "extra_headers": RequestOptions(extra_headers={"X-Custom": SECRET}),
    "extra_query": RequestOptions(extra_query={"api_key": SECRET}),  # a secret-looking name: redacted in URLs
    "extra_body": RequestOptions(extra_body={"field": SECRET}),
}


def client_texts(client: AuthenticatedClient) -> list[str]:
    """repr and str of the client, every client derived from it, the resource clients and a resource."""
    derived = [
        client.with_headers({"X-Tenant": "a"}),
        client.with_cookies({"c": "1"}),
        client.with_timeout(3.0),
        client.with_options(max_retries=1, headers={"X-More": "b"}),
        client.with_retry(FAST),
        copy.copy(client),
        copy.deepcopy(client),
    ]
    cekura, async_cekura = Cekura(client=client), AsyncCekura(client=client)
    shown = [client, *derived, cekura, async_cekura, cekura.agents, async_cekura.agents, client._auth()]
    return [text for each in shown for text in (repr(each), str(each))]


def error_texts(error: CekuraError) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error)), repr(pickle.dumps(error))]


@pytest.mark.parametrize("where", SETTINGS)
def test_no_client_repr_shows_a_secret(where: str) -> None:
    client = AuthenticatedClient(**SETTINGS[where]("http://api.example/"))
    texts = client_texts(client)
    assert "api.example" in texts[0] and "AgentsResource" in "".join(texts)
    assert [text for text in texts if SECRET in text] == []


def test_a_proxy_userinfo_is_in_no_repr() -> None:
    for proxy in (f"http://user:{SECRET}@proxy.example:3128", httpx.Proxy(f"http://user:{SECRET}@proxy.example:3128")):
        client = AuthenticatedClient(base_url="http://api.example/", api_key="k", proxy=proxy)
        texts = client_texts(client)
        assert "proxy.example" in texts[0]
        assert [text for text in texts if SECRET in text] == []


def test_a_client_repr_shows_its_settings_by_name() -> None:
    client = AuthenticatedClient(
        base_url="http://u:p@api.example/", api_key="k", headers={"X-Custom": "v"}, cookies={"c": "v"}, timeout=7.0
    )
    text = repr(client)
    assert text.startswith(
        "AuthenticatedClient(raise_on_unexpected_status=False, strict=False, on_mismatch=None, "
        "base_url='http://api.example/',"
    )
    assert "headers=['X-Custom']" in text and "cookies=['c']" in text and "timeout=Timeout(timeout=7.0)" in text


@pytest.mark.parametrize("where", OPTIONS)
def test_no_options_repr_shows_a_secret(where: str) -> None:
    options = OPTIONS[where]
    assert where in repr(options)
    assert SECRET not in repr(options) and SECRET not in str(options)


def test_a_setting_unparsable_as_a_url_shows_as_redacted() -> None:
    """Text that looks like a URL but cannot be parsed (so its userinfo cannot be cut out) is shown as
    `<redacted>`, the marker every other hidden value uses."""
    options = RequestOptions(idempotency_key=f"http://user:{SECRET}@[::1")
    assert "idempotency_key=<redacted>" in repr(options)
    assert SECRET not in repr(options)


@pytest.mark.parametrize("status", [401, 404, 500])
@pytest.mark.parametrize("where", SETTINGS)
def test_no_error_or_log_of_a_call_shows_a_secret(
    httpserver: HTTPServer, caplog: pytest.LogCaptureFixture, where: str, status: int
) -> None:
    caplog.set_level(logging.DEBUG)
    anywhere = re.compile("/.*")  # base_url's query changes the path (the test server would echo it)
    httpserver.expect_request(anywhere).respond_with_data("{}", status=status, headers={"Set-Cookie": f"s={SECRET}"})
    client = AuthenticatedClient(**SETTINGS[where](httpserver.url_for("/")), retry=FAST)
    with pytest.raises(CekuraError) as raised:
        aiagents_list.sync(client=client)
    ours = [record for record in caplog.records if record.name.startswith("cekura_api_client")]  # not httpcore's
    texts = [*error_texts(raised.value), *(f"{record.getMessage()} {record.args}" for record in ours)]
    assert any(text.startswith(f"HTTP {status}") for text in texts)
    assert [text for text in texts if SECRET in text] == []


@pytest.mark.parametrize("where", OPTIONS)
def test_no_error_of_a_call_with_secret_options_shows_one(httpserver: HTTPServer, where: str) -> None:
    httpserver.expect_request(AGENTS).respond_with_data("{}", status=400)
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key="k", retry=FAST)
    with pytest.raises(CekuraError) as raised:
        aiagents_list.sync(client=client, options=OPTIONS[where])
    assert [text for text in error_texts(raised.value) if SECRET in text] == []


def test_no_page_repr_shows_a_secret(httpserver: HTTPServer) -> None:
    httpserver.expect_request(AGENTS).respond_with_json({"count": 0, "next": None, "results": []})
    client = AuthenticatedClient(**SETTINGS["base_url userinfo"](httpserver.url_for("/")))
    page = paginate(aiagents_list, client, options=OPTIONS["extra_headers"])
    assert repr(page).startswith("<SyncPage 0 of 0 items")
    assert SECRET not in repr(page) and SECRET not in str(page)
