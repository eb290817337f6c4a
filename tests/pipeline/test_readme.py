"""Every Python block in the README type-checks under mypy --strict and runs, in order, as one script against
a local server standing in for the API (the blocks read their settings from the environment the test sets)."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy_api
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).parents[2]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXPORT = b"PK\x03\x04 a spreadsheet"
CREDITS = "12"
# What the resource-client blocks print first: the billing answer, then three agents over two pages.
FIRST_LINES = [CREDITS, "1 agent 1", "2 agent 2", "3 agent 3", "3 2 True", "12 ['agent 1', 'agent 2', 'agent 3']"]


def blocks() -> list[str]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def agent(number: int) -> dict[str, Any]:
    return {"id": number, "description": f"agent {number}", "name": f"a{number}"}


def serve(server: HTTPServer, info: dict[str, Any]) -> None:
    server.expect_request("/test_framework/billing/info/").respond_with_data(
        json.dumps(info), content_type="application/json"
    )
    second = server.url_for("/test_framework/v2/aiagents/?page=2")
    server.expect_request("/test_framework/v2/aiagents/", query_string="page=2").respond_with_json(
        {"count": 3, "next": None, "previous": None, "results": [agent(3)]}
    )
    server.expect_request("/test_framework/v2/aiagents/").respond_with_json(
        {"count": 3, "next": second, "previous": None, "results": [agent(1), agent(2)]}
    )


def test_the_readme_has_python_blocks() -> None:
    assert len(blocks()) >= 5


def test_the_readme_blocks_type_check_strictly(tmp_path: Path) -> None:
    module = tmp_path / "readme_blocks.py"
    module.write_text("\n".join(blocks()), encoding="utf-8")
    out, err, status = mypy_api.run(["--config-file", str(ROOT / "pyproject.toml"), "--strict", str(module)])
    assert status == 0, out + err


def test_the_readme_blocks_run_against_a_local_server(
    httpserver: HTTPServer,
    documented: dict[str, list[dict[str, Any]]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    serve(httpserver, {**documented["BillingInfo"][0], "credits_remaining": CREDITS})
    # The files section downloads into and uploads from the working directory.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "greeting.wav").write_bytes(b"RIFF greeting")
    httpserver.expect_request("/test_framework/v2/scenarios/export_scenarios/").respond_with_data(
        EXPORT, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    httpserver.expect_request("/test_framework/v2/scenarios/12/condition-audio/", method="POST").respond_with_json(
        {"condition_id": 3}, status=202
    )
    httpserver.expect_request("/test_framework/v2/aiagents/7/", method="DELETE").respond_with_data(b"", status=204)
    httpserver.expect_request(
        "/test_framework/v2/metrics/5/apply_optimisation_proposal/", method="POST"
    ).respond_with_json({"applied": True})
    for name in ("CEKURA_API_URL", "CEKURA_LOG", "CEKURA_LOG_BODIES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CEKURA_BASE_URL", httpserver.url_for("/"))
    monkeypatch.setenv("CEKURA_API_KEY", "sk-readme-test")
    monkeypatch.setenv("CEKURA_ACCESS_TOKEN", "readme-oauth-token")
    # A block that reached for the real API would fail here instead of leaving the machine.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    namespace: dict[str, Any] = {"__name__": "readme"}
    for number, block in enumerate(blocks(), 1):
        try:
            exec(compile(block, f"README.md block {number}", "exec"), namespace)
        except Exception as error:  # pragma: no cover - the message says which block
            pytest.fail(f"README.md python block {number} failed: {type(error).__name__}: {error}")
    assert all(request.url.startswith(httpserver.url_for("/")) for request, _ in httpserver.log)
    printed = capsys.readouterr().out.splitlines()
    assert printed[: len(FIRST_LINES)] == FIRST_LINES
    assert sum(CREDITS in line for line in printed) >= 5
    assert (tmp_path / "scenarios.xlsx").read_bytes() == EXPORT
    uploads = [request for request, _ in httpserver.log if request.path.endswith("/condition-audio/")]
    assert [request.files["file"].read() for request in uploads] == [b"RIFF greeting"] * 2
