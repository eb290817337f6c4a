"""The rule-by-rule table against oasdiff (docs/spec-diff-rules.md): complete, pointing at real checks, its
"not applicable" backed by the vendored document, and written from its data."""

from pathlib import Path

import pytest

from tooling.pipeline import documents
from tooling.project import SPEC
from tooling.specdiff import constructs, oasdiff_rules
from tooling.specdiff.checks import CHECKS
from tooling.specdiff.oasdiff_rules import Rule

MAPPING = oasdiff_rules.mapping()


def test_the_mapping_covers_every_err_and_warn_rule_and_no_other() -> None:
    tabled = [rule.id for rule in oasdiff_rules.rules() if rule.level in ("ERR", "WARN")]
    assert len(tabled) == 243
    assert sorted(MAPPING["rules"]) == sorted(tabled)


def test_every_rule_maps_to_a_check_a_reason_or_missing() -> None:
    used = set()
    for rule, covered_by in MAPPING["rules"].items():
        if covered_by.startswith("n/a "):
            used.add(covered_by.removeprefix("n/a "))
        elif not covered_by.startswith("missing"):
            assert covered_by in CHECKS, rule
    assert used == set(MAPPING["reasons"])


@pytest.fixture(scope="module")
def vendored() -> dict[str, int]:
    return constructs.census(documents.load(SPEC))


@pytest.mark.parametrize("reason", sorted(MAPPING["reasons"]))
def test_a_rule_not_applicable_needs_a_construct_the_vendored_document_lacks(
    reason: str, vendored: dict[str, int]
) -> None:
    absent = MAPPING["reasons"][reason]["absent"]
    assert absent
    for construct in absent:
        assert constructs.known(construct), construct
        assert construct not in vendored


def test_the_census_finds_what_the_vendored_document_uses(vendored: dict[str, int]) -> None:
    """The constructs behind the rules implemented for this table (contentEncoding, parameter defaults,
    readOnly and writeOnly) are counted where they are."""
    assert vendored["contentEncoding"] == 2
    assert vendored["parameter default"] == 6
    assert vendored["readOnly"] > 0 and vendored["writeOnly"] > 0


def test_the_table_is_written_from_its_data() -> None:
    assert oasdiff_rules.DOC.read_text(encoding="utf-8") == oasdiff_rules.render()


def test_counts_per_level_and_status() -> None:
    tabled = [Rule("a", "ERR", ""), Rule("b", "ERR", ""), Rule("c", "WARN", ""), Rule("d", "ERR", "")]
    covers = {"a": "api-operation-removed", "b": "n/a sunset", "c": "missing: why", "d": "missing"}
    tally = oasdiff_rules.counts(tabled, covers)
    assert tally["ERR"] == {"implemented": 1, "not applicable": 1, "missing": 1}
    assert tally["WARN"] == {"missing": 1}


def test_the_rendered_table_has_the_counts_and_each_rule() -> None:
    text = oasdiff_rules.render()
    tally = oasdiff_rules.counts(
        [rule for rule in oasdiff_rules.rules() if rule.level in ("ERR", "WARN")], MAPPING["rules"]
    )
    err = tally["ERR"]
    assert f"| ERR | {err['implemented']} | {err['not applicable']} | {err['missing']} | 213 |" in text
    assert "| `request-parameter-default-value-changed` | ERR | " in text
    assert "| `request-parameter-default-changed` (an omitted argument sends another value) |" in text
    assert "| not applicable: sunset |" in text
    assert "| **missing: allOf occurs only" in text
    assert "| `readOnly` | 772 | 981 |" in text


CHECKER_RULES = """
func GetAllRules() BackwardCompatibilityRules {
	return BackwardCompatibilityRules{
		newBackwardCompatibilityRule(EndpointAddedId, INFO, APIAddedCheck, DirectionNone, AreaPaths),
		newBackwardCompatibilityRule(RequestBodyRemovedId,
			ERR, RequestBodyRemovedCheck, DirectionRequest, AreaSchema),
	}
}
"""


LONG = "endpoint added and described at length so that its pinned line is longer than eighty characters"


def test_pin_reads_rules_go_its_ids_and_descriptions(tmp_path: Path) -> None:
    checker = tmp_path / "checker"
    (checker / "localizations_src" / "en").mkdir(parents=True)
    (checker / "rules.go").write_text(CHECKER_RULES)
    (checker / "check_a.go").write_text('const (\n\tEndpointAddedId   = "endpoint-added"\n)\n')
    (checker / "check_b.go").write_text('const RequestBodyRemovedId = "request-body-removed"\n')
    (checker / "localizations_src" / "en" / "messages.yaml").write_text(
        f"endpoint-added-description: {LONG}\nendpoint-added: added the endpoint\n"
    )
    assert oasdiff_rules.pin(checker, "c0ffee") == (
        "# oasdiff's rule catalogue (checker/rules.go) at github.com/oasdiff/oasdiff@c0ffee; see oasdiff_rules.py.\n"
        "commit: c0ffee\n"
        "rules:\n"
        f"- [endpoint-added, INFO, {LONG}]\n"
        "- [request-body-removed, ERR, '']\n"
    )


def test_main_pins_renders_and_explains(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(oasdiff_rules, "DOC", tmp_path / "rules.md")
    oasdiff_rules.main(["render"])
    assert (tmp_path / "rules.md").read_text(encoding="utf-8") == oasdiff_rules.render()
    monkeypatch.setattr(oasdiff_rules, "RULES", tmp_path / "rules.yaml")
    monkeypatch.setattr(oasdiff_rules, "pin", lambda checker, commit: f"{checker} {commit}")
    oasdiff_rules.main(["pin", "dir", "abc"])
    assert (tmp_path / "rules.yaml").read_text(encoding="utf-8") == "dir abc"
    for wrong in ([], ["pin", "dir"], ["render", "x"], ["other"]):
        with pytest.raises(SystemExit, match=r"python -m tooling\.specdiff\.oasdiff_rules pin"):
            oasdiff_rules.main(wrong)
