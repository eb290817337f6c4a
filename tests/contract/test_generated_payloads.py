"""Property-based: payloads generated from each component schema round-trip exactly through its model.

One test per component that the generator makes a model of (found by the generator's own naming), each
with a fixed number of derandomized examples: the same payloads on every run, so a failure reproduces
and the cost is known (a sweep over the whole document: it runs once, not on every Python of the matrix).

The payloads are drawn as tooling/quality/drawing.py says (timestamps in the API's own form).
"""

import copy
from typing import Any

import cekura_api_client.models as models
import pytest
from hypothesis import HealthCheck, given, settings

from tests.build_cache import resolved_spec
from tooling.quality.classes import Classes
from tooling.quality.drawing import drawable, payloads
from tooling.quality.examples import pointer

SPEC = resolved_spec()
CLASSES = Classes(SPEC)


def holds_files(schema: dict[str, Any]) -> bool:
    """A property that is a file (`format: binary`) or a list of files: the schema of a multipart request
    body, which is sent as form parts and never read from JSON, so it has no JSON round trip."""
    return any(is_file(prop) or is_file(prop.get("items")) for prop in schema.get("properties", {}).values())


def is_file(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("format") == "binary"


MODELS = {
    name: found[0].name
    for name, schema in SPEC["components"]["schemas"].items()
    if (found := CLASSES.of(pointer("components", "schemas", name)))
    and not found[0].is_enum
    and not found[1]
    and not holds_files(schema)
}
# About 3,500 payloads in all, spread over the models, 10 to 100 each: 100 each for the billing excerpt's 3
# models, 10 each for the complete document's 350 (about 2 minutes of one core; 20 each took 4, the largest
# single share of make test, and the mutation property test and the Prism sweeps draw payloads too).
EXAMPLES_PER_MODEL = max(10, min(100, 3000 // max(len(MODELS), 1)))
# A DRF page's items are a component of their own, drawn above; the page adds count, next and previous. Its
# payloads are the largest to draw (the 21 pages took half of this file's time at 20 examples each).
EXAMPLES_PER_PAGE = 5
COMPONENTS = drawable(SPEC["components"])


def is_page(schema: dict[str, Any]) -> bool:
    properties = schema.get("properties", {})
    items = properties.get("results", {}).get("items", {})
    return {"count", "next", "previous"} <= properties.keys() and "$ref" in items


@pytest.mark.parametrize("component", sorted(MODELS))
def test_generated_payloads_round_trip(component: str) -> None:
    model = getattr(models, MODELS[component])

    @settings(
        max_examples=EXAMPLES_PER_PAGE if is_page(SPEC["components"]["schemas"][component]) else EXAMPLES_PER_MODEL,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(payloads(COMPONENTS, component))
    def check(payload: dict[str, Any]) -> None:
        assert model.from_dict(copy.deepcopy(payload)).to_dict() == payload

    check()
