"""Whether a model is being written as a request body: one generated class serves both directions, and
readOnly properties belong in responses only (the model template reads this in to_dict). A body that
cannot be written, or holds a value JSON cannot carry as the API reads it (runtime/values.py), is a
RequestValidationError, raised before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .errors import RequestValidationError, SchemaValidationError
from .values import check_json

_BUILDING_REQUEST: ContextVar[bool] = ContextVar("cekura_building_request", default=False)


def building_request() -> bool:
    return _BUILDING_REQUEST.get()


@contextmanager
def request_body(request: Mapping[str, Any] | None = None) -> Iterator[None]:
    """Within this block, to_dict() leaves readOnly properties out, nested models included; a body that
    does not fit (a dict where a model belongs, a wrong type), or a JSON or form body set in the block
    with a value JSON cannot carry (NaN, an integer past 64 bits), raises RequestValidationError naming
    the field and the `request`'s method and URL."""
    token = _BUILDING_REQUEST.set(True)
    try:
        yield
        if request is not None:
            for kind in ("json", "data"):
                if kind in request:
                    check_json(request[kind])
    except SchemaValidationError as error:
        raise _invalid(request, error.path, error.problem) from None
    except (AttributeError, TypeError, ValueError, KeyError) as error:
        raise _invalid(request, (), f"{type(error).__name__}: {error}") from error
    finally:
        _BUILDING_REQUEST.reset(token)


def _invalid(request: Mapping[str, Any] | None, path: tuple[str, ...], problem: str) -> RequestValidationError:
    method = str(request["method"]).upper() if request else ""
    url = str(request["url"]) if request else ""
    return RequestValidationError(path, problem, method=method, url=url)
