"""Variants of a documented payload, shared by the contract tests, the client tests and the corpus."""

import copy
from typing import Any

DROP: Any = object()
"""As the value: remove the field instead of setting it."""


def replaced(payload: dict[str, Any], path: str | tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A copy of `payload` with the field at `path` ("a.b.c" or a tuple of keys) set to `value`, or dropped."""
    keys = tuple(path.split(".")) if isinstance(path, str) else path
    result = copy.deepcopy(payload)
    target: Any = result
    for key in keys[:-1]:
        target = target[key]
    if value is DROP:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return result
