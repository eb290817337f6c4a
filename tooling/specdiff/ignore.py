"""Accepted changes, like oasdiff's ignore file: YAML entries of check id, where, and a reason.

- id: response-required-property-removed
  where: GET /test_framework/billing/info/
  field: "response 200 application/json: balance_expiry"   # optional: omit to match every field
  reason: removed upstream on purpose; announced to users in release 2.0
"""

from dataclasses import dataclass
from pathlib import Path

from tooling.pipeline import documents
from tooling.pipeline.documents import DocumentError
from tooling.specdiff.changes import Change


@dataclass(frozen=True)
class Accepted:
    id: str
    where: str
    field: str | None
    reason: str

    def matches(self, change: Change) -> bool:
        return (self.id, self.where) == (change.id, change.where) and self.field in (None, change.field)


def load(path: Path) -> list[Accepted]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DocumentError(f"{path}: cannot read: {error}") from None
    entries = documents.parse(text, str(path)) or []
    if not isinstance(entries, list):
        raise DocumentError(f"{path}: expected a list of entries")
    accepted = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not {"id", "where", "reason"} <= entry.keys():
            raise DocumentError(f"{path}: entry {number} needs `id`, `where` and `reason`")
        accepted.append(Accepted(str(entry["id"]), str(entry["where"]), entry.get("field"), str(entry["reason"])))
    return accepted


def without_accepted(changes: list[Change], accepted: list[Accepted]) -> list[Change]:
    return [change for change in changes if not any(entry.matches(change) for entry in accepted)]
