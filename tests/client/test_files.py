"""The vendored document's downloads and uploads: every operation answering with a file has its `*_to_file`
functions, and the real knowledge-base upload takes paths (tests/generator/test_files.py covers the
behaviour on a fixture spec)."""

import importlib
from pathlib import Path
from typing import Any

import cekura_api_client
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.scenarios import export_scenarios_2
from cekura_api_client.api.test_framework import aiagents_upload_knowledge_base
from cekura_api_client.models import AiagentsUploadKnowledgeBaseFilesBody
from pytest_httpserver import HTTPServer

from tooling.pipeline import resources

from .conftest import API_KEY

PACKAGE = Path(cekura_api_client.__file__).parent  # wherever the package is imported from (make mutation: a copy)


def binary_operations(spec: dict[str, Any]) -> set[str]:
    found = set()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for status, response in operation.get("responses", {}).items() if isinstance(operation, dict) else ():
                contents = response.get("content", {}).values()
                if status.startswith("2") and any(c.get("schema", {}).get("format") == "binary" for c in contents):
                    found.add(f"{method.upper()} {path}")
    return found


def test_every_download_of_the_document_can_stream_to_a_file(spec: dict[str, Any]) -> None:
    endpoints = resources.index(PACKAGE)
    downloads = binary_operations(spec)
    assert len(downloads) == 3  # the scenario exports, v1, v1 -external and v2
    for key in downloads:
        module = importlib.import_module(f"cekura_api_client.{endpoints[key].module}")
        assert callable(module.sync_to_file) and callable(module.asyncio_to_file), key
    streaming = {key for key, endpoint in endpoints.items() if endpoint.defines("sync_to_file")}
    assert streaming == downloads


def test_the_scenario_export_streams_into_a_file(httpserver: HTTPServer, tmp_path: Path) -> None:
    body = b"id,name\n" + b"1,greeting\n" * 50_000
    httpserver.expect_request("/test_framework/v1/scenarios/export_scenarios/").respond_with_data(
        body, content_type="text/csv"
    )
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY, max_response_size=1024)
    written = export_scenarios_2.sync_to_file(tmp_path / "s.csv", client=client, scenario_ids="1")
    assert written == len(body) and (tmp_path / "s.csv").read_bytes() == body


def test_the_knowledge_base_upload_takes_paths(httpserver: HTTPServer, tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text("# FAQ")
    page: dict[str, Any] = {"count": 0, "next": None, "previous": None, "results": []}
    httpserver.expect_request("/test_framework/v1/aiagents/4/upload_knowledge_base/", method="POST").respond_with_json(
        page, status=201
    )
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY)
    body = AiagentsUploadKnowledgeBaseFilesBody(files=[tmp_path / "faq.md"])
    assert aiagents_upload_knowledge_base.sync(4, client=client, body=body).count == 0
    request, _ = httpserver.log[0]
    assert request.files["files"].filename == "faq.md"
    assert request.files["files"].read() == b"# FAQ"
