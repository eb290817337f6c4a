"""The upstream sync end to end: a 127.0.0.1 server publishes a document, the script fetches it and, when it
differs from openapi.yaml, vendors it byte for byte, proposes the version, writes CHANGELOG.md and the pull
request's body, and regenerates; a fetch failure or an invalid document changes nothing and says why.

The end-to-end run works on a copy of the project whose openapi.yaml is a small stand-in (fixtures/), so
that it regenerates in seconds and never touches this tree; the failure cases run against this tree and
prove that it is left as it was."""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tooling.project import OUTPUT, ROOT, SPEC
from tooling.release import upstream_sync, versions

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT_FILES = ["tooling", "templates", "runtime", "LICENSE", "CHANGELOG.md", "docs", "generator-config.yaml"]
PROJECT_FILES += [
    "openapi.surface.yaml",
    "openapi.resources.yaml",
    "openapi.provenance.yaml",
    "tests",
    "pyproject.toml",
]


DERIVED = re.compile(r"^@pytest\.mark\.derived$", re.MULTILINE)


def derived_checks() -> list[str]:
    """The test modules holding checks of files derived from the document (marked `derived`)."""
    modules = (ROOT / "tests").rglob("test_*.py")
    return sorted(str(path.relative_to(ROOT)) for path in modules if DERIVED.search(path.read_text()))


def digest(*paths: Path) -> str:
    return hashlib.sha256(b"".join(path.read_bytes() for path in paths)).hexdigest()


def run(project: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m <argv>` in `project`: its own tooling/ (the working directory comes first on sys.path)."""
    command = [sys.executable, "-m", *argv]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False, timeout=300)


@pytest.fixture(autouse=True)
def outside_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process runs must not write step outputs into the workflow that runs this suite."""
    monkeypatch.delenv("GITHUB_OUTPUT", raising=False)


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0  # loopback only


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project vendoring fixtures/base.json, with generated/ made from it."""
    copy = tmp_path / "project"
    copy.mkdir()
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(source, copy / name)
    shutil.copyfile(FIXTURES / "base.json", copy / "openapi.yaml")
    shutil.copyfile(FIXTURES / "overlay.yaml", copy / "openapi.overlay.yaml")
    generated = run(copy, "tooling.pipeline.generate")
    assert generated.returncode == 0, generated.stderr
    return copy


def test_a_changed_document_is_vendored_versioned_and_regenerated(project: Path, httpserver: HTTPServer) -> None:
    published = (FIXTURES / "revision.json").read_bytes()
    httpserver.expect_request("/openapi.json").respond_with_data(published, content_type="text/plain")
    url = httpserver.url_for("/openapi.json")
    outputs = project / "github-output"
    env = {**os.environ, "GITHUB_OUTPUT": str(outputs)}

    old = versions.current(project / "generator-config.yaml")
    new = versions.bumped(old, versions.Bump.MAJOR)  # the fixture's revision removes a response field

    done = run(project, "tooling.release.upstream_sync", url, env=env)

    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / "openapi.yaml").read_bytes() == published
    provenance = (project / "openapi.provenance.yaml").read_text()
    assert f"source: {url}" in provenance and hashlib.sha256(published).hexdigest() in provenance
    assert f"package_version_override: {new}" in (project / "generator-config.yaml").read_text()
    assert f'version = "{new}"' in (project / "generated" / "pyproject.toml").read_text()
    fresh = run(project, "tooling.reference.coverage")  # the table of the new document, as docs/ must now hold
    assert fresh.stdout and fresh.stdout in (project / "docs" / "coverage.md").read_text()
    model = (project / "generated" / "cekura_api_client" / "models" / "billing_info.py").read_text()
    assert "credits_used" in model and "balance_expiry" not in model
    changelog = (project / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {new}") < changelog.index("> **Upgrade now.**") < changelog.index(f"## {old}")
    assert "`billing.info()` (`GET /test_framework/billing/info/`)" in changelog or "BillingInfo" in changelog
    found = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    assert found["changed"] == "true" and found["version"] == new and found["bump"] == "major"
    assert found["labels"] == "spec: breaking,upgrade now"
    body = (project / "build" / "upstream-sync" / "pull-request.md").read_text()
    assert "## API changes:" in body and "response-required-property-removed" in body
    assert "`client-object-removed`" in body  # the client API section compared the two generated clients

    again = run(project, "tooling.release.upstream_sync", url, env=env)
    assert again.returncode == 0 and "openapi.yaml is up to date" in again.stdout


def test_every_derived_file_check_passes_after_an_update(project: Path, httpserver: HTTPServer) -> None:
    """The maintainer's flow: after an update to a document the tree has never seen, the suite's checks of
    files derived from the document (generated/, api.md, docs/coverage.md, provenance, CHANGELOG) pass
    with no hand edit: none pins a count, a version or the vendored document."""
    httpserver.expect_request("/openapi.json").respond_with_data((FIXTURES / "revision.json").read_bytes())
    assert run(project, "tooling.release.upstream_sync", httpserver.url_for("/openapi.json")).returncode == 0
    modules = derived_checks()
    expected = sum(len(DERIVED.findall((ROOT / module).read_text())) for module in modules)

    checks = run(project, "pytest", "-q", "-p", "no:cacheprovider", "-m", "derived", *modules)

    assert checks.returncode == 0, checks.stdout + checks.stderr
    assert f"{expected} passed" in checks.stdout, checks.stdout  # none skipped or left out


@pytest.mark.parametrize(
    ("body", "status", "why"),
    [("gone", 404, "HTTP 404"), ("{not json", 200, "invalid JSON"), ('{"swagger": "2.0"}', 200, "not an OpenAPI 3")],
)
def test_a_failed_fetch_or_an_invalid_document_changes_nothing(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], body: str, status: int, why: str
) -> None:
    before = digest(SPEC, OUTPUT / "pyproject.toml", ROOT / "CHANGELOG.md", ROOT / "generator-config.yaml")
    httpserver.expect_request("/openapi.json").respond_with_data(body, status=status)
    assert upstream_sync.main([httpserver.url_for("/openapi.json")]) == 2
    error = capsys.readouterr().err
    assert why in error and "left unchanged" in error
    assert digest(SPEC, OUTPUT / "pyproject.toml", ROOT / "CHANGELOG.md", ROOT / "generator-config.yaml") == before


def test_an_unreachable_server_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with HTTPServer(host="127.0.0.1", port=0) as server:
        url = server.url_for("/openapi.json")
    assert upstream_sync.main([url]) == 2  # the server is stopped: nothing listens on its port
    assert "cannot fetch" in capsys.readouterr().err


def test_the_vendored_document_is_up_to_date_with_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert upstream_sync.main([str(SPEC)]) == 0
    assert "openapi.yaml is up to date" in capsys.readouterr().out
    assert json.loads(SPEC.read_bytes())["openapi"].startswith("3.")
