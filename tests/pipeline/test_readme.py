"""Every Python block in the README type-checks under mypy --strict and runs, in order, against a local
server standing in for the API (the blocks read their settings from the environment the test sets)."""

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy_api
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).parents[2]
# Blocks marked `<!-- readme-example: ... -->` are the resource client's, which
# test_readme_resource_client.py runs against its own server (paginated answers).
EXPORT = b"PK\x03\x04 a spreadsheet"
BLOCK = re.compile(r"^(<!-- readme-example: [\w-]+ -->\n)?```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks() -> list[str]:
    found = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    return [block for marker, block in found if not marker]


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
    payload = copy.deepcopy(documented["BillingInfo"][0])
    httpserver.expect_request("/test_framework/billing/info/").respond_with_data(
        json.dumps(payload), content_type="application/json"
    )
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
    assert len(httpserver.log) >= 5
    assert all(request.url.startswith(httpserver.url_for("/")) for request, _ in httpserver.log)
    assert payload["credits_remaining"] in capsys.readouterr().out
    assert (tmp_path / "scenarios.xlsx").read_bytes() == EXPORT
    uploads = [request for request, _ in httpserver.log if request.path.endswith("/condition-audio/")]
    assert [request.files["file"].read() for request in uploads] == [b"RIFF greeting"] * 2
