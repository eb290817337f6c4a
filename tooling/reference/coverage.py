"""docs/coverage.md's table: how many operations the surface rule keeps and why it leaves the others out,
then the public operations by tag and by the credentials they accept, computed from the vendored document.
`make update-spec` refreshes it, as does `python -m tooling.reference.coverage --write`; a test fails when it
is stale."""

import argparse
import re
import sys
from collections import Counter, defaultdict
from typing import Any

from tooling.pipeline import surface
from tooling.pipeline.facts import METHODS, accepted_schemes
from tooling.pipeline.resolve import resolve
from tooling.project import ROOT

PAGE = ROOT / "docs" / "coverage.md"
_BLOCK = re.compile(r"(<!-- coverage:start -->\n).*?(<!-- coverage:end -->)", re.DOTALL)
COLUMNS = {"api_key + oauth2": "key or token", "api_key": "key only", "oauth2": "token only"}


def table(document: dict[str, Any]) -> str:
    """The summary line and the table by tag, as markdown."""
    rule = surface.Rule.load()
    kept = surface.apply(document, rule)
    public = kept.document
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in public["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                accepted = accepted_schemes(operation, public.get("security", [])) & rule.customer_credentials
                counts[(operation.get("tags") or ["default"])[0]][" + ".join(sorted(accepted))] += 1
    rows = sorted(counts.items(), key=lambda row: (-sum(row[1].values()), row[0]))
    total: Counter[str] = sum((count for _, count in rows), Counter())
    lines = [
        _summary(kept),
        "",
        "| tag | operations | " + " | ".join(COLUMNS.values()) + " |",
        "|---|---:|" + "---:|" * len(COLUMNS),
    ]
    for tag, count in [*rows, ("**all**", total)]:
        lines.append(f"| {tag} | {sum(count.values())} | " + " | ".join(str(count[key]) for key in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def _summary(kept: surface.Surface) -> str:
    # "internal credentials only (lambda, session)" and "no security: ..." counted by their kind
    kinds = Counter(reason.split(" (")[0].split(":")[0] for reason in kept.left_out.values())
    total = kept.kept + len(kept.left_out)
    left_out = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
    return f"{kept.kept} of the document's {total} operations are public" + (
        f"; left out: {left_out}." if kinds else "."
    )


def current() -> str:
    found = _BLOCK.search(PAGE.read_text(encoding="utf-8"))
    return found.group(0).split("\n", 1)[1].rsplit("<!--", 1)[0] if found else ""


def write(document: dict[str, Any]) -> str:
    """Replace docs/coverage.md's table with `document`'s; returns the table."""
    fresh = table(document)
    text = PAGE.read_text(encoding="utf-8")
    PAGE.write_text(_BLOCK.sub(lambda match: match.group(1) + fresh + match.group(2), text), encoding="utf-8")
    return fresh


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="replace the table in docs/coverage.md")
    args = parser.parse_args(argv)
    document = resolve().document
    print(write(document) if args.write else table(document), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
