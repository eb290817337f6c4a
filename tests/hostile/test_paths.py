"""Hostile path parameter values, over every operation of the vendored document that has a path parameter,
sync and async, through the operation functions and the resource client.

`""`, `.` and `..` would change the route (an empty segment, or a dot segment httpx and proxies resolve
away): they are refused with a PathParameterError naming the parameter, and nothing is sent. Any other
value reaches the server inside its own segment: the path received matches the operation's template, and
the segment decodes to the value. The requests go through the client's real URL building (base URL join,
httpx's dot-segment removal) to a recording transport under the client's own.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import re
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import cekura_api_client
import httpx
import pytest
from cekura_api_client import AsyncCekura, Cekura, RetryPolicy
from cekura_api_client.errors import APIStatusError, PathParameterError, RequestValidationError
from cekura_api_client.runtime.paths import segment

from tests.e2e.operations import Arguments, Operation, public_document, python_name
from tooling.pipeline import naming, resources
from tooling.pipeline.facts import METHODS

PACKAGE = Path(cekura_api_client.__file__).parent  # generated/'s (src/'s in a mutation run's copy of the tree)

# Deprecated operations warn when called; that is tested elsewhere (tests/client/test_resource_runtime.py).
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

BASE = "/base/"  # a base URL with a path: a dot segment in a value must not climb out of it either
REFUSED = ["", ".", ".."]
KEPT = [
    "/",
    "%2F",
    "?",
    "#",
    "%2E%2E",
    "../x",
    "a b+c&d=e;f,g@h:i",
    "\r\n\x00\x7f",
    "é漢🙂",
    ".." + "x" * 7995 + "/é.",  # 8,000 characters (mostly ASCII: httpx parses a long URL slowly, per character)
]
TEAPOT = 418  # what the recording transport answers: an error every call raises, never retried


class Color(str, enum.Enum):
    RED = "red"

    def __str__(self) -> str:
        return "Color.RED"  # what a str enum without the generator's __str__ writes


class Size(enum.IntEnum):
    LARGE = 3


class Shouting(str):
    def __str__(self) -> str:
        return self.upper()


# segment(name, value): what each kind of value becomes, or the problem it is refused with.
SEGMENTS: list[tuple[object, str]] = [
    (7, "7"),
    (-1, "-1"),
    (0, "0"),
    (10**30, "1" + "0" * 30),
    ("abc-_.~", "abc-_.~"),  # unreserved: as it is
    ("a/b", "a%2Fb"),
    ("%2E%2E", "%252E%252E"),
    ("...", "..."),  # three dots are a name, not a dot segment
    (" ", "%20"),
    ("é", "%C3%A9"),
    (Color.RED, "red"),  # a str enum is its value, whatever its __str__ says
    (Size.LARGE, "3"),  # an int enum too ("Size.LARGE" on Python 3.10)
    (Shouting("quiet"), "quiet"),
    (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
]
REFUSALS: list[tuple[object, str]] = [
    ("", "'' is not a path segment (it would change the route)"),
    (".", "'.' is not a path segment (it would change the route)"),
    ("..", "'..' is not a path segment (it would change the route)"),
    (Shouting(".."), "'..' is not a path segment (it would change the route)"),
    (None, "expected a string, an integer or a UUID, got NoneType"),
    (True, "expected a string, an integer or a UUID, got bool"),
    (False, "expected a string, an integer or a UUID, got bool"),
    (1.0, "expected a string, an integer or a UUID, got float"),
    (float("nan"), "expected a string, an integer or a UUID, got float"),
    (b"7", "expected a string, an integer or a UUID, got bytes"),
    ([7], "expected a string, an integer or a UUID, got list"),
]


@pytest.mark.parametrize(("value", "written"), SEGMENTS)
def test_a_value_is_one_segment(value: object, written: str) -> None:
    assert segment("id", value) == written
    assert type(segment("id", value)) is str


@pytest.mark.parametrize(("value", "problem"), REFUSALS)
def test_a_value_that_cannot_be_a_segment_is_refused_naming_the_parameter(value: object, problem: str) -> None:
    with pytest.raises(PathParameterError) as raised:
        segment("audio_id", value)
    assert (raised.value.path, raised.value.problem, raised.value.body) == (("audio_id",), problem, None)
    assert str(raised.value) == f"invalid path parameter: `audio_id`: {problem}"
    assert isinstance(raised.value, RequestValidationError)


ISSUE_CALLS = [  # `condition_audio_delete(7, "..")` deleted scenario 7; `tool_delete("5", "..")` deleted agent 5
    ("scenarios", "condition_audio_delete", (7, ".."), "audio_id"),
    ("agents", "tool_delete", ("5", ".."), "tool_name"),
]


@pytest.mark.parametrize(("resource", "method", "arguments", "name"), ISSUE_CALLS)
def test_the_issues_calls_are_refused_and_send_nothing(
    resource: str, method: str, arguments: tuple[Any, ...], name: str
) -> None:
    recorder = Recorder()

    async def call_async() -> None:
        async with AsyncCekura(**recorder.client_options()) as cekura:
            await getattr(getattr(cekura, resource), method)(*arguments)

    with pytest.raises(PathParameterError) as raised, Cekura(**recorder.client_options()) as cekura:
        getattr(getattr(cekura, resource), method)(*arguments)
    with pytest.raises(PathParameterError) as raised_async:
        asyncio.run(call_async())
    assert raised.value.path == raised_async.value.path == (name,)
    assert recorder.paths == []


@dataclass(frozen=True)
class Case:
    operation: Operation
    arguments: dict[str, Any]
    parameters: dict[str, str]  # python name -> the OpenAPI name in the path template
    method: tuple[str, str] | None  # (resource, method) of the resource client, when it has one


class _Arguments(Arguments):
    """Arguments with a plain value for each patterned path parameter (each case replaces it anyway),
    instead of a search for a string matching its pattern."""

    def _parameter_value(self, parameter: dict[str, Any]) -> Any:
        if parameter["in"] == "path" and "pattern" in parameter.get("schema", {}):
            return "7"
        return super()._parameter_value(parameter)


# The whole document: the cases (its first user builds them, ~4 s idle, more under load), then several
# thousand calls per test, each made through the complete client stack.
WHOLE_DOCUMENT = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    document = public_document()
    arguments = _Arguments(document)
    plan = naming.plan(document, naming.Rule.load())
    methods = {named.operation.key: (named.resource, named.method) for named in plan.exposed}
    endpoints = resources.index(PACKAGE)
    found = []
    for operation in operations(document, endpoints):
        path = [arguments.synthesizer.resolve(p) for p in operation.spec.get("parameters", [])]
        path = [p for p in path if p["in"] == "path"]
        if path:
            hints = typing.get_type_hints(operation.function())
            names = {python_name(p, hints): p["name"] for p in path}
            found.append(Case(operation, arguments.build(operation), names, methods.get(operation.key)))
    return found


def operations(document: dict[str, Any], endpoints: dict[str, resources.Endpoint]) -> Iterator[Operation]:
    """Each operation of the document with its endpoint module in the package the tests import."""
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                module = endpoints[f"{method.upper()} {path}"].module
                yield Operation(method, path, item[method], f"cekura_api_client.{module}")


@WHOLE_DOCUMENT
def test_every_operation_with_a_path_parameter_is_a_case(cases: list[Case]) -> None:
    formatted = [key for key, endpoint in resources.index(PACKAGE).items() if "=segment(" in endpoint.source]
    assert len(formatted) > 400  # the document's; every one of them is a case below
    assert sorted(case.operation.key for case in cases) == sorted(formatted)
    assert sum(case.method is not None for case in cases) > 200


class Recorder:
    """A transport that records the raw path of each request it gets and answers 418."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.transport = httpx.MockTransport(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.raw_path.decode("ascii").partition("?")[0])
        return httpx.Response(TEAPOT, json={"detail": "recorded"})

    def client_options(self) -> dict[str, Any]:
        return {
            "api_key": "k",
            "access_token": "t",
            "base_url": f"http://paths.test{BASE}",
            "retry": RetryPolicy(max_retries=0),
            "httpx_args": {"transport": self.transport},
        }


Call = Callable[[Case, dict[str, Any]], Any]
"""One way to call a case's operation with these arguments (may return an awaitable)."""


def through_functions(client: Any, is_async: bool) -> Call:
    def call(case: Case, arguments: dict[str, Any]) -> Any:
        module = inspect.getmodule(case.operation.function())
        function = getattr(module, "asyncio" if is_async else "sync", None) or getattr(
            module, "asyncio_detailed" if is_async else "sync_detailed"
        )
        return function(client=client, **arguments)

    return call


def through_resources(cekura: Any) -> Call:
    def call(case: Case, arguments: dict[str, Any]) -> Any:
        assert case.method is not None
        resource, method = case.method
        return getattr(getattr(cekura, resource), method)(**arguments)

    return call


def hostile(cases: list[Case], *, resource_methods: bool) -> Iterator[tuple[Case, str, str]]:
    """(case, python name of the parameter, hostile value) for every path parameter of every case."""
    for case in cases:
        if resource_methods and case.method is None:
            continue  # a variant reached through its function only
        for name in case.parameters:
            for value in REFUSED + KEPT:
                yield case, name, value


def problem(case: Case, name: str, value: str, outcome: BaseException | None, sent: list[str]) -> str | None:
    """What is wrong with one call's outcome and the paths it sent, or None."""
    where = f"{case.operation.key} {name}={value[:20]!r}"
    if value in REFUSED:
        refused = isinstance(outcome, PathParameterError) and isinstance(outcome, RequestValidationError)
        if not refused or outcome.path != (name,) or f"`{name}`" not in str(outcome) or sent:  # type: ignore[union-attr]
            return f"{where}: not refused before sending ({outcome!r}, sent {sent})"
        return None
    if not isinstance(outcome, APIStatusError) or outcome.status_code != TEAPOT or len(sent) != 1:
        return f"{where}: expected one request answered {TEAPOT}, got {outcome!r} and {sent}"
    expected = {**{n: str(v) for n, v in case.arguments.items() if n in case.parameters}, name: value}
    if not _inside_segments(case, sent[0], expected):
        return f"{where}: sent {sent[0][:200]!r}, not the template {case.operation.path} with the value in its segment"
    return None


def _inside_segments(case: Case, sent: str, values: dict[str, str]) -> bool:
    """Whether `sent` is BASE + the operation's template, each parameter's segment decoding to its value."""
    template = case.operation.path.lstrip("/")
    by_path_name = {path_name: name for name, path_name in case.parameters.items()}
    pattern = re.escape(BASE) + re.sub(
        r"\\\{([^}]+)\\\}", lambda m: f"(?P<{by_path_name[m.group(1)]}>[^/]*)", re.escape(template)
    )
    match = re.fullmatch(pattern, sent)
    return match is not None and all(unquote(match.group(n)) == v for n, v in values.items())


def run_sync(call: Call, table: Iterator[tuple[Case, str, str]], recorder: Recorder) -> list[str]:
    problems = []
    for case, name, value in table:
        recorder.paths.clear()
        try:
            call(case, {**case.arguments, name: value})
            outcome: BaseException | None = None
        except Exception as error:  # every outcome is judged by problem()
            outcome = error
        problems.append(problem(case, name, value, outcome, list(recorder.paths)))
    return [p for p in problems if p]


async def run_async(call: Call, table: Iterator[tuple[Case, str, str]], recorder: Recorder) -> list[str]:
    problems = []
    for case, name, value in table:
        recorder.paths.clear()
        try:
            await call(case, {**case.arguments, name: value})
            outcome: BaseException | None = None
        except Exception as error:  # every outcome is judged by problem()
            outcome = error
        problems.append(problem(case, name, value, outcome, list(recorder.paths)))
    return [p for p in problems if p]


def report(problems: list[str]) -> str:
    return f"{len(problems)} calls went wrong, first: " + "\n".join(problems[:20])


@WHOLE_DOCUMENT
def test_functions_sync(cases: list[Case]) -> None:
    recorder = Recorder()
    with Cekura(**recorder.client_options()) as cekura:
        problems = run_sync(through_functions(cekura.client, False), hostile(cases, resource_methods=False), recorder)
    assert not problems, report(problems)


@WHOLE_DOCUMENT
def test_functions_async(cases: list[Case]) -> None:
    recorder = Recorder()

    async def main() -> list[str]:
        async with AsyncCekura(**recorder.client_options()) as cekura:
            call = through_functions(cekura.client, True)
            return await run_async(call, hostile(cases, resource_methods=False), recorder)

    problems = asyncio.run(main())
    assert not problems, report(problems)


@WHOLE_DOCUMENT
def test_resource_methods_sync(cases: list[Case]) -> None:
    recorder = Recorder()
    with Cekura(**recorder.client_options()) as cekura:
        problems = run_sync(through_resources(cekura), hostile(cases, resource_methods=True), recorder)
    assert not problems, report(problems)


@WHOLE_DOCUMENT
def test_resource_methods_async(cases: list[Case]) -> None:
    recorder = Recorder()

    async def main() -> list[str]:
        async with AsyncCekura(**recorder.client_options()) as cekura:
            return await run_async(through_resources(cekura), hostile(cases, resource_methods=True), recorder)

    problems = asyncio.run(main())
    assert not problems, report(problems)
