"""Whether a model is being written as a request body: one generated class serves both directions, and
readOnly properties belong in responses only (the model template reads this in to_dict)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_BUILDING_REQUEST: ContextVar[bool] = ContextVar("cekura_building_request", default=False)


def building_request() -> bool:
    return _BUILDING_REQUEST.get()


@contextmanager
def request_body() -> Iterator[None]:
    """Within this block, to_dict() leaves readOnly properties out, nested models included."""
    token = _BUILDING_REQUEST.set(True)
    try:
        yield
    finally:
        _BUILDING_REQUEST.reset(token)
