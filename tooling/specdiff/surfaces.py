"""The client's surface as its own dimension of the diff (openapi.surface.yaml, applied to both sides).

An operation the document keeps but the client leaves out (marked `x-docs-exclude`, or callable only with
internal credentials) is not a removed endpoint: the server still answers, so a deployed client that calls
it keeps working (wire NONE), while the regenerated package loses its function (source ERR, naming the
public names that go). The reverse, an operation entering the surface, is a new function (source INFO).
"""

from functools import cached_property
from typing import Any

from tooling.pipeline import naming, surface
from tooling.specdiff.changes import Change, Level


class Surfaces:
    """Which operations each side's client exposes; with no rule (`--whole-document`), all of them."""

    def __init__(self, base: dict[str, Any], revision: dict[str, Any], rule: surface.Rule | None) -> None:
        self.old = surface.apply(base, rule) if rule else None
        self.new = surface.apply(revision, rule) if rule else None

    def left_out(self, where: str, side: str) -> str | None:
        """Why the side's client leaves the operation out, or None if it exposes it."""
        kept = self.old if side == "base" else self.new
        return kept.left_out.get(where) if kept else None

    def left(self, where: str, operation: dict[str, Any]) -> Change:
        reason = self.left_out(where, "revision")
        names = " and ".join(self.public_names(where, operation))
        text = (
            f"leaves the client's surface ({reason}): {names} go; "
            "the endpoint stays, so this alone breaks no deployed client"
        )
        return Change(where, "", "api-operation-left-surface", Level.NONE, text)

    def entered(self, where: str, operation: dict[str, Any]) -> Change:
        reason = self.left_out(where, "base")
        names = " and ".join(self.public_names(where, operation))
        text = f"enters the client's surface (it was left out: {reason}): {names} are new"
        return Change(where, "", "api-operation-entered-surface", Level.NONE, text)

    def public_names(self, where: str, operation: dict[str, Any]) -> list[str]:
        """The generated module of the operation, and its resource method if the client exposes one."""
        method, path = where.split(" ", 1)
        module, named = naming.api_module(method, path, operation), self._methods.get(where)
        return [module, f"cekura.{named.resource}.{named.method}()"] if named else [module]

    @cached_property
    def _methods(self) -> dict[str, naming.Named]:
        """The resource methods of both sides' clients (an operation is exposed on one side only)."""
        found: dict[str, naming.Named] = {}
        for kept in (self.old, self.new):
            plan = naming.plan(kept.document, naming.Rule.load()) if kept else None
            found.update({named.operation.key: named for named in plan.exposed} if plan else {})
        return found
