"""Path parameters: each value is one segment of the request's URL, whatever it holds.

Every value is percent-encoded whole (`/`, `?`, `#`, `%` and anything not unreserved included), so it cannot
end its segment or the path. That is not enough for `""`, `.` and `..`: an empty segment or a dot segment
is resolved away (httpx removes dot segments, and a proxy in front of the API may decode `%2E` and do the
same), which would send the call to another route (`/scenarios/7/conditions/../` is `/scenarios/7/`); so
those are refused before anything is sent. A value must be a string, an integer (not a bool) or a UUID: a
float, None or a bool is refused rather than written as `1.0`, `None` or `True`.
"""

from __future__ import annotations

from urllib.parse import quote
from uuid import UUID

from .errors import PathParameterError

_DOT_SEGMENTS = frozenset({"", ".", ".."})


def segment(name: str, value: object) -> str:
    """`value` as one segment of the URL, for the path parameter `name` (PathParameterError if it cannot
    be one: `""`, `.`, `..`, or not a string, integer or UUID)."""
    if type(value) is int:  # the common case, digits with nothing to quote
        return str(value)
    text = _text(name, value)
    if text in _DOT_SEGMENTS:
        raise PathParameterError((name,), f"{text!r} is not a path segment (it would change the route)")
    return quote(text, safe="")


def _text(name: str, value: object) -> str:
    # The base type's own text: a str or int subclass (an enum) may write itself otherwise ("Color.RED").
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__repr__(value)
    if isinstance(value, UUID):
        return str(value)
    raise PathParameterError((name,), f"expected a string, an integer or a UUID, got {type(value).__name__}")
