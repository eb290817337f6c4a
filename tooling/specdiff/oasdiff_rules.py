"""oasdiff's rules, rule by rule, against this spec diff's checks: docs/spec-diff-rules.md.

Three data files beside this module: oasdiff-rules.yaml (oasdiff's catalogue at a pinned commit, written by
`pin`), oasdiff-mapping.yaml (by hand: how each ERR and WARN rule is covered) and oasdiff-census.yaml (the
recorded output of `python -m tooling.specdiff.constructs` over the documents named there).

    python -m tooling.specdiff.oasdiff_rules pin CHECKER_DIR COMMIT   # refresh oasdiff-rules.yaml
    python -m tooling.specdiff.oasdiff_rules render                   # write docs/spec-diff-rules.md

CHECKER_DIR is oasdiff's checker/ at COMMIT (`git archive COMMIT checker | tar -x`).
"""

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tooling.project import ROOT
from tooling.specdiff.checks import CHECKS

HERE = Path(__file__).parent
RULES, MAPPING, CENSUS = HERE / "oasdiff-rules.yaml", HERE / "oasdiff-mapping.yaml", HERE / "oasdiff-census.yaml"
DOC = ROOT / "docs" / "spec-diff-rules.md"
TABLED = ("ERR", "WARN")
"""The levels the table covers; oasdiff's INFO rules report what breaks nothing."""
STATUSES = ("implemented", "not applicable", "missing")


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    description: str


def pin(checker: Path, commit: str) -> str:
    """oasdiff-rules.yaml's text: every rule registered in checker/rules.go, its default level and the
    description of its English messages, in rules.go's order."""
    names: dict[str, str] = {}
    for source in sorted(checker.glob("*.go")):
        names.update(re.findall(r'\b(\w+Id)\s*=\s*"([^"]+)"', source.read_text(encoding="utf-8")))
    registered = re.findall(r"newBackwardCompatibilityRule\((\w+),\s*(\w+),", (checker / "rules.go").read_text())
    messages = yaml.safe_load((checker / "localizations_src" / "en" / "messages.yaml").read_text(encoding="utf-8"))
    rules = [[names[name], level, messages.get(f"{names[name]}-description", "")] for name, level in registered]
    header = (
        f"# oasdiff's rule catalogue (checker/rules.go) at github.com/oasdiff/oasdiff@{commit}; see oasdiff_rules.py.\n"
    )
    return header + yaml.safe_dump(
        {"commit": commit, "rules": rules}, sort_keys=False, width=200, default_flow_style=None
    )


def rules() -> list[Rule]:
    """The pinned catalogue."""
    return [Rule(*each) for each in _data(RULES)["rules"]]


def commit() -> str:
    return str(_data(RULES)["commit"])


def mapping() -> dict[str, Any]:
    """oasdiff-mapping.yaml: `reasons` (why a rule cannot apply: the constructs it needs, absent from the
    document) and `rules` (rule id -> a check id, `n/a <reason>`, or `missing` with why)."""
    return _data(MAPPING)


def _data(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def status(covered_by: str) -> str:
    if covered_by.startswith("missing"):
        return "missing"
    return "not applicable" if covered_by.startswith("n/a ") else "implemented"


def counts(tabled: list[Rule], covers: dict[str, str]) -> dict[str, Counter[str]]:
    """Per level: how many rules are implemented, not applicable, missing."""
    found: dict[str, Counter[str]] = {level: Counter() for level in TABLED}
    for rule in tabled:
        found[rule.level][status(covers[rule.id])] += 1
    return found


def render() -> str:
    """docs/spec-diff-rules.md."""
    every, mapped = rules(), mapping()
    tabled = [rule for rule in every if rule.level in TABLED]
    covers, reasons = mapped["rules"], mapped["reasons"]
    tally = counts(tabled, covers)
    lines = [
        "# oasdiff's rules, rule by rule",
        "",
        f"oasdiff ([`checker/rules.go` at {commit()[:12]}](https://github.com/oasdiff/oasdiff/blob/{commit()}/"
        f"checker/rules.go)) has {len(every)} rules: {_levels(every)}. Each ERR and WARN rule is covered by "
        "one of our checks (its wire level may differ: ours judges a client generated from the old document, "
        "see [spec-diff.md](spec-diff.md)), cannot apply (it needs a construct Cekura's document does not "
        "use; `tests/specdiff/test_oasdiff_rules.py` proves it absent from `openapi.yaml`), or is missing.",
        "",
        "Written by `python -m tooling.specdiff.oasdiff_rules render` from `tooling/specdiff/oasdiff-*.yaml`; "
        "do not edit.",
        "",
        "| level | " + " | ".join(STATUSES) + " | total |",
        "|---|" + "---:|" * (len(STATUSES) + 1),
        *(
            f"| {level} | " + " | ".join(str(tally[level][each]) for each in STATUSES) + f" | {tally[level].total()} |"
            for level in TABLED
        ),
        "",
        "## Why a rule cannot apply",
        "",
        "| reason | constructs absent from the document | why |",
        "|---|---|---|",
        *(f"| {name} | {', '.join(f'`{c}`' for c in why['absent'])} | {why['why']} |" for name, why in reasons.items()),
        "",
        *_census(),
        "",
        "## The rules",
        "",
        "| oasdiff rule | level | what it reports | ours |",
        "|---|---|---|---|",
        *(f"| `{rule.id}` | {rule.level} | {rule.description} | {_ours(covers[rule.id])} |" for rule in tabled),
    ]
    return "\n".join(lines) + "\n"


def _levels(every: list[Rule]) -> str:
    tally = Counter(rule.level for rule in every)
    return ", ".join(f"{tally[level]} {level}" for level in ("ERR", "WARN", "INFO"))


def _ours(covered_by: str) -> str:
    if covered_by.startswith("missing"):
        return f"**{covered_by}**"
    if covered_by.startswith("n/a "):
        return f"not applicable: {covered_by.removeprefix('n/a ')}"
    return f"`{covered_by}` ({CHECKS[covered_by].about})"


def _census() -> list[str]:
    """The recorded census: which constructs each document uses, most used first."""
    census = _data(CENSUS)
    documents: dict[str, dict[str, int]] = census["documents"]
    constructs = sorted({name for counted in documents.values() for name in counted})
    constructs.sort(key=lambda name: -max(counted.get(name, 0) for counted in documents.values()))
    return [
        "## The constructs Cekura's documents use",
        "",
        census["about"].strip(),
        "",
        "| construct | " + " | ".join(documents) + " |",
        "|---|" + "---:|" * len(documents),
        *(
            f"| `{name}` | " + " | ".join(str(counted.get(name, 0)) for counted in documents.values()) + " |"
            for name in constructs
        ),
    ]


def main(argv: list[str]) -> None:
    if argv[:1] == ["pin"] and len(argv) == 3:
        RULES.write_text(pin(Path(argv[1]), argv[2]), encoding="utf-8")
    elif argv == ["render"]:
        DOC.write_text(render(), encoding="utf-8")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
