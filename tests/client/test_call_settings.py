"""How a call's options change its request, and what a token provider may return: the rules, checked one
by one (tests/client/test_options.py and test_identity.py check them end to end against a server)."""

import asyncio
import gc
import warnings
from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RequestOptions, RetryPolicy
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.runtime.errors import ConfigurationError, MissingCredentialError, ResponseValidationError
from cekura_api_client.runtime.tokens import ProvidedTokenAuth, checked_token
from pytest_httpserver import HTTPServer

from .conftest import PATH

REQUEST = {"method": "post", "url": "/x/", "headers": {"A": "1", "C": "3"}, "params": {"a": 1}, "json": {"name": "n"}}


def test_options_add_to_the_request_and_win_on_a_clash() -> None:
    options = RequestOptions(
        extra_headers={"B": "2", "A": "9"}, extra_query={"b": 2}, extra_body={"beta": True}, timeout=3.0
    )
    args = options.apply(REQUEST)
    assert args["headers"] == {"A": "9", "B": "2", "C": "3"}
    assert args["params"] == {"a": 1, "b": 2}
    assert args["json"] == {"name": "n", "beta": True}
    assert args["timeout"].read == 3.0
    assert REQUEST["headers"] == {"A": "1", "C": "3"}  # the endpoint's own arguments are left alone


def test_options_on_a_request_without_headers_query_or_body() -> None:
    args = RequestOptions(extra_headers={"B": "2"}, extra_query={"b": 2}, extra_body={"beta": True}).apply(
        {"method": "get", "url": "/x/"}
    )
    assert (args["headers"], args["params"], args["json"]) == ({"B": "2"}, {"b": 2}, {"beta": True})
    assert RequestOptions().apply({"method": "get", "url": "/x/"}) == {"method": "get", "url": "/x/"}


@pytest.mark.parametrize("other", [{"json": [1]}, {"json": "text"}, {"content": b"x"}, {"data": {}}, {"files": {}}])
def test_extra_body_needs_a_json_object_body(other: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError) as raised:
        RequestOptions(extra_body={"beta": True}).apply({"method": "post", "url": "/x/", **other})
    assert str(raised.value) == "extra_body needs a JSON object body, and this call sends another kind"


def test_options_change_the_clients_policy_only_where_given() -> None:
    base = RetryPolicy(max_retries=4, deadline=20.0)
    assert RequestOptions().policy(base) is base
    assert RequestOptions(deadline=5.0).policy(base) == RetryPolicy(max_retries=4, deadline=5.0)
    assert RequestOptions(max_retries=0, deadline=1.0).policy(base) == RetryPolicy(max_retries=0, deadline=1.0)


def test_with_options_changes_the_deadline(client: AuthenticatedClient) -> None:
    assert client.with_options(deadline=7.0).retry_policy.deadline == 7.0


@pytest.mark.parametrize("value", [None, 3, "", "   "])
def test_a_provider_returning_no_token(value: object) -> None:
    with pytest.raises(ConfigurationError) as raised:
        checked_token(value)
    assert str(raised.value) == "the token provider returned no token (an empty value or not a string)"


@pytest.mark.parametrize("value", [" sk-1", "sk-1\n", "s\x7fk1", "s\x00k1", "sök1"])
def test_a_provider_returning_a_token_httpx_cannot_send(value: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        checked_token(value)
    assert str(raised.value) == "the token provider returned a token with whitespace, a control or non-ASCII character"
    assert value not in str(raised.value)


def test_every_printable_ascii_character_may_be_in_a_token() -> None:
    token = "".join(chr(code) for code in range(0x21, 0x7F))
    assert checked_token(token) == token
    assert repr(ProvidedTokenAuth(lambda: token)) == "ProvidedTokenAuth(token=<redacted>)"


def test_an_async_provider_cannot_serve_sync_calls(httpserver: HTTPServer) -> None:
    async def provide() -> str:
        return "tok"

    client = AuthenticatedClient(base_url=httpserver.url_for("/"), token_provider=provide)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with pytest.raises(ConfigurationError) as raised:
            billing_info_retrieve.sync(client=client)
        message = str(raised.value)
        del raised  # its traceback holds the provider's coroutine
        gc.collect()
    assert not [w for w in seen if issubclass(w.category, RuntimeWarning)]  # the coroutine was closed, not leaked
    assert message == "the token provider is async: use it with the async functions (asyncio())"
    assert httpserver.log == []


def test_a_sync_provider_serves_async_calls_and_is_asked_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH, headers={"Authorization": "Bearer tok"}).respond_with_json({"balance_expiry": None})
    asked: list[str] = []

    def provide() -> str:
        asked.append("tok")
        return "tok"

    client = AuthenticatedClient(base_url=httpserver.url_for("/"), token_provider=provide)

    async def main() -> None:
        async with client:
            for _ in range(2):
                assert (await billing_info_retrieve.asyncio(client=client)).balance_expiry is None

    asyncio.run(main())
    assert asked == ["tok"]


def test_from_env_lets_a_token_provider_replace_the_access_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEKURA_ACCESS_TOKEN", "from-env")
    monkeypatch.delenv("CEKURA_API_KEY", raising=False)
    client = AuthenticatedClient.from_env(token_provider=lambda: "tok")
    assert (client.access_token, client.token_provider is not None) == (None, True)


def test_derived_clients_share_one_token_cache(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_json({"balance_expiry": None})
    asked: list[str] = []

    def provide() -> str:
        asked.append("t")
        return "tok"

    client = AuthenticatedClient(base_url=httpserver.url_for("/"), token_provider=provide)
    billing_info_retrieve.sync(client=client)
    billing_info_retrieve.sync(client=client.with_headers({"X-Team": "qa"}))
    assert asked == ["t"]


def test_a_missing_credential_names_the_call(client: AuthenticatedClient) -> None:
    with pytest.raises(MissingCredentialError) as raised:
        client.auth_for(("oauth2",), "GET", "/x/")
    assert (raised.value.method, str(raised.value).split(" needs ")[0]) == ("GET", "GET /x/")


def test_set_async_httpx_client_is_used(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    httpserver.expect_request(PATH, headers={"X-Own": "1"}).respond_with_json({"balance_expiry": None})

    async def main() -> None:
        client.set_async_httpx_client(httpx.AsyncClient(base_url=httpserver.url_for("/"), headers={"X-Own": "1"}))
        async with client:
            assert (await billing_info_retrieve.asyncio(client=client)).balance_expiry is None

    asyncio.run(main())


def test_a_body_httpx_cannot_decode_is_a_validation_error(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    """With the caller's own httpx.Client (set_httpx_client), httpx decodes the body itself."""
    httpserver.expect_request(PATH).respond_with_data(b"not gzip", headers={"Content-Encoding": "gzip"})
    client.set_httpx_client(httpx.Client(base_url=httpserver.url_for("/")))
    with pytest.raises(ResponseValidationError) as raised:
        billing_info_retrieve.sync(client=client)
    assert (raised.value.path, raised.value.method, raised.value.url) == ((), "GET", httpserver.url_for(PATH))
    assert raised.value.problem.startswith("the body could not be decoded (Error -3 while decompressing data")
