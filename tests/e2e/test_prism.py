"""End to end against Prism on the resolved spec: the default client works, errors map, random
schema-conforming payloads parse."""

import asyncio

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy, mismatches
from cekura_api_client import errors as e
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.models import BillingInfo

PATH = "/test_framework/billing/info/"
DYNAMIC_CALLS = 40


def client(url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=url, token="test-key", retry=RetryPolicy(max_retries=0), strict=True)


def test_the_default_client_gets_a_parsed_200(prism_url: str) -> None:
    info = billing_info_retrieve.sync(client=client(prism_url), organization_id=37)
    assert isinstance(info, BillingInfo)
    assert mismatches(info) == [] and isinstance(info.organization, int)  # Prism's answer fits: read as typed


def test_async_gets_a_parsed_200(prism_url: str) -> None:
    async def call() -> BillingInfo:
        async with client(prism_url) as api:
            return await billing_info_retrieve.asyncio(client=api)

    assert isinstance(asyncio.run(call()), BillingInfo)


def test_prism_rejects_a_request_without_the_key_header(prism_url: str) -> None:
    assert httpx.get(prism_url + PATH).status_code == 401
    wrong_header = AuthenticatedClient(base_url=prism_url, token="k", auth_header_name="X-Other")
    with pytest.raises(e.AuthenticationError):
        billing_info_retrieve.sync(client=wrong_header)


@pytest.mark.parametrize(("code", "kind"), [("404", e.NotFoundError), ("403", e.PermissionDeniedError)])
def test_documented_error_statuses_map_to_typed_errors(prism_url: str, code: str, kind: type[Exception]) -> None:
    api = client(prism_url).with_headers({"Prefer": f"code={code}"})
    with pytest.raises(kind):
        billing_info_retrieve.sync(client=api)


def test_dynamic_payloads_parse(dynamic_prism_url: str) -> None:
    with client(dynamic_prism_url) as api:
        responses = [billing_info_retrieve.sync_detailed(client=api) for _ in range(DYNAMIC_CALLS)]
    assert all(isinstance(response.parsed, BillingInfo) for response in responses)
    assert len({response.content for response in responses}) > DYNAMIC_CALLS // 2, "payloads were random"
