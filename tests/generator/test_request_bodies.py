"""One body per class: JSON where offered (nested objects and empty arrays intact), multipart only
when the schema carries files, and a required body required in the signature."""

import inspect
import io
import json
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, client, echo, load

AGENT = {"name": "support", "settings": {"voice": "alloy", "speed": 1.5}, "tags": []}


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("request_bodies")


def test_a_body_offered_as_json_form_and_multipart_is_sent_as_json(package: ModuleType, httpserver: HTTPServer) -> None:
    seen = echo(httpserver, "POST", "/agents/")
    agents_create = load(package, "api.default.agents_create")
    agent = load(package, "models").Agent.from_dict(AGENT)
    created = agents_create.sync(client=client(package, httpserver), body=agent)
    assert seen[0].headers["Content-Type"] == "application/json"
    assert json.loads(seen[0].get_data()) == AGENT
    assert created.to_dict() == AGENT


def test_an_array_body_is_sent_as_a_json_array(package: ModuleType, httpserver: HTTPServer) -> None:
    seen = echo(httpserver, "POST", "/agents/bulk/")
    bulk_create = load(package, "api.default.agents_bulk_create")
    agents = [load(package, "models").Agent.from_dict(AGENT), load(package, "models").Agent(name="b")]
    created = bulk_create.sync(client=client(package, httpserver), body=agents)
    assert json.loads(seen[0].get_data()) == [AGENT, {"name": "b"}]
    assert [agent.name for agent in created] == ["support", "b"]


def test_a_schema_with_files_is_sent_as_multipart_with_real_file_parts(
    package: ModuleType, httpserver: HTTPServer
) -> None:
    seen = echo(httpserver, "POST", "/agents/upload/", answer=b'{"name": "kb"}')
    upload = load(package, "api.default.agents_upload")
    models, types = load(package, "models"), load(package, "types")
    payload = types.File(payload=io.BytesIO(b"%PDF-1.7 bytes"), file_name="kb.pdf", mime_type="application/pdf")
    uploaded = upload.sync(client=client(package, httpserver), body=models.UploadFile(file=payload, name="kb"))
    request = seen[0]
    assert request.mimetype == "multipart/form-data"
    assert request.files["file"].read() == b"%PDF-1.7 bytes"
    assert request.files["file"].filename == "kb.pdf"
    assert request.form["name"] == "kb"
    assert uploaded.name == "kb"  # `file` is writeOnly: required in the request, never in the answer


def test_a_required_body_is_required_and_an_optional_one_is_not_sent_when_unset(
    package: ModuleType, httpserver: HTTPServer
) -> None:
    create = inspect.signature(load(package, "api.default.agents_create").sync).parameters["body"]
    assert create.default is inspect.Parameter.empty
    update = load(package, "api.default.agents_partial_update")
    assert inspect.signature(update.sync).parameters["body"].default is load(package, "types").UNSET
    seen = echo(httpserver, "PATCH", "/agents/", status=200, answer=json.dumps(AGENT).encode())
    update.sync_detailed(client=client(package, httpserver))
    assert seen[0].get_data() == b""
    assert "Content-Type" not in seen[0].headers
