"""Pages, generated from specs/pages.yaml: a GET answering with a DRF page iterates page after page; a POST
answering with one returns that page model, sends the POST once, and cannot be paginated."""

import asyncio
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, load

THINGS = "/test_framework/v2/things/"
DUPLICATE = "/test_framework/v2/things/duplicate/"


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("pages")


@pytest.fixture
def cekura(package: ModuleType, httpserver: HTTPServer) -> Any:
    return package.Cekura(api_key="key", base_url=httpserver.url_for("/"))


def serve(server: HTTPServer, path: str) -> None:
    """Two pages of things at `path`, whatever the method: the first links to the second."""
    second = server.url_for(f"{path}?page=2")
    server.expect_request(path, query_string="").respond_with_json(
        {"count": 3, "next": second, "results": [{"id": 1}, {"id": 2}]}
    )
    server.expect_request(path, query_string="page=2").respond_with_json(
        {"count": 3, "next": None, "results": [{"id": 3}]}
    )


def test_a_get_answering_a_page_iterates_every_page(package: ModuleType, cekura: Any, httpserver: HTTPServer) -> None:
    serve(httpserver, THINGS)
    first = cekura.things.list()
    assert isinstance(first, load(package, "runtime.pagination").SyncPage)
    assert [thing.id for thing in first] == [1, 2, 3]
    assert [request.method for request, _ in httpserver.log] == ["GET", "GET"]


def test_a_post_answering_a_page_returns_the_page_and_sends_once(
    package: ModuleType, cekura: Any, httpserver: HTTPServer
) -> None:
    serve(httpserver, DUPLICATE)
    copies = cekura.things.duplicate()
    assert type(copies) is load(package, "models").PaginatedThingList
    assert (copies.count, [thing.id for thing in copies.results]) == (3, [1, 2])
    assert copies.next_ == httpserver.url_for(f"{DUPLICATE}?page=2")
    assert [request.method for request, _ in httpserver.log] == ["POST"]


def test_async_a_post_answering_a_page_returns_the_page(package: ModuleType, httpserver: HTTPServer) -> None:
    serve(httpserver, DUPLICATE)
    serve(httpserver, THINGS)

    async def main() -> tuple[Any, list[int]]:
        async with package.AsyncCekura(api_key="key", base_url=httpserver.url_for("/")) as cekura:
            return await cekura.things.duplicate(), [thing.id async for thing in cekura.things.list()]

    copies, things = asyncio.run(main())
    assert (type(copies), [thing.id for thing in copies.results], things) == (
        load(package, "models").PaginatedThingList,
        [1, 2],
        [1, 2, 3],
    )
    assert [request.method for request, _ in httpserver.log] == ["POST", "GET", "GET"]


def test_paginate_refuses_an_operation_that_is_not_a_get(
    package: ModuleType, cekura: Any, httpserver: HTTPServer
) -> None:
    pagination, errors = load(package, "runtime.pagination"), load(package, "errors")
    duplicate = load(package, "api.default.things_duplicate_create")
    message = r"^POST /test_framework/v2/things/duplicate/ cannot be paginated: only a GET can be"
    with pytest.raises(errors.ConfigurationError, match=message):
        pagination.paginate(duplicate, cekura.client)

    async def main() -> None:
        async for _ in pagination.apaginate(duplicate, cekura.client):
            pass

    with pytest.raises(errors.ConfigurationError, match=message):
        asyncio.run(main())
    assert httpserver.log == []
