"""cekura-spec-diff end to end: the seed spec, formats, exit codes, the ignore file, bad input, and the
generated client's API diff.

Most cases compare the billing fixture (one operation of the document, tests/fixtures/billing.yaml) with a
changed copy: what they test is the tool, and generating two clients of the complete document for its API
diff took a minute a case. The seed spec is compared with itself, and with HEAD, once each."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tooling.pipeline import documents
from tooling.project import ROOT, SPEC
from tooling.specdiff.cli import EXIT_BAD_INPUT, EXIT_BREAKING, EXIT_OK, main

BILLING = ROOT / "tests" / "fixtures" / "billing.yaml"
OPERATION = "GET /test_framework/billing/info/"
COMPONENT = "components.schemas.BillingInfo"


@pytest.fixture
def without_expiry(tmp_path: Path) -> Path:
    """The billing fixture with balance_expiry removed upstream (a required response property)."""
    spec = documents.load(BILLING)
    billing = spec["components"]["schemas"]["BillingInfo"]
    del billing["properties"]["balance_expiry"]
    billing.pop("required")
    path = tmp_path / "revision.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_seed_spec_against_itself_has_no_changes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SPEC), str(SPEC), "--format", "json", "--fail-on", "INFO", "--no-client-api")
    assert (code, json.loads(out)["changes"]) == (EXIT_OK, [])


def test_a_document_against_itself_has_no_client_api_changes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(BILLING), str(BILLING), "--format", "json", "--fail-on", "INFO")
    report = json.loads(out)
    assert code == EXIT_OK
    assert (report["changes"], report["client_api"]) == ([], [])


def test_a_removed_required_property_is_exactly_one_err(
    capsys: pytest.CaptureFixture[str], without_expiry: Path
) -> None:
    code, out, _ = run(capsys, str(BILLING), str(without_expiry), "--format", "json", "--fail-on", "ERR")
    report = json.loads(out)
    assert code == EXIT_BREAKING
    assert [(c["id"], c["wire"], c["source"], c["where"], c["field"], c["reached_by"]) for c in report["changes"]] == [
        ("response-required-property-removed", "ERR", "ERR", COMPONENT, "balance_expiry", [OPERATION])
    ]
    client = {(c["id"], c["wire"], c["source"], c["where"]) for c in report["client_api"]}
    removed = "cekura_api_client.models.billing_info.BillingInfo.balance_expiry"
    assert ("client-object-removed", "NONE", "ERR", removed) in client
    assert report["summary"]["wire"]["ERR"] == 1
    assert report["summary"]["source"]["ERR"] == 1 + len(report["client_api"])


def test_the_json_report_keeps_its_schema(capsys: pytest.CaptureFixture[str], without_expiry: Path) -> None:
    _, out, _ = run(capsys, str(BILLING), str(without_expiry), "--format", "json", "--no-client-api")
    report = json.loads(out)
    keys = {"schema_version", "base", "revision", "summary", "checks", "changes", "client_api", "client_api_note"}
    keys |= {"accepted", "stale_ignore_entries"}
    assert set(report) == keys
    assert report["schema_version"] == 2
    assert set(report["changes"][0]) == {"id", "wire", "source", "where", "field", "text", "reached_by"}
    assert report["checks"] == {"response-required-property-removed": 1}
    assert report["client_api"] is None


def test_markdown_is_a_table(capsys: pytest.CaptureFixture[str], without_expiry: Path) -> None:
    _, out, _ = run(capsys, str(BILLING), str(without_expiry), "--format", "markdown", "--no-client-api")
    assert "| 🔴 ERR | 🔴 ERR | `response-required-property-removed` |" in out
    assert out.startswith("## API changes")


def test_text_is_plain_when_not_a_tty(capsys: pytest.CaptureFixture[str], without_expiry: Path) -> None:
    _, out, _ = run(capsys, str(BILLING), str(without_expiry), "--no-client-api")
    assert "ERR  ERR   response-required-property-removed  components.schemas.BillingInfo [balance_expiry]" in out
    assert "\033[" not in out


@pytest.mark.parametrize(("fail_on", "expected"), [("ERR", EXIT_BREAKING), (None, EXIT_OK)])
def test_fail_on_sets_the_exit_code(
    capsys: pytest.CaptureFixture[str], without_expiry: Path, fail_on: str | None, expected: int
) -> None:
    options = ["--fail-on", fail_on] if fail_on else []
    assert run(capsys, str(BILLING), str(without_expiry), "--no-client-api", *options)[0] == expected


def test_an_accepted_change_is_ignored(
    capsys: pytest.CaptureFixture[str], without_expiry: Path, tmp_path: Path
) -> None:
    accepted = tmp_path / "accepted.yaml"
    entry = {"id": "response-required-property-removed", "where": COMPONENT, "reason": "announced in 2.0"}
    accepted.write_text(yaml.safe_dump([entry]))
    code, out, _ = run(
        capsys, str(BILLING), str(without_expiry), "--no-client-api", "--fail-on", "ERR", "--ignore", str(accepted)
    )
    assert code == EXIT_OK
    assert "no changes in the spec" in out


def test_the_base_can_be_a_git_ref(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Against HEAD's own document, so it holds whatever the work tree's openapi.yaml is (make update-spec
    changes it before the commit)."""
    committed = subprocess.run(["git", "show", "HEAD:openapi.yaml"], cwd=ROOT, capture_output=True, check=True)
    revision = tmp_path / "openapi.yaml"
    revision.write_bytes(committed.stdout)
    code, out, _ = run(capsys, "HEAD", str(revision), "--no-client-api", "--fail-on", "ERR")
    assert code == EXIT_OK
    assert "HEAD:openapi.yaml" in out


BAD_INPUT = {
    "missing file": (None, "cannot read"),
    "invalid YAML": ("openapi: [unclosed\n", "invalid YAML"),
    "invalid JSON": ('{"openapi": ', "invalid JSON"),
    "not OpenAPI": ("swagger: '2.0'\ninfo: {title: t}\n", "not an OpenAPI 3.x document"),
    "no info": ("openapi: 3.1.0\npaths: {}\n", "`info` is missing"),
}


@pytest.mark.parametrize(("text", "problem"), BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_names_the_file_and_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str | None, problem: str
) -> None:
    path = tmp_path / "broken.yaml"
    if text is not None:
        path.write_text(text)
    code, out, err = run(capsys, str(path), str(BILLING), "--no-client-api")
    assert code == EXIT_BAD_INPUT
    assert str(path) in err
    assert problem in err
    assert out == ""


def test_an_unknown_git_ref_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "no-such-ref-anywhere", "--no-client-api")
    assert code == EXIT_BAD_INPUT
    assert "no-such-ref-anywhere:openapi.yaml" in err


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (["ERR"], EXIT_BREAKING),  # response-required-property-removed: wire ERR
        (["source:ERR"], EXIT_BREAKING),
        (["wire:ERR", "source:ERR"], EXIT_BREAKING),
        ([], EXIT_OK),
    ],
)
def test_fail_on_names_its_verdict(
    capsys: pytest.CaptureFixture[str], without_expiry: Path, rules: list[str], expected: int
) -> None:
    options = [option for rule in rules for option in ("--fail-on", rule)]
    assert run(capsys, str(BILLING), str(without_expiry), "--no-client-api", *options)[0] == expected


def test_a_source_only_break_fails_only_the_source_verdict(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An operationId rename leaves the wire as it was and renames the client's function."""
    spec = documents.load(BILLING)
    spec["paths"]["/test_framework/billing/info/"]["get"]["operationId"] = "billing_balance_retrieve"
    renamed = tmp_path / "renamed.yaml"
    renamed.write_text(yaml.safe_dump(spec, allow_unicode=True))
    common = [str(BILLING), str(renamed), "--no-client-api", "--fail-on"]
    assert run(capsys, *common, "WARN")[0] == EXIT_OK
    code, out, _ = run(capsys, *common, "source:ERR")
    assert code == EXIT_BREAKING
    assert "-    ERR   api-operation-id-changed  GET /test_framework/billing/info/" in out


def test_a_bad_fail_on_rule_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(BILLING), "--fail-on", "deploy:ERR"])
    assert exit_info.value.code == EXIT_BAD_INPUT
    assert "expected LEVEL, wire:LEVEL or source:LEVEL" in capsys.readouterr().err


def test_an_internal_error_exits_2_naming_both_sides(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, without_expiry: Path
) -> None:
    def broken(base: object, revision: object, rule: object) -> None:
        raise KeyError("TestResult")

    monkeypatch.setattr("tooling.specdiff.cli.diff_specs", broken)
    code, out, err = run(capsys, str(BILLING), str(without_expiry), "--no-client-api", "--fail-on", "ERR")
    assert code == EXIT_BAD_INPUT
    assert f"internal error comparing {BILLING} with {without_expiry}: KeyError('TestResult')" in err
    assert out == ""


def test_text_lists_the_reaching_operations_on_demand(capsys: pytest.CaptureFixture[str], without_expiry: Path) -> None:
    _, out, _ = run(capsys, str(BILLING), str(without_expiry), "--no-client-api")
    assert "[balance_expiry]: removed: the old client requires it (reached by 1 operation)" in out
    assert f"             {OPERATION}" not in out
    _, out, _ = run(capsys, str(BILLING), str(without_expiry), "--no-client-api", "--reach")
    assert f"\n             {OPERATION}" in out


def test_make_spec_diff_names_the_tools_exit_code(without_expiry: Path) -> None:
    """make turns any failing recipe into its own 2; the recipe's last line keeps the tool's code. A plain
    run fails on wire ERR; `FAIL_ON=` fails on nothing."""
    tools = f"BIN={Path(sys.executable).parent}"  # this interpreter, wherever the tree is (no .venv needed)
    make = ["make", "-s", "--no-print-directory", "TOOLS=", tools, "spec-diff", f"BASE={BILLING}", "CLIENT_API=no"]
    cases = [
        ([f"REVISION={without_expiry}"], 2, "cekura-spec-diff exited 1 (changes at or above"),
        ([f"REVISION={without_expiry}.missing"], 2, "cekura-spec-diff exited 2 (bad input or internal error"),
        ([f"REVISION={without_expiry}", "FAIL_ON="], 0, ""),
    ]
    for extra, code, message in cases:
        done = subprocess.run([*make, *extra], cwd=ROOT, capture_output=True, text=True, check=False)
        assert (done.returncode, message in done.stderr) == (code, True), done.stderr


def test_make_spec_diff_reads_the_ignore_file_and_fails_on_wire_err_by_default() -> None:
    make = ["make", "-n", "--no-print-directory", "TOOLS=", "spec-diff", "BASE=main"]
    command = subprocess.run(make, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert '--fail-on ERR --ignore "spec-diff-ignore.yaml"' in command


def test_a_ref_to_nowhere_is_a_finding_not_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "dangling_refs"
    sides = [str(fixtures / "base.yaml"), str(fixtures / "revision.yaml"), "--no-overlay", "--no-client-api"]
    code, out, err = run(capsys, *sides, "--format", "json", "--fail-on", "ERR")
    assert (code, err) == (EXIT_BREAKING, "")
    found = {(c["id"], c["wire"], c["where"], c["field"]) for c in json.loads(out)["changes"]}
    assert ("response-ref-unresolved", "ERR", "GET /results/", "response 200 application/json") in found


def surface_pair(tmp_path: Path) -> tuple[Path, Path]:
    """An internal-only operation whose answer changes, and a public one that becomes internal-only."""

    def document(internal_fields: list[str], moved_security: str) -> dict[str, object]:
        def get(security: str, fields: list[str]) -> dict[str, object]:
            schema = {"type": "object", "properties": {name: {"type": "string"} for name in fields}}
            content = {"application/json": {"schema": {**schema, "required": fields}}}
            return {"security": [{security: []}], "responses": {"200": {"description": "ok", "content": content}}}

        schemes = {"api_key": {"type": "apiKey", "in": "header", "name": "X-CEKURA-API-KEY"}}
        schemes["session"] = {"type": "apiKey", "in": "cookie", "name": "session"}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/internal/": {"get": get("session", internal_fields)},
                "/moved/": {"get": get(moved_security, ["id"])},
            },
            "components": {"securitySchemes": schemes},
        }

    paths = tmp_path / "base.yaml", tmp_path / "revision.yaml"
    for path, spec in zip(paths, (document(["id", "name"], "api_key"), document(["id"], "session")), strict=True):
        path.write_text(yaml.safe_dump(spec))
    return paths


def test_operations_outside_the_clients_surface_are_compared_only_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An operation leaving the surface is a surface change and nothing else: its move to internal
    credentials is the document's change, not the server's, so no security ERR; --whole-document still
    compares it as an operation of the document."""
    base, revision = surface_pair(tmp_path)
    options = ("--format", "json", "--no-client-api", "--no-overlay")
    _, out, err = run(capsys, str(base), str(revision), *options)
    assert [(c["id"], c["wire"], c["where"]) for c in json.loads(out)["changes"]] == [
        ("api-operation-left-surface", "NONE", "GET /moved/"),
    ]
    assert "revision.yaml: 2 operations outside the client's surface" in err
    _, out, _ = run(capsys, str(base), str(revision), *options, "--whole-document")
    assert {(c["id"], c["where"]) for c in json.loads(out)["changes"]} >= {
        ("api-security-changed", "GET /moved/"),
        ("response-required-property-removed", "GET /internal/"),
    }
