"""Query parameters are written as their `style`/`explode` say."""

from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, load


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("query_styles")


CASES: dict[str, tuple[dict[str, Any], str]] = {
    "explode false: comma-separated": (
        {"id_in": [1, 2, 3], "status_in": ["ok", "failed"]},
        "id__in=1%2C2%2C3&status__in=ok%2Cfailed",
    ),
    "explode true: the key repeated": ({"tag": ["a", "b"]}, "tag=a&tag=b"),
    "unset: left out": ({"page": 2}, "page=2"),
}


@pytest.mark.parametrize(("arguments", "query"), CASES.values(), ids=CASES.keys())
def test_query_parameters_follow_style_and_explode(
    package: ModuleType, httpserver: HTTPServer, arguments: dict[str, Any], query: str
) -> None:
    httpserver.expect_request("/runs/", query_string=query).respond_with_json([1])
    client = package.AuthenticatedClient(base_url=httpserver.url_for("/"), token="key")
    assert load(package, "api.default.runs_list").sync(client=client, **arguments) == [1]
