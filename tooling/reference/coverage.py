"""The README's coverage table: the public operations by tag and by the credentials they accept, computed
from the vendored document and the surface rule. `make update-spec` refreshes it, as does
`python -m tooling.reference.coverage --write`; a test fails when it is stale."""

import argparse
import re
import sys
from collections import Counter, defaultdict
from typing import Any

from tooling.pipeline import surface
from tooling.pipeline.facts import METHODS, accepted_schemes
from tooling.pipeline.resolve import resolve
from tooling.project import ROOT

README = ROOT / "README.md"
_BLOCK = re.compile(r"(<!-- coverage:start -->\n).*?(<!-- coverage:end -->)", re.DOTALL)
COLUMNS = {"api_key + oauth2": "key or token", "api_key": "key only", "oauth2": "token only"}


def table(document: dict[str, Any]) -> str:
    rule = surface.Rule.load()
    public = surface.apply(document, rule).document
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in public["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                accepted = accepted_schemes(operation, public.get("security", [])) & rule.customer_credentials
                counts[(operation.get("tags") or ["default"])[0]][" + ".join(sorted(accepted))] += 1
    rows = sorted(counts.items(), key=lambda row: (-sum(row[1].values()), row[0]))
    total: Counter[str] = sum((count for _, count in rows), Counter())
    lines = ["| tag | operations | " + " | ".join(COLUMNS.values()) + " |", "|---|---:|" + "---:|" * len(COLUMNS)]
    for tag, count in [*rows, ("**all**", total)]:
        lines.append(f"| {tag} | {sum(count.values())} | " + " | ".join(str(count[key]) for key in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def current() -> str:
    found = _BLOCK.search(README.read_text(encoding="utf-8"))
    return found.group(0).split("\n", 1)[1].rsplit("<!--", 1)[0] if found else ""


def write(document: dict[str, Any]) -> str:
    """Replace README.md's table with `document`'s; returns the table."""
    fresh = table(document)
    text = README.read_text(encoding="utf-8")
    README.write_text(_BLOCK.sub(lambda match: match.group(1) + fresh + match.group(2), text), encoding="utf-8")
    return fresh


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="replace the table in README.md")
    args = parser.parse_args(argv)
    document = resolve().document
    print(write(document) if args.write else table(document), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
