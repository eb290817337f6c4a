"""Reprs of settings objects (clients, per-call options) that show no credential of any kind.

Any header, cookie, query parameter or httpx argument may hold one (a custom auth header, a session
cookie, an `auth=` object), so a mapping shows its names only; a URL shows without userinfo and with
secret-looking query values redacted. Credential attributes themselves are left out (attrs' `repr=False`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .errors import redact_url


def shown(value: object) -> str:
    """`value` as a repr shows it: a mapping's names, a string with any URL credential redacted."""
    if isinstance(value, Mapping):
        return repr(list(value))
    if isinstance(value, str):
        try:
            return repr(redact_url(value))
        except ValueError:  # not parsable as a URL (an unbalanced "[" after "//"): it might still hold one
            return "<redacted>"
    return repr(value)


def settings_repr(instance: Any) -> str:
    """`Class(name=value, ...)` over the attrs fields of `instance` that are shown in its repr."""
    fields = [
        f"{field.alias}={shown(getattr(instance, field.name))}" for field in attrs.fields(type(instance)) if field.repr
    ]
    return f"{type(instance).__name__}({', '.join(fields)})"
