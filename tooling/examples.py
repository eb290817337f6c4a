"""The payloads a spec documents, found in the spec itself so that tests follow it without edits.

Examples live in `example` values and, upstream, in prose: "Example: `37`" lines and ```json blocks in
descriptions. An object's example is its own `example`, else one assembled from its properties'.
Examples of nested components are read out of their parents' examples.
"""

import json
import re
from collections.abc import Iterator
from typing import Any

_INLINE = re.compile(r"Example:\s*`([^`\n]+)`")
_BLOCK = re.compile(r"Example:\s*```json\s*\n(.*?)```", re.DOTALL)
_REF_PREFIX = "#/components/schemas/"


def schema_types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type", [])
    return {declared} if isinstance(declared, str) else set(declared)


def prose_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    """(found, value) from the schema's description, typed by the schema's declared type."""
    description = schema.get("description") or ""
    block = _BLOCK.search(description)
    if block:
        return True, json.loads(block.group(1))
    inline = _INLINE.search(description)
    if not inline:
        return False, None
    text = inline.group(1)
    types = schema_types(schema)
    if "string" in types or not types:
        return True, text
    return True, json.loads(text)


def referenced_component(schema: dict[str, Any]) -> str | None:
    """The component a schema stands for: `$ref`, a one-item `allOf` wrapper, or `oneOf` [ref, null]."""
    if "$ref" in schema:
        ref = str(schema["$ref"])
        return ref.removeprefix(_REF_PREFIX) if ref.startswith(_REF_PREFIX) else None
    for keyword in ("allOf", "oneOf", "anyOf"):
        branches = [branch for branch in schema.get(keyword, []) if branch.get("type") != "null"]
        if len(branches) == 1:
            return referenced_component(branches[0])
    return None


class Examples:
    """Documented examples of the component schemas of one resolved spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, dict[str, Any]] = spec.get("components", {}).get("schemas", {})

    def example(self, schema: dict[str, Any]) -> tuple[bool, Any]:
        """(found, value): the schema's own example, its prose one, or one assembled from properties."""
        if "example" in schema:
            return True, schema["example"]
        found, value = prose_example(schema)
        if found:
            return True, value
        component = referenced_component(schema)
        if component is not None:
            return self.example(self.schemas[component])
        properties = schema.get("properties", {})
        assembled = {}
        for name, property_schema in properties.items():
            found, value = self.example(property_schema)
            if found:
                assembled[name] = value
        # Property examples make a payload only when they cover what the schema requires.
        complete = set(schema.get("required", [])) <= assembled.keys()
        return bool(assembled) and complete, assembled

    def by_component(self) -> dict[str, list[dict[str, Any]]]:
        """Every documented example object of each component, its own and those inside other examples."""
        collected: dict[str, list[dict[str, Any]]] = {}
        for name, schema in self.schemas.items():
            found, value = self.example(schema)
            if found and isinstance(value, dict):
                for component, payload in self._nested(name, value):
                    if payload not in collected.setdefault(component, []):
                        collected[component].append(payload)
        return collected

    def _nested(self, component: str, payload: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        yield component, payload
        for name, property_schema in self.schemas[component].get("properties", {}).items():
            inner = referenced_component(property_schema)
            if inner is not None and isinstance(payload.get(name), dict):
                yield from self._nested(inner, payload[name])


def prose_and_example_pairs(spec: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(where, prose value, `example` value) for every property documenting both, to catch drift."""
    for component, schema in spec.get("components", {}).get("schemas", {}).items():
        for name, property_schema in schema.get("properties", {}).items():
            found, prose = prose_example(property_schema)
            if found and "example" in property_schema:
                yield f"{component}.{name}", prose, property_schema["example"]
