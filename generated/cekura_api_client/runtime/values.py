"""Request values, checked before anything is sent: each is written as the API reads it, or refused with a
RequestValidationError naming the field or parameter (by the API's name for it).

- An enum takes its members, a value received in a response that this client does not list included (so
  it can be sent back), and its own literals as text (`"completed"`). Other text is refused: a typo would
  otherwise filter on nothing; `Kind("new_value")` sends a value this client does not list yet.
- A date-time takes a datetime, or the ISO 8601 text from_dict reads; a date takes a date (not a datetime,
  which would lose its time and offset) or ISO 8601 date text. Text is written as its object would be.
- JSON bodies, form fields and query values carry no NaN or infinity (JSON has none), no integer outside
  signed 64 bits (OpenAPI's widest `int64`, and what Go's, Java's and PostgreSQL's decoders take; Python's
  own stops at 4,300 digits) and no text that UTF-8 cannot encode (a lone surrogate).
"""

from __future__ import annotations

import datetime
import json
import math
from enum import Enum
from typing import Any

from .errors import RequestValidationError
from .lenient import received_as
from .validation import json_type, parse_datetime

INTEGERS = range(-(2**63), 2**63)
_SHOWN = 40  # characters of refused text quoted in a message
_LISTED = 10  # enum literals listed in a message


def enum_value(kind: type[Enum], value: object, name: str, owner: object = None) -> Any:
    """The value `kind` sends for `value`: a member (known or not) or one of its literals; or, for field
    `name` of model `owner`, the value a lenient read kept (lenient.py), as received."""
    if isinstance(value, kind):
        return value._value_
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        member = kind._value2member_map_.get(value)
        if member is not None:
            return member._value_
    if received_as(owner, name, value):
        return value
    literals = list(kind._value2member_map_)
    listed = ", ".join(repr(literal) for literal in literals[:_LISTED]) + (", ..." if len(literals) > _LISTED else "")
    raise _refused(name, f"expected {kind.__name__} (one of {listed}), got {_shown(value)}")


def iso_datetime(value: object, name: str, owner: object = None) -> Any:
    """`value` (a datetime, or ISO 8601 text) as the API's date-time text, UTC written `Z`; or what a lenient
    read of `owner` kept for field `name`, as received."""
    if received_as(owner, name, value):
        return value
    if isinstance(value, str):
        try:
            value = parse_datetime(value)
        except (ValueError, OverflowError):
            raise _refused(name, f"expected an ISO 8601 date-time, got {_shown(value)}") from None
    if isinstance(value, datetime.datetime):
        return value.isoformat().replace("+00:00", "Z")
    raise _refused(name, f"expected a datetime or ISO 8601 text, got {_shown(value)}")


def iso_date(value: object, name: str, owner: object = None) -> Any:
    """`value` (a date, or ISO 8601 date text) as the API's date text; or what a lenient read of `owner`
    kept for field `name`, as received."""
    if received_as(owner, name, value):
        return value
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            raise _refused(name, f"expected an ISO 8601 date, got {_shown(value)}") from None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    raise _refused(name, f"expected a date or ISO 8601 date text, got {_shown(value)}")


def form_text(value: object, name: str) -> bytes:
    """A form field that may hold any JSON value, as the API reads it: text as given (a caller's own
    json.dumps(...), as Cekura's guides send `transcript_json`), anything else as JSON text, which is how
    DRF reads such a field of a multipart body. Refused, naming `name`, where a JSON body would be."""
    try:
        check_json(value)
    except RequestValidationError as error:
        raise error.inside(name) from None
    return (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)).encode()


def check_json(value: object) -> None:
    """Raises RequestValidationError at the first value in `value` (JSON as Python data) that JSON cannot
    carry as the API reads it; its path names the field (`items.0.score`)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if type(key) is not str or not key.isascii():
                check_scalar(key)
            try:
                check_json(item)
            except RequestValidationError as error:
                raise error.inside(str(key)) from None
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            try:
                check_json(item)
            except RequestValidationError as error:
                raise error.inside(str(index)) from None
    else:
        check_scalar(value)


def check_scalar(value: object) -> None:
    """Raises RequestValidationError (for the caller to name) unless `value` is a JSON scalar that JSON
    decoders take: null, a boolean, text UTF-8 can encode, a finite number, a signed 64-bit integer."""
    if isinstance(value, str):
        if not value.isascii():  # an ASCII check is O(1); only other text can hold a lone surrogate
            try:
                value.encode()
            except UnicodeEncodeError:
                raise _refused(None, f"text UTF-8 cannot encode (a lone surrogate): {_shown(value)}") from None
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int):
        if value not in INTEGERS:
            raise _refused(None, f"an integer of {value.bit_length()} bits, outside signed 64 bits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _refused(None, f"{value} is not a JSON number")
    else:
        raise _refused(None, f"expected text, a number, a boolean or null, got {json_type(value)}")


def _refused(name: str | None, problem: str) -> RequestValidationError:
    return RequestValidationError((name,) if name else (), problem)


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(value[:_SHOWN]) + (f" ({len(value)} characters)" if len(value) > _SHOWN else "")
    return json_type(value)
