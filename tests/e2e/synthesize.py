"""Minimal valid values for JSON schemas of the resolved spec, deterministically.

A request needs only its required parts: required properties (readOnly ones are the server's), the fewest
array items, the lowest number, the first enum member. The schema's own `example` is preferred where it
has one, so that values such as identifiers look like what the API documents.
"""

import json
from functools import cache
from typing import Any

from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st

FORMATS: dict[str, Any] = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "e2e@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "ipv4": "127.0.0.1",
    "duration": "P1D",
    "binary": b"e2e",
}


class Synthesizer:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            target: Any = self.document
            for part in str(schema["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            schema = target
        return schema

    def value(self, schema: dict[str, Any], *, documented: bool = True) -> Any:
        schema = self.resolve(schema)
        if documented and "example" in schema and _fits_type(schema, schema["example"]):
            return schema["example"]
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return next((member for member in schema["enum"] if member is not None), None)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                branches = [self.resolve(branch) for branch in schema[keyword]]
                return self.value(next((b for b in branches if not _is_null(b)), branches[0]))
        if "allOf" in schema:
            return self._object(self._merged(schema))
        kind = _first_type(schema)
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return [self.value(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        if kind is None and not schema:
            return "e2e"  # `{}` accepts anything; null would also match a `{type: null}` sibling in a oneOf
        return None

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in [schema, *schema["allOf"]]:
            part = self.resolve(part)
            if "allOf" in part and part is not schema:
                part = self._merged(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged

    def _object(self, schema: dict[str, Any]) -> dict[str, Any]:
        properties = schema.get("properties", {})
        payload = {}
        for name in schema.get("required", []):
            if name in properties and not self.resolve(properties[name]).get("readOnly"):
                payload[name] = self.value(properties[name])
        return payload

    @staticmethod
    def _string(schema: dict[str, Any]) -> Any:
        if schema.get("format") in FORMATS:
            return FORMATS[schema["format"]]
        if "pattern" in schema:
            return matching(schema["pattern"])
        return "e" * max(1, min(schema.get("minLength", 1), schema.get("maxLength", 3)))


def _is_null(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or schema.get("enum") == [None]


def _first_type(schema: dict[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):
        return next((kind for kind in declared if kind != "null"), None)
    if declared is None and "properties" in schema:
        return "object"
    return declared


def _number(schema: dict[str, Any], kind: str) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in schema else 1)
    return int(low) if kind == "integer" else float(low)


def _fits_type(schema: dict[str, Any], value: Any) -> bool:
    """A documented example of the declared JSON type (prose-typed examples are sometimes strings)."""
    kind = _first_type(schema)
    expected: dict[str, type | tuple[type, ...]] = {
        "string": str,
        "integer": int,
        "number": (int, float),
        "boolean": bool,
        "object": dict,
    }
    if kind == "array":
        return isinstance(value, list)
    if kind in expected:
        fits = isinstance(value, expected[kind])
        return fits and not (kind in ("integer", "number") and isinstance(value, bool))
    return value is not None and json.dumps(value) != "{}"


@cache
def matching(pattern: str) -> str:
    """The simplest string matching a pattern, found by hypothesis without randomness."""
    quiet = settings(database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    return str(find(st.from_regex(pattern), lambda _: True, settings=quiet))
