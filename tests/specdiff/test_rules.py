"""Each rule family: a small base/revision pair under fixtures/, and every change it must produce, as
[check id, wire level, source level, where, field, text] plus, for a change inside a component schema,
the operations that reach it."""

from pathlib import Path
from typing import Any

import pytest

from tooling.pipeline import documents, surface
from tooling.specdiff.changes import Change
from tooling.specdiff.checks import CHECKS
from tooling.specdiff.operations import diff_specs

FIXTURES = Path(__file__).parent / "fixtures"
FAMILIES = sorted(folder.name for folder in FIXTURES.iterdir() if folder.is_dir())


def diff_family(family: str) -> list[Change]:
    """With the client's surface rule, as the CLI compares (it applies only where the document defines a
    customer credential)."""
    folder = FIXTURES / family
    base, revision = documents.load(folder / "base.yaml"), documents.load(folder / "revision.yaml")
    return diff_specs(base, revision, surface.Rule.load())


def row(change: Change) -> list[Any]:
    found = [change.id, change.level.name, change.source.name, change.where, change.field, change.text]
    return [*found, list(change.reached_by)] if change.reached_by else found


@pytest.mark.parametrize("family", FAMILIES)
def test_rule_family(family: str) -> None:
    expected = documents.parse((FIXTURES / family / "expected.yaml").read_text(encoding="utf-8"), family)
    assert [row(change) for change in diff_family(family)] == expected


def test_every_family_has_a_fixture_pair() -> None:
    for family in FAMILIES:
        assert {path.name for path in (FIXTURES / family).iterdir()} == {"base.yaml", "revision.yaml", "expected.yaml"}


def test_every_spec_check_is_produced_by_a_fixture_pair() -> None:
    produced = {change.id for family in FAMILIES for change in diff_family(family)}
    spec_checks = {check for check in CHECKS if not check.startswith("client-")}
    assert sorted(spec_checks - produced) == []
    assert sorted(produced - spec_checks) == []


def test_without_a_surface_rule_every_operation_is_compared() -> None:
    """--whole-document: no surface changes, and an operation outside both surfaces is compared too."""
    folder = FIXTURES / "surface"
    changes = diff_specs(documents.load(folder / "base.yaml"), documents.load(folder / "revision.yaml"))
    assert not {change.id for change in changes} & {"api-operation-left-surface", "api-operation-entered-surface"}
    assert ("response-status-removed", "GET /hidden/") in {(change.id, change.where) for change in changes}
