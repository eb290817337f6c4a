"""A binary response is read from the raw bytes, whatever media type it is declared under."""

from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, load

XLSX = b"PK\x03\x04\x14\x00\x06\x00 not JSON \xff\xfe"


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("binary_response")


def test_a_binary_download_returns_the_bytes_sent(package: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/scenarios/export/").respond_with_data(XLSX, content_type="application/json")
    export = load(package, "api.default.scenarios_export")
    client = package.AuthenticatedClient(base_url=httpserver.url_for("/"), token="key")
    download = export.sync(client=client)
    assert isinstance(download, load(package, "types").File)
    assert download.payload.read() == XLSX
