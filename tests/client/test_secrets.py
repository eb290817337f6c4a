"""The API key and the access token never appear in a repr, a str, a log record, an exception message or a
request to another origin; credentials written in URLs are redacted wherever a URL is shown."""

import asyncio
import logging
import traceback
from collections.abc import Callable

import httpx
import pytest
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.errors import APIConnectionError, CekuraError
from cekura_api_client.runtime.calls import send, send_async
from cekura_api_client.runtime.errors import redact_url
from cekura_api_client.runtime.keywords import Credentials
from pytest_httpserver import HTTPServer

from .calls import MODES
from .conftest import API_KEY, FAST_RETRIES, PATH
from .rawserver import RawServer, respond


def outcomes(make_client: Callable[..., AuthenticatedClient], httpserver: HTTPServer, refused_url: str) -> list[str]:
    """Text of every object and error a user might print, over a success, errors, retries and no server."""
    texts = []
    client = make_client()
    texts += [repr(client), str(client), repr(client.get_httpx_client()), repr(client._auth())]
    for status in (200, 401, 403, 404, 429, 500, 503):
        httpserver.expect_oneshot_request(PATH).respond_with_data("{}", status=status)
    for _ in range(7):
        try:
            texts.append(repr(billing_info_retrieve.sync_detailed(client=client)))
            texts.append(repr(billing_info_retrieve.sync(client=client)))
        except CekuraError as error:
            texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
    try:
        billing_info_retrieve.sync(client=make_client(base_url=refused_url))
    except CekuraError as error:
        texts += [str(error), "".join(traceback.format_exception(error))]
    return texts


def test_the_key_is_in_no_output(
    make_client: Callable[..., AuthenticatedClient],
    httpserver: HTTPServer,
    refused_url: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    texts = outcomes(make_client, httpserver, refused_url)
    captured = capsys.readouterr()
    everything = [*texts, captured.out, captured.err, caplog.text, *(str(r.args) for r in caplog.records)]
    assert any("retrying GET" in text for text in everything), "the retries were logged"
    assert len(texts) > 10
    leaks = [text for text in everything if API_KEY in text]
    assert leaks == []


TOKEN = "oauth-access-token-do-not-leak-9876"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_credentials_never_follow_a_redirect_to_another_origin(
    httpserver: HTTPServer, body: str, mode: str, status: int
) -> None:
    with RawServer([respond(200, body.encode(), [("Content-Type", "application/json")])]) as other:
        httpserver.expect_request(PATH).respond_with_data("", status=status, headers={"Location": other.url + PATH})
        either: tuple[Credentials, ...] = ({"api_key": API_KEY}, {"access_token": TOKEN})
        for credentials in either:
            client = AuthenticatedClient(base_url=httpserver.url_for("/"), follow_redirects=True, **credentials)
            send_with(client, mode, ("api_key", "oauth2"))
    assert len(other.requests) == 2
    assert all(API_KEY.encode() not in request and TOKEN.encode() not in request for request in other.requests)


@pytest.mark.parametrize("mode", MODES)
def test_a_same_origin_redirect_keeps_the_key(httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request(PATH).respond_with_data("", status=302, headers={"Location": "/moved/"})
    httpserver.expect_request("/moved/", headers={"X-CEKURA-API-KEY": API_KEY}).respond_with_data("{}")
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY, follow_redirects=True)
    assert send_with(client, mode, ("api_key",)).status_code == 200


def send_with(client: AuthenticatedClient, mode: str, security: tuple[str, ...]) -> httpx.Response:
    request = {"method": "get", "url": PATH}
    if mode == "sync":
        return send(client, request, security=security)
    return asyncio.run(send_async(client, request, security=security))


def test_credentials_in_urls_are_redacted_everywhere(refused_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    base = refused_url.replace("http://", "http://user:pa55word@") + "?api_key=qu3ry-secret&page=2"
    client = AuthenticatedClient(base_url=base, api_key=API_KEY, retry=FAST_RETRIES)
    with pytest.raises(APIConnectionError) as raised:
        billing_info_retrieve.sync(client=client)
    texts = [str(raised.value), raised.value.url, caplog.text, *(str(r.args) for r in caplog.records)]
    assert any("retrying GET" in text for text in texts)
    assert [text for text in texts if "pa55word" in text or "qu3ry-secret" in text] == []


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://u:p@h/x?token=t&a=1", "http://h/x?token=%3Credacted%3E&a=1"),
        ("https://h:8443/x?client_secret=s", "https://h:8443/x?client_secret=%3Credacted%3E"),
        ("https://h/x?page=2&sig=abc", "https://h/x?page=2&sig=%3Credacted%3E"),
        ("https://h/x?page=2", "https://h/x?page=2"),
        ("https://h/x?signal=1&design=2", "https://h/x?signal=1&design=2"),
    ],
)
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_userinfo_in_base_url_becomes_basic_auth_for_the_api_only(httpserver: HTTPServer) -> None:
    base = httpserver.url_for("/").replace("http://", "http://user:pa55word@")
    httpserver.expect_request(PATH, headers={"Authorization": "Basic dXNlcjpwYTU1d29yZA=="}).respond_with_data("{}")
    client = AuthenticatedClient(base_url=base, api_key=API_KEY)
    assert send(client, {"method": "get", "url": PATH}).status_code == 200
    assert "pa55word" not in str(client.get_httpx_client().base_url)
