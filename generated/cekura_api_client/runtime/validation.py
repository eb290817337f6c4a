"""Checks the generated models run in `from_dict`, so a payload either parses or raises one
SchemaValidationError naming the field: never a bare KeyError/TypeError/ValueError, never a wrong type
silently stored."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from .errors import SchemaValidationError

_JSON_NAMES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def json_type(value: object) -> str:
    if value is None:
        return "null"
    return next((name for kind, name in _JSON_NAMES.items() if isinstance(value, kind)), type(value).__name__)


def expect_object(value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected an object, got {json_type(value)}")
    return value


def parse_datetime(value: str) -> datetime:
    """An ISO 8601 timestamp. The C parser takes the API's own form (after `Z` becomes `+00:00`, which
    Python 3.10 needs); python-dateutil's isoparse takes every other ISO 8601 spelling, and is imported
    only then, because importing it costs more than the rest of this package."""
    try:
        return datetime.fromisoformat(value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value)
    except (ValueError, TypeError, IndexError):
        pass
    from dateutil.parser import isoparse

    try:
        return isoparse(value)
    except ValueError as error:
        raise ValueError(f"invalid date-time {value!r}: {error}") from None


# The generated models call this first and parse_datetime only when it fails: from Python 3.11 the C
# parser takes the API's `Z` (and most of ISO 8601) itself, so the common case costs no Python call.
fromisoformat: Callable[[str], datetime] = datetime.fromisoformat if sys.version_info >= (3, 11) else parse_datetime


_Value = TypeVar("_Value")


def checked(value: _Value, types: tuple[type, ...]) -> _Value:
    """`value` itself if it is one of `types`: the slow path of a generated check, which raises the error."""
    expect(value, types)
    return value


def expect(value: object, types: tuple[type, ...]) -> None:
    """`value` must be one of `types`; JSON true/false is not a number here, though Python says so."""
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in types):
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float in types:
        return
    expected = ", ".join(sorted({_type_name(kind) for kind in types if kind.__name__ != "Unset"}))
    raise TypeError(f"expected {expected}, got {json_type(value)}")


def _type_name(kind: type) -> str:
    if kind is type(None):
        return "null"
    return _JSON_NAMES.get(kind, kind.__name__)


def failure(path: str, error: Exception) -> SchemaValidationError:
    """The validation error for `error`, raised while reading field `path` of a model."""
    if isinstance(error, SchemaValidationError):
        return error.inside(path) if path else error
    at = (path,) if path else ()
    if isinstance(error, KeyError):
        return SchemaValidationError(at, "required field is missing")
    return SchemaValidationError(at, str(error) or type(error).__name__)


def read_items(read: Callable[[Any], _Value], items: Any) -> list[_Value]:
    """A response body that is a list of models, each item read by `read` (its from_dict): an item that does
    not fit raises naming its index, as an item of a list inside a model does; a body that is no list raises
    naming no field (JSON of another top-level kind)."""
    if type(items) is not list:
        raise SchemaValidationError((), f"expected an array, got {json_type(items)}")
    read_list: list[_Value] = []
    for index, item in enumerate(items):
        try:
            read_list.append(read(item))
        except SchemaValidationError as error:
            raise error.inside(str(index)) from None
    return read_list
