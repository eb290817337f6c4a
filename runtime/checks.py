"""Option values checked where they are set: the client's constructor and its `with_*` methods,
RequestOptions, RetryPolicy and `wait()` all use these, so a bad value is the same ConfigurationError
naming the option wherever it is given, before anything is sent.

Messages show a number that was given, never a header, cookie, query or proxy value (any may be a secret).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .errors import ConfigurationError

T = TypeVar("T")
# A limit past 30 days is a mistake (milliseconds given as seconds?), and past ~292 years it overflows the
# clocks sockets and event loops wait with.
MAX_SECONDS = 30 * 24 * 3600.0
# RFC 9110's token, the characters a header name may have.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_QUERY_SCALARS = (str, int, float, type(None))


def _shown(value: object) -> str:
    """`value` for a message: a number as given (briefly), anything else by its type."""
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**15):
        return repr(value)
    return type(value).__name__


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be a number of seconds, not {_shown(value)}")
    try:
        return float(value)
    except OverflowError:
        raise ConfigurationError(f"{name} must be at most {MAX_SECONDS:g} seconds, not {_shown(value)}") from None


def seconds(name: str, value: object, *, zero: bool = False) -> float:
    """`value`, a time in seconds: a finite number above 0 (or 0 itself, with `zero`), at most MAX_SECONDS."""
    number = _number(name, value)
    if not (number >= 0 if zero else number > 0) or number > MAX_SECONDS:
        low = "0 or more" if zero else "more than 0"
        raise ConfigurationError(f"{name} must be {low} and at most {MAX_SECONDS:g} seconds, not {_shown(value)}")
    return number


def count(name: str, value: object) -> int:
    """`value`, a count: an int of 0 or more (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{name} must be a whole number, 0 or more, not {_shown(value)}")
    return value


def size(name: str, value: object) -> int | None:
    """`value`, a size in bytes: an int of 0 or more (not a bool), or None for no limit."""
    return None if value is None else count(name, value)


def flag(name: str, value: object) -> bool:
    """`value`, which must be True or False (not 1, nor "yes")."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be True or False, not {_shown(value)}")
    return value


def timeout(name: str, value: object) -> httpx.Timeout | None:
    """`value` as an httpx.Timeout: seconds (`10.0` is `httpx.Timeout(10.0)`), an httpx.Timeout whose parts
    are each seconds or None, or None: no limit on one connect, read or write (the deadline still holds)."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for part, given in value.as_dict().items():
            if given is not None:
                seconds(f"{name}.{part}", given)
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be seconds (a number), an httpx.Timeout or None, not {_shown(value)}")
    return httpx.Timeout(seconds(name, value))


def as_timeout(value: object) -> httpx.Timeout | None:
    """`timeout(...)` of the option named `timeout` wherever it is set: an attrs converter."""
    return timeout("timeout", value)


def longest(value: httpx.Timeout | None) -> float:
    """The longest part of a timeout (0 for none)."""
    return max((part for part in value.as_dict().values() if part is not None), default=0.0) if value else 0.0


def header_value(name: str, value: object) -> str:
    """`value`, a header value httpx can send: text of printable ASCII (no line break or control)."""
    if not isinstance(value, str) or not all(" " <= char <= "~" or char == "\t" for char in value):
        raise ConfigurationError(f"{name} must be text of printable ASCII, without a line break or control")
    return value


def headers(name: str, value: object) -> dict[str, str]:
    """`value`, a mapping of header names (RFC 9110 tokens) to header values, as a dict."""
    given = mapping(name, value)
    for header, text in given.items():
        if not isinstance(header, str) or not _TOKEN.fullmatch(header):
            raise ConfigurationError(f"{name} has a header name that is not a token (letters, digits, -...)")
        header_value(f"{name}[{header!r}]", text)
    return dict(given)


def query(name: str, value: object) -> dict[str, Any]:
    """`value`, a mapping of text to what httpx puts in a URL: text, numbers, None, or a list of them."""
    given = mapping(name, value)
    for key, item in given.items():
        if not isinstance(key, str) or not _encodable(key):
            raise ConfigurationError(f"{name} has a key that is not text encodable as UTF-8")
        values = item if isinstance(item, (list, tuple)) else [item]
        if not all(isinstance(one, _QUERY_SCALARS) and _encodable(one) for one in values):
            raise ConfigurationError(f"{name}[{key!r}] must be text, a number, None or a list of them (UTF-8 text)")
    return dict(given)


def _encodable(value: object) -> bool:
    return not isinstance(value, str) or value.isascii() or _utf8(value)


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def mapping(name: str, value: object) -> Mapping[Any, Any]:
    """`value`, which must be a mapping (a dict...)."""
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{name} must be a mapping (a dict), not {_shown(value)}")
    return value


def body(name: str, value: object) -> dict[str, Any]:
    """`value`, a mapping of field names (text) to JSON values, as a dict."""
    given = mapping(name, value)
    if not all(isinstance(key, str) for key in given):
        raise ConfigurationError(f"{name} must have text keys (JSON field names)")
    return dict(given)


def function(name: str, value: object) -> Callable[..., Any]:
    """`value`, which must be callable."""
    if not callable(value):
        raise ConfigurationError(f"{name} must be callable, not {_shown(value)}")
    return value


def optional(check: Callable[[str, object], T]) -> Callable[[str, object], T | None]:
    """`check`, letting None through (the option left unset)."""

    def checked(name: str, value: object) -> T | None:
        return None if value is None else check(name, value)

    return checked


def validator(check: Callable[[str, Any], object]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """`check` as an attrs validator, naming the option as the constructor's keyword does."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        check(attribute.alias or attribute.name, value)

    return validate
