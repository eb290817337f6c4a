"""Every Python block of the READMEs (this repository's, the package's: its PyPI page) and of docs/ stands
alone: each type-checks under mypy --strict as a module of its own, and runs by itself, with nothing added,
against a local server standing in for the API. The blocks read their settings from the environment, as a
user's copy would (CEKURA_API_KEY; here also CEKURA_BASE_URL), and every line of each runs: an `except`
that a block shows is a failure the server really gives it."""

import ast
import itertools
import json
import re
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from mypy import api as mypy_api
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ROOT = Path(__file__).parents[2]
DOCUMENTS = [ROOT / "README.md", ROOT / "generated" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXPORT = b"PK\x03\x04 a spreadsheet"
AUDIO = b"RIFF greeting"
UNKNOWN = dict.fromkeys(["pack_name", "expire_at", "last_payment_at", "days_until_expiry", "created_at", "pack"])
SUBSCRIPTION = {"status": "active", "is_active": True, "is_trial": False, **UNKNOWN}
BILLING = {"balance_expiry": "2026-06-23T10:00:00Z", "credits_remaining": "12", "subscription_status": SUBSCRIPTION}


def blocks() -> list[tuple[str, str]]:
    """(name, source) of each Python block: "README.md block 2", "docs/errors.md block 1"..."""
    found = []
    for document in DOCUMENTS:
        name = document.relative_to(ROOT).as_posix()
        text = document.read_text(encoding="utf-8")
        found += [(f"{name} block {number}", code) for number, code in enumerate(BLOCK.findall(text), 1)]
    return found


BLOCKS = blocks()


def agent(number: int) -> dict[str, Any]:
    return {"id": number, "description": f"agent {number}", "name": f"a{number}"}


def run(number: int, status: str) -> dict[str, Any]:
    return {"id": number, "status": status}


def agents_page(request: Request) -> Response:
    """Three agents over two pages, whatever the page size asked."""
    if request.args.get("page") == "2":
        return json_response({"count": 3, "next": None, "previous": None, "results": [agent(3)]})
    following = request.host_url + "test_framework/v2/aiagents/?page=2"
    return json_response({"count": 3, "next": following, "previous": None, "results": [agent(1), agent(2)]})


def json_response(body: object, status: int = 200) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")


def serve(server: HTTPServer) -> None:
    """The API as the blocks meet it: what each call answers, failures included."""
    server.expect_request("/test_framework/billing/info/").respond_with_json(BILLING)
    server.expect_request("/test_framework/v2/aiagents/", method="GET").respond_with_handler(agents_page)
    server.expect_request("/test_framework/v2/aiagents/", method="POST").respond_with_json(
        {"project": ["This field is required."]}, status=400
    )
    server.expect_request("/test_framework/v2/aiagents/404/").respond_with_json({"detail": "Not found."}, status=404)
    server.expect_request("/test_framework/v2/aiagents/13/").respond_with_json({**agent(13), "id": "thirteen"})
    server.expect_request("/test_framework/v2/aiagents/7/", method="DELETE").respond_with_data(b"", status=204)
    # A 200 the document describes no body for, answered as such views often do: with nothing.
    server.expect_request("/test_framework/v2/metrics/5/apply_optimisation_proposal/").respond_with_data(b"")
    statuses = itertools.chain(["running"], itertools.repeat("completed"))
    server.expect_request("/test_framework/v2/runs/42/").respond_with_handler(
        lambda request: json_response(run(42, next(statuses)))
    )
    server.expect_request("/test_framework/v2/runs/43/").respond_with_json(run(43, "running"))
    server.expect_request("/notifications/v1/notifications/").respond_with_json(
        {"count": 0, "next": None, "previous": None, "results": []}
    )
    server.expect_request("/test_framework/v2/scenarios/export_scenarios/").respond_with_data(
        EXPORT, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    server.expect_request("/test_framework/v2/scenarios/12/condition-audio/", method="POST").respond_with_json(
        {"condition_id": 3}, status=202
    )
    server.expect_request("/observability/v1/observe/", method="POST").respond_with_json({"call_id": "c-1"}, status=201)


def statement_lines(source: str) -> set[int]:
    """The lines the statements and `except` clauses of `source` start on (a `try:` runs no code of its own)."""
    nodes = list(ast.walk(ast.parse(source)))
    return {
        node.lineno
        for node in nodes
        if isinstance(node, ast.stmt | ast.ExceptHandler) and not isinstance(node, ast.Try)
    }


def executed_lines(name: str, source: str) -> set[int]:
    """Runs `source` alone, as a script of its own; returns the lines of it that ran."""
    seen: set[int] = set()

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        if frame.f_code.co_filename != name:
            return None
        seen.add(frame.f_lineno)
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        exec(compile(source, name, "exec"), {"__name__": "__main__"})
    finally:
        sys.settrace(previous)
    return seen


def test_the_readme_stays_a_users_page() -> None:
    """Under 250 lines: maintainers' material belongs in docs/, one file per topic."""
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) < 250


def test_the_readmes_have_python_blocks() -> None:
    names = [name for name, _ in BLOCKS]
    assert sum(name.startswith("README.md") for name in names) >= 5
    assert sum(name.startswith("generated/README.md") for name in names) >= 2


def test_each_block_type_checks_strictly_alone(tmp_path: Path) -> None:
    modules = []
    for number, (_, source) in enumerate(BLOCKS):
        module = tmp_path / f"block_{number}.py"
        module.write_text(source, encoding="utf-8")
        modules.append(str(module))
    out, err, status = mypy_api.run(["--config-file", str(ROOT / "pyproject.toml"), "--strict", *modules])
    names = {f"block_{number}.py": name for number, (name, _) in enumerate(BLOCKS)}
    assert status == 0, re.sub(r"\S*(block_\d+\.py)", lambda match: names[match[1]], out + err)


@pytest.mark.parametrize(("name", "source"), BLOCKS, ids=[name for name, _ in BLOCKS])
def test_each_block_runs_alone_against_a_local_server_every_line(
    name: str,
    source: str,
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    serve(httpserver)
    # The files blocks download into and upload from the working directory.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "greeting.wav").write_bytes(AUDIO)
    for variable in ("CEKURA_API_URL", "CEKURA_LOG", "CEKURA_LOG_BODIES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("CEKURA_BASE_URL", httpserver.url_for("/"))
    monkeypatch.setenv("CEKURA_API_KEY", "sk-readme-test")
    monkeypatch.setenv("CEKURA_ACCESS_TOKEN", "readme-oauth-token")
    # A block that reached for the real API would fail here instead of leaving the machine.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    try:
        ran = executed_lines(name, source)
    except Exception as error:  # pragma: no cover - the message says which block
        pytest.fail(f"{name} failed: {type(error).__name__}: {error}")
    assert not statement_lines(source) - ran, f"{name}: lines that never ran: {sorted(statement_lines(source) - ran)}"
    assert all(request.url.startswith(httpserver.url_for("/")) for request, _ in httpserver.log)
    assert capsys.readouterr().out, f"{name} printed nothing"
    if "_to_file(" in source:
        assert (tmp_path / "scenarios.xlsx").read_bytes() == EXPORT
    uploads = [request.files["file"].read() for request, _ in httpserver.log if "/condition-audio/" in request.path]
    assert uploads == [AUDIO] * source.count("condition_audio_create(")
    recordings = [
        request.files["voice_recording"].read() for request, _ in httpserver.log if "/observe/" in request.path
    ]
    assert recordings == [AUDIO] * source.count("observe.create(")
