"""The tolerant reader: a success body the document does not describe exactly is still read.

The real API does not always obey its document (a field the document says is never null arrives null, an
integer arrives as text), and the document catches up months later. So a response is read strictly first
(the generated from_dict, unchanged and as fast as before); only when that fails, and the call is not strict,
is it read again leniently: each field that does not fit keeps the value received, a missing required field
is UNSET, and the model records what did not fit, for `mismatches(model)`. to_dict writes such values back
as received, so a read-modify-write sends back what the server sent.

Everything here runs only on a failed check: a payload that fits costs nothing more.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, TypeVar

import attrs

from ..types import UNSET
from .errors import RequestValidationError, SchemaValidationError
from .validation import failure, json_type

T = TypeVar("T")
# What a generated check raises on a value that does not fit (validation.py's `failure` maps each).
FIELD_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, SchemaValidationError)
_lenient: contextvars.ContextVar[bool] = contextvars.ContextVar("cekura_lenient", default=False)


@attrs.frozen
class Mismatch:
    """A place where a response did not fit the document: `path` names the field (list indexes included,
    as text), `expected` what the document says (the Python type), `received` the kind of JSON that arrived
    ("integer", "null", "missing"...). Never the value itself, which may be personal data."""

    path: tuple[str, ...]
    expected: str
    received: str

    @property
    def field(self) -> str:
        """The path in dotted form, for example `results.2.voice_model`."""
        return ".".join(self.path)


class Received(NamedTuple):
    """One mismatch as a model records it: its path below the model, and `kept`, the very object the
    model holds for it (the field's value or a list item), by which to_dict knows to write it as received."""

    mismatch: Mismatch
    kept: Any


@contextlib.contextmanager
def leniently() -> Iterator[None]:
    """Within this block, `Model.from_dict()` reads a payload that does not fit the document as the client
    reads responses by default: mismatched values kept as received, listed by `mismatches(model)`."""
    token = _lenient.set(True)
    try:
        yield
    finally:
        _lenient.reset(token)


def strictly(read: Callable[[Any], T], data: Any) -> T:
    """`read(data)` with every check enforced, even within `leniently()`: a union tries each of its
    branches strictly, so a payload is never read as the first branch it half fits."""
    if not _lenient.get():
        return read(data)
    token = _lenient.set(False)
    try:
        return read(data)
    finally:
        _lenient.reset(token)


def tolerated(
    src_dict: Any,
    key: str,
    error: Exception,
    found: list[Received] | None,
    expected: str,
    item: Callable[[Any], Any] | None = None,
) -> tuple[Any, list[Received] | None]:
    """What a generated from_dict does when field `key` does not fit (`error`): strictly, raise (for a list
    read item by item with `item`, naming the index); leniently, the value received, with the mismatch added
    to `found` (the model's records so far)."""
    raw = src_dict.get(key, UNSET)
    if item is not None and type(raw) is list:
        return _items(raw, key, found, expected, item)
    if not _lenient.get():
        raise error
    deeper = error.path if isinstance(error, SchemaValidationError) else ()
    path = (key, *deeper)
    return raw, _added(found, Mismatch(path, expected, _kind(_at(raw, deeper))), raw)


def _items(
    raw: list[Any], key: str, found: list[Received] | None, expected: str, item: Callable[[Any], Any]
) -> tuple[list[Any], list[Received] | None]:
    """The list `raw`, each item read by `item`: strictly, the first that does not fit raises naming its
    index; leniently, each such item is kept as received."""
    lenient = _lenient.get()
    read: list[Any] = []
    for index, value in enumerate(raw):
        try:
            read.append(item(value))
        except FIELD_ERRORS as error:
            if not lenient:
                raise failure(str(index), error) from None
            deeper = error.path if isinstance(error, SchemaValidationError) else ()
            mismatch = Mismatch((key, str(index), *deeper), _item_type(expected), _kind(_at(value, deeper)))
            found = _added(found, mismatch, value)
            read.append(value)
    return read, found


def _added(found: list[Received] | None, mismatch: Mismatch, kept: Any) -> list[Received]:
    records = found if found is not None else []
    records.append(Received(mismatch, kept))
    return records


def _item_type(expected: str) -> str:
    return expected[5:-1] if expected.startswith("list[") else expected


def _at(value: Any, path: tuple[str, ...]) -> Any:
    """The value at `path` inside `value` (UNSET where there is none)."""
    for step in path:
        if isinstance(value, dict):
            value = value.get(step, UNSET)
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return UNSET
    return value


def _kind(value: Any) -> str:
    return "missing" if value is UNSET else json_type(value)


def received_as(owner: Any, name: str, value: Any) -> bool:
    """Whether `value` is what a lenient read of `owner` kept for its field `name` (to be sent back as is)."""
    return any(
        record.kept is value and record.mismatch.path[0] == name
        for record in (getattr(owner, "_mismatched", None) or ())
    )


def written(value: Any, name: str, owner: Any) -> Any:
    """to_dict's value for a model-typed field `name` holding something other than its model: the value a
    lenient read kept, as received; another model's JSON (a subclass); else RequestValidationError."""
    if received_as(owner, name, value):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise RequestValidationError((name,), f"expected a model, got {json_type(value)}")


def as_received(field_dict: dict[str, Any]) -> dict[str, Any]:
    """A leniently read model's JSON: a required field that was missing stays missing."""
    return {key: value for key, value in field_dict.items() if value is not UNSET}


def mismatches(model: Any) -> list[Mismatch]:
    """Each place where the response `model` was read from (a model, or a list of them) did not fit the
    document, nested models and list items included, with its path from `model`; empty when it fitted."""
    found: list[Mismatch] = []
    _collect(model, (), found)
    return found


def _collect(value: Any, path: tuple[str, ...], found: list[Mismatch]) -> None:
    if type(value) is list:
        for index, item in enumerate(value):
            _collect(item, (*path, str(index)), found)
        return
    kind = type(value)
    if not attrs.has(kind) or not hasattr(value, "_mismatched"):
        return
    for record in value._mismatched or ():
        found.append(attrs.evolve(record.mismatch, path=(*path, *record.mismatch.path)))
    names: dict[str, str] = getattr(kind, "_json_names", {})
    for field in attrs.fields(kind):
        if not field.name.startswith("_") and field.name != "additional_properties":
            _collect(getattr(value, field.name), (*path, names.get(field.name, field.name)), found)
    for key, extra in (getattr(value, "additional_properties", None) or {}).items():
        _collect(extra, (*path, key), found)
