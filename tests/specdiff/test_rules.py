"""Each rule family: a small base/revision pair under fixtures/, and the check ids and levels expected."""

from pathlib import Path

import pytest

from tooling import documents
from tooling.specdiff.operations import diff_specs

FIXTURES = Path(__file__).parent / "fixtures"
FAMILIES = sorted(folder.name for folder in FIXTURES.iterdir() if folder.is_dir())


@pytest.mark.parametrize("family", FAMILIES)
def test_rule_family(family: str) -> None:
    folder = FIXTURES / family
    changes = diff_specs(documents.load(folder / "base.yaml"), documents.load(folder / "revision.yaml"))
    found = sorted((change.id, change.level.name, change.where, change.field) for change in changes)
    expected = sorted(tuple(row) for row in documents.parse((folder / "expected.yaml").read_text(), family))
    assert found == expected


def test_every_family_has_a_fixture_pair() -> None:
    assert len(FAMILIES) >= 7
    for family in FAMILIES:
        assert {path.name for path in (FIXTURES / family).iterdir()} == {"base.yaml", "revision.yaml", "expected.yaml"}
