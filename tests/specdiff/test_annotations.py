"""--format github: annotations at the right line, the most severe first, capped at GitHub's 10 per kind
with the rest counted; --json-out beside it."""

import json
from pathlib import Path

import pytest
import yaml

from tooling.pipeline import documents
from tooling.project import ROOT, SPEC
from tooling.specdiff.annotations import annotate, line_map, line_of
from tooling.specdiff.changes import Change, Level
from tooling.specdiff.cli import EXIT_BREAKING, main

BILLING = ROOT / "tests" / "fixtures" / "billing.yaml"


def test_lines_are_right_on_the_vendored_document() -> None:
    text = SPEC.read_text(encoding="utf-8")
    source = text.splitlines()
    lines = line_map(text)
    path = next(key for key in lines if key[0] == "paths" and len(key) == 3)
    schema = next(key for key in lines if key[:2] == ("components", "schemas") and len(key) == 3)
    assert source[lines[path] - 1].strip() == f'"{path[2]}": {{'
    assert source[lines[path[:2]] - 1].strip() == json.dumps(path[1]) + ": {"
    assert source[lines[schema] - 1].strip() == f'"{schema[2]}": {{'


def test_a_removed_element_points_at_what_encloses_it() -> None:
    lines = line_map('{\n "paths": {\n  "/a/": {\n   "get": {\n    "responses": {}\n   }\n  }\n }\n}\n')
    removed = Change("GET /a/", "response 200", "response-status-removed", Level.ERR, "removed")
    assert line_of(removed, lines) == 5  # its "responses"
    gone = Change("POST /b/", "", "api-operation-removed", Level.ERR, "removed")
    assert line_of(gone, lines) == 2  # "paths"


def test_the_most_severe_come_first_capped_with_the_rest_counted() -> None:
    source_only = [Change(f"GET /s{n}/", "", "api-operation-id-changed", Level.NONE, "renamed") for n in range(6)]
    wire = [Change(f"GET /w{n}/", "", "api-operation-removed", Level.ERR, "removed") for n in range(6)]
    warnings = [Change(f"GET /x{n}/", "", "api-operation-deprecated", Level.WARN, "deprecated") for n in range(11)]
    info = [Change("GET /i/", "", "api-operation-added", Level.INFO, "added")]
    out = annotate([*source_only, *info, *warnings, *wire], "openapi.yaml", {})
    assert [line.split(" ")[0] for line in out] == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"]
    assert all("api-operation-removed" in line for line in out[:6])
    assert (
        out[-1] == "::notice title=spec diff::2 more errors and 1 more warnings: see the job summary and spec-diff.json"
    )


def test_messages_are_escaped() -> None:
    change = Change("GET /a/", "", "api-operation-removed", Level.ERR, "100% gone\nreally")
    (line,) = annotate([change], "a,b:c.yaml", {})
    assert line == (
        "::error file=a%2Cb%3Ac.yaml,line=1,title=api-operation-removed (wire ERR%2C source ERR)"
        "::GET /a/: 100%25 gone%0Areally"
    )


def test_the_cli_annotates_the_revision_then_writes_markdown_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec = documents.load(BILLING)
    del spec["paths"]["/test_framework/billing/info/"]["get"]["responses"]["200"]
    revision = tmp_path / "revision.yaml"
    revision.write_text(yaml.safe_dump(spec, sort_keys=False))
    report = tmp_path / "spec-diff.json"
    argv = [str(BILLING), str(revision), "--no-client-api", "--format", "github", "--fail-on", "ERR"]
    code = main([*argv, "--json-out", str(report)])
    out = capsys.readouterr().out
    responses = revision.read_text().splitlines().index("      responses:") + 1
    assert code == EXIT_BREAKING
    assert out.startswith(
        f"::error file={revision},line={responses},title=response-status-removed (wire ERR%2C source WARN)"
        "::GET /test_framework/billing/info/ [response 200]: removed: the old client expects it\n"
    )
    assert "\n## API changes" in out
    assert json.loads(report.read_text())["checks"] == {"response-status-removed": 1}


def test_the_workflow_annotates_and_uploads_the_json_report() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    diff = next(step for step in steps if step.get("id") == "specdiff")["run"]
    assert "--format github" in diff and "--json-out spec-diff.json" in diff
    upload = next(step for step in steps if str(step.get("uses", "")).startswith("actions/upload-artifact"))
    assert (upload["with"]["path"], upload["if"]) == ("spec-diff.json", "always()")
