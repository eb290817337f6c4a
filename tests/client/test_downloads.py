"""Streaming a download into a file (`*_to_file`) on the package under test, sync and async, and which size
limit holds which body (tests/generator/test_files.py runs the same behaviour on a fixture package)."""

import asyncio
import io
import json
import logging
import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RequestOptions
from cekura_api_client import errors as e
from cekura_api_client.api.scenarios import export_scenarios_2
from cekura_api_client.runtime import calls
from cekura_api_client.runtime.body import Limits
from cekura_api_client.runtime.downloads import Destination
from pytest_httpserver import HTTPServer

from .calls import MODES, fetch
from .conftest import PATH
from .rawserver import RawServer, head, then_silence

MakeClient = Callable[..., AuthenticatedClient]
EXPORT = "/test_framework/v1/scenarios/export_scenarios/"
JSON = [("Content-Type", "application/json")]
CSV = b"id,name\n" + b"1,greeting\n" * 5_000


def to_file(client: AuthenticatedClient, mode: str, file: Destination, options: RequestOptions | None = None) -> int:
    if mode == "sync":
        return export_scenarios_2.sync_to_file(file, client=client, scenario_ids="1", options=options)

    async def download() -> int:
        async with client:
            return await export_scenarios_2.asyncio_to_file(file, client=client, scenario_ids="1", options=options)

    return asyncio.run(download())


@pytest.mark.parametrize("mode", MODES)
def test_a_download_streams_into_a_path_past_the_json_limit(
    httpserver: HTTPServer, tmp_path: Path, mode: str, make_client: MakeClient
) -> None:
    httpserver.expect_request(EXPORT).respond_with_data(CSV, content_type="text/csv")
    target = tmp_path / "scenarios.csv"
    assert to_file(make_client(max_response_size=1024), mode, target) == len(CSV)
    assert target.read_bytes() == CSV
    assert [path.name for path in tmp_path.iterdir()] == ["scenarios.csv"]


@pytest.mark.parametrize("mode", MODES)
def test_a_download_into_a_file_object_with_the_calls_options_and_a_log_line(
    httpserver: HTTPServer, caplog: pytest.LogCaptureFixture, mode: str, make_client: MakeClient
) -> None:
    """A body of many chunks (4 MiB), the call's extra header sent, the call logged like any other."""
    caplog.set_level(logging.INFO, logger="cekura_api_client")
    body = bytes(range(256)) * 16_384
    httpserver.expect_request(EXPORT, headers={"X-Team": "qa"}).respond_with_data(
        body, content_type="application/octet-stream"
    )
    into = io.BytesIO()
    assert to_file(make_client(), mode, into, RequestOptions(extra_headers={"X-Team": "qa"})) == len(body)
    assert into.getvalue() == body
    logged = [r.getMessage().split(" in ")[0] for r in caplog.records if r.name == "cekura_api_client"]
    assert logged == [f"HTTP GET {httpserver.url_for(EXPORT)}?scenario_ids=1 -> 200"]


@pytest.mark.parametrize("mode", MODES)
def test_a_download_past_its_limit_leaves_no_file(
    httpserver: HTTPServer, tmp_path: Path, mode: str, make_client: MakeClient
) -> None:
    httpserver.expect_request(EXPORT).respond_with_data(CSV, content_type="text/csv")
    with pytest.raises(e.ResponseTooLargeError, match="max_download_size") as raised:
        to_file(make_client(max_download_size=1024), mode, tmp_path / "scenarios.csv")
    assert raised.value.status_code == 200
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "error"), [(404, e.NotFoundError), (203, e.UnexpectedStatus)])
def test_a_status_it_does_not_document_raises_and_writes_nothing(
    httpserver: HTTPServer, tmp_path: Path, mode: str, status: int, error: type[Exception], make_client: MakeClient
) -> None:
    """A 404 and a 2xx the operation does not document (it documents 200) both raise, with the body read."""
    httpserver.expect_request(EXPORT).respond_with_json({"detail": "no such scenario"}, status=status)
    with pytest.raises(error) as raised:
        to_file(make_client(), mode, tmp_path / "scenarios.csv")
    assert isinstance(raised.value, e.APIStatusError) and raised.value.status_code == status
    assert raised.value.method == "GET" and EXPORT in raised.value.url
    assert raised.value.parsed_body == {"detail": "no such scenario"}
    assert list(tmp_path.iterdir()) == []


def test_without_documented_statuses_any_success_is_written(httpserver: HTTPServer, make_client: MakeClient) -> None:
    httpserver.expect_request(EXPORT).respond_with_data(CSV, status=203, content_type="text/csv")
    into = io.BytesIO()
    assert calls.send_to_file(make_client(), {"method": "get", "url": EXPORT}, into) == len(CSV)
    assert into.getvalue() == CSV


@pytest.mark.parametrize("mode", MODES)
def test_a_url_httpx_cannot_parse_is_a_configuration_error(
    httpserver: HTTPServer, mode: str, make_client: MakeClient
) -> None:
    kwargs = {"method": "get", "url": "http://[::1/x/"}
    with pytest.raises(e.ConfigurationError, match=r"^invalid request URL for GET: "):
        if mode == "sync":
            calls.send_to_file(make_client(), kwargs, io.BytesIO())
        else:
            asyncio.run(calls.send_to_file_async(make_client(), kwargs, io.BytesIO()))


@pytest.mark.parametrize("mode", MODES)
def test_a_download_that_cannot_connect_is_a_connection_error(
    tmp_path: Path, mode: str, make_client: MakeClient
) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{unused.getsockname()[1]}"
    client = make_client(base_url=url)
    with pytest.raises(e.APIConnectionError, match=f"GET {url}{EXPORT}"):
        to_file(client, mode, tmp_path / "scenarios.csv")
    assert list(tmp_path.iterdir()) == []


def answer(content_type: str | None, status: int = 200) -> httpx.Response:
    headers = {} if content_type is None else {"Content-Type": content_type}
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "https://api.example/"))


@pytest.mark.parametrize(
    ("content_type", "streamed", "status", "setting"),
    [
        (None, False, 200, "max_response_size"),  # no content type: what an error page or JSON would be
        ("application/json", False, 200, "max_response_size"),
        ("Application/JSON ; charset=utf-8", False, 200, "max_response_size"),
        ("application/problem+json", False, 400, "max_response_size"),
        ("text/csv", False, 200, "max_response_size"),
        ("application/octet-stream", False, 200, "max_download_size"),
        ("application/jsonl", False, 200, "max_download_size"),
        ("text/csv", True, 200, "max_download_size"),  # a download streamed to a file
        ("application/json", True, 404, "max_response_size"),  # its error body is read whole
        ("application/zip", True, 404, "max_download_size"),
    ],
)
def test_which_limit_holds_a_body(content_type: str | None, streamed: bool, status: int, setting: str) -> None:
    limits = Limits(max_response_size=1, max_download_size=2)
    expected = (1 if setting == "max_response_size" else 2, setting)
    assert limits.for_response(answer(content_type, status), streamed=streamed) == expected


def declared(length: int) -> RawServer:
    """Headers declaring `length` bytes, then silence: only a check of the declared length ends the call
    before the client's read timeout."""
    return RawServer([then_silence(head(200, [("Content-Length", str(length)), *JSON]))])


@pytest.mark.parametrize("mode", MODES)
def test_a_declared_length_past_the_limit_is_refused_before_the_body(mode: str, make_client: MakeClient) -> None:
    with declared(1025) as server:
        client = make_client(base_url=server.url, max_response_size=1024, timeout=httpx.Timeout(30.0, connect=5.0))
        with pytest.raises(e.ResponseTooLargeError, match="1024"):
            fetch(client, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_json_body_of_exactly_max_response_size_is_read_whatever_the_download_limit(
    httpserver: HTTPServer, body: str, mode: str, make_client: MakeClient
) -> None:
    httpserver.expect_request(PATH).respond_with_data(body, content_type="application/json")
    client = make_client(max_response_size=len(body), max_download_size=16)
    assert fetch(client, mode).to_dict() == json.loads(body)
