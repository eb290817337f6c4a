"""Schema comparison as a deployed client sees it.

Schemas are compared after normalisation: `$ref`s are followed (the same schema moved behind a `$ref` is
no change), one-item `allOf` wrappers are unwrapped, and nullability is one flag whatever its form
(`nullable: true`, a "null" in the `type` array, a null branch of oneOf/anyOf, inline or behind a `$ref`
such as drf-spectacular's `NullEnum`, null in `enum`). A oneOf/anyOf whose branches are all enums accepts
the union of their values, and is compared as that enum; other branches are paired by name, then by what
they accept, and compared pair by pair.

`direction` is "request" (the client writes it) or "response" (the client reads it); levels follow from
what the change does to a client generated from the old spec. `textual` marks a parameter: on the wire
it is text, so an integer the old client sends is still a valid string.

A change inside a component schema is found once and attributed to the component (`Found.component`);
the operations layer counts the operations that reach it.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from tooling.pipeline.documents import lookup
from tooling.specdiff.changes import Level

SCHEMAS = "#/components/schemas/"
SCALARS = {"integer", "number", "boolean", "string"}
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


@dataclass(frozen=True)
class Found:
    id: str
    level: Level
    path: str
    """Inside the schema compared, or inside `component` when that is set."""
    text: str
    component: str = ""
    """"components.schemas.Name" when the change is inside that component."""

    def under(self, parent: str) -> "Found":
        return self if self.component else replace(self, path=_join(parent, self.path))


@dataclass(frozen=True)
class Context:
    direction: str
    textual: bool = False


@dataclass
class Shape:
    """A schema as far as clients care."""

    types: frozenset[str]
    nullable: bool
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    branches: tuple[Any, ...] = ()
    constraints: dict[str, Any] = field(default_factory=dict)
    ref: str | None = None
    schema: dict[str, Any] = field(default_factory=dict)
    """The schema itself, after unwrapping: the one branch of a side that is not a union."""
    unresolved: bool = False
    """`ref` points at nothing in its document."""


def shape(schema: Any, spec: dict[str, Any]) -> Shape:
    if not isinstance(schema, dict):
        return Shape(types=frozenset(), nullable=bool(schema))
    schema, ref, extra_null, unresolved = _unwrap(schema, spec)
    if unresolved:
        return Shape(types=frozenset(), nullable=False, ref=ref, unresolved=True)
    declared = schema.get("type", [])
    types = {declared} if isinstance(declared, str) else set(declared)
    enum = schema.get("enum")
    all_branches = [branch for key in ("oneOf", "anyOf") for branch in schema.get(key, [])]
    branches = [branch for branch in all_branches if not _is_null(branch, spec)]
    nullable = (
        extra_null
        or schema.get("nullable") is True
        or "null" in types
        or (enum is not None and None in enum)
        or len(branches) < len(all_branches)
    )
    union = _enum_union(branches, spec)
    if union is not None:
        union_types, values, union_null = union
        types, enum, branches, nullable = types | union_types, values, [], nullable or union_null
    return Shape(
        types=frozenset(types - {"null"}),
        nullable=nullable,
        format=schema.get("format"),
        enum=None if enum is None else tuple(value for value in enum if value is not None),
        properties=schema.get("properties", {}),
        required=frozenset(schema.get("required", [])),
        items=schema.get("items") if isinstance(schema.get("items"), dict) else None,
        branches=tuple(branches),
        constraints={key: schema[key] for key in CONSTRAINTS if key in schema},
        ref=ref,
        schema=schema,
    )


def _unwrap(schema: dict[str, Any], spec: dict[str, Any]) -> tuple[dict[str, Any], str | None, bool, bool]:
    """Follow $refs, one-item allOf wrappers and oneOf/anyOf [X, null]; keep the wrapper's own keywords.
    Returns the schema, the first $ref followed, whether a null branch was dropped, and whether the $ref
    points at nothing."""
    ref, nullable = None, False
    for _ in range(64):  # a chain of pure $refs longer than this is a cycle
        if "$ref" in schema:
            ref = ref or schema["$ref"]
            target = lookup(spec, schema["$ref"])
            if target is None:
                return schema, schema["$ref"], nullable, True
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
            continue
        wrapper = next((k for k in ("allOf", "oneOf", "anyOf") if _single(schema.get(k, []), spec)), None)
        if wrapper is None:
            break
        branches = schema[wrapper]
        nullable |= any(_is_null(branch, spec) for branch in branches)
        inner = next(branch for branch in branches if not _is_null(branch, spec))
        schema = {**{k: v for k, v in schema.items() if k != wrapper}, **inner}
    return schema, ref, nullable, False


def _single(branches: list[Any], spec: dict[str, Any]) -> bool:
    return len([branch for branch in branches if not _is_null(branch, spec)]) == 1


def _is_null(branch: Any, spec: dict[str, Any]) -> bool:
    """A branch that accepts null and nothing else, inline or behind a $ref (drf-spectacular's NullEnum)."""
    target = lookup(spec, branch["$ref"]) if isinstance(branch, dict) and "$ref" in branch else branch
    if not isinstance(target, dict):
        return False
    return target.get("type") in ("null", ["null"]) or target.get("enum") == [None] or target.get("const", 0) is None


def _enum_union(branches: list[Any], spec: dict[str, Any]) -> tuple[set[str], list[Any], bool] | None:
    """Branches that are all enums accept the union of their values (oneOf [LanguageEnum, BlankEnum])."""
    if len(branches) < 2:
        return None
    shapes = [shape(branch, spec) for branch in branches]
    if any(each.enum is None for each in shapes):
        return None
    values: list[Any] = []
    for each in shapes:
        values += [value for value in each.enum or () if value not in values]
    return set().union(*(each.types for each in shapes)), values, any(each.nullable for each in shapes)


def _variant_name(branch: Any) -> str:
    if isinstance(branch, dict) and "$ref" in branch:
        return str(branch["$ref"]).rsplit("/", 1)[-1]
    declared = branch.get("type", "any") if isinstance(branch, dict) else "any"
    return declared if isinstance(declared, str) else "|".join(sorted(declared))


def _component(old_ref: str | None, new_ref: str | None) -> str:
    """The component a pair of $refs compares, or "" when either side is not a component schema."""
    if not (old_ref and new_ref and old_ref.startswith(SCHEMAS) and new_ref.startswith(SCHEMAS)):
        return ""
    old, new = old_ref.removeprefix(SCHEMAS), new_ref.removeprefix(SCHEMAS)
    return f"components.schemas.{new}" if old == new else f"components.schemas.{old} -> {new}"


class SchemaDiff:
    """Compares schemas of two specs; results are memoised per ($ref pair, context)."""

    def __init__(self, base: dict[str, Any], revision: dict[str, Any]) -> None:
        self.base, self.revision = base, revision
        self._memo: dict[tuple[str, str, Context], list[Found]] = {}
        self._active: set[tuple[str, str, Context]] = set()

    def compare(self, old: Any, new: Any, direction: str, textual: bool = False) -> list[Found]:
        return self._compare(old, new, Context(direction, textual))

    def _compare(self, old: Any, new: Any, context: Context) -> list[Found]:
        before, after = shape(old, self.base), shape(new, self.revision)
        if not (before.ref and after.ref) or before.unresolved or after.unresolved:
            return list(_compare(self, before, after, context))
        key = (before.ref, after.ref, context)
        if key in self._active:  # a recursive schema: its changes are reported at the first level
            return []
        own = self._referenced(key)
        if _bare(old) and _bare(new):
            return own
        # What the referring schema adds around the $ref (a null branch, `nullable`) belongs to it.
        self._active.add(key)
        around = [each for each in _compare(self, before, after, context) if _attributed(each, key) not in own]
        self._active.discard(key)
        return own + around

    def _referenced(self, key: tuple[str, str, Context]) -> list[Found]:
        """The changes of what a pair of $refs points at, attributed to the component."""
        if key not in self._memo:
            old_ref, new_ref, context = key
            before, after = shape({"$ref": old_ref}, self.base), shape({"$ref": new_ref}, self.revision)
            self._active.add(key)
            self._memo[key] = [_attributed(each, key) for each in _compare(self, before, after, context)]
            self._active.discard(key)
        return self._memo[key]


def _bare(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.keys() == {"$ref"}


def _attributed(found: Found, key: tuple[str, str, Context]) -> Found:
    component = _component(key[0], key[1])
    return found if found.component or not component else replace(found, component=component)


def _compare(diff: SchemaDiff, old: Shape, new: Shape, context: Context) -> Iterator[Found]:
    direction = context.direction
    if old.unresolved or new.unresolved:
        yield _unresolved(old, new, direction)
        return
    yield from _nullability(old, new, direction)
    if old.branches or new.branches:  # when one side only is a union, the other is one of its branches
        yield from _variants(diff, old, new, context)
    if bool(old.branches) == bool(new.branches):
        yield from _types(old, new, context)
        yield from _enums(old, new, direction)
        yield from _constraints(old, new, direction)
        yield from _encoding(old, new, direction)
        yield from _properties(diff, old, new, direction)
    if old.items is not None and new.items is not None:
        for found in diff._compare(old.items, new.items, context):
            yield found.under("[]")


def _join(parent: str, child: str) -> str:
    if not child:
        return parent
    return f"{parent}{child}" if child.startswith("[]") else f"{parent}.{child}"


def _unresolved(old: Shape, new: Shape, direction: str) -> Found:
    if not new.unresolved:
        return Found(f"{direction}-ref-resolved", Level.INFO, "", f"{old.ref} pointed at nothing; now it resolves")
    if old.unresolved:
        text = f"{new.ref} points at nothing, in both versions: what it carries is unknown"
        return Found(f"{direction}-ref-unresolved", Level.INFO, "", text)
    level = Level.ERR if direction == "response" else Level.WARN
    text = f"{new.ref} points at nothing: what the server now {'sends' if direction == 'response' else 'expects'}"
    return Found(f"{direction}-ref-unresolved", level, "", text + " is unknown")


def _nullability(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    if old.nullable == new.nullable:
        return
    if direction == "response" and new.nullable:
        yield Found("response-became-nullable", Level.ERR, "", "may now be null: the old client rejects null here")
    elif direction == "request" and not new.nullable:
        text = "no longer accepts null, which the old client may send"
        yield Found("request-became-not-nullable", Level.ERR, "", text)
    else:
        state = "nullable" if new.nullable else "not-nullable"
        yield Found(f"{direction}-became-{state}", Level.INFO, "", f"became {state.replace('-', ' ')}")


def _accepts(wide: frozenset[str], narrow: frozenset[str], textual: bool) -> bool:
    """Every value of the `narrow` types is a valid value of some `wide` type."""

    def takes(target: str, value: str) -> bool:
        return target == value or (target, value) == ("number", "integer") or (textual and target == "string")

    return all(any(takes(target, value) for target in wide) for value in narrow)


def _types(old: Shape, new: Shape, context: Context) -> Iterator[Found]:
    direction = context.direction
    if old.types and new.types and old.types != new.types:
        text = f"type changed from {'|'.join(sorted(old.types))} to {'|'.join(sorted(new.types))}"
        if direction == "request" and _accepts(new.types, old.types, context.textual and old.types <= SCALARS):
            yield Found("request-type-changed", Level.INFO, "", text + ": what the old client sends is still valid")
        elif direction == "response" and _accepts(old.types, new.types, False):
            yield Found("response-type-changed", Level.INFO, "", text + ": the old client still parses it")
        else:
            yield Found(f"{direction}-type-changed", Level.ERR, "", text)
    if old.format != new.format and old.types & new.types - {"object", "array"}:
        parsed = {old.format, new.format} & PARSED_FORMATS
        level = Level.ERR if parsed and direction == "response" else Level.WARN if parsed else Level.INFO
        text = f"format changed from {old.format or 'none'} to {new.format or 'none'}"
        yield Found(f"{direction}-format-changed", level, "", text)


def _enums(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    if old.enum is None or new.enum is None:
        if old.enum is not None:
            yield Found(f"{direction}-enum-removed", Level.INFO, "", "no longer restricted to an enum")
        elif new.enum is not None:
            level = Level.ERR if direction == "request" else Level.INFO
            yield Found(f"{direction}-enum-added", level, "", f"now restricted to {list(new.enum)}")
        return
    added = [value for value in new.enum if value not in old.enum]
    removed = [value for value in old.enum if value not in new.enum]
    if added and direction == "response":
        text = f"new values {added}: the old client's enums are open, it parses them as unknown members"
        yield Found("response-enum-value-added", Level.INFO, "", text)
    elif added:
        yield Found("request-enum-value-added", Level.INFO, "", f"new values {added}")
    if removed and direction == "request":
        text = f"values {removed} removed: the old client may send them"
        yield Found("request-enum-value-removed", Level.ERR, "", text)
    elif removed:
        yield Found("response-enum-value-removed", Level.INFO, "", f"values {removed} no longer returned")


def _constraints(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    for key, kind in CONSTRAINTS.items():
        before, after = old.constraints.get(key), new.constraints.get(key)
        if before == after:
            continue
        tighter = after is not None and (
            before is None or kind == "other" or (after < before if kind == "max" else after > before)
        )
        level = Level.WARN if direction == "request" and tighter else Level.INFO
        text = f"{key} {after} added" if before is None else f"{key} {before} removed" if after is None else ""
        text = text or f"{key} changed from {before} to {after}"
        if direction == "response":
            text += " (the client does not check constraints)"
        yield Found(f"{direction}-constraint-changed", level, "", text)


def _encoding(old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    """A string's contentEncoding (base64): the client passes the string as it is, its user encodes it."""
    before, after = old.schema.get("contentEncoding"), new.schema.get("contentEncoding")
    if before != after:
        text = f"contentEncoding {before or 'none'} -> {after or 'none'}: the old client's user "
        text += "encodes it the old way" if direction == "request" else "decodes it the old way"
        yield Found(f"{direction}-content-encoding-changed", Level.ERR, "", text)


def _variants(diff: SchemaDiff, old: Shape, new: Shape, context: Context) -> Iterator[Found]:
    direction = context.direction
    pairs, removed, added = _pair_branches(diff, list(old.branches or [old.schema]), list(new.branches or [new.schema]))
    for before, after in pairs:
        yield from diff._compare(before, after, context)
    if added:
        level = Level.WARN if direction == "response" else Level.INFO
        names = sorted(_variant_name(branch) for branch in added)
        text = f"new alternatives {names}" + (": the old client may not parse them" if level == Level.WARN else "")
        yield Found(f"{direction}-variant-added", level, "", text)
    if removed:
        level = Level.ERR if direction == "request" else Level.INFO
        names = sorted(_variant_name(branch) for branch in removed)
        text = f"alternatives {names} removed" + (": the old client may send them" if level == Level.ERR else "")
        yield Found(f"{direction}-variant-removed", level, "", text)


def _pair_branches(
    diff: SchemaDiff, old: list[Any], new: list[Any]
) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Pairs oneOf/anyOf branches by name, then the rest by the types they accept; returns the pairs and
    the branches left over on each side (removed, added)."""
    keys: list[Callable[[Any, dict[str, Any]], Any]] = [
        lambda branch, _: _variant_name(branch),
        lambda branch, spec: shape(branch, spec).types,
    ]
    pairs = []
    for key in keys:
        for before in list(old):
            match = next((after for after in new if key(after, diff.revision) == key(before, diff.base)), None)
            if match is not None:
                pairs.append((before, match))
                old.remove(before)
                new.remove(match)
    return pairs, old, new


def _properties(diff: SchemaDiff, old: Shape, new: Shape, direction: str) -> Iterator[Found]:
    for name in sorted(old.properties.keys() | new.properties.keys()):
        before, after = old.properties.get(name), new.properties.get(name)
        was, now = _travels(before, direction), _travels(after, direction)
        if was and now:
            yield from _requiredness(name, name in old.required, name in new.required, direction)
            for found in diff._compare(before, after, Context(direction)):
                yield found.under(name)
        elif was:
            yield (_property_hidden if after else _property_removed)(name, name in old.required, direction)
        elif now:
            yield (_property_shown if before else _property_added)(name, name in new.required, direction)


def _travels(schema: Any, direction: str) -> bool:
    """The property is there and travels this way: readOnly properties never travel in requests, writeOnly
    ones never in responses."""
    if not isinstance(schema, dict):
        return schema is not None
    return schema.get("readOnly" if direction == "request" else "writeOnly") is not True


def _property_removed(name: str, required: bool, direction: str) -> Found:
    if direction == "response" and required:
        return Found("response-required-property-removed", Level.ERR, name, "removed: the old client requires it")
    if direction == "response":
        text = "removed: the old client reads it as unset"
        return Found("response-optional-property-removed", Level.INFO, name, text)
    return Found("request-property-removed", Level.WARN, name, "removed: the old client may still send it")


def _property_added(name: str, required: bool, direction: str) -> Found:
    if direction == "request" and required:
        return Found("request-required-property-added", Level.ERR, name, "added as required: the old client omits it")
    text = "added: the old client keeps it in additional_properties" if direction == "response" else "added, optional"
    return Found(f"{direction}-property-added", Level.INFO, name, text)


def _property_hidden(name: str, required: bool, direction: str) -> Found:
    if direction == "request":
        return Found("request-property-became-read-only", Level.WARN, name, "became readOnly: the old client sends it")
    level = Level.ERR if required else Level.INFO
    text = "became writeOnly: no longer returned" + (", and the old client requires it" if required else "")
    return Found("response-property-became-write-only", level, name, text)


def _property_shown(name: str, required: bool, direction: str) -> Found:
    if direction == "response":
        text = "no longer writeOnly: returned, and the old client's model has it"
        return Found("response-property-became-not-write-only", Level.INFO, name, text)
    if required:
        text = "no longer readOnly, and required: the old client omits it"
        return Found("request-required-property-became-not-read-only", Level.ERR, name, text)
    text = "no longer readOnly: the old client omits it, which is still valid"
    return Found("request-property-became-not-read-only", Level.INFO, name, text)


def _requiredness(name: str, was: bool, now: bool, direction: str) -> Iterator[Found]:
    if was == now:
        return
    if direction == "response" and was:
        text = "became optional: may now be absent, and the old client requires it"
        yield Found("response-property-became-optional", Level.ERR, name, text)
    elif direction == "request" and now:
        text = "became required: the old client may omit it"
        yield Found("request-property-became-required", Level.ERR, name, text)
    elif now:
        text = "became required: always present now (the old client accepts that)"
        yield Found("response-property-became-required", Level.INFO, name, text)
    else:
        text = "became optional: the old client always sends it, which is still valid"
        yield Found("request-property-became-optional", Level.INFO, name, text)
