"""Every public operation of the resolved spec, its generated function, and the arguments to call it with.

Operations are matched to generated modules by method and URL template (tooling/pipeline/resources.py's index of
the endpoint modules), so the mapping does not depend on how the generator names modules.
"""

import datetime
import enum
import importlib
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from cekura_api_client.types import File, Unset
from openapi_python_client.strings import PythonIdentifier

from tests.build_cache import resolved_spec
from tests.e2e.synthesize import Synthesizer
from tooling.pipeline import resources, surface
from tooling.pipeline.facts import METHODS

PACKAGE = Path(__file__).resolve().parents[2] / "generated" / "cekura_api_client"
_FIELD_PREFIX = "field_"  # openapi-python-client's default prefix for names that are not identifiers


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]
    module: str

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def function(self) -> Callable[..., Any]:
        return typing.cast(Callable[..., Any], importlib.import_module(self.module).sync_detailed)

    def json_examples(self) -> list[tuple[str, Any]]:
        """(name, value) of each documented example of the JSON request body."""
        media = self.spec.get("requestBody", {}).get("content", {}).get("application/json", {})
        found = [("example", media["example"])] if "example" in media else []
        return found + [(name, example["value"]) for name, example in media.get("examples", {}).items()]


def generated_modules() -> dict[str, str]:
    """ "METHOD /path" -> dotted module name of each generated endpoint module (tooling/pipeline/resources.py's index,
    which the resource client is written from)."""
    return {key: f"cekura_api_client.{endpoint.module}" for key, endpoint in resources.index(PACKAGE).items()}


def public_document() -> dict[str, Any]:
    """The resolved spec as the client exposes it: the surface rule applied, as generation does."""
    return surface.apply(resolved_spec(), surface.Rule.load()).document


def public_operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Each operation of a public document with its generated module (a KeyError if it has none)."""
    modules = generated_modules()
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield Operation(method, path, item[method], modules[f"{method.upper()} {path}"])


class Arguments:
    """Keyword arguments of an operation's generated function, built from the spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.synthesizer = Synthesizer(document)

    def build(self, operation: Operation, body: Any = None) -> dict[str, Any]:
        function = operation.function()
        hints = typing.get_type_hints(function)
        arguments: dict[str, Any] = {}
        for parameter in operation.spec.get("parameters", []):
            parameter = self.synthesizer.resolve(parameter)
            if parameter["in"] == "path" or parameter.get("required"):
                name = python_name(parameter, hints)
                arguments[name] = convert(self._parameter_value(parameter), hints[name])
        request = operation.spec.get("requestBody")
        if "body" in hints and request is not None:
            value = body if body is not None else self._body_value(request)
            arguments["body"] = convert(value, hints["body"])
        return arguments

    def _parameter_value(self, parameter: dict[str, Any]) -> Any:
        if "example" in parameter:
            return parameter["example"]
        return self.synthesizer.value(parameter.get("schema", {}))

    def _body_value(self, request: dict[str, Any]) -> Any:
        content = request["content"]
        media = content.get("application/json") or content.get("multipart/form-data") or next(iter(content.values()))
        return self.synthesizer.value(media.get("schema", {}))


def python_name(parameter: dict[str, Any], hints: dict[str, Any]) -> str:
    """The generator's name for a parameter; a name clash across locations gets the location as suffix."""
    name = str(PythonIdentifier(parameter["name"], _FIELD_PREFIX))
    return name if name in hints else f"{name}_{parameter['in']}"


def convert(value: Any, annotation: Any) -> Any:
    """A JSON value as the type the generated function's annotation asks for (models, enums, dates...)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return _convert_union(value, typing.get_args(annotation))
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [convert(element, item) for element in value]
    if origin is dict or annotation is Any:
        return value
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(value)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation(value)
    return _convert_scalar(value, annotation)


def _convert_union(value: Any, alternatives: tuple[Any, ...]) -> Any:
    candidates = [alternative for alternative in alternatives if alternative is not Unset]
    if value is None and type(None) in candidates:
        return None
    failures = []
    for alternative in candidates:
        if alternative is type(None):
            continue
        try:
            return convert(value, alternative)
        except Exception as error:  # the next alternative may fit; all failures are reported
            failures.append(f"{alternative}: {error}")
    raise TypeError(f"{value!r} fits none of {candidates}: {failures}")


def _convert_scalar(value: Any, annotation: Any) -> Any:
    if annotation is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if annotation is datetime.date:
        return datetime.date.fromisoformat(str(value))
    if annotation is uuid.UUID:
        return uuid.UUID(str(value))
    if annotation is File:
        return File(payload=BytesIO(value if isinstance(value, bytes) else str(value).encode()), file_name="e2e.txt")
    if annotation is float and isinstance(value, int):
        return float(value)
    if annotation in (int, str, bool, float) and not isinstance(value, annotation):
        raise TypeError(f"{value!r} is not {annotation.__name__}")
    return value
