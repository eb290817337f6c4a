"""The payloads a spec documents, found in the spec itself so that tests follow it without edits.

Upstream writes examples in many places: `example` and `examples` on schemas and properties, on
parameters and on request and response media types (`examples: {name: {value: ...}}`), and in prose:
"Example: `37`", "Example: `a` or `b`", bulleted lists of such values, quoted values and fenced blocks
(```json, bare ``` and ```text) in descriptions. Each one is an `Example` with the JSON pointer where it
is written and the pointer of the schema it documents. Prose is read as the schema's type says: a
string schema takes the text as is, other types take JSON (trailing commas tolerated) or a Python literal
such as `False`; text that is neither is kept with the reason, as the invalid example it is.
"""

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REF_PREFIX = "#/components/schemas/"
# A fenced block after "Example ...:" (a label such as `transcript_json` or "- Simple filter" may sit between).
_BLOCK = re.compile(r"Example\b[^\n:]{0,40}:[ \t]*\n?[ \t]*```(\w*)[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)
# "Example: `a`", "Example: `a` or `b`", "Example: `a`, `b`, or `c`".
_INLINE = re.compile(r"Example:[ \t]*(`[^`\n]+`(?:[ \t]*,?[ \t]*(?:or|and)?[ \t]*`[^`\n]+`)*)")
# "Example:" then a bulleted list of `values`.
_BULLETS = re.compile(r"Example:[ \t]*\n((?:[ \t]*[-*][ \t]+`[^`\n]+`[^\n]*\n?)+)")
# "Example: "+1234567890"" or 'a,b'.
_QUOTED = re.compile(r"""Example:[ \t]*("[^"\n]*"|'[^'\n]*')""")
_SPAN = re.compile(r"`([^`\n]+)`")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


class ProseError(ValueError):
    """Prose example text that is no value of the schema's type."""


@dataclass(frozen=True)
class Example:
    """One documented value: where it is written, the schema it documents, and the value (or why not)."""

    pointer: str
    schema_pointer: str
    value: Any
    error: str | None = None

    @property
    def context(self) -> str:
        """`request`, `response` or `schema`: which of readOnly/writeOnly properties it may leave out."""
        if "/requestBody/" in self.pointer or "/parameters/" in self.pointer:
            return "request"
        if "/responses/" in self.pointer:
            return "response"
        return "schema"


def pointer(*parts: str | int) -> str:
    """An RFC 6901 JSON pointer."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def at(document: Any, where: str) -> Any:
    """The value a JSON pointer (with or without the leading `#`) designates."""
    for token in where.removeprefix("#").split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        document = document[int(key)] if isinstance(document, list) else document[key]
    return document


def referenced_component(schema: dict[str, Any]) -> str | None:
    """The component a schema stands for: `$ref`, a one-item `allOf` wrapper, or `oneOf` [ref, null]."""
    target = stands_for(schema)
    if target is None or "$ref" not in target:
        return None
    ref = str(target["$ref"])
    return ref.removeprefix(_REF_PREFIX) if ref.startswith(_REF_PREFIX) else None


def stands_for(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The schema inside `allOf`/`oneOf`/`anyOf` wrappers with a single non-null branch (or itself)."""
    for keyword in ("allOf", "oneOf", "anyOf"):
        if keyword in schema:
            branches = [branch for branch in schema[keyword] if branch.get("type") != "null"]
            return stands_for(branches[0]) if len(branches) == 1 else None
    return schema


def schema_types(schema: dict[str, Any], components: dict[str, Any] | None = None) -> set[str]:
    """The JSON types a schema admits, through `$ref`s and wrappers (empty: anything)."""
    target = stands_for(schema)
    component = referenced_component(schema)
    if component is not None and components is not None and component in components:
        target = components[component]
    if target is None:
        return set()
    declared = target.get("type", [])
    types = {declared} if isinstance(declared, str) else set(declared)
    if not types and "enum" in target:
        types = {json_type(value) for value in target["enum"]}
    return types - {"null"} if types - {"null"} else types


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return {str: "string", int: "integer", float: "number", list: "array", dict: "object"}[type(value)]


def prose_value(text: str, types: set[str]) -> Any:
    """The value a prose example's text stands for, read as the schema's types say."""
    if types and types <= {"string"}:
        quoted = _json_or_none(text)
        return quoted if isinstance(quoted, str) else text
    for parse in (json.loads, lambda t: json.loads(_TRAILING_COMMA.sub(r"\1", t)), ast.literal_eval):
        try:
            return parse(text)
        except (ValueError, SyntaxError, RecursionError):
            continue
    if "string" in types or not types:
        return text
    raise ProseError(f"not a {'/'.join(sorted(types))}: {text[:60]!r}")


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def prose_texts(description: str) -> list[str]:
    """The example texts a description holds, in order; a ```text block's text is kept verbatim."""
    found: list[tuple[int, str]] = []
    for block in _BLOCK.finditer(description):
        language, body = block.group(1).lower(), block.group(2)
        if language in {"", "json", "text"}:
            found.append((block.start(), json.dumps(body.rstrip("\n")) if language == "text" else body.strip()))
    for inline in _INLINE.finditer(description):
        found.extend((inline.start(), span) for span in _SPAN.findall(inline.group(1)))
    for bullets in _BULLETS.finditer(description):
        found.extend((bullets.start(), line) for line in _SPAN.findall(bullets.group(1)))
    for quoted in _QUOTED.finditer(description):
        text = quoted.group(1)
        found.append((quoted.start(), json.dumps(text[1:-1]) if text.startswith("'") else text))
    return [text for _, text in sorted(found, key=lambda item: item[0])]


class _Walker:
    """Collects every documented example of a spec, in document order."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.components: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.found: list[Example] = []

    def run(self) -> list[Example]:
        components = self.spec.get("components", {})
        for name, schema in self.components.items():
            self.schema(("components", "schemas", name), schema)
        for name, parameter in components.get("parameters", {}).items():
            self.parameter(("components", "parameters", name), parameter)
        for kind in ("requestBodies", "responses"):
            for name, holder in components.get(kind, {}).items():
                self.content(("components", kind, name), holder)
        for path, item in self.spec.get("paths", {}).items():
            self.operation(("paths", path), item)
            for method in _METHODS:
                if isinstance(item.get(method), dict):
                    self.operation(("paths", path, method), item[method])
        return self.found

    def operation(self, where: tuple[str | int, ...], operation: dict[str, Any]) -> None:
        for index, parameter in enumerate(operation.get("parameters", [])):
            self.parameter((*where, "parameters", index), parameter)
        if "requestBody" in operation:
            self.content((*where, "requestBody"), operation["requestBody"])
        for status, response in operation.get("responses", {}).items():
            self.content((*where, "responses", status), response)

    def parameter(self, where: tuple[str | int, ...], parameter: dict[str, Any]) -> None:
        if "schema" not in parameter:
            return
        schema_where = (*where, "schema")
        self.documented(where, schema_where, parameter)
        self.prose(where, schema_where, parameter.get("description"), parameter["schema"])
        self.schema(schema_where, parameter["schema"])

    def content(self, where: tuple[str | int, ...], holder: dict[str, Any]) -> None:
        for media_type, media in holder.get("content", {}).items():
            media_where = (*where, "content", media_type)
            schema_where = (*media_where, "schema")
            self.documented(media_where, schema_where, media)
            self.schema(schema_where, media.get("schema", {}))

    def documented(self, where: tuple[str | int, ...], schema_where: tuple[str | int, ...], holder: Any) -> None:
        """`example`, and `examples` as OpenAPI writes them: a name -> Example Object map."""
        if "example" in holder:
            self.add((*where, "example"), schema_where, holder["example"])
        for name, example in holder.get("examples", {}).items():
            if isinstance(example, dict) and "value" in example:
                self.add((*where, "examples", name, "value"), schema_where, example["value"])

    def schema(self, where: tuple[str | int, ...], schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        if "example" in schema:
            self.add((*where, "example"), where, schema["example"])
        examples = schema.get("examples")
        if isinstance(examples, list):  # JSON Schema's `examples`: an array of values
            for index, value in enumerate(examples):
                self.add((*where, "examples", index), where, value)
        self.prose(where, where, schema.get("description"), schema)
        for keyword in ("properties", "patternProperties", "$defs"):
            for name, inner in schema.get(keyword, {}).items():
                self.schema((*where, keyword, name), inner)
        for keyword in ("items", "additionalProperties", "not", "contains"):
            self.schema((*where, keyword), schema.get(keyword))
        for keyword in ("allOf", "oneOf", "anyOf", "prefixItems"):
            for index, inner in enumerate(schema.get(keyword, [])):
                self.schema((*where, keyword, index), inner)

    def prose(
        self,
        where: tuple[str | int, ...],
        schema_where: tuple[str | int, ...],
        description: Any,
        schema: dict[str, Any],
    ) -> None:
        if not isinstance(description, str) or "Example" not in description:
            return
        types = schema_types(schema, self.components)
        for index, text in enumerate(prose_texts(description)):
            place = (*where, "description", index)
            try:
                self.add(place, schema_where, prose_value(text, types))
            except ProseError as error:
                self.found.append(Example(pointer(*place), pointer(*schema_where), text, str(error)))

    def add(self, where: tuple[str | int, ...], schema_where: tuple[str | int, ...], value: Any) -> None:
        self.found.append(Example(pointer(*where), pointer(*schema_where), value))


def documented(spec: dict[str, Any]) -> list[Example]:
    """Every example the spec documents. A prose example's pointer is its description's plus its index."""
    return _Walker(spec).run()


class Examples:
    """Example payloads of the component schemas: their own, and those assembled from properties."""

    def __init__(self, spec: dict[str, Any], exclude: set[str] | None = None) -> None:
        """`exclude`: pointers of examples to leave out (those invalid against their schema)."""
        self.schemas: dict[str, dict[str, Any]] = spec.get("components", {}).get("schemas", {})
        self.by_schema: dict[str, list[Any]] = {}
        for example in documented(spec):
            if example.error is None and example.pointer not in (exclude or set()):
                self.by_schema.setdefault(example.schema_pointer, []).append(example.value)

    def example(self, where: str, schema: dict[str, Any]) -> tuple[bool, Any]:
        """(found, value): the schema's first documented example, or one assembled from its properties'."""
        if self.by_schema.get(where):
            return True, self.by_schema[where][0]
        component = referenced_component(schema)
        if component is not None and component in self.schemas:
            return self.example(pointer("components", "schemas", component), self.schemas[component])
        assembled = {}
        for name, property_schema in schema.get("properties", {}).items():
            found, value = self.example(f"{where}{pointer('properties', name)}", property_schema)
            if found:
                assembled[name] = value
        # Property examples make a payload only when they cover what the schema requires.
        complete = set(schema.get("required", [])) <= assembled.keys()
        return bool(assembled) and complete, assembled

    def assembled(self) -> dict[str, dict[str, Any]]:
        """Component -> the payload assembled from its properties' examples, where they cover the required."""
        found = {}
        for name, schema in self.schemas.items():
            where = pointer("components", "schemas", name)
            if self.by_schema.get(where) or "properties" not in schema:
                continue
            complete, value = self.example(where, schema)
            if complete:
                found[name] = value
        return found

    def by_component(self) -> dict[str, list[dict[str, Any]]]:
        """Every documented example object of each component, its own and those inside other examples."""
        collected: dict[str, list[dict[str, Any]]] = {}
        for name, schema in self.schemas.items():
            found, value = self.example(pointer("components", "schemas", name), schema)
            if found and isinstance(value, dict):
                for component, payload in self._nested(name, value):
                    if payload not in collected.setdefault(component, []):
                        collected[component].append(payload)
        return collected

    def _nested(self, component: str, payload: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        yield component, payload
        for name, property_schema in self.schemas[component].get("properties", {}).items():
            inner = referenced_component(property_schema)
            if inner is not None and inner in self.schemas and isinstance(payload.get(name), dict):
                yield from self._nested(inner, payload[name])


def prose_and_example_pairs(spec: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(where, prose value, `example` value) for every property documenting both, to catch drift."""
    components = spec.get("components", {}).get("schemas", {})
    for component, schema in components.items():
        for name, property_schema in schema.get("properties", {}).items():
            texts = prose_texts(property_schema.get("description") or "")
            if texts and "example" in property_schema:
                try:
                    prose = prose_value(texts[0], schema_types(property_schema, components))
                except ProseError:
                    continue
                yield f"{component}.{name}", prose, property_schema["example"]
