"""Which OpenAPI constructs a document uses, and how often: the evidence for oasdiff's rules that cannot
apply to Cekura's document (docs/spec-diff-rules.md), and the order in which missing rules are worth
implementing.

`python -m tooling.specdiff.constructs FILE...` prints the counts of each file as YAML.
"""

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tooling.pipeline.documents import load

KEYWORDS = (
    *("callbacks", "links", "webhooks", "headers", "x-sunset", "x-stability-level", "deprecated"),
    *("allOf", "anyOf", "oneOf", "discriminator", "const", "default", "enum", "x-extensible-enum", "nullable"),
    *("readOnly", "writeOnly", "pattern", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"),
    *("maxLength", "minLength", "maxItems", "minItems", "prefixItems", "if", "then", "else", "contains"),
    *("minContains", "maxContains", "dependentRequired", "dependentSchemas", "patternProperties"),
    *("propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema", "contentMediaType"),
    "contentEncoding",
)
"""Counted wherever they are keys of an OpenAPI or schema object; in a parameter's schema also as
`parameter <keyword>`."""
NAME_MAPS = {"properties", "patternProperties", "paths", "schemas", "responses", "content", "headers"}
NAME_MAPS |= {"parameters", "requestBodies", "securitySchemes", "callbacks", "links", "webhooks", "mapping"}
NAME_MAPS |= {"encoding", "variables", "scopes", "dependentSchemas", "dependentRequired", "$defs"}
"""Objects whose keys are names (a property called `links` is no link)."""
LITERALS = {"example", "examples", "default", "enum", "const", "x-extensible-enum"}
"""Keys whose values are data, never OpenAPI."""


def census(document: dict[str, Any]) -> dict[str, int]:
    """Each construct the document uses, with how often (constructs it does not use are absent)."""
    counts = Counter(_keys(document, names=False))
    for parameter in _parameters(document):
        counts[f"parameter in {parameter.get('in')}"] += 1
        counts.update(f"parameter {key}" for key in _keys(parameter, names=False))
    counts.update(
        "media type without schema"
        for media in _media_types(document)
        if isinstance(media, dict) and "schema" not in media
    )
    return {name: counts[name] for name in sorted(counts) if known(name)}


def known(name: str) -> bool:
    """`name` is a construct census() counts."""
    keyword = name.removeprefix("parameter ")
    return (
        keyword in (*KEYWORDS, "type list") or name.startswith("parameter in ") or name == "media type without schema"
    )


def _keys(node: Any, names: bool) -> Iterator[str]:
    """The keys of every OpenAPI or schema object under `node` (not names, not example data), and `type
    list` for each `type` given as a list."""
    if isinstance(node, list):
        for item in node:
            yield from _keys(item, names=False)
    elif isinstance(node, dict):
        for key, value in node.items():
            if names:
                yield from _keys(value, names=False)
                continue
            yield "type list" if key == "type" and isinstance(value, list) else key
            if key not in LITERALS:
                yield from _keys(value, names=key in NAME_MAPS)


def _parameters(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every parameter object written in the document (a `$ref` to one is not another)."""
    items = [*(document.get("paths") or {}).values()]
    for item in items:
        for operation in [item, *(value for value in item.values() if isinstance(value, dict))]:
            yield from (each for each in operation.get("parameters") or [] if "$ref" not in each)
    yield from ((document.get("components") or {}).get("parameters") or {}).values()


def _media_types(document: dict[str, Any]) -> Iterator[Any]:
    components = document.get("components") or {}
    bodies = [*(components.get("requestBodies") or {}).values(), *(components.get("responses") or {}).values()]
    for item in (document.get("paths") or {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                bodies += [operation.get("requestBody") or {}, *(operation.get("responses") or {}).values()]
    for body in bodies:
        yield from (body.get("content") or {}).values()


def main(argv: list[str]) -> None:
    for path in argv:
        print(f"{Path(path).name}:")
        for name, count in census(load(Path(path))).items():
            print(f"  {name}: {count}")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
