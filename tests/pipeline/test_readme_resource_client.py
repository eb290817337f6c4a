"""The README's resource-client examples type-check under mypy --strict and run against a local server."""

import asyncio
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tooling.resolve import ROOT

NAMES = ("resource-client", "resource-client-async")
PREAMBLE = "BASE_URL = 'http://127.0.0.1:1'\n"


def example(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- readme-example: {name} -->\n```python\n(.*?)```", readme, re.DOTALL)
    assert found, f"README has no example {name!r}"
    return found.group(1)


def agent(number: int) -> dict[str, Any]:
    return {"id": number, "description": f"agent {number}", "name": f"a{number}"}


@pytest.mark.parametrize("name", NAMES)
def test_the_example_type_checks(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name.replace('-', '_')}.py"
    path.write_text(PREAMBLE + example(name), encoding="utf-8")
    result = subprocess.run(
        # From the root: pyproject.toml's mypy settings (strict, mypy_path) and the cache `make typecheck` warmed.
        [sys.executable, "-m", "mypy", "--strict", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def info(documented: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The BillingInfo payload the document gives, with 12 credits left."""
    return {**documented["BillingInfo"][0], "credits_remaining": "12"}


def serve(server: HTTPServer, info: dict[str, Any]) -> None:
    server.expect_request("/test_framework/billing/info/").respond_with_json(info)
    second = server.url_for("/test_framework/v2/aiagents/?page=2")
    server.expect_request("/test_framework/v2/aiagents/", query_string="page=2").respond_with_json(
        {"count": 3, "next": None, "previous": None, "results": [agent(3)]}
    )
    server.expect_request("/test_framework/v2/aiagents/").respond_with_json(
        {"count": 3, "next": second, "previous": None, "results": [agent(1), agent(2)]}
    )


def test_the_sync_example_runs(
    httpserver: HTTPServer, info: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    serve(httpserver, info)
    exec(example("resource-client"), {"BASE_URL": httpserver.url_for("/")})
    assert capsys.readouterr().out.splitlines() == ["12", "1 agent 1", "2 agent 2", "3 agent 3", "3 2 True"]


def test_the_async_example_runs(
    httpserver: HTTPServer, info: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    serve(httpserver, info)
    namespace: dict[str, Any] = {"BASE_URL": httpserver.url_for("/")}
    exec(example("resource-client-async"), namespace)
    asyncio.run(namespace["main"]())
    assert capsys.readouterr().out.strip() == "12 ['agent 1', 'agent 2', 'agent 3']"
