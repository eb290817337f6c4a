"""The report in three formats: text (coloured only on a TTY), markdown (PR comment, job summary), json.

Every format starts with the summary: counts per verdict and level, then per check. Changes follow in
four groups, worst first: what breaks deployed clients (wire ERR), what breaks code once the client is
regenerated (source ERR), warnings, information. A change inside a component schema is one line with
the number of operations that reach it (listed in markdown's collapsed sections, in json, and in text
with --reach). Markdown stays under a size cap (GitHub refuses comments over 65,536 characters): rows
past it are counted as "and N more".
"""

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from tooling.specdiff.changes import VERDICTS, Change, Level
from tooling.specdiff.ignore import Accepted

COLOURS = {Level.ERR: "\033[31m", Level.WARN: "\033[33m", Level.INFO: "\033[36m", Level.NONE: ""}
RESET = "\033[0m"
BADGES = {Level.ERR: "🔴 ERR", Level.WARN: "🟡 WARN", Level.INFO: "🔵 INFO", Level.NONE: "none"}
JSON_SCHEMA_VERSION = 2
JSON_NOTE = "the JSON report has every change: the `spec-diff.json` artifact in CI"
MARKDOWN_LIMIT = 60_000  # GitHub's limit is 65,536; the rest is room for the workflow's own lines
LISTED_OPERATIONS = 50  # per change, in markdown
ABOUT = {
    "wire": "a client generated from the old spec, already deployed",
    "source": "code written against the client, once it is regenerated",
}
GROUPS: list[tuple[str, Callable[[Change], bool]]] = [
    ("Breaks deployed clients (wire ERR)", lambda change: change.level == Level.ERR),
    ("Breaks code when the client is regenerated (source ERR)", lambda change: change.source == Level.ERR),
    ("Warnings", lambda change: max(change.level, change.source) == Level.WARN),
    ("Information", lambda change: True),
]


class Report:
    def __init__(
        self,
        base: str,
        revision: str,
        spec: list[Change],
        client: list[Change] | None,
        client_note: str = "",
        accepted: list[tuple[Change, Accepted]] | None = None,
        stale: list[Accepted] | None = None,
    ) -> None:
        self.base, self.revision = base, revision
        self.spec, self.client, self.client_note = spec, client, client_note
        self.accepted, self.stale = accepted or [], stale or []

    def ignore_lines(self) -> list[str]:
        """What the ignore file did, in every format: each accepted change with its reason, each stale entry."""
        lines = [f"accepted ({len(self.accepted)}, by the ignore file):"] if self.accepted else []
        lines += [f"  {_where(change)} {change.id}: {entry.reason}" for change, entry in self.accepted]
        if self.stale:
            lines.append(f"stale ignore entries ({len(self.stale)}, matching nothing: drop them once merged):")
            lines += [f"  {entry.describe()}: {entry.reason}" for entry in self.stale]
        return lines

    def all(self) -> list[Change]:
        return [*self.spec, *(self.client or [])]

    def counts(self, verdict: str) -> dict[str, int]:
        counted = Counter(change.verdict(verdict).name for change in self.all())
        return {level.name: counted[level.name] for level in sorted(Level, reverse=True) if level != Level.NONE}

    def checks(self) -> list[tuple[str, int, set[Level], Level]]:
        """(check id, count, its wire levels, its source level), the worst first."""
        by_check: dict[str, list[Change]] = {}
        for change in self.all():
            by_check.setdefault(change.id, []).append(change)
        rows = [(check, len(found), {c.level for c in found}, found[0].source) for check, found in by_check.items()]
        return sorted(rows, key=lambda row: (-max(*row[2], row[3]), -row[1], row[0]))

    def worst(self, verdict: str) -> Level:
        return max((change.verdict(verdict) for change in self.all()), default=Level.NONE)

    def summary(self, verdict: str) -> str:
        return ", ".join(f"{count} {level}" for level, count in self.counts(verdict).items())


def groups(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    """Each change in the first group that takes it."""
    grouped: list[tuple[str, list[Change]]] = [(title, []) for title, _ in GROUPS]
    for change in changes:
        index = next(number for number, (_, takes) in enumerate(GROUPS) if takes(change))
        grouped[index][1].append(change)
    return [(title, found) for title, found in grouped if found]


def _levels(levels: set[Level]) -> str:
    return "/".join(level.name for level in sorted(levels, reverse=True))


def text(report: Report, colour: bool, reach: bool = False) -> str:
    def level(value: Level) -> str:
        name = value.name if value != Level.NONE else "-"
        return f"{COLOURS[value]}{name:<4}{RESET}" if colour and value != Level.NONE else f"{name:<4}"

    def lines_of(change: Change) -> list[str]:
        field = f" [{change.field}]" if change.field else ""
        reached = f" (reached by {_operations(len(change.reached_by))})" if change.reached_by else ""
        line = f"{level(change.level)} {level(change.source)}  {change.id}  {change.where}{field}: {change.text}"
        return [line + reached] + ([f"             {where}" for where in change.reached_by] if reach else [])

    lines = [f"spec diff {report.base} -> {report.revision}"]
    lines += [f"  {verdict:<6} ({ABOUT[verdict]}): {report.summary(verdict)}" for verdict in VERDICTS]
    lines += [""] + [
        f"  {count:>5}  {check}  wire {_levels(w)}, source {s.name}" for check, count, w, s in report.checks()
    ]
    lines += ["", *report.ignore_lines()] if report.ignore_lines() else []
    for title, changes in groups(report.spec) or [("", [])]:
        lines += ["", f"{title} ({len(changes)}), wire source:" if title else "no changes in the spec"]
        lines += [line for change in changes for line in lines_of(change)]
    lines += ["", "generated client API:"]
    if report.client is None:
        lines.append(f"  not compared{': ' + report.client_note if report.client_note else ''}")
    else:
        lines += [line for change in report.client for line in lines_of(change)] or ["  no breaking changes"]
    return "\n".join(lines)


def markdown(report: Report, limit: int = MARKDOWN_LIMIT) -> str:
    head = [f"## API changes: `{report.base}` → `{report.revision}`", ""]
    head += [f"- **{verdict}** ({ABOUT[verdict]}): {report.summary(verdict)}" for verdict in VERDICTS]
    head += ["", "<details><summary>Changes per check</summary>", "", "| check | changes | wire | source |"]
    head += ["|---|---|---|---|"]
    head += [f"| `{check}` | {count} | {_levels(w)} | {s.name} |" for check, count, w, s in report.checks()]
    head += ["", "</details>", ""]
    head += [f"> {line}" for line in _ignore_markdown(report)]
    budget = _Budget(limit - len("\n".join(head)) - 500)  # 500: the closing lines
    body = _sections(groups(report.spec), budget) if report.spec else ["No changes in the spec.", ""]
    body += ["### Generated client API (griffe)", ""]
    if report.client is None:
        body.append(f"Not compared. {report.client_note}".strip())
    elif report.client:
        body += _sections([("Breaking changes to the client's Python API", report.client)], budget)
    else:
        body.append("No breaking changes to the client's Python API.")
    return "\n".join(head + body) + "\n"


class _Budget:
    def __init__(self, chars: int) -> None:
        self.chars = chars

    def take(self, line: str) -> bool:
        if len(line) + 1 > self.chars:
            self.chars = 0  # once full, later (shorter) rows do not jump the queue
            return False
        self.chars -= len(line) + 1
        return True


def _sections(grouped: list[tuple[str, list[Change]]], budget: _Budget) -> list[str]:
    lines = []
    for number, (title, changes) in enumerate(grouped):
        opened = " open" if number == 0 else ""
        lines += [f"<details{opened}><summary><b>{title}</b>: {len(changes)}</summary>", ""]
        lines += ["| wire | source | check | where | change |", "|---|---|---|---|---|"]
        shown = 0
        for change in changes:
            row = _row(change)
            if not budget.take(row):
                break
            lines.append(row)
            shown += 1
        if shown < len(changes):
            lines += ["", f"… and {len(changes) - shown} more ({JSON_NOTE})."]
        lines += ["", "</details>", ""]
    return lines


def _row(change: Change) -> str:
    where = f"`{change.where}`" + (f" {_cell(change.field)}" if change.field else "")
    text = _cell(change.text)
    if change.reached_by:
        listed = "<br>".join(f"`{_cell(op)}`" for op in change.reached_by[:LISTED_OPERATIONS])
        more = len(change.reached_by) - LISTED_OPERATIONS
        listed += f"<br>… and {more} more" if more > 0 else ""
        text += f"<details><summary>reached by {_operations(len(change.reached_by))}</summary>{listed}</details>"
    return f"| {BADGES[change.level]} | {BADGES[change.source]} | `{change.id}` | {where} | {text} |"


def _ignore_markdown(report: Report) -> list[str]:
    lines = [f"**Accepted** by the ignore file: {len(report.accepted)}"] if report.accepted else []
    lines += [f"- `{change.id}` {_cell(_where(change))}: {_cell(entry.reason)}" for change, entry in report.accepted]
    if report.stale:
        lines.append(f"**Stale ignore entries** (matching nothing; drop them once merged): {len(report.stale)}")
        lines += [f"- {_cell(entry.describe())}: {_cell(entry.reason)}" for entry in report.stale]
    return [*lines, ""] if lines else []


def _where(change: Change) -> str:
    return change.where + (f" [{change.field}]" if change.field else "")


def _operations(count: int) -> str:
    return f"{count} operation{'s' if count > 1 else ''}"


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def as_json(report: Report) -> str:
    document: dict[str, Any] = {
        "schema_version": JSON_SCHEMA_VERSION,
        "base": report.base,
        "revision": report.revision,
        "summary": {verdict: report.counts(verdict) for verdict in VERDICTS},
        "checks": {check: count for check, count, _, _ in report.checks()},
        "changes": [change.to_json() for change in report.spec],
        "client_api": None if report.client is None else [change.to_json() for change in report.client],
        "client_api_note": report.client_note or None,
        "accepted": [change.to_json() | {"reason": entry.reason} for change, entry in report.accepted],
        "stale_ignore_entries": [entry.to_json() for entry in report.stale],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)
