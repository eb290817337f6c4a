"""One obvious constructor: the spec's server and key header by default, settings from the environment,
a missing key caught at construction."""

from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.errors import ConfigurationError
from cekura_api_client.models import BillingInfo
from pytest_httpserver import HTTPServer

from .conftest import API_KEY, PATH


def sync_pool(client: AuthenticatedClient) -> Any:
    """The httpcore pool behind the client's direct connections."""
    return client._pools.sync_for(client._url)._pool  # type: ignore[attr-defined]


def test_defaults_come_from_the_spec(spec: dict[str, Any]) -> None:
    client = AuthenticatedClient(token=API_KEY)
    httpx_client = client.get_httpx_client()
    assert str(httpx_client.base_url).rstrip("/") == spec["servers"][0]["url"]
    assert client.auth_header_name == spec["components"]["securitySchemes"]["api_key"]["name"]
    assert client.prefix == ""


def test_default_timeout_and_tls_verification() -> None:
    httpx_client = AuthenticatedClient(token=API_KEY).get_httpx_client()
    assert httpx_client.timeout == httpx.Timeout(30.0, connect=5.0)
    pool = sync_pool(AuthenticatedClient(token=API_KEY))
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


def test_the_key_goes_in_its_header_without_prefix(
    httpserver: HTTPServer, client: AuthenticatedClient, body: str
) -> None:
    httpserver.expect_request(PATH, headers={"X-CEKURA-API-KEY": API_KEY}).respond_with_data(
        body, content_type="application/json"
    )
    assert isinstance(billing_info_retrieve.sync(client=client), BillingInfo)
    request, _ = httpserver.log[0]
    assert "Authorization" not in request.headers


def test_organization_id_is_sent_as_a_query_parameter(
    httpserver: HTTPServer, client: AuthenticatedClient, body: str
) -> None:
    httpserver.expect_request(PATH, query_string="organization_id=37").respond_with_data(
        body, content_type="application/json"
    )
    assert isinstance(billing_info_retrieve.sync(client=client, organization_id=37), BillingInfo)


def test_from_env_reads_key_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEKURA_API_KEY", API_KEY)
    monkeypatch.setenv("CEKURA_BASE_URL", "http://127.0.0.1:9/")
    client = AuthenticatedClient.from_env(retry=RetryPolicy(max_retries=0))
    assert client.token == API_KEY
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:9/"


def test_from_env_arguments_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEKURA_API_KEY", API_KEY)
    assert AuthenticatedClient.from_env(token="other-key").token == "other-key"


@pytest.mark.parametrize("token", ["", "   ", None])
def test_a_missing_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch, token: str | None) -> None:
    monkeypatch.delenv("CEKURA_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="CEKURA_API_KEY"):
        AuthenticatedClient(token=token)
    with pytest.raises(ConfigurationError, match="no API key"):
        AuthenticatedClient.from_env()


def test_a_key_with_a_line_break_fails_without_echoing_it() -> None:
    with pytest.raises(ConfigurationError) as raised:
        AuthenticatedClient(token=API_KEY + "\n")
    assert API_KEY not in str(raised.value)


def test_with_methods_keep_the_key_and_change_one_setting(client: AuthenticatedClient) -> None:
    policy = RetryPolicy(max_retries=0)
    changed = client.with_retry(policy).with_headers({"X-Trace": "1"}).with_timeout(httpx.Timeout(1.0))
    assert changed.token == API_KEY
    assert changed.get_httpx_client().headers["X-Trace"] == "1"
    assert changed.get_httpx_client().timeout == httpx.Timeout(1.0)
    assert changed.get_httpx_client()._transport.settings.policy == policy  # type: ignore[attr-defined]
    assert "X-Trace" not in client.get_httpx_client().headers


def test_transport_options_in_httpx_args_reach_the_transport() -> None:
    limits = httpx.Limits(max_connections=3)
    client = AuthenticatedClient(token=API_KEY, httpx_args={"limits": limits})
    pool = sync_pool(client)
    assert pool._max_connections == 3


def test_invalid_retry_settings_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
