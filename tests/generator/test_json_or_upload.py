"""An operation that takes JSON or an upload offers both, the class passed choosing the content type: a
schema carrying a file offered both ways becomes two classes (the JSON one without the file), and JSON and
multipart schemas of their own are both taken."""

import inspect
import json
import re
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

from tests.generator.conftest import GenerateClient, client, echo, load
from tooling.pipeline import uploads
from tooling.pipeline.documents import DocumentError

TRANSCRIPT = [{"role": "Main Agent", "content": "Hello."}]


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("json_or_upload")


def recorded(httpserver: HTTPServer, method: str, path: str) -> list[Request]:
    return echo(httpserver, method, path, 201 if method == "POST" else 200, b'{"id": 7}')


def test_the_json_class_is_sent_as_json_without_the_file(package: ModuleType, httpserver: HTTPServer) -> None:
    seen = recorded(httpserver, "POST", "/calls/")
    call = load(package, "models").Call(agent=1, transcript_json=TRANSCRIPT, recording_url="https://x/a.mp3")
    logged = load(package, "api.default.calls_create").sync(client=client(package, httpserver), body=call)
    assert seen[0].headers["Content-Type"] == "application/json"
    assert json.loads(seen[0].get_data()) == {
        "agent": 1,
        "transcript_json": TRANSCRIPT,
        "recording_url": "https://x/a.mp3",
    }
    assert logged.id == 7
    assert "recording" not in inspect.signature(load(package, "models").Call).parameters


def test_the_upload_class_is_sent_as_multipart_with_the_file_part(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Any
) -> None:
    seen = recorded(httpserver, "POST", "/calls/")
    audio = tmp_path / "call.mp3"
    audio.write_bytes(b"ID3 audio")
    upload = load(package, "models").CallUpload(agent=1, transcript_type="cekura", recording=audio)
    load(package, "api.default.calls_create").sync(client=client(package, httpserver), body=upload)
    request = seen[0]
    assert request.mimetype == "multipart/form-data"
    assert (request.files["recording"].filename, request.files["recording"].read()) == ("call.mp3", b"ID3 audio")
    assert request.form.to_dict() == {"agent": "1", "transcript_type": "cekura"}


@pytest.mark.parametrize(
    ("fields", "form"),
    [
        ({"transcript_json": TRANSCRIPT}, {"transcript_json": json.dumps(TRANSCRIPT)}),
        ({"transcript_json": json.dumps(TRANSCRIPT)}, {"transcript_json": json.dumps(TRANSCRIPT)}),
        (
            {"transcript_json": {"k": "é", "n": None, "ok": True}},
            {"transcript_json": '{"k": "é", "n": null, "ok": true}'},
        ),
        ({"transcript_json": None}, {"transcript_json": "null"}),
        ({"ended_reason": None}, {"ended_reason": ""}),
        ({"ended_reason": "hangup"}, {"ended_reason": "hangup"}),
    ],
    ids=["a list as JSON", "JSON text as given", "a dict as JSON", "None as JSON null", "a null as empty", "text"],
)
def test_a_form_field_is_sent_as_the_api_reads_it(
    package: ModuleType, httpserver: HTTPServer, fields: dict[str, Any], form: dict[str, str]
) -> None:
    """A field of any type goes as JSON text (DRF parses it), never Python's repr; a null as an empty field."""
    seen = recorded(httpserver, "POST", "/calls/")
    upload = load(package, "models").CallUpload(agent=1, recording=b"ID3", **fields)
    load(package, "api.default.calls_create").sync(client=client(package, httpserver), body=upload)
    assert seen[0].form.to_dict() == {"agent": "1", **form}


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (float("nan"), "`transcript_json.0`: nan is not a JSON number"),
        ({"at": 2**64}, "`transcript_json.at`: an integer of 65 bits"),
        ("\ud800", "`transcript_json`: text UTF-8 cannot encode"),
        ({"x": object()}, "`transcript_json.x`: expected text, a number, a boolean or null, got"),
    ],
    ids=["nan", "past 64 bits", "a lone surrogate", "not JSON"],
)
def test_a_form_field_json_cannot_carry_is_refused_naming_it(
    package: ModuleType, httpserver: HTTPServer, value: object, says: str
) -> None:
    seen = recorded(httpserver, "POST", "/calls/")
    transcript = [value] if isinstance(value, float) else value
    upload = load(package, "models").CallUpload(agent=1, recording=b"ID3", transcript_json=transcript)
    with pytest.raises(load(package, "runtime.errors").RequestValidationError, match=re.escape(says)):
        load(package, "api.default.calls_create").sync(client=client(package, httpserver), body=upload)
    assert seen == []


def test_the_signature_names_both_classes_and_an_optional_body_stays_optional(package: ModuleType) -> None:
    models, types = load(package, "models"), load(package, "types")
    create = inspect.signature(load(package, "api.default.calls_create").sync).parameters["body"]
    assert (create.annotation, create.default) == (models.Call | models.CallUpload, inspect.Parameter.empty)
    update = inspect.signature(load(package, "api.default.calls_partial_update").sync).parameters["body"]
    assert (update.annotation, update.default) == (models.Call | models.CallUpload | types.Unset, types.UNSET)
    said = " ".join(load(package, "api.default.calls_create").sync.__doc__.split())
    assert "body (Call | CallUpload): Call is sent as application/json, CallUpload is sent as multipart" in said


def test_an_unset_optional_body_sends_nothing(package: ModuleType, httpserver: HTTPServer) -> None:
    seen = recorded(httpserver, "PATCH", "/calls/3/")
    load(package, "api.default.calls_partial_update").sync(3, client=client(package, httpserver))
    assert seen[0].get_data() == b""
    assert "Content-Type" not in seen[0].headers


def test_a_value_of_neither_class_is_refused_before_sending(package: ModuleType, httpserver: HTTPServer) -> None:
    create = load(package, "api.default.calls_create")
    with pytest.raises(load(package, "errors").RequestValidationError, match="to_multipart"):
        create.sync(client=client(package, httpserver), body={"agent": 1})


def test_json_and_multipart_schemas_of_their_own_are_both_taken(package: ModuleType, httpserver: HTTPServer) -> None:
    seen = recorded(httpserver, "POST", "/knowledge/")
    models, send = load(package, "models"), load(package, "api.default.knowledge_upload").sync
    item = models.KnowledgeUploadJsonBodyFilesItem(name="kb.pdf", content_base64="JVBERi0=")
    send(client=client(package, httpserver), body=models.KnowledgeUploadJsonBody(files=[item]))
    send(client=client(package, httpserver), body=models.KnowledgeUploadFilesBody(files=[b"%PDF", b"%PDF-2"]))
    assert json.loads(seen[0].get_data()) == {"files": [{"name": "kb.pdf", "content_base64": "JVBERi0="}]}
    assert [part.read() for part in seen[1].files.getlist("files")] == [b"%PDF", b"%PDF-2"]


SHARED = {"$ref": "#/components/schemas/Call"}
CALL: dict[str, Any] = {
    "type": "object",
    "required": ["agent", "audio"],
    "properties": {"agent": {}, "audio": {"format": "binary"}},
}


def document(content: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    return {"paths": {"/c/": {"post": {"requestBody": {"content": content}}}}, "components": {"schemas": schemas}}


def test_the_pipeline_leaves_a_document_without_a_file_schema_offered_both_ways_as_it_is() -> None:
    for given in (
        document({"application/json": SHARED, "multipart/form-data": SHARED}, Call={"properties": {"a": {}}}),
        document({"multipart/form-data": {"schema": SHARED}}, Call=CALL),
        document({"application/json": {"schema": SHARED}}, Call=CALL),
    ):
        assert uploads.separate(given) is given


def test_the_pipeline_gives_the_multipart_body_the_schema_and_the_json_one_the_schema_without_files() -> None:
    files = {"type": "array", "items": {"format": "binary"}}
    call = {**CALL, "properties": {**CALL["properties"], "more": files}}
    given = document({"application/json": {"schema": SHARED}, "multipart/form-data": {"schema": SHARED}}, Call=call)
    before = json.dumps(given, sort_keys=True)
    separated = uploads.separate(given)
    assert json.dumps(given, sort_keys=True) == before
    schemas = separated["components"]["schemas"]
    assert schemas["CallUpload"] == call
    assert schemas["Call"] == {"type": "object", "required": ["agent"], "properties": {"agent": {}}}
    content = separated["paths"]["/c/"]["post"]["requestBody"]["content"]
    assert content == {
        "application/json": {"schema": SHARED},
        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/CallUpload"}},
    }


def test_the_pipeline_refuses_to_replace_a_schema_the_document_has() -> None:
    both = {"application/json": {"schema": SHARED}, "multipart/form-data": {"schema": SHARED}}
    with pytest.raises(DocumentError, match="CallUpload"):
        uploads.separate(document(both, Call=CALL, CallUpload={}))


def test_a_schema_named_for_uploads_gives_its_multipart_body_the_name_file() -> None:
    shared = {"$ref": "#/components/schemas/SpecUpload"}
    both = {"application/json": {"schema": shared}, "multipart/form-data": {"schema": shared}}
    separated = uploads.separate(document(both, SpecUpload=CALL))
    assert set(separated["components"]["schemas"]) == {"SpecUpload", "SpecUploadFile"}
    multipart = separated["paths"]["/c/"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert multipart == {"schema": {"$ref": "#/components/schemas/SpecUploadFile"}}
