"""Each operation sends one credential it accepts (the API key when it accepts one), and a call without
any fails before sending, naming what the operation needs."""

from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, load

KEY, TOKEN = "sk-key", "oauth-token"


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("credentials")


CASES = {
    "the key where it is accepted": (
        "key_only",
        {"api_key": KEY, "access_token": TOKEN},
        "/keys/",
        {"X-CEKURA-API-KEY": KEY},
    ),
    "the token where only it is": (
        "oauth_only",
        {"api_key": KEY, "access_token": TOKEN},
        "/apps/",
        {"Authorization": f"Bearer {TOKEN}"},
    ),
    "the key first where both are": (
        "either",
        {"api_key": KEY, "access_token": TOKEN},
        "/either/",
        {"X-CEKURA-API-KEY": KEY},
    ),
    "the token where the key is missing": (
        "either",
        {"access_token": TOKEN},
        "/either/",
        {"Authorization": f"Bearer {TOKEN}"},
    ),
}


@pytest.mark.parametrize(("operation", "credentials", "path", "sent"), CASES.values(), ids=CASES.keys())
def test_each_call_sends_one_credential_the_operation_accepts(
    package: ModuleType,
    httpserver: HTTPServer,
    operation: str,
    credentials: dict[str, str],
    path: str,
    sent: dict[str, str],
) -> None:
    httpserver.expect_request(path, headers=sent).respond_with_json(1)
    client = package.AuthenticatedClient(base_url=httpserver.url_for("/"), **credentials)
    assert load(package, f"api.default.{operation}").sync(client=client) == 1
    other = "Authorization" if "X-CEKURA-API-KEY" in sent else "X-CEKURA-API-KEY"
    assert other not in httpserver.log[0][0].headers


def test_a_call_without_an_accepted_credential_fails_before_sending(
    package: ModuleType, httpserver: HTTPServer
) -> None:
    client = package.AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=KEY)
    with pytest.raises(load(package, "errors").MissingCredentialError, match="GET /apps/ needs an OAuth access token"):
        load(package, "api.default.oauth_only").sync(client=client)
    assert httpserver.log == []
