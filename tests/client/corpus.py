"""The malformed-payload corpus: every documented payload, mutated at every field, through from_dict.

Each case must either parse or raise SchemaValidationError; anything else is a bug. `make corpus`
prints the count and the outcome table; tests/client/test_corpus.py asserts it.
"""

import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import cekura_api_client.models as models
from cekura_api_client.errors import SchemaValidationError

from tests.build_cache import resolved_spec
from tests.payloads import DROP, replaced
from tooling.quality.examples import Examples

Path = tuple[str | int, ...]
OTHER_TYPES: list[Any] = ["text", 7, -1.5, True, None, [], {}, [1, "two"], {"nested": {"deep": [None]}}]
GARBAGE: list[Any] = [
    "",
    "\u0000\ud7ff\U0001f600" * 50,
    "x" * 100_000,
    2**70,
    -(2**70),
    float("inf"),
    float("nan"),
    [[[[[[[[[[[]]]]]]]]]]],
    {"$ref": "#/components/schemas/BillingInfo"},
    "2026-13-45T99:99:99Z",
    "2026-06-23T10:00:00+25:00",
]
UNKNOWN_ENUM_VALUES = ["paused", "ACTIVE", " active", "", "\u0430ctive"]


def paths(payload: Any, prefix: Path = ()) -> Iterator[Path]:
    if isinstance(payload, dict):
        for key, value in payload.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))


def cases(payload: dict[str, Any], enum_fields: set[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, payload) for every mutation of every field of `payload`."""
    for path in paths(payload):
        yield "drop field", replaced(payload, path, DROP)
        yield "null field", replaced(payload, path, None)
        current = _at(payload, path)
        for value in OTHER_TYPES:
            if type(value) is not type(current) and value is not None:
                yield "wrong type", replaced(payload, path, value)
        for value in GARBAGE:
            yield "deep garbage", replaced(payload, path, value)
        if path[-1] in enum_fields:
            for value in UNKNOWN_ENUM_VALUES:
                yield "unknown enum value", replaced(payload, path, value)
    yield "extra field", {**payload, "unexpected": {"a": [1, {"b": None}]}}
    for value in OTHER_TYPES + GARBAGE:
        if not isinstance(value, dict):
            yield "not an object", value


def _at(payload: Any, path: Path) -> Any:
    for key in path:
        payload = payload[key]
    return payload


def enum_fields(spec: dict[str, Any]) -> set[str]:
    schemas = spec["components"]["schemas"].values()
    return {name for schema in schemas for name, prop in schema.get("properties", {}).items() if "enum" in prop}


def run() -> Counter[tuple[str, str]]:
    """(kind, outcome) -> count, outcome being `parsed`, `validation error` or the unexpected exception."""
    spec = resolved_spec()
    enums = enum_fields(spec)
    outcomes: Counter[tuple[str, str]] = Counter()
    for component, payloads in Examples(spec).by_component().items():
        model = getattr(models, component)
        for payload in payloads:
            for kind, case in cases(payload, enums):
                outcomes[kind, outcome(model, case)] += 1
    return outcomes


def outcome(model: Any, case: Any) -> str:
    try:
        model.from_dict(case)
    except SchemaValidationError:
        return "validation error"
    except Exception as error:  # the corpus exists to find these
        return f"UNEXPECTED {type(error).__name__}: {error}"[:120]
    return "parsed"


def table(outcomes: Counter[tuple[str, str]]) -> str:
    rows = [f"| {kind} | {result} | {count} |" for (kind, result), count in sorted(outcomes.items())]
    total = sum(outcomes.values())
    return "\n".join(["| mutation | outcome | cases |", "|---|---|---|", *rows, f"| **all** | | **{total}** |"])


def main() -> int:
    outcomes = run()
    print(table(outcomes))
    unexpected = sum(count for (_, result), count in outcomes.items() if result.startswith("UNEXPECTED"))
    print(f"\n{sum(outcomes.values())} cases, {unexpected} unexpected outcomes")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
