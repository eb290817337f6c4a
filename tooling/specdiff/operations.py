"""Operation-level comparison: operations, parameters, request bodies, responses, security, servers,
components. Schema changes inside them come from schemas.SchemaDiff."""

from collections.abc import Iterator
from typing import Any

from tooling.specdiff.changes import Change, Level
from tooling.specdiff.schemas import SchemaDiff, lookup

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def diff_specs(base: dict[str, Any], revision: dict[str, Any]) -> list[Change]:
    schemas = SchemaDiff(base, revision)
    old_ops, new_ops = operations(base), operations(revision)
    changes = [
        *_servers(base, revision),
        *_security_schemes(base, revision),
        *_components(base, revision),
    ]
    for key in sorted(old_ops.keys() | new_ops.keys()):
        where = f"{key[1].upper()} {key[0]}"
        old, new = old_ops.get(key), new_ops.get(key)
        if new is None:
            assert old is not None
            deprecated = old.get("deprecated") is True
            check = "api-operation-removed-after-deprecation" if deprecated else "api-operation-removed"
            level = Level.WARN if deprecated else Level.ERR
            changes.append(Change(where, "", check, level, "removed: the old client's function for it fails"))
        elif old is None:
            changes.append(Change(where, "", "api-operation-added", Level.INFO, "added"))
        else:
            ctx = _Operation(where, base, revision, schemas)
            changes.extend(ctx.compare(old, new))
    return sorted(changes)


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(path, method) -> the operation, with its path-level parameters merged in."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                operation = dict(item[method])
                operation["parameters"] = _merge_parameters(shared, operation.get("parameters", []), spec)
                found[path, method] = operation
    return found


def _merge_parameters(shared: list[Any], own: list[Any], spec: dict[str, Any]) -> dict[tuple[str, str], Any]:
    merged = {}
    for parameter in [*shared, *own]:
        resolved = lookup(spec, parameter["$ref"]) if "$ref" in parameter else parameter
        merged[resolved["in"], resolved["name"]] = resolved
    return merged


class _Operation:
    def __init__(self, where: str, base: dict[str, Any], revision: dict[str, Any], schemas: SchemaDiff) -> None:
        self.where, self.base, self.revision, self.schemas = where, base, revision, schemas

    def change(self, field: str, check: str, level: Level, text: str) -> Change:
        return Change(self.where, field, check, level, text)

    def compare(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        yield from self._identity(old, new)
        yield from self._parameters(old["parameters"], new["parameters"])
        yield from self._request_body(old.get("requestBody"), new.get("requestBody"))
        yield from self._responses(old.get("responses") or {}, new.get("responses") or {})
        yield from self._security(old, new)

    def _identity(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        if old.get("operationId") != new.get("operationId"):
            text = f"operationId {old.get('operationId')} -> {new.get('operationId')}: the client function is renamed"
            yield self.change("", "api-operation-id-changed", Level.ERR, text)
        old_tag, new_tag = (old.get("tags") or ["default"])[0], (new.get("tags") or ["default"])[0]
        if old_tag != new_tag:
            text = f"first tag {old_tag} -> {new_tag}: the client module moves to api/{new_tag}"
            yield self.change("", "api-tag-changed", Level.ERR, text)
        if old.get("deprecated") is not True and new.get("deprecated") is True:
            yield self.change("", "api-operation-deprecated", Level.WARN, "deprecated")
        elif old.get("deprecated") is True and new.get("deprecated") is not True:
            yield self.change("", "api-operation-undeprecated", Level.INFO, "no longer deprecated")

    def _parameters(self, old: dict[tuple[str, str], Any], new: dict[tuple[str, str], Any]) -> Iterator[Change]:
        for key in sorted(old.keys() | new.keys()):
            field = f"parameter {key[0]} {key[1]}"
            before, after = old.get(key), new.get(key)
            if after is None:
                yield self.change(field, "request-parameter-removed", Level.WARN, "removed: the old client may send it")
            elif before is None:
                if after.get("required"):
                    yield self.change(field, "request-parameter-added-required", Level.ERR, "added as required")
                else:
                    yield self.change(field, "request-parameter-added", Level.INFO, "added (optional)")
            else:
                yield from self._parameter(field, before, after)

    def _parameter(self, field: str, before: dict[str, Any], after: dict[str, Any]) -> Iterator[Change]:
        if bool(before.get("required")) != bool(after.get("required")):
            if after.get("required"):
                yield self.change(field, "request-parameter-became-required", Level.ERR, "became required")
            else:
                yield self.change(field, "request-parameter-became-optional", Level.INFO, "became optional")
        yield from self._schema(field, before.get("schema", {}), after.get("schema", {}), "request")

    def _schema(self, field: str, old: Any, new: Any, direction: str) -> Iterator[Change]:
        for check, level, path, text in self.schemas.compare(old, new, direction):
            yield self.change(f"{field}: {path}" if path else field, check, level, text)

    def _request_body(self, old: dict[str, Any] | None, new: dict[str, Any] | None) -> Iterator[Change]:
        old, new = self._resolve(old, self.base), self._resolve(new, self.revision)
        if old is None and new is None:
            return
        if old is None:
            assert new is not None
            level = Level.ERR if new.get("required") else Level.INFO
            yield self.change("request body", "request-body-added", level, "added")
        elif new is None:
            yield self.change("request body", "request-body-removed", Level.WARN, "removed")
        else:
            if new.get("required") and not old.get("required"):
                yield self.change("request body", "request-body-became-required", Level.ERR, "became required")
            yield from self._content("request body", old.get("content", {}), new.get("content", {}), "request")

    def _resolve(self, node: dict[str, Any] | None, spec: dict[str, Any]) -> dict[str, Any] | None:
        return lookup(spec, node["$ref"]) if node is not None and "$ref" in node else node

    def _content(self, field: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> Iterator[Change]:
        for media in sorted(old.keys() | new.keys()):
            where = f"{field} {media}"
            if media not in new:
                level = Level.ERR if direction == "response" or len(new) == 0 else Level.WARN
                yield self.change(where, f"{direction}-media-type-removed", level, "media type removed")
            elif media not in old:
                yield self.change(where, f"{direction}-media-type-added", Level.INFO, "media type added")
            else:
                old_schema, new_schema = old[media].get("schema", {}), new[media].get("schema", {})
                yield from self._schema(where, old_schema, new_schema, direction)

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
            else:
                before, after = self._resolve(old[status], self.base), self._resolve(new[status], self.revision)
                assert before is not None and after is not None
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
            text = f"no longer accepts {sorted(before - after)}"
            yield self.change("security", "api-security-removed", Level.WARN, text)


def _schemes(requirements: list[dict[str, Any]] | None) -> set[str]:
    return {name for requirement in requirements or [] for name in requirement}


def _servers(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Change]:
    old = [server.get("url") for server in base.get("servers") or []]
    new = [server.get("url") for server in revision.get("servers") or []]
    if old[:1] != new[:1]:
        text = f"first server {old[:1]} -> {new[:1]}: the client's default base URL changes"
        yield Change("servers", "", "server-default-changed", Level.WARN, text)
    for url in sorted(set(new) - set(old[:1]) - set(new[:1])):
        yield Change("servers", "", "server-added", Level.INFO, f"{url} added")


def _security_schemes(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Change]:
    old = (base.get("components") or {}).get("securitySchemes") or {}
    new = (revision.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(old.keys() | new.keys()):
        where = f"components.securitySchemes.{name}"
        if name not in new:
            yield Change(where, "", "security-scheme-removed", Level.ERR, "removed")
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
        text = "removed (or renamed): its model class leaves the client; uses are reported per operation"
        yield Change(f"components.schemas.{name}", "", "component-removed", Level.WARN, text)
    for name in sorted(new.keys() - old.keys()):
        yield Change(f"components.schemas.{name}", "", "component-added", Level.INFO, "added")
