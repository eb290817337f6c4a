"""Operation-level comparison: operations, parameters, request bodies, responses, security, servers,
components. Schema changes inside them come from schemas.SchemaDiff; a change inside a component schema
is reported once, on the component, with the operations that reach it."""

from collections.abc import Iterable, Iterator
from typing import Any

from tooling.pipeline import surface
from tooling.pipeline.documents import lookup
from tooling.pipeline.naming import api_module
from tooling.specdiff.changes import Change, Level
from tooling.specdiff.schemas import Found, SchemaDiff
from tooling.specdiff.surfaces import Surfaces

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
UNRESOLVED = "x-unresolved-parameters"  # where operations() keeps parameter $refs that point at nothing
REF = "x-ref"  # the $ref a parameter was reached through
NO_DEFAULT = object()


def diff_specs(base: dict[str, Any], revision: dict[str, Any], rule: surface.Rule | None = None) -> list[Change]:
    """The changes from `base` to `revision`, compared on the operations each side's client exposes under
    `rule` (openapi.surface.yaml; None: every operation)."""
    schemas, surfaces = SchemaDiff(base, revision), Surfaces(base, revision, rule)
    old_ops, new_ops = operations(base), operations(revision)
    changes = [
        *_servers(base, revision),
        *_security_schemes(base, revision),
        *_components(base, revision),
    ]
    for key in sorted(old_ops.keys() | new_ops.keys()):
        where = f"{key[1].upper()} {key[0]}"
        operation = _Operation(where, base, revision, schemas)
        changes.extend(operation.across_surfaces(old_ops.get(key), new_ops.get(key), surfaces))
    return sorted(_merge_reach(changes))


def _removed(where: str, operation: dict[str, Any]) -> Change:
    deprecated = operation.get("deprecated") is True
    check = "api-operation-removed-after-deprecation" if deprecated else "api-operation-removed"
    level = Level.WARN if deprecated else Level.ERR
    return Change(where, "", check, level, "removed: the old client's function for it fails")


def _merge_reach(changes: Iterable[Change]) -> list[Change]:
    """One change per component finding, reached by the union of the operations that found it."""
    merged: dict[tuple[str, str, str, Level, str], set[str]] = {}
    for change in changes:
        merged.setdefault((change.where, change.field, change.id, change.level, change.text), set()).update(
            change.reached_by
        )
    return [Change(*key, reached_by=tuple(sorted(reach))) for key, reach in merged.items()]


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(path, method) -> the operation, with its path-level parameters merged in."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                operation = dict(item[method])
                merged, unresolved = _merge_parameters(shared, operation.get("parameters", []), spec)
                operation["parameters"], operation[UNRESOLVED] = merged, unresolved
                found[path, method] = operation
    return found


def _merge_parameters(
    shared: list[Any], own: list[Any], spec: dict[str, Any]
) -> tuple[dict[tuple[str, str], Any], set[str]]:
    merged, unresolved = {}, set()
    for parameter in [*shared, *own]:
        resolved = lookup(spec, parameter["$ref"]) if "$ref" in parameter else parameter
        if resolved is None:
            unresolved.add(parameter["$ref"])
        else:
            merged[resolved["in"], resolved["name"]] = {**resolved, REF: parameter.get("$ref")}
    return merged, unresolved


class _Operation:
    def __init__(self, where: str, base: dict[str, Any], revision: dict[str, Any], schemas: SchemaDiff) -> None:
        self.where, self.base, self.revision, self.schemas = where, base, revision, schemas

    def change(self, field: str, check: str, level: Level, text: str) -> Change:
        return Change(self.where, field, check, level, text)

    def across_surfaces(
        self, old: dict[str, Any] | None, new: dict[str, Any] | None, surfaces: Surfaces
    ) -> Iterator[Change]:
        """The operation as each side's client has it: added, removed, entering or leaving the surface."""
        exposed = old if old is not None and surfaces.left_out(self.where, "base") is None else None
        if exposed is None:
            if new is not None and surfaces.left_out(self.where, "revision") is None:
                yield (
                    surfaces.entered(self.where, new)
                    if old
                    else self.change("", "api-operation-added", Level.INFO, "added")
                )
        elif new is None:
            yield _removed(self.where, exposed)
        else:
            leaves = surfaces.left_out(self.where, "revision") is not None
            if leaves:
                yield surfaces.left(self.where, exposed)
            # Deployed clients still call it, also when it leaves the surface: what changes reaches them. Not
            # its security, when that is why it leaves: a document that now names internal credentials is
            # the document's change, and the server still takes the key deployed clients send (issue 23's
            # pair 11d4b2d1 -> 4f08820d), so CI must not fail on it.
            yield from self.compare(exposed, new, security=not leaves)

    def compare(self, old: dict[str, Any], new: dict[str, Any], security: bool = True) -> Iterator[Change]:
        yield from self._identity(old, new)
        yield from self._unresolved_parameters(old[UNRESOLVED], new[UNRESOLVED])
        # A parameter whose $ref now points at nothing is reported as that, not as removed.
        kept = {key: value for key, value in old["parameters"].items() if value[REF] not in new[UNRESOLVED]}
        yield from self._parameters(kept, new["parameters"])
        yield from self._request_body(old.get("requestBody"), new.get("requestBody"))
        yield from self._responses(old.get("responses") or {}, new.get("responses") or {})
        if security:
            yield from self._security(old, new)

    def _identity(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        """A renamed operationId or first tag moves the client function only if its Python name changes."""
        method, path = self.where.split(" ", 1)
        before, after = api_module(method, path, old).split("."), api_module(method, path, new).split(".")
        renames = [
            ("operationId", old.get("operationId"), new.get("operationId"), 2, "api-operation-id-changed"),
            ("first tag", _first_tag(old), _first_tag(new), 1, "api-tag-changed"),
        ]
        for what, old_name, new_name, part, check in renames:
            if old_name == new_name:
                continue
            if before[part] == after[part]:
                text = f"{what} {old_name} -> {new_name}: the same Python name ({'.'.join(after)})"
                yield self.change("", "api-name-restyled", Level.NONE, text)
            else:
                text = f"{what} {old_name} -> {new_name}: the client function moves to {'.'.join(after)}"
                yield self.change("", check, Level.NONE, text)
        if old.get("deprecated") is not True and new.get("deprecated") is True:
            yield self.change("", "api-operation-deprecated", Level.WARN, "deprecated: it may be removed later")
        elif old.get("deprecated") is True and new.get("deprecated") is not True:
            yield self.change("", "api-operation-undeprecated", Level.INFO, "no longer deprecated")

    def _unresolved_parameters(self, old: set[str], new: set[str]) -> Iterator[Change]:
        for ref in sorted(new):
            level = Level.INFO if ref in old else Level.WARN
            text = f"{ref} points at nothing: a parameter the server may expect is unknown"
            yield self.change("parameters", "request-ref-unresolved", level, text)

    def _parameters(self, old: dict[tuple[str, str], Any], new: dict[tuple[str, str], Any]) -> Iterator[Change]:
        for key in sorted(old.keys() | new.keys()):
            field = f"parameter {key[0]} {key[1]}"
            before, after = old.get(key), new.get(key)
            if after is None:
                text = "removed: the old client may still send it"
                yield self.change(field, "request-parameter-removed", Level.WARN, text)
            elif before is None:
                if after.get("required"):
                    text = "added as required: the old client does not send it"
                    yield self.change(field, "request-parameter-added-required", Level.ERR, text)
                else:
                    yield self.change(field, "request-parameter-added", Level.INFO, "added, optional")
            else:
                yield from self._parameter(field, before, after)

    def _parameter(self, field: str, before: dict[str, Any], after: dict[str, Any]) -> Iterator[Change]:
        if bool(before.get("required")) != bool(after.get("required")):
            if after.get("required"):
                text = "became required: the old client may not send it"
                yield self.change(field, "request-parameter-became-required", Level.ERR, text)
            else:
                yield self.change(field, "request-parameter-became-optional", Level.INFO, "became optional")
        yield from self._default(field, before.get("schema") or {}, after.get("schema") or {})
        # A parameter travels as text: an integer the old client sends is still a valid string.
        found = self.schemas.compare(before.get("schema", {}), after.get("schema", {}), "request", textual=True)
        yield from self._found(field, found)

    def _default(self, field: str, before: dict[str, Any], after: dict[str, Any]) -> Iterator[Change]:
        """The generated function sends its default when the caller omits the argument, so a deployed client
        keeps the old behaviour; the regenerated one silently sends the new default (or nothing)."""
        old, new = before.get("default", NO_DEFAULT), after.get("default", NO_DEFAULT)
        if old == new:
            return
        if old is NO_DEFAULT:
            text = f"default {new!r} added: the old client sends nothing"
        elif new is NO_DEFAULT:
            text = f"default {old!r} removed: the old client still sends it"
        else:
            text = f"default {old!r} -> {new!r}: the old client still sends {old!r}"
        yield self.change(field, "request-parameter-default-changed", Level.INFO, text)

    def _found(self, field: str, found: list[Found]) -> Iterator[Change]:
        for each in found:
            if each.component:
                yield Change(each.component, each.path, each.id, each.level, each.text, reached_by=(self.where,))
            else:
                yield self.change(f"{field}: {each.path}" if each.path else field, each.id, each.level, each.text)

    def _request_body(self, old: dict[str, Any] | None, new: dict[str, Any] | None) -> Iterator[Change]:
        field = "request body"
        if _dangling(new, self.revision):
            yield self._unresolved(field, "request", Level.WARN, old, new)
            return
        old, new = _resolve(old, self.base), _resolve(new, self.revision)
        if old is None and new is None:
            return
        if old is None:
            assert new is not None
            level, text = (Level.ERR, "added, required") if new.get("required") else (Level.INFO, "added, optional")
            yield self.change(field, "request-body-added", level, text)
        elif new is None:
            yield self.change(field, "request-body-removed", Level.WARN, "removed: the old client may still send one")
        else:
            if new.get("required") and not old.get("required"):
                text = "became required: the old client may not send one"
                yield self.change(field, "request-body-became-required", Level.ERR, text)
            yield from self._content(field, old.get("content", {}), new.get("content", {}), "request")

    def _unresolved(
        self, field: str, direction: str, level: Level, old: dict[str, Any] | None, new: dict[str, Any] | None
    ) -> Change:
        assert new is not None
        if _dangling(old, self.base):
            level, text = Level.INFO, f"{new['$ref']} points at nothing, in both versions"
        else:
            text = f"{new['$ref']} points at nothing: what it now carries is unknown"
        return self.change(field, f"{direction}-ref-unresolved", level, text)

    def _content(self, field: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> Iterator[Change]:
        for media in sorted(old.keys() | new.keys()):
            where = f"{field} {media}"
            if media not in new:
                level = Level.ERR if direction == "response" or len(new) == 0 else Level.WARN
                text = "media type removed" + (": the old client uses it" if level == Level.ERR else "")
                yield self.change(where, f"{direction}-media-type-removed", level, text)
            elif media not in old:
                yield self.change(where, f"{direction}-media-type-added", Level.INFO, "media type added")
            else:
                found = self.schemas.compare(old[media].get("schema", {}), new[media].get("schema", {}), direction)
                yield from self._found(where, found)

    def _responses(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        for status in sorted(old.keys() | new.keys()):
            field = f"response {status}"
            success = str(status).startswith("2")
            if status not in new:
                level = Level.ERR if success else Level.INFO
                text = "removed: the old client expects it" if success else "removed"
                yield self.change(field, "response-status-removed", level, text)
            elif status not in old:
                level = Level.WARN if success else Level.INFO
                text = "added: the old client does not parse it" if success else "added"
                yield self.change(field, "response-status-added", level, text)
            elif _dangling(new[status], self.revision):
                level = Level.ERR if success else Level.INFO
                yield self._unresolved(field, "response", level, old[status], new[status])
            else:
                before, after = _resolve(old[status], self.base) or {}, _resolve(new[status], self.revision) or {}
                yield from self._content(field, before.get("content", {}), after.get("content", {}), "response")

    def _security(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        before = _schemes(old.get("security", self.base.get("security")))
        after = _schemes(new.get("security", self.revision.get("security")))
        if before and after and not before & after:
            text = f"security {sorted(before)} -> {sorted(after)}: the old client's credentials no longer apply"
            yield self.change("security", "api-security-changed", Level.ERR, text)
        elif after - before:
            yield self.change("security", "api-security-added", Level.INFO, f"also accepts {sorted(after - before)}")
        elif before - after:
            text = f"no longer accepts {sorted(before - after)}: the old client may use it"
            yield self.change("security", "api-security-removed", Level.WARN, text)


def _first_tag(operation: dict[str, Any]) -> str:
    return str((operation.get("tags") or ["default"])[0])


def _dangling(node: dict[str, Any] | None, spec: dict[str, Any]) -> bool:
    return node is not None and "$ref" in node and lookup(spec, node["$ref"]) is None


def _resolve(node: dict[str, Any] | None, spec: dict[str, Any]) -> dict[str, Any] | None:
    return lookup(spec, node["$ref"]) if node is not None and "$ref" in node else node


def _schemes(requirements: list[dict[str, Any]] | None) -> set[str]:
    return {name for requirement in requirements or [] for name in requirement}


def _servers(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Change]:
    old = [server.get("url") for server in base.get("servers") or []]
    new = [server.get("url") for server in revision.get("servers") or []]
    if old[:1] != new[:1]:
        text = f"first server {old[:1]} -> {new[:1]}: the client's default base URL changes"
        yield Change("servers", "", "server-default-changed", Level.WARN, text)
    for url in sorted(set(new) - set(old) - set(new[:1])):  # the new first server is reported above
        yield Change("servers", "", "server-added", Level.INFO, f"{url} added")


def _security_schemes(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Change]:
    old = (base.get("components") or {}).get("securitySchemes") or {}
    new = (revision.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(old.keys() | new.keys()):
        where = f"components.securitySchemes.{name}"
        if name not in new:
            yield Change(
                where,
                "",
                "security-scheme-removed",
                Level.ERR,
                "removed: the old client still sends credentials for it",
            )
        elif name not in old:
            yield Change(where, "", "security-scheme-added", Level.INFO, "added")
        else:
            for key in ("type", "in", "name", "scheme"):
                if old[name].get(key) != new[name].get(key):
                    text = f"{key} {old[name].get(key)} -> {new[name].get(key)}: the old client sends the old one"
                    yield Change(where, key, "security-scheme-changed", Level.ERR, text)


def _components(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Change]:
    old = (base.get("components") or {}).get("schemas") or {}
    new = (revision.get("components") or {}).get("schemas") or {}
    for name in sorted(old.keys() - new.keys()):
        text = "removed (or renamed): its model class leaves the client; the wire changes show where it was used"
        yield Change(f"components.schemas.{name}", "", "component-removed", Level.NONE, text)
    for name in sorted(new.keys() - old.keys()):
        yield Change(f"components.schemas.{name}", "", "component-added", Level.NONE, "added: a new model class")
