"""Property-based: payloads generated from each component schema round-trip exactly through its model.

One test per component that the generator makes a model of (found by the generator's own naming), each
with a fixed number of derandomized examples: the same payloads on every run, so a failure reproduces
and the cost is known (a sweep over the whole document: it runs once, not on every Python of the matrix).

Timestamps are drawn in the API's own form (ISO 8601 as Python writes it, UTC as "Z"), because an
arbitrary RFC 3339 spelling ("+00:00", ".1") denotes the same instant but is written back canonically;
that equivalence is tested in test_billing.py. hypothesis-jsonschema knows no `uuid` format, so UUIDs
come from hypothesis. Formats the client does not convert (`uri`, `email`, `decimal`, `double`, `int64`,
`binary`) are plain JSON values to it, so they are drawn as their type alone (a `uri` with a `pattern`
is beyond hypothesis-jsonschema).
"""

import copy
import datetime
from typing import Any

import cekura_api_client.models as models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tooling.classes import Classes
from tooling.examples import pointer
from tooling.resolve import resolve

SPEC = resolve().document
CLASSES = Classes(SPEC)
MODELS = {
    name: found[0].name
    for name in SPEC["components"]["schemas"]
    if (found := CLASSES.of(pointer("components", "schemas", name))) and not found[0].is_enum and not found[1]
}
# About 6,000 payloads in all, spread over the models, 20 to 100 each: 100 each for the billing excerpt's 3
# models, 20 each for the complete document's 350 (about 4 minutes on this machine).
EXAMPLES_PER_MODEL = max(20, min(100, 6000 // max(len(MODELS), 1)))
API_DATETIME = "api-date-time"
CONVERTED_FORMATS = {"date-time", "date", "uuid"}

offsets = st.sampled_from([0, 0, 60, -300, 330]).map(lambda minutes: datetime.timedelta(minutes=minutes))
api_datetimes = st.builds(
    lambda moment, offset: moment.replace(tzinfo=datetime.timezone(offset)).isoformat().replace("+00:00", "Z"),
    st.datetimes(min_value=datetime.datetime(1970, 1, 1), max_value=datetime.datetime(2100, 1, 1)),
    offsets,
)


def drawable(node: Any) -> Any:
    """The schemas as drawn: API timestamps, and only the formats the client converts."""
    if isinstance(node, dict):
        renamed = {key: drawable(value) for key, value in node.items()}
        if renamed.get("format") == "date-time":
            renamed["format"] = API_DATETIME
        elif "format" in renamed and renamed["format"] not in CONVERTED_FORMATS:
            del renamed["format"]
        return renamed
    if isinstance(node, list):
        return [drawable(item) for item in node]
    return node


COMPONENTS = drawable(SPEC["components"])


@pytest.mark.parametrize("component", sorted(MODELS))
def test_generated_payloads_round_trip(component: str) -> None:
    model = getattr(models, MODELS[component])
    schema = {"$ref": f"#/components/schemas/{component}", "components": COMPONENTS}

    @settings(
        max_examples=EXAMPLES_PER_MODEL,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(from_schema(schema, custom_formats={API_DATETIME: api_datetimes, "uuid": st.uuids().map(str)}))
    def check(payload: dict[str, Any]) -> None:
        assert model.from_dict(copy.deepcopy(payload)).to_dict() == payload

    check()
