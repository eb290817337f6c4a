"""A success documented without a body: `sync()`/`asyncio()` (and the resource methods) return None for a
204, and the `httpx.Response` itself where the document leaves a body undescribed (200 "No response body")."""

import asyncio
import typing
from types import ModuleType

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, client, load


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("no_body")


def test_the_functions_are_typed_none_and_httpx_response(package: ModuleType) -> None:
    destroy, pause = load(package, "api.default.agents_destroy"), load(package, "api.default.agents_pause")
    for function in (destroy.sync, destroy.asyncio):
        assert typing.get_type_hints(function)["return"] is type(None)
    for function in (pause.sync, pause.asyncio):
        assert typing.get_type_hints(function)["return"] is httpx.Response


def test_a_204_returns_none_and_an_error_status_raises(package: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/agents/1/", method="DELETE").respond_with_data(b"", status=204)
    httpserver.expect_request("/agents/2/", method="DELETE").respond_with_json({"detail": "gone"}, status=404)
    destroy = load(package, "api.default.agents_destroy")
    assert destroy.sync(1, client=client(package, httpserver)) is None
    with pytest.raises(package.errors.NotFoundError):
        destroy.sync(2, client=client(package, httpserver))


def test_an_undescribed_body_comes_back_as_the_response(package: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/agents/3/pause/", method="POST").respond_with_json({"paused": True})
    pause = load(package, "api.default.agents_pause")
    response = pause.sync(3, client=client(package, httpserver))
    assert isinstance(response, httpx.Response)
    assert response.json() == {"paused": True}


def test_the_resource_methods_return_the_same(package: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/agents/4/", method="DELETE").respond_with_data(b"", status=204)
    httpserver.expect_request("/agents/4/pause/", method="POST").respond_with_data(b"ok", content_type="text/plain")
    resources = load(package, "resources")
    with resources.Cekura(client=client(package, httpserver)) as cekura:
        assert cekura.agents.delete(4) is None
        assert cekura.agents_pause.create(4).text == "ok"

    async def main() -> tuple[object, bytes]:
        async with resources.AsyncCekura(client=client(package, httpserver)) as cekura:
            return await cekura.agents.delete(4), (await cekura.agents_pause.create(4)).content

    assert asyncio.run(main()) == (None, b"ok")
