"""`make template-deltas`: each template override's difference from the stock template it overrides, written
to build/template_deltas/ for review.

Every file in templates/ is one of three kinds (docs/templates.md says why each exists):
- a fork, whose first line is `{# Forks openapi-python-client <version> templates/<name> sha256:<hex>: why #}`:
  stock's template with its structure and lines kept and at most FORK_BUDGET changed lines (the unified diff's
  added plus removed lines); what is new lives in our partials;
- a replacement, first line `{# Replaces openapi-python-client <version> templates/<name> sha256:<hex>: why #}`:
  a template written anew, at most REPLACEMENT_BUDGET lines, so it reads at a glance;
- one of our partials, under templates/ours/ (no stock template has its name).

The sha256 is that of the stock template the override was merged against. The deltas are not checked in:
tests/generator/test_template_overrides.py compares each recorded hash with the installed generator's
template, so a test fails only when upstream changed a template we override (an upgrade to merge), never
when our own template changes. To merge one: run this, read its diff (with our changes within budget, any
other line is upstream's), carry the change over, then record the installed hash the test names."""

import difflib
import hashlib
import re
import shutil
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import openapi_python_client

from tooling.project import BUILD, TEMPLATES

STOCK = Path(openapi_python_client.__file__).parent / "templates"
DELTAS = BUILD / "template_deltas"
PARTIALS = "ours/"
INSTALLED = version("openapi-python-client")
FORK_BUDGET = 60
REPLACEMENT_BUDGET = 40
_HEADER = re.compile(
    r"\{# (?P<kind>Forks|Replaces) openapi-python-client (?P<version>\S+) "
    r"templates/(?P<name>\S+) sha256:(?P<sha>[0-9a-f]{64})[:\s]"
)


@dataclass(frozen=True)
class Override:
    """A template in templates/ that takes the place of a stock template of the same name."""

    name: str
    kind: str  # "Forks" or "Replaces"
    recorded: str  # the sha256 of the stock template it was merged against

    @property
    def installed(self) -> str:
        """The sha256 of the installed generator's template of this name."""
        return sha256(STOCK / self.name)

    def delta(self) -> str:
        """The unified diff from the installed stock template to ours."""
        stock = (STOCK / self.name).read_text(encoding="utf-8").splitlines(keepends=True)
        ours = (TEMPLATES / self.name).read_text(encoding="utf-8").splitlines(keepends=True)
        return "".join(difflib.unified_diff(stock, ours, f"stock/{self.name}", f"ours/{self.name}"))

    def changed_lines(self) -> int:
        """The delta's added plus removed lines."""
        lines = self.delta().splitlines()[2:]  # past the ---/+++ file names
        return sum(1 for line in lines if line[:1] in "+-")

    def length(self) -> int:
        return len((TEMPLATES / self.name).read_text(encoding="utf-8").splitlines())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def templates() -> list[str]:
    """Every template in templates/, by its path there."""
    return sorted(path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*") if path.is_file())


def partials() -> list[str]:
    return [name for name in templates() if name.startswith(PARTIALS)]


def override(name: str) -> Override:
    """templates/<name> as an override; ValueError naming the header it needs if its first line is none."""
    match = _HEADER.match((TEMPLATES / name).read_text(encoding="utf-8"))
    if match is None or match["name"] != name:
        raise ValueError(
            f"templates/{name} must start with '{{# Forks (or Replaces) openapi-python-client {INSTALLED} "
            f"templates/{name} sha256:<the stock template's sha256>: why'; a partial of ours goes under "
            f"templates/{PARTIALS}"
        )
    return Override(name, match["kind"], match["sha"])


def overrides() -> list[Override]:
    return [override(name) for name in templates() if not name.startswith(PARTIALS)]


def main() -> int:
    shutil.rmtree(DELTAS, ignore_errors=True)
    DELTAS.mkdir(parents=True)
    unmarked = 0
    for name in templates():
        if name.startswith(PARTIALS):
            continue
        try:
            item = override(name)
        except ValueError as error:
            print(error, file=sys.stderr)
            unmarked += 1
            continue
        (DELTAS / f"{item.name.replace('/', '__')}.diff").write_text(item.delta(), encoding="utf-8")
        stale = "" if item.installed == item.recorded else "  (stock changed since the merge: re-merge)"
        size = f"{item.changed_lines()} changed lines" if item.kind == "Forks" else f"{item.length()} lines"
        print(f"{item.kind.lower():8} {item.name:50} {size}{stale}")
    print(f"diffs against openapi-python-client {INSTALLED} in {DELTAS}")
    return 1 if unmarked else 0


if __name__ == "__main__":
    sys.exit(main())
