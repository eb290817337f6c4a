"""Query values in the forms OpenAPI's `style`/`explode` name, for the cases httpx does not write itself, each
checked against its parameter's kind before anything is sent (runtime/values.py says what each takes)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from ..types import Unset
from .errors import RequestValidationError
from .validation import expect
from .values import check_scalar, enum_value, iso_date, iso_datetime

_TYPES: dict[str, tuple[type, ...]] = {"ints": (int,), "numbers": (float,), "bools": (bool,), "texts": (str,)}


def given(
    params: dict[str, Any],
    *,
    required: tuple[str, ...] = (),
    enums: Mapping[str, type[Enum]] | None = None,
    dates: tuple[str, ...] = (),
    datetimes: tuple[str, ...] = (),
    **kinds: tuple[str, ...],
) -> dict[str, Any]:
    """The query parameters of `params` that were given (neither UNSET nor None), as the API reads them.

    A parameter named in `enums`, `dates` or `datetimes` is converted; one named in `kinds` (`ints`,
    `numbers`, `bools`, `texts`) must have that type; every value must be one a query can carry. A
    `required` one may not be None. Anything else is a RequestValidationError naming the parameter."""
    sent: dict[str, Any] = {}
    for name, value in params.items():
        if value is None and name in required:
            raise RequestValidationError((name,), "required query parameter, got null")
        if value is None or isinstance(value, Unset):
            continue
        if enums and name in enums:
            value = enum_value(enums[name], value, name)
        elif name in datetimes:
            value = iso_datetime(value, name)
        elif name in dates:
            value = iso_date(value, name)
        else:
            _check(name, value, kinds)
        sent[name] = value
    return sent


def _check(name: str, value: Any, kinds: Mapping[str, tuple[str, ...]]) -> None:
    for kind, names in kinds.items():
        if name in names:
            try:
                expect(value, _TYPES[kind])
            except TypeError as error:
                raise RequestValidationError((name,), str(error)) from None
    for item in value if isinstance(value, list) else (value,):
        _scalar(name, item)


def _scalar(name: str, value: Any) -> None:
    if value is None:  # httpx would write it as an empty value
        raise RequestValidationError((name,), "null is no query value")
    try:
        check_scalar(value)
    except RequestValidationError as error:
        raise error.inside(name) from None


def comma_separated(values: Any, name: str) -> Any:
    """`style: form, explode: false`: `[1, 2]` is sent as `1,2`, not as a key repeated per value.

    Anything that is not a list (None, UNSET) is returned as it is, for the caller to drop."""
    if not isinstance(values, list):
        return values
    for value in values:
        _scalar(name, value)
    return ",".join(_text(value) for value in values)


def _text(value: Any) -> str:
    # As httpx writes a single query value: JSON's spelling of booleans, str() for the rest.
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
