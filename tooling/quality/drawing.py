"""Payloads drawn from the document's schemas with hypothesis-jsonschema, as the API writes them: the
contract tests round-trip them through every model, and `make bench` times a page of them.

Timestamps are drawn in the API's own form (ISO 8601 as Python writes it, UTC as "Z"), because an
arbitrary RFC 3339 spelling ("+00:00", ".1") denotes the same instant but is written back canonically.
hypothesis-jsonschema knows no `uuid` format, so UUIDs come from hypothesis. Formats the client does not
convert (`uri`, `email`, `decimal`, `double`, `int64`, `binary`) are plain JSON values to it, so they are
drawn as their type alone (a `uri` with a `pattern` is beyond hypothesis-jsonschema)."""

import datetime
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

API_DATETIME = "api-date-time"
_SCHEMAS = "#/components/schemas/"
CONVERTED_FORMATS = {"date-time", "date", "uuid"}

offsets = st.sampled_from([0, 0, 60, -300, 330]).map(lambda minutes: datetime.timedelta(minutes=minutes))
api_datetimes = st.builds(
    lambda moment, offset: moment.replace(tzinfo=datetime.timezone(offset)).isoformat().replace("+00:00", "Z"),
    st.datetimes(min_value=datetime.datetime(1970, 1, 1), max_value=datetime.datetime(2100, 1, 1)),
    offsets,
)


def drawable(node: Any) -> Any:
    """The schemas as drawn: API timestamps, and only the formats the client converts."""
    return converted_formats(node, {"date-time": API_DATETIME})


def converted_formats(node: Any, renamed: dict[str, str] | None = None) -> Any:
    """`node` with only the formats the client converts (as `renamed` renames them)."""
    if isinstance(node, dict):
        result = {key: converted_formats(value, renamed) for key, value in node.items()}
        if "format" in result and result["format"] not in CONVERTED_FORMATS:
            del result["format"]
        elif "format" in result and renamed:
            result["format"] = renamed.get(result["format"], result["format"])
        return result
    if isinstance(node, list):
        return [converted_formats(item, renamed) for item in node]
    return node


def payloads(components: dict[str, Any], component: str) -> st.SearchStrategy[Any]:
    """Payloads of schemas/<component> of `components`, a document's components as drawable() makes them."""
    # Only the schemas the component reaches: hypothesis-jsonschema canonicalises all it is given, 0.5-3 s a
    # call with the complete document's 350, tens of milliseconds with these.
    reached = {**components, "schemas": reachable(components["schemas"], component)}
    schema: dict[str, Any] = {"$ref": f"{_SCHEMAS}{component}", "components": reached}
    return from_schema(schema, custom_formats={API_DATETIME: api_datetimes, "uuid": st.uuids().map(str)})


def reachable(schemas: dict[str, Any], component: str) -> dict[str, Any]:
    """`component` and every schema it refers to, directly or not."""
    found: dict[str, Any] = {}
    pending = [component]
    while pending:
        name = pending.pop()
        if name not in found:
            found[name] = schemas[name]
            pending.extend(_references(found[name]))
    return found


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMAS):
            yield ref.removeprefix(_SCHEMAS)
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)
