"""The operations the client exposes: openapi.surface.yaml's rule applied to a resolved document."""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tooling.pipeline import documents
from tooling.pipeline.facts import METHODS, accepted_schemes
from tooling.project import SURFACE

NOT_A_CLIENT_CALL = "a webhook receiver, OAuth protocol endpoint or agent-side mock, not a client call"


@dataclass(frozen=True)
class Rule:
    customer_credentials: frozenset[str]
    excluded_when_marked: str

    @classmethod
    def load(cls, path: Path = SURFACE) -> "Rule":
        data = documents.load(path)
        return cls(frozenset(data["customer_credentials"]), str(data["excluded_when_marked"]))

    def reason_to_leave_out(self, operation: dict[str, Any], default_security: list[dict[str, Any]]) -> str | None:
        if operation.get(self.excluded_when_marked):
            return f"marked {self.excluded_when_marked}"
        schemes = accepted_schemes(operation, default_security)
        if not schemes:
            return f"no security: {NOT_A_CLIENT_CALL}"
        if not schemes & self.customer_credentials:
            return f"internal credentials only ({', '.join(sorted(schemes))})"
        return None


@dataclass(frozen=True)
class Surface:
    document: dict[str, Any]
    kept: int
    left_out: dict[str, str]  # "GET /path/" -> reason

    def report(self) -> list[str]:
        """What generation prints: the counts by reason, then each operation left out."""
        total = self.kept + len(self.left_out)
        lines = [f"surface: {self.kept} of {total} operations kept" + ("; left out:" if self.left_out else "")]
        lines += [f"  {count:4} {reason}" for reason, count in Counter(self.left_out.values()).most_common()]
        lines += [f"  - {operation}: {reason}" for operation, reason in sorted(self.left_out.items())]
        return lines


def apply(document: dict[str, Any], rule: Rule) -> Surface:
    """A copy of `document` without the operations the rule leaves out (and paths left empty).

    A document that defines none of the customer credentials (a small test spec) is kept whole."""
    applies = bool(rule.customer_credentials & document.get("components", {}).get("securitySchemes", {}).keys())
    default_security = document.get("security", [])
    paths: dict[str, Any] = {}
    left_out: dict[str, str] = {}
    kept = 0
    for path, item in document.get("paths", {}).items():
        kept_item = {}
        for key, value in item.items():
            is_operation = key in METHODS
            reason = rule.reason_to_leave_out(value, default_security) if applies and is_operation else None
            if reason is None:
                kept_item[key] = value
                kept += is_operation
            else:
                left_out[f"{key.upper()} {path}"] = reason
        if kept_item.keys() & METHODS or not item.keys() & METHODS:
            paths[path] = kept_item
    return Surface({**document, "paths": paths}, kept, left_out)
