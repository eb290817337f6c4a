"""The ignore file: validated (exit 2 naming the entry), accepted changes shown with their reasons in every
format, stale entries reported (never a failure), and the documented examples matching what they say."""

import json
from pathlib import Path

import pytest
import yaml

from tooling.pipeline import documents
from tooling.project import ROOT
from tooling.specdiff import ignore
from tooling.specdiff.changes import Change, Level
from tooling.specdiff.cli import EXIT_BAD_INPUT, EXIT_BREAKING, EXIT_OK, main

BILLING = ROOT / "tests" / "fixtures" / "billing.yaml"
COMPONENT = "components.schemas.BillingInfo"
EXPIRY = {"id": "response-required-property-removed", "where": COMPONENT, "field": "balance_expiry"}


@pytest.fixture
def changed(tmp_path: Path) -> Path:
    """The billing fixture without balance_expiry (a required response property) and its 404 response."""
    spec = documents.load(BILLING)
    billing = spec["components"]["schemas"]["BillingInfo"]
    del billing["properties"]["balance_expiry"]
    billing.pop("required")
    del spec["paths"]["/test_framework/billing/info/"]["get"]["responses"]["404"]
    path = tmp_path / "revision.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True))
    return path


def diff(capsys: pytest.CaptureFixture[str], revision: Path, entries: object, *options: str) -> tuple[int, str, str]:
    accepted = revision.parent / "accepted.yaml"
    accepted.write_text(yaml.safe_dump(entries))
    code = main([str(BILLING), str(revision), "--no-client-api", "--ignore", str(accepted), *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({**EXPIRY, "id": "response-property-gone", "reason": "r"}, "unknown check id 'response-property-gone'"),
        ({**EXPIRY}, "needs `reason`"),
        ({**EXPIRY, "reason": "r", "feild": "x"}, "unknown key `feild`"),
        ({**EXPIRY, "reason": ""}, "each value must be non-empty text"),
        ({**EXPIRY, "reason": 2}, "each value must be non-empty text"),
        ("response-required-property-removed", "expected a mapping"),
    ],
)
def test_a_wrong_entry_is_exit_2_naming_it(
    capsys: pytest.CaptureFixture[str], changed: Path, entry: object, message: str
) -> None:
    code, out, err = diff(capsys, changed, [{**EXPIRY, "reason": "fine"}, entry], "--fail-on", "ERR")
    assert (code, out) == (EXIT_BAD_INPUT, "")
    named = f"accepted.yaml: entry 2 ({entry['id']!r} at {COMPONENT!r}): " if isinstance(entry, dict) else ""
    assert f"{named or 'accepted.yaml: entry 2: '}{message}" in err


def test_an_entry_without_an_id_is_named_by_its_number(capsys: pytest.CaptureFixture[str], changed: Path) -> None:
    _, _, err = diff(capsys, changed, [{"where": COMPONENT, "reason": "r", "oops": 1}])
    assert "accepted.yaml: entry 1: needs `id`; unknown key `oops`\n" in err


@pytest.mark.parametrize(("content", "message"), [(None, "cannot read"), ("{id: x}", "expected a list of entries")])
def test_an_unreadable_or_wrong_ignore_file_is_exit_2(
    capsys: pytest.CaptureFixture[str], changed: Path, content: str | None, message: str
) -> None:
    accepted = changed.parent / "accepted.yaml"
    if content is not None:
        accepted.write_text(content)
    assert main([str(BILLING), str(changed), "--no-client-api", "--ignore", str(accepted)]) == EXIT_BAD_INPUT
    assert f"error: {accepted}: {message}" in capsys.readouterr().err


def test_accepted_changes_and_stale_entries_are_in_every_format(
    capsys: pytest.CaptureFixture[str], changed: Path
) -> None:
    stale = {"id": "api-operation-removed", "where": "GET /gone/", "reason": "merged long ago"}
    entries = [{**EXPIRY, "reason": "announced in 2.0"}, stale]
    code, out, _ = diff(capsys, changed, entries, "--format", "json", "--fail-on", "ERR")
    report = json.loads(out)
    assert code == EXIT_OK  # the removed 404 is wire INFO; the stale entry fails nothing
    assert [(c["id"], c["where"], c["reason"]) for c in report["accepted"]] == [
        ("response-required-property-removed", COMPONENT, "announced in 2.0")
    ]
    assert report["stale_ignore_entries"] == [{**stale, "field": None}]
    assert "response-required-property-removed" not in report["checks"]
    _, text, _ = diff(capsys, changed, entries)
    assert "accepted (1, by the ignore file):" in text
    assert f"  {COMPONENT} [balance_expiry] response-required-property-removed: announced in 2.0" in text
    assert "stale ignore entries (1, matching nothing" in text
    assert "  api-operation-removed GET /gone/: merged long ago" in text
    _, markdown, _ = diff(capsys, changed, entries, "--format", "markdown")
    assert "> **Accepted** by the ignore file: 1" in markdown
    assert "> **Stale ignore entries** (matching nothing; drop them once merged): 1" in markdown
    assert "> - api-operation-removed GET /gone/: merged long ago" in markdown


def test_an_entry_matches_its_field_only_and_client_entries_wait_for_the_client_api() -> None:
    change = Change(COMPONENT, "balance_expiry", "response-required-property-removed", Level.ERR, "removed")
    other_field = ignore.Accepted(change.id, COMPONENT, "credits", "r")
    client = ignore.Accepted("client-object-removed", "cekura_api_client.models.X", None, "r")
    ledger = ignore.Ledger([other_field, client])
    assert ledger.keep([change]) == [change]
    assert ledger.stale(client_compared=False) == [other_field]
    assert ledger.stale(client_compared=True) == [other_field, client]
    assert other_field.describe() == f"response-required-property-removed {COMPONENT} [credits]"


def test_without_its_entry_the_change_fails(capsys: pytest.CaptureFixture[str], changed: Path) -> None:
    assert diff(capsys, changed, [], "--fail-on", "ERR")[0] == EXIT_BREAKING


def commented_examples(text: str) -> list[dict[str, str]]:
    """The YAML entries a comment (or a docstring) shows, as a list."""
    lines = [line.removeprefix("# ").removeprefix("#") for line in text.splitlines()]
    start = next(number for number, line in enumerate(lines) if line.startswith("- id:"))
    entry_lines = range(start, len(lines))
    end = next((n for n in entry_lines if not lines[n].startswith(("- ", "  "))), len(lines))
    entries = yaml.safe_load("\n".join(lines[start:end]))
    assert isinstance(entries, list)
    return entries


@pytest.mark.parametrize(
    "documented",
    [(ROOT / "spec-diff-ignore.yaml").read_text(encoding="utf-8"), ignore.__doc__ or ""],
    ids=["spec-diff-ignore.yaml", "ignore.py"],
)
def test_the_documented_examples_accept_what_they_say(
    capsys: pytest.CaptureFixture[str], changed: Path, documented: str
) -> None:
    examples = commented_examples(documented)
    _, out, _ = diff(capsys, changed, examples, "--format", "json")
    report = json.loads(out)
    assert report["stale_ignore_entries"] == []
    assert sorted((c["id"], c["where"], c["field"]) for c in report["accepted"]) == sorted(
        (entry["id"], entry["where"], entry["field"]) for entry in examples
    )


def test_the_ignore_file_is_valid() -> None:
    assert ignore.load(ROOT / "spec-diff-ignore.yaml") == []
