"""Schema comparison as a deployed client sees it.

Schemas are compared after normalisation: `$ref`s are followed (the same schema moved behind a `$ref` is
no change), one-item `allOf` wrappers are unwrapped, and nullability is one flag whatever its form
(`nullable: true`, a "null" in the `type` array, a `{type: null}` branch of oneOf/anyOf, null in `enum`).

`direction` is "request" (the client writes it) or "response" (the client reads it); levels follow from
what the change does to a client generated from the old spec.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tooling.specdiff.changes import Level

NULL_BRANCH = {"type": "null"}
PARSED_FORMATS = {"date-time", "date", "uuid", "binary"}  # formats the generated client converts
CONSTRAINTS = {
    "maxLength": "max",
    "maxItems": "max",
    "maximum": "max",
    "exclusiveMaximum": "max",
    "minLength": "min",
    "minItems": "min",
    "minimum": "min",
    "exclusiveMinimum": "min",
    "pattern": "other",
    "multipleOf": "other",
}
Found = tuple[str, Level, str, str]  # (id, level, field path, text)


@dataclass
class Shape:
    """A schema as far as clients care."""

    types: frozenset[str]
    nullable: bool
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: dict[str, Any] | None = None
    variants: tuple[str, ...] = ()
    constraints: dict[str, Any] = field(default_factory=dict)
    ref: str | None = None


def lookup(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return dict(node)


def shape(schema: dict[str, Any] | bool, spec: dict[str, Any]) -> Shape:
    if not isinstance(schema, dict):
        return Shape(types=frozenset(), nullable=bool(schema))
    schema, ref, extra_null = _unwrap(schema, spec)
    declared = schema.get("type", [])
    types = {declared} if isinstance(declared, str) else set(declared)
    enum = schema.get("enum")
    all_branches = [branch for key in ("oneOf", "anyOf") for branch in schema.get(key, [])]
    branches = [branch for branch in all_branches if branch != NULL_BRANCH]
    nullable = (
        extra_null
        or schema.get("nullable") is True
        or "null" in types
        or (enum is not None and None in enum)
        or len(branches) < len(all_branches)
    )
    return Shape(
        types=frozenset(types - {"null"}),
        nullable=nullable,
        format=schema.get("format"),
        enum=None if enum is None else tuple(value for value in enum if value is not None),
        properties=schema.get("properties", {}),
        required=frozenset(schema.get("required", [])),
        items=schema.get("items") if isinstance(schema.get("items"), dict) else None,
        variants=tuple(sorted(_variant_name(branch) for branch in branches)),
        constraints={key: schema[key] for key in CONSTRAINTS if key in schema},
        ref=ref,
    )


def _unwrap(schema: dict[str, Any], spec: dict[str, Any]) -> tuple[dict[str, Any], str | None, bool]:
    """Follow $refs, one-item allOf wrappers and oneOf/anyOf [X, null]; keep the wrapper's own keywords."""
    ref, nullable = None, False
    for _ in range(64):  # a chain of pure $refs longer than this is a cycle
        if "$ref" in schema:
            ref = schema["$ref"]
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**lookup(spec, ref), **siblings}
            continue
        wrapper = next((k for k in ("allOf", "oneOf", "anyOf") if _single(schema.get(k, []))), None)
        if wrapper is None:
            break
        branches = schema[wrapper]
        nullable |= NULL_BRANCH in branches
        inner = next(b for b in branches if b != NULL_BRANCH)
        schema = {**{k: v for k, v in schema.items() if k != wrapper}, **inner}
    return schema, ref, nullable


def _single(branches: list[Any]) -> bool:
    return len([b for b in branches if b != NULL_BRANCH]) == 1


def _variant_name(branch: dict[str, Any]) -> str:
    if "$ref" in branch:
        return str(branch["$ref"]).rsplit("/", 1)[-1]
    declared = branch.get("type", "any")
    return declared if isinstance(declared, str) else "|".join(sorted(declared))


class SchemaDiff:
    """Compares schemas of two specs; results are memoised per ($ref pair, direction)."""

    def __init__(self, base: dict[str, Any], revision: dict[str, Any]) -> None:
        self.base, self.revision = base, revision
        self._memo: dict[tuple[str, str, str], list[Found]] = {}
        self._active: set[tuple[str, str, str]] = set()

    def compare(self, old: dict[str, Any], new: dict[str, Any], direction: str) -> list[Found]:
        before, after = shape(old, self.base), shape(new, self.revision)
        key = (before.ref or "", after.ref or "", direction)
        if before.ref and after.ref:
            if key in self._memo:
                return self._memo[key]
            if key in self._active:  # a recursive schema: its changes are reported at the first level
                return []
            self._active.add(key)
            found = list(_compare(self, before, after, direction))
            self._active.discard(key)
            self._memo[key] = found
            return found
        return list(_compare(self, before, after, direction))


def _compare(diff: SchemaDiff, old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    yield from _nullability(old, new, direction)
    yield from _types(old, new, direction)
    yield from _enums(old, new, direction)
    yield from _constraints(old, new, direction)
    yield from _variants(old, new, direction)
    yield from _properties(diff, old, new, direction)
    if old.items is not None and new.items is not None:
        for check, level, path, text in diff.compare(old.items, new.items, direction):
            yield check, level, _join("[]", path), text


def _join(parent: str, child: str) -> str:
    if not child:
        return parent
    return f"{parent}{child}" if child.startswith("[]") else f"{parent}.{child}"


def _nullability(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    if old.nullable == new.nullable:
        return
    if direction == "response" and new.nullable:
        yield "response-became-nullable", Level.ERR, "", "may now be null: the old client rejects null here"
    elif direction == "request" and not new.nullable:
        yield "request-became-not-nullable", Level.ERR, "", "no longer accepts null, which the old client may send"
    else:
        state = "nullable" if new.nullable else "not nullable"
        yield f"{direction}-became-{state.replace(' ', '-')}", Level.INFO, "", f"became {state}"


def _types(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    if old.types and new.types and old.types != new.types:
        widened = old.types < new.types
        narrowed = new.types < old.types
        harmless = (direction == "request" and widened) or (direction == "response" and narrowed)
        level = Level.INFO if harmless else Level.ERR
        text = f"type changed from {'|'.join(sorted(old.types))} to {'|'.join(sorted(new.types))}"
        yield f"{direction}-type-changed", level, "", text
    if old.format != new.format and old.types & new.types - {"object", "array"}:
        parsed = {old.format, new.format} & PARSED_FORMATS
        level = Level.ERR if parsed and direction == "response" else Level.WARN if parsed else Level.INFO
        yield f"{direction}-format-changed", level, "", f"format changed from {old.format} to {new.format}"


def _enums(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    if old.enum is None or new.enum is None:
        if old.enum is not None and new.enum is None:
            yield f"{direction}-enum-removed", Level.INFO, "", "no longer restricted to an enum"
        elif new.enum is not None and old.enum is None:
            level = Level.ERR if direction == "request" else Level.INFO
            yield f"{direction}-enum-added", level, "", f"now restricted to {list(new.enum)}"
        return
    added = [value for value in new.enum if value not in old.enum]
    removed = [value for value in old.enum if value not in new.enum]
    if added and direction == "response":
        yield (
            "response-enum-value-added",
            Level.INFO,
            "",
            f"new values {added}: the old client's enums are open, it parses them as unknown members",
        )
    elif added:
        yield "request-enum-value-added", Level.INFO, "", f"new values {added}"
    if removed and direction == "request":
        yield "request-enum-value-removed", Level.ERR, "", f"values {removed} removed: the old client may send them"
    elif removed:
        yield "response-enum-value-removed", Level.INFO, "", f"values {removed} no longer returned"


def _constraints(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    for key, kind in CONSTRAINTS.items():
        before, after = old.constraints.get(key), new.constraints.get(key)
        if before == after:
            continue
        tighter = after is not None and (
            before is None or kind == "other" or (after < before if kind == "max" else after > before)
        )
        level = Level.WARN if direction == "request" and tighter else Level.INFO
        text = f"{key} changed from {before} to {after}"
        if direction == "response":
            text += " (the client does not check constraints)"
        yield f"{direction}-constraint-changed", level, "", text


def _variants(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    added = sorted(set(new.variants) - set(old.variants))
    removed = sorted(set(old.variants) - set(new.variants))
    if added:
        level = Level.WARN if direction == "response" else Level.INFO
        yield f"{direction}-variant-added", level, "", f"new alternatives {added}"
    if removed:
        level = Level.ERR if direction == "request" else Level.INFO
        yield f"{direction}-variant-removed", level, "", f"alternatives {removed} removed"


def _properties(diff: SchemaDiff, old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    for name in sorted(old.properties.keys() | new.properties.keys()):
        before, after = old.properties.get(name), new.properties.get(name)
        if _ignored(before if after is None else after, direction):
            continue
        if after is None:
            yield _property_removed(name, name in old.required, direction)
        elif before is None:
            yield _property_added(name, name in new.required, direction)
        else:
            yield from _requiredness(name, name in old.required, name in new.required, direction)
            for check, level, path, text in diff.compare(before, after, direction):
                yield check, level, _join(name, path), text


def _ignored(schema: Any, direction: str) -> bool:
    """readOnly properties never travel in requests, writeOnly ones never in responses."""
    if not isinstance(schema, dict):
        return False
    return schema.get("readOnly" if direction == "request" else "writeOnly") is True


def _property_removed(name: str, required: bool, direction: str) -> Found:
    if direction == "response" and required:
        return "response-required-property-removed", Level.ERR, name, "removed: the old client requires it"
    if direction == "response":
        return "response-optional-property-removed", Level.INFO, name, "removed: the old client reads it as unset"
    return "request-property-removed", Level.WARN, name, "removed: the old client may still send it"


def _property_added(name: str, required: bool, direction: str) -> Found:
    if direction == "request" and required:
        return "request-required-property-added", Level.ERR, name, "added as required: the old client omits it"
    text = "added: the old client keeps it in additional_properties" if direction == "response" else "added"
    return f"{direction}-property-added", Level.INFO, name, text


def _requiredness(name: str, was: bool, now: bool, direction: str) -> Iterator[Found]:
    if was == now:
        return
    if direction == "response" and was:
        yield "response-property-became-optional", Level.ERR, name, "may now be absent: the old client requires it"
    elif direction == "request" and now:
        yield "request-property-became-required", Level.ERR, name, "became required: the old client may omit it"
    else:
        yield f"{direction}-property-became-{'required' if now else 'optional'}", Level.INFO, name, "changed"
