"""Query values in the forms OpenAPI's `style`/`explode` name, for the cases httpx does not write itself."""

from __future__ import annotations

from typing import Any


def comma_separated(values: Any) -> Any:
    """`style: form, explode: false`: `[1, 2]` is sent as `1,2`, not as a key repeated per value.

    Anything that is not a list (None, UNSET) is returned as it is, for the caller to drop."""
    if not isinstance(values, list):
        return values
    return ",".join(_text(value) for value in values)


def _text(value: Any) -> str:
    # As httpx writes a single query value: JSON's spelling of booleans, str() for the rest.
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
