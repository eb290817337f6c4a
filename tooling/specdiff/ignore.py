"""Accepted changes, like oasdiff's ignore file: YAML entries of check id, where, an optional field, and
the reason. A component change is matched on the component:

- id: response-required-property-removed
  where: components.schemas.BillingInfo
  field: balance_expiry            # optional: omit to match every field of that check and place
  reason: removed upstream on purpose; announced to users in release 2.0

An entry is validated (a mapping of those keys only, strings, a known check id): a wrong one is a
DocumentError naming it. An entry that matches nothing is stale: reported, never a failure (it goes stale
as soon as the change it accepted is merged).
"""

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tooling.pipeline import documents
from tooling.pipeline.documents import DocumentError
from tooling.specdiff.changes import Change
from tooling.specdiff.checks import CHECKS

REQUIRED, OPTIONAL = ("id", "where", "reason"), ("field",)


@dataclass(frozen=True)
class Accepted:
    id: str
    where: str
    field: str | None
    reason: str

    def matches(self, change: Change) -> bool:
        return (self.id, self.where) == (change.id, change.where) and self.field in (None, change.field)

    def describe(self) -> str:
        return f"{self.id} {self.where}" + (f" [{self.field}]" if self.field is not None else "")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def load(path: Path) -> list[Accepted]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DocumentError(f"{path}: cannot read: {error}") from None
    entries = documents.parse(text, str(path)) or []
    if not isinstance(entries, list):
        raise DocumentError(f"{path}: expected a list of entries")
    return [_entry(entry, f"{path}: entry {number}") for number, entry in enumerate(entries, start=1)]


def _entry(entry: Any, name: str) -> Accepted:
    if not isinstance(entry, dict):
        raise DocumentError(f"{name}: expected a mapping of {', '.join(REQUIRED + OPTIONAL)}, got {entry!r}")
    name += f" ({entry.get('id')!r} at {entry.get('where')!r})" if "id" in entry else ""
    missing = [key for key in REQUIRED if key not in entry]
    unknown = sorted(str(key) for key in entry.keys() - {*REQUIRED, *OPTIONAL})
    if missing or unknown:
        raise DocumentError(
            f"{name}: " + "; ".join([*(f"needs `{k}`" for k in missing), *(f"unknown key `{k}`" for k in unknown)])
        )
    if not all(isinstance(value, str) and value for value in entry.values()):
        raise DocumentError(f"{name}: each value must be non-empty text")
    if entry["id"] not in CHECKS:
        raise DocumentError(f"{name}: unknown check id {entry['id']!r} (the ids are in tooling/specdiff/checks.py)")
    return Accepted(entry["id"], entry["where"], entry.get("field"), entry["reason"])


class Ledger:
    """Filters changes through the entries, remembering what each accepted."""

    def __init__(self, entries: list[Accepted]) -> None:
        self.entries = entries
        self.accepted: list[tuple[Change, Accepted]] = []

    def keep(self, changes: list[Change]) -> list[Change]:
        """The changes no entry accepts."""
        kept = []
        for change in changes:
            entry = next((entry for entry in self.entries if entry.matches(change)), None)
            if entry is None:
                kept.append(change)
            else:
                self.accepted.append((change, entry))
        return kept

    def stale(self, client_compared: bool) -> list[Accepted]:
        """The entries that accepted nothing (one for the client API counts only when it was compared)."""
        used = {id(entry) for _, entry in self.accepted}
        return [
            entry
            for entry in self.entries
            if id(entry) not in used and (client_compared or not entry.id.startswith("client-"))
        ]
