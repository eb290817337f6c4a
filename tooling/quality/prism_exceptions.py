"""tests/e2e/prism-exceptions.yaml: the Prism sweep's outcomes that are upstream defects, with their reasons.

The list is derived from the document the sweep ran on, plus a person's reason: `make update-spec` runs the
sweep with UPDATE_PRISM_EXCEPTIONS=1, which rewrites each section from what the sweep found (a listed entry
that no longer fails is dropped, a new upstream defect is added with the sweep's detail marked for review,
an existing reason is kept). Without it the sweep only reads the list, and fails on a defect it does not hold.
"""

import json
import os
from collections.abc import Mapping
from pathlib import Path

import yaml

from tooling import project

EXCEPTIONS = project.ROOT / "tests" / "e2e" / "prism-exceptions.yaml"
UPDATE = "UPDATE_PRISM_EXCEPTIONS"
REVIEW = "TO REVIEW (written by make update-spec): "

Entries = dict[str, dict[str, str]]


def updating() -> bool:
    """Whether this run rewrites the list (make update-spec) instead of only checking against it."""
    return os.environ.get(UPDATE) == "1"


def listed(section: str, path: Path = EXCEPTIONS) -> Entries:
    """Key -> {kind, reason} of one section."""
    entries: Entries = yaml.safe_load(path.read_text(encoding="utf-8"))[section] or {}
    return entries


def rewritten(known: Entries, failures: Mapping[str, tuple[str, str]]) -> Entries:
    """The section for `failures` (key -> (kind, detail)): known reasons kept where the kind is the same,
    a new failure's detail marked for review."""
    entries = {key: entry for key, entry in known.items() if failures.get(key, ("", ""))[0] == entry["kind"]}
    for key, (kind, detail) in sorted(failures.items()):
        entries.setdefault(key, {"kind": kind, "reason": REVIEW + detail})
    return entries


def write(section: str, entries: Entries, path: Path = EXCEPTIONS) -> None:
    """Replace one section, the file's header, other sections and style kept (so a review sees only changes)."""
    text = path.read_text(encoding="utf-8")
    header = text[: text.index("\nstatic:") + 1]
    sections = yaml.safe_load(text) | {section: entries}
    path.write_text(header + "".join(_section(name, value) for name, value in sections.items()), encoding="utf-8")


def _section(name: str, entries: Entries) -> str:
    if not entries:
        return f"{name}: {{}}\n"
    lines = [f"{name}:"]
    for key, entry in entries.items():
        lines += [f"  {_quoted(key)}:", f"    kind: {entry['kind']}", f"    reason: {_quoted(entry['reason'])}"]
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)
