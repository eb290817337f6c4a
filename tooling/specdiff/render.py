"""The report in three formats: text (coloured only on a TTY), markdown (PR comment, job summary), json."""

import json
from collections import Counter
from typing import Any

from tooling.specdiff.changes import Change, Level

COLOURS = {Level.ERR: "\033[31m", Level.WARN: "\033[33m", Level.INFO: "\033[36m"}
RESET = "\033[0m"
JSON_SCHEMA_VERSION = 1


class Report:
    def __init__(
        self, base: str, revision: str, spec: list[Change], client: list[Change] | None, client_note: str = ""
    ) -> None:
        self.base, self.revision = base, revision
        self.spec, self.client, self.client_note = spec, client, client_note

    def all(self) -> list[Change]:
        return [*self.spec, *(self.client or [])]

    def counts(self) -> Counter[str]:
        counted = Counter(change.level.name for change in self.all())
        return Counter({level.name: counted[level.name] for level in sorted(Level, reverse=True)})

    def summary(self) -> str:
        counts = self.counts()
        return ", ".join(f"{counts[level]} {level}" for level in ("ERR", "WARN", "INFO"))


def text(report: Report, colour: bool) -> str:
    def line(change: Change) -> str:
        level = f"{COLOURS[change.level]}{change.level.name}{RESET}" if colour else change.level.name
        field = f" [{change.field}]" if change.field else ""
        return f"{level:<4} {change.id}  {change.where}{field}: {change.text}"

    lines = [f"spec diff {report.base} -> {report.revision}: {report.summary()}", ""]
    lines += [line(change) for change in report.spec] or ["no changes in the spec"]
    lines += ["", "generated client API:"]
    if report.client is None:
        lines.append(f"  not compared{': ' + report.client_note if report.client_note else ''}")
    else:
        lines += [line(change) for change in report.client] or ["  no breaking changes"]
    return "\n".join(lines)


def markdown(report: Report) -> str:
    def table(changes: list[Change]) -> list[str]:
        rows = ["| level | check | where | change |", "|---|---|---|---|"]
        for change in changes:
            where = f"`{change.where}`" + (f" {_cell(change.field)}" if change.field else "")
            rows.append(f"| {_badge(change.level)} | `{change.id}` | {where} | {_cell(change.text)} |")
        return rows

    lines = [f"## API changes: `{report.base}` → `{report.revision}`", "", f"**{report.summary()}**", ""]
    lines += table(report.spec) if report.spec else ["No changes in the spec."]
    lines += ["", "### Generated client API (griffe)", ""]
    if report.client is None:
        lines.append(f"Not compared. {report.client_note}".strip())
    else:
        lines += table(report.client) if report.client else ["No breaking changes to the client's Python API."]
    return "\n".join(lines) + "\n"


def _badge(level: Level) -> str:
    return {Level.ERR: "🔴 ERR", Level.WARN: "🟡 WARN", Level.INFO: "🔵 INFO"}[level]


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def as_json(report: Report) -> str:
    document: dict[str, Any] = {
        "schema_version": JSON_SCHEMA_VERSION,
        "base": report.base,
        "revision": report.revision,
        "summary": dict(report.counts()),
        "changes": [change.to_json() for change in report.spec],
        "client_api": None if report.client is None else [change.to_json() for change in report.client],
        "client_api_note": report.client_note or None,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)
