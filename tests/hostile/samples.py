"""One instance of every error class the client defines, built from arguments full of secrets: found in the
errors, pagination and waiting modules, so a class added there is in every table that uses these."""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

import httpx
from cekura_api_client.runtime import errors, pagination, waiting

SECRET = "sk-sample-5ecret-key-do-not-leak-0123"
PASSWORD = "pa55word-do-not-leak"
ERROR_MODULES: tuple[ModuleType, ...] = (errors, pagination, waiting)

_REQUEST = httpx.Request(
    "GET",
    f"http://user:{PASSWORD}@api.example/x/?api_key={SECRET}&page=2",
    headers={"X-CEKURA-API-KEY": SECRET, "Authorization": f"Bearer {SECRET}"},
)
_RESPONSE = httpx.Response(
    400,
    request=_REQUEST,
    headers={"X-Request-Id": "req-7", "Set-Cookie": f"sessionid={SECRET}", "X-Api-Key": SECRET},
    content=b'{"name": ["This field is required."], "pack": {"max_agents": ["Too many."]}}',
)
# The value given for each parameter name an error class's __init__ takes.
ARGUMENTS: dict[str, Any] = {
    "message": "it failed",
    "status_code": 400,
    "body": _RESPONSE.content,
    "method": "GET",
    "url": str(_REQUEST.url),
    "headers": _RESPONSE.headers,
    "note": " (after 2 retries)",
    "response": _RESPONSE,
    "needs": ("api_key", "oauth2"),
    "last": {"status": "running", "id": 7},
    "limit": 10,
    "setting": "max_response_size",
    "path": ("pack", "max_agents"),
    "problem": "expected an integer",
}


def error_classes() -> list[type[errors.CekuraError]]:
    found = {
        value
        for module in ERROR_MODULES
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, errors.CekuraError)
    }
    return sorted(found, key=lambda kind: kind.__name__)


def sample(kind: type[errors.CekuraError]) -> errors.CekuraError:
    """An instance of `kind`; a KeyError names a parameter ARGUMENTS should give a value for."""
    parameters = list(inspect.signature(kind.__init__).parameters.values())[1:]  # after self
    named = [
        parameter.name
        for parameter in parameters
        if parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY)
    ]
    if not named:  # Exception's own (*args), or AttributeError's (*args, name=, obj=): a message
        return kind(ARGUMENTS["message"])
    return kind(**{name: ARGUMENTS[name] for name in named})


def raise_sample(name: str) -> None:
    """Raise the sample of the error class `name` (in a ProcessPoolExecutor worker)."""
    raise sample(next(kind for kind in error_classes() if kind.__name__ == name))
