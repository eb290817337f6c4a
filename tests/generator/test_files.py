"""Files: a download streams into a path or a file object (sync, async, resource client), held to
max_download_size and never left half-written at a path; an upload's file field takes a path, a binary file
object or bytes as well as a `File`."""

import asyncio
import gzip
import io
from pathlib import Path
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.generator.conftest import GenerateClient, client, load

# Past the client's max_response_size below, so only a streamed download can take it.
BODY = bytes(range(256)) * 1024


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("files")


def serve(httpserver: HTTPServer, path: str, body: bytes = BODY, **headers: str) -> None:
    # A JSON content type, as the Cekura document declares its exports: max_response_size would apply.
    httpserver.expect_request(path).respond_with_data(body, content_type="application/json", headers=headers)


def test_a_download_streams_into_a_path_past_max_response_size(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve(httpserver, "/scenarios/export/")
    export = load(package, "api.default.scenarios_export")
    small = client(package, httpserver, max_response_size=1024)
    with pytest.raises(package.errors.ResponseTooLargeError):
        export.sync(client=small)
    written = export.sync_to_file(tmp_path / "scenarios.csv", client=small, export_type="csv")
    assert written == len(BODY)
    assert (tmp_path / "scenarios.csv").read_bytes() == BODY
    assert [path.name for path in tmp_path.iterdir()] == ["scenarios.csv"]


def test_a_download_past_max_download_size_leaves_no_file(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve(httpserver, "/scenarios/export/", Transfer_Encoding="chunked")
    export = load(package, "api.default.scenarios_export")
    target = tmp_path / "scenarios.csv"
    with pytest.raises(package.errors.ResponseTooLargeError, match="max_download_size"):
        export.sync_to_file(str(target), client=client(package, httpserver, max_download_size=1000))
    assert list(tmp_path.iterdir()) == []


def test_an_error_status_raises_its_typed_error_and_writes_nothing(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/scenarios/export/").respond_with_json({"detail": "no such agent"}, status=404)
    export = load(package, "api.default.scenarios_export")
    with pytest.raises(package.errors.NotFoundError) as raised:
        export.sync_to_file(tmp_path / "x.csv", client=client(package, httpserver))
    assert raised.value.parsed_body == {"detail": "no such agent"}
    assert list(tmp_path.iterdir()) == []


def test_a_download_is_retried_before_its_body_and_decoded(package: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/recordings/7/").respond_with_data(b"busy", status=503)
    httpserver.expect_ordered_request("/recordings/7/").respond_with_data(
        gzip.compress(BODY), headers={"Content-Encoding": "gzip"}, content_type="audio/wav"
    )
    download = load(package, "api.default.recording_download")
    retry = load(package, "runtime.retry").RetryPolicy(initial_backoff=0)
    into = io.BytesIO()
    assert download.sync_to_file(into, 7, client=client(package, httpserver, retry=retry)) == len(BODY)
    assert into.getvalue() == BODY


def test_async_downloads_stream_into_a_path_and_a_file_object(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve(httpserver, "/recordings/3/")
    download = load(package, "api.default.recording_download")
    into = io.BytesIO()

    async def main() -> tuple[int, int]:
        async with client(package, httpserver, max_response_size=1024) as api:
            to_path = await download.asyncio_to_file(tmp_path / "call.wav", 3, client=api)
            return to_path, await download.asyncio_to_file(into, 3, client=api)

    assert asyncio.run(main()) == (len(BODY), len(BODY))
    assert (tmp_path / "call.wav").read_bytes() == into.getvalue() == BODY


def test_the_resource_client_has_a_to_file_method_beside_each_download(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve(httpserver, "/recordings/5/")
    with load(package, "resources").Cekura(client=client(package, httpserver)) as cekura:
        assert cekura.recordings.retrieve_to_file(tmp_path / "a.wav", 5) == len(BODY)
    assert (tmp_path / "a.wav").read_bytes() == BODY

    async def main() -> int:
        async with load(package, "resources").AsyncCekura(client=client(package, httpserver)) as cekura:
            return int(await cekura.recordings.retrieve_to_file(tmp_path / "b.wav", 5))

    assert asyncio.run(main()) == len(BODY)


def test_a_text_mode_file_is_refused_before_anything_is_sent(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    download = load(package, "api.default.recording_download")
    with open(tmp_path / "t.txt", "w") as text, pytest.raises(TypeError, match="binary"):
        download.sync_to_file(text, 1, client=client(package, httpserver))
    assert httpserver.log == []


def received(httpserver: HTTPServer, path: str) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        names = [f"{field}={part.filename}:{part.read().decode()}" for field, part in request.files.items(multi=True)]
        return Response(f'{{"names": {names!r}}}'.replace("'", '"'), content_type="application/json")

    httpserver.expect_request(path, method="POST").respond_with_handler(handler)
    return seen


def test_a_file_field_takes_a_path_a_file_object_or_bytes(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    received(httpserver, "/audio/")
    (tmp_path / "hello.wav").write_bytes(b"RIFF hello")
    upload, models = load(package, "api.default.audio_upload"), load(package, "models")
    api = client(package, httpserver)
    with open(tmp_path / "hello.wav", "rb") as opened:
        answers = [
            upload.sync(client=api, body=models.AudioUploadBody(file=str(tmp_path / "hello.wav"))),
            upload.sync(client=api, body=models.AudioUploadBody(file=tmp_path / "hello.wav", cover=b"JPEG")),
            upload.sync(client=api, body=models.AudioUploadBody(file=opened)),
        ]
    assert [answer.names for answer in answers] == [
        ["file=hello.wav:RIFF hello"],
        ["file=hello.wav:RIFF hello", "cover=upload:JPEG"],
        ["file=hello.wav:RIFF hello"],
    ]


def test_a_list_of_files_takes_paths_and_a_model_can_be_sent_twice(
    package: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    received(httpserver, "/knowledge_base/")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name.upper())
    upload, models = load(package, "api.default.knowledge_base_upload"), load(package, "models")
    body = models.KnowledgeBaseUploadBody(files=[tmp_path / "a.txt", str(tmp_path / "b.txt")])
    api = client(package, httpserver)
    first, again = upload.sync(client=api, body=body), upload.sync(client=api, body=body)
    assert first.names == again.names == ["files=a.txt:A.TXT", "files=b.txt:B.TXT"]
    assert all(file.payload._handle is None for file in body.files)  # no file kept open between calls


def test_what_is_not_a_file_is_refused_when_the_model_is_built(package: ModuleType, tmp_path: Path) -> None:
    models = load(package, "models")
    with pytest.raises(FileNotFoundError, match="no file to upload"):
        models.AudioUploadBody(file=tmp_path / "missing.wav")
    with pytest.raises(TypeError, match="list of files"):
        models.KnowledgeBaseUploadBody(files=str(tmp_path))
    (tmp_path / "t.txt").write_text("text")
    with open(tmp_path / "t.txt") as text, pytest.raises(TypeError, match="binary mode"):
        models.AudioUploadBody(file=text)
