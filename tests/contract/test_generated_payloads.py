"""Property-based: payloads generated from the resolved schemas round-trip exactly through the models.

Timestamps are drawn in the API's own form (ISO 8601 as Python writes it, UTC as "Z"), because an
arbitrary RFC 3339 spelling ("+00:00", ".1") denotes the same instant but is written back canonically;
that equivalence is tested on its own below.
"""

import copy
import datetime
from typing import Any, cast

import cekura_api_client.models as models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tooling.resolve import resolve

SPEC = resolve().document
SCHEMAS = SPEC["components"]["schemas"]
API_DATETIME = "api-date-time"

offsets = st.sampled_from([0, 0, 60, -300, 330]).map(lambda minutes: datetime.timedelta(minutes=minutes))
api_datetimes = st.builds(
    lambda moment, offset: moment.replace(tzinfo=datetime.timezone(offset)).isoformat().replace("+00:00", "Z"),
    st.datetimes(min_value=datetime.datetime(1970, 1, 1), max_value=datetime.datetime(2100, 1, 1)),
    offsets,
)


def with_api_datetimes(node: Any) -> Any:
    if isinstance(node, dict):
        renamed = {key: with_api_datetimes(value) for key, value in node.items()}
        if renamed.get("format") == "date-time":
            renamed["format"] = API_DATETIME
        return renamed
    if isinstance(node, list):
        return [with_api_datetimes(item) for item in node]
    return node


def payloads(component: str) -> st.SearchStrategy[dict[str, Any]]:
    schema = {
        "$ref": f"#/components/schemas/{component}",
        "components": with_api_datetimes(SPEC["components"]),
    }
    # Every component is an object schema, so every drawn value is a dict.
    return cast(st.SearchStrategy[dict[str, Any]], from_schema(schema, custom_formats={API_DATETIME: api_datetimes}))


@pytest.mark.parametrize("component", sorted(SCHEMAS))
def test_generated_payloads_round_trip(component: str) -> None:
    model = getattr(models, component)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(payloads(component))
    def check(payload: dict[str, Any]) -> None:
        assert model.from_dict(copy.deepcopy(payload)).to_dict() == payload

    check()
