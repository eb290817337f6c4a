"""Each call sends one credential the operation accepts (the API key when it does), the key in its header
and the OAuth token as a bearer; a call the client holds no credential for fails before sending."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient
from cekura_api_client.runtime.calls import send, send_async
from cekura_api_client.runtime.errors import ConfigurationError, MissingCredentialError
from cekura_api_client.runtime.keywords import Credentials
from pytest_httpserver import HTTPServer

from .conftest import API_KEY, PATH

TOKEN = "oauth-access-token-do-not-leak-9876"
KEY_HEADER = "X-CEKURA-API-KEY"
CASES = {
    # client credentials, operation security -> (key header, Authorization)
    "key only, key accepted": ({"api_key": API_KEY}, ("api_key",), (API_KEY, None)),
    "token only, oauth accepted": ({"access_token": TOKEN}, ("oauth2",), (None, f"Bearer {TOKEN}")),
    "both, both accepted: the key": (
        {"api_key": API_KEY, "access_token": TOKEN},
        ("oauth2", "api_key"),
        (API_KEY, None),
    ),
    "both, oauth only": ({"api_key": API_KEY, "access_token": TOKEN}, ("oauth2",), (None, f"Bearer {TOKEN}")),
    "token only, both accepted": ({"access_token": TOKEN}, ("api_key", "oauth2"), (None, f"Bearer {TOKEN}")),
    "no security: nothing sent": ({"api_key": API_KEY, "access_token": TOKEN}, (), (None, None)),
}


def call(client: AuthenticatedClient, mode: str, **kwargs: Any) -> int:
    request = {"method": "get", "url": PATH, "params": {}}
    if mode == "sync":
        return send(client, request, **kwargs).status_code
    return asyncio.run(send_async(client, request, **kwargs)).status_code


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("credentials", "security", "sent"), CASES.values(), ids=CASES.keys())
def test_the_accepted_credential_is_sent(
    httpserver: HTTPServer,
    mode: str,
    credentials: Credentials,
    security: tuple[str, ...],
    sent: tuple[Any, Any],
) -> None:
    httpserver.expect_request(PATH).respond_with_data("{}")
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), **credentials)
    assert call(client, mode, security=security) == 200
    request, _ = httpserver.log[0]
    assert (request.headers.get(KEY_HEADER), request.headers.get("Authorization")) == sent


def test_the_default_security_is_the_api_key(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH, headers={KEY_HEADER: API_KEY}).respond_with_data("{}")
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY, access_token=TOKEN)
    assert call(client, "sync") == 200
    assert "Authorization" not in httpserver.log[0][0].headers


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("credentials", "security", "needs"),
    [
        ({"access_token": TOKEN}, ("api_key",), "an API key"),
        ({"api_key": API_KEY}, ("oauth2",), "an OAuth access token"),
    ],
)
def test_no_accepted_credential_fails_before_sending(
    httpserver: HTTPServer, mode: str, credentials: Credentials, security: tuple[str, ...], needs: str
) -> None:
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), **credentials)
    with pytest.raises(MissingCredentialError, match=needs) as raised:
        call(client, mode, security=security)
    assert raised.value.needs == security
    assert PATH in str(raised.value)
    assert API_KEY not in str(raised.value) and TOKEN not in str(raised.value)
    assert httpserver.log == []


def test_from_env_reads_both_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEKURA_API_KEY", API_KEY)
    monkeypatch.setenv("CEKURA_ACCESS_TOKEN", TOKEN)
    client = AuthenticatedClient.from_env()
    assert (client.api_key, client.access_token, client.token) == (API_KEY, TOKEN, API_KEY)
    monkeypatch.delenv("CEKURA_API_KEY")
    assert AuthenticatedClient.from_env().api_key is None
    assert AuthenticatedClient.from_env(token="other").api_key == "other"


def test_token_is_the_api_key_once() -> None:
    assert AuthenticatedClient(token=API_KEY).api_key == API_KEY
    with pytest.raises(ConfigurationError, match="once"):
        AuthenticatedClient(token=API_KEY, api_key=API_KEY)


@pytest.mark.parametrize("bad", ["\x0b", "\x00", "\x7f", "é", "\u2028", "\t"])
@pytest.mark.parametrize("argument", ["api_key", "access_token"])
def test_a_credential_with_a_control_or_non_ascii_character_is_rejected(bad: str, argument: str) -> None:
    secret = f"sk-{bad}-{API_KEY}"
    with pytest.raises(ConfigurationError, match="control or non-ASCII") as raised:
        AuthenticatedClient(**{argument: secret})  # type: ignore[arg-type]  # either credential, by name
    assert API_KEY not in str(raised.value)


def test_a_derived_client_keeps_both_credentials() -> None:
    client = AuthenticatedClient(api_key=API_KEY, access_token=TOKEN).with_headers({"X-Tenant": "a"})
    assert (client.api_key, client.access_token) == (API_KEY, TOKEN)
    assert TOKEN not in repr(client) and API_KEY not in repr(client)


# The client chooses a call's credential once per security requirement; changing one must reach the next call.
CHANGES = {
    "api_key": ({"api_key": "sk-new-key"}, ("api_key",), {KEY_HEADER: "sk-new-key"}),
    "prefix": ({"prefix": "Token"}, ("api_key",), {KEY_HEADER: f"Token {API_KEY}"}),
    "auth_header_name": ({"auth_header_name": "X-Other-Key"}, ("api_key",), {"X-Other-Key": API_KEY}),
    "access_token": ({"access_token": "new-token"}, ("oauth2",), {"Authorization": "Bearer new-token"}),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("change", "security", "sent"), CHANGES.values(), ids=CHANGES.keys())
def test_a_credential_changed_after_a_call_is_sent_by_the_next(
    httpserver: HTTPServer, mode: str, change: dict[str, str], security: tuple[str, ...], sent: dict[str, str]
) -> None:
    httpserver.expect_request(PATH).respond_with_data("{}")
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY, access_token=TOKEN)
    call(client, mode, security=security)
    for name, value in change.items():
        setattr(client, name, value)
    call(client, mode, security=security)
    headers = httpserver.log[1][0].headers
    assert {name: headers.get(name) for name in sent} == sent
