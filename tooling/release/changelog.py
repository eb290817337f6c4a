"""A spec update's CHANGELOG.md notes and version bump, from the spec diff's report.

The notes are markdown: changes that break code written against the client first (source ERR), then those
that may need attention (WARN), additions (INFO) and the rest, each grouped by the resource client's
resource (`billing`, `agents`: what users call), with models and the Python API after the resources.
Changes that break clients already deployed against the API as Cekura now serves it (wire ERR) are called
out first, as "upgrade now".
"""

from collections.abc import Callable
from typing import Any

from tooling.pipeline import naming, surface
from tooling.release.versions import Bump
from tooling.specdiff.changes import Change, Level
from tooling.specdiff.render import Report

SECTIONS: list[tuple[str, Callable[[Change], bool]]] = [
    ("Breaking changes", lambda change: change.source == Level.ERR),
    ("Changes that may need attention", lambda change: change.source == Level.WARN),
    ("Additions", lambda change: change.source == Level.INFO),
    ("Other changes (no effect on code using the client)", lambda change: True),
]
MODELS, PYTHON_API, DOCUMENT = "Models", "Python API", "The document"
KINDS = {
    Bump.MAJOR: "breaks code written against the client (a major version, a minor one while 0.x)",
    Bump.MINOR: "adds to or changes the client without breaking code (a minor version)",
    Bump.PATCH: "changes nothing in the client's code (a patch version)",
}
SHOWN = 100  # changes per section; a complete spec's first diff has thousands, the spec diff has them all
CALLED_BY = 5  # resource methods named for a change inside a model


def bump_for(report: Report) -> Bump:
    worst = report.worst("source")
    if worst == Level.ERR:
        return Bump.MAJOR
    return Bump.MINOR if worst >= Level.INFO else Bump.PATCH


def method_names(*documents: dict[str, Any]) -> dict[str, str]:
    """Operation ("GET /path") -> "resource.method()" in the resource client; the first document that has
    the operation names it (pass the new document first, then the old for removed operations). As the
    pipeline does, the naming rule sees only the operations the surface rule exposes."""
    names: dict[str, str] = {}
    rule, exposing = naming.Rule.load(), surface.Rule.load()
    for document in documents:
        plan = naming.plan(surface.apply(document, exposing).document, rule)
        exposed = {named.operation.key: f"{named.resource}.{named.method}()" for named in plan.exposed}
        for key, call in [*exposed.items(), *((key, exposed[current]) for key, current in plan.hidden.items())]:
            names.setdefault(key, call)
    return names


def entry(report: Report, names: dict[str, str], bump: Bump) -> str:
    lines = ["### API document update", "", _summary(report, bump), ""]
    wire = [change for change in report.all() if change.level == Level.ERR]
    if wire:
        lines += [
            f"> **Upgrade now.** {_count(len(wire), 'change')} {'breaks' if len(wire) == 1 else 'break'} clients "
            "of earlier versions against the API as Cekura now serves it (the spec diff's wire ERR):",
            *(f"> - {_line(change, names)}" for change in wire[:SHOWN]),
            *([f"> - … and {len(wire) - SHOWN} more (the spec diff lists them all)"] if len(wire) > SHOWN else []),
            "",
        ]
    remaining = report.all()
    for title, takes in SECTIONS:
        taken = [change for change in remaining if takes(change)]
        remaining = [change for change in remaining if not takes(change)]
        if taken:
            lines += [f"#### {title}", "", *_grouped(taken, names), ""]
    if not report.all():
        lines += ["Documentation only: the client's code is the same.", ""]
    return "\n".join(lines).rstrip() + "\n"


def _summary(report: Report, bump: Bump) -> str:
    return (
        f"`{report.base}` → `{report.revision}`: {KINDS[bump]} "
        f"(source {report.summary('source')}; wire {report.summary('wire')})."
    )


def _grouped(changes: list[Change], names: dict[str, str]) -> list[str]:
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(_group(change, names), []).append(change)
    order = sorted(groups, key=lambda group: (group in (MODELS, PYTHON_API, DOCUMENT), group))
    lines: list[str] = []
    shown = 0
    for group in order:
        lines += [*([""] if lines else []), f"**{group}**", ""]
        for change in groups[group]:
            if shown == SHOWN:
                return [*lines, f"- … and {len(changes) - SHOWN} more (the spec diff lists them all)"]
            lines.append(f"- {_line(change, names)}")
            shown += 1
    return lines


def _group(change: Change, names: dict[str, str]) -> str:
    if change.id.startswith("client-"):
        return PYTHON_API
    if change.where.startswith("components.schemas."):
        return MODELS
    if change.where in names:
        return names[change.where].partition(".")[0]
    method, _, path = change.where.partition(" ")
    if method.isupper() and path.startswith("/"):
        return next((part for part in path.split("/") if part), "/")
    return DOCUMENT


def _line(change: Change, names: dict[str, str]) -> str:
    where = change.where.removeprefix("components.schemas.")
    call = names.get(change.where)
    place = f"`{call}` (`{where}`)" if call else f"`{where}`"
    field = f" `{change.field}`" if change.field else ""
    text = f"{place}{field}: {change.text}"
    if change.reached_by:
        calls = sorted({names.get(key, key) for key in change.reached_by})
        listed = ", ".join(f"`{call}`" for call in calls[:CALLED_BY])
        text += f" (used by {listed}{f' and {len(calls) - CALLED_BY} more' if len(calls) > CALLED_BY else ''})"
    return text


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
