"""The opt-in async transport (httpx-aiohttp, docs/requests.md "Many calls at once"): passed as `httpx_args`'s
transport, it carries the calls while the client's own layer stays around it: the credential, retries,
typed errors and bounded bodies."""

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.models import BillingInfo
from cekura_api_client.runtime import errors  # ResponseTooLargeError is not re-exported by errors.py yet
from httpx_aiohttp import AiohttpTransport
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .conftest import API_KEY, PATH

MakeClient = Callable[..., AuthenticatedClient]


def call(make_client: MakeClient, **settings: Any) -> BillingInfo:
    async def run() -> BillingInfo:
        async with make_client(httpx_args={"transport": AiohttpTransport()}, **settings) as client:
            return await billing_info_retrieve.asyncio(client=client)

    return asyncio.run(run())


def test_a_call_through_aiohttp_parses_and_sends_the_key(
    httpserver: HTTPServer, make_client: MakeClient, body: str
) -> None:
    httpserver.expect_request(PATH, headers={"X-CEKURA-API-KEY": API_KEY}).respond_with_data(
        body, content_type="application/json"
    )
    assert call(make_client) == BillingInfo.from_dict(json.loads(body))


def test_retries_still_apply(httpserver: HTTPServer, make_client: MakeClient, body: str) -> None:
    answers = iter([Response(status=503), Response(body, content_type="application/json")])

    def handler(request: Request) -> Response:
        return next(answers)

    httpserver.expect_request(PATH).respond_with_handler(handler)
    assert call(make_client).credits_remaining is not None


def test_a_body_over_the_limit_still_raises(httpserver: HTTPServer, make_client: MakeClient, body: str) -> None:
    httpserver.expect_request(PATH).respond_with_data(body, content_type="application/json")
    with pytest.raises(errors.ResponseTooLargeError) as raised:
        call(make_client, max_response_size=10)
    assert raised.value.limit == 10
