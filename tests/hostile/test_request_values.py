"""Hostile request values: for enum, date, date-time, int, float, bool and str parameters and body fields, each
value is either sent as the API reads it (the exact query or body the server received is asserted) or
refused with a RequestValidationError naming the parameter or field, with nothing sent.

Query parameters are checked against their declared kind. Body fields of the plain JSON kinds are sent as
the JSON of what they hold (the server names a wrong type in its 400), unless JSON cannot carry it: NaN,
infinity, an integer past signed 64 bits, text UTF-8 cannot encode. Enum, date and date-time values take
their objects, the enum's literals and ISO 8601 text, nothing else. None omits an optional parameter."""

import datetime
import math
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from cekura_api_client import Cekura
from cekura_api_client.errors import RequestValidationError
from cekura_api_client.models import (
    AlertCreate,
    AlertCreateSourceType,
    BulkWidgetDataRequestFiltersOp,
    RunsListStatus,
)
from cekura_api_client.runtime import values
from cekura_api_client.runtime.query import comma_separated, given
from cekura_api_client.types import UNSET
from pytest_httpserver import HTTPServer

from tests.client.conftest import API_KEY, FAST_RETRIES
from tests.generator.conftest import GenerateClient, generated_client, load  # noqa: F401  # the fixture

UTC = datetime.timezone.utc
PLUS_TWO = datetime.timezone(datetime.timedelta(hours=2))
AT = datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
DAY = datetime.date(2024, 1, 15)
REFUSED = object()
HOSTILE_TEXT = {
    "empty": "",
    "whitespace": " \t",
    "unicode": "é✓中",
    "lone surrogate": "\ud800",
    "8,000 characters": "x" * 8000,
}
HOSTILE_NUMBERS = {"NaN": math.nan, "inf": math.inf, "-inf": -math.inf, "10**5000": 10**5000}


def table(kind_cases: dict[str, tuple[Any, Any]], text: Any = REFUSED) -> dict[str, tuple[Any, Any]]:
    """The kind's own cases, then every hostile text (sent as `text` says, else refused) and hostile number."""
    hostile = {
        label: (value, value if text is not REFUSED and label != "lone surrogate" else REFUSED)
        for label, value in HOSTILE_TEXT.items()
    }
    return {**kind_cases, **hostile, **{label: (value, REFUSED) for label, value in HOSTILE_NUMBERS.items()}}


# parameter -> case -> (value given, query value received or REFUSED); None omits the parameter
QUERY: dict[str, dict[str, tuple[Any, Any]]] = {
    "status": table(
        {
            "member": (RunsListStatus.COMPLETED, "completed"),
            "literal": ("completed", "completed"),
            "wrong case": ("COMPLETED", REFUSED),
            "unknown literal": ("archived", REFUSED),
            "unknown value received": (RunsListStatus("archived"), "archived"),
            "None": (None, None),
            "bool": (True, REFUSED),
        }
    ),
    "timestamp__gte": table(
        {
            "aware": (AT, "2024-01-15T10:30:00Z"),
            "offset": (AT.astimezone(PLUS_TWO), "2024-01-15T12:30:00+02:00"),
            "naive": (AT.replace(tzinfo=None), "2024-01-15T10:30:00"),
            "ISO text": ("2024-01-15T10:30:00.000Z", "2024-01-15T10:30:00Z"),
            "ISO text with offset": ("2024-01-15T12:30:00+02:00", "2024-01-15T12:30:00+02:00"),
            "unparsable": ("15/01/2024 10:30", REFUSED),
            "a date": (DAY, REFUSED),
            "an integer": (1705314600, REFUSED),
            "None": (None, None),
        }
    ),
    "page": table(
        {
            "int": (7, "7"),
            "literal": ("7", REFUSED),
            "bool": (True, REFUSED),
            "float": (7.0, REFUSED),
            "past 64 bits": (2**63, REFUSED),
            "at 64 bits": (-(2**63), str(-(2**63))),
            "None": (None, None),
        }
    ),
    "duration__gte": table(
        {
            "float": (1.5, "1.5"),
            "int": (2, "2"),
            "literal": ("1.5", REFUSED),
            "bool": (False, REFUSED),
            "None": (None, None),
        }
    ),
    "success": table(
        {
            "bool": (False, "false"),
            "literal": ("true", REFUSED),
            "int": (1, REFUSED),
            "None": (None, None),
        }
    ),
    "search": table(
        {"text": ("calls", "calls"), "int": (5, REFUSED), "list": (["a"], REFUSED), "None": (None, None)}, text=True
    ),
}
PYTHON_NAMES = {"timestamp__gte": "timestamp_gte", "duration__gte": "duration_gte"}


@pytest.fixture
def cekura(httpserver: HTTPServer) -> Cekura:
    return Cekura(api_key=API_KEY, base_url=httpserver.url_for("/"), retry=FAST_RETRIES)


@pytest.mark.parametrize(
    ("name", "value", "received"),
    [(name, value, received) for name, cases in QUERY.items() for value, received in cases.values()],
    ids=[f"{name}: {label}" for name, cases in QUERY.items() for label in cases],
)
def test_runs_list_parameter(cekura: Cekura, httpserver: HTTPServer, name: str, value: Any, received: Any) -> None:
    httpserver.expect_request("/test_framework/v2/runs/").respond_with_json({"count": 0, "next": None, "results": []})

    def call() -> list[Any]:
        return list(cekura.runs.list(**{PYTHON_NAMES.get(name, name): value}))

    if received is REFUSED:
        with pytest.raises(RequestValidationError) as caught:
            call()
        assert caught.value.path == (name,)
        assert httpserver.log == []
    else:
        assert call() == []
        ((request, _),) = httpserver.log
        assert request.args.to_dict(flat=False) == ({} if received is None else {name: [received]})


# field -> case -> (value given, JSON value received or REFUSED)
BODY: dict[str, dict[str, tuple[Any, Any]]] = {
    "source_type": table(
        {
            "member": (AlertCreateSourceType.METRIC, "metric"),
            "literal": ("metric", "metric"),
            "wrong case": ("Metric", REFUSED),
            "unknown literal": ("archived", REFUSED),
            "unknown value received": (AlertCreateSourceType("archived"), "archived"),
            "None": (None, REFUSED),
            "int": (1, REFUSED),
        }
    ),
    "project": table(
        {
            "int": (7, 7),
            "at 64 bits": (2**63 - 1, 2**63 - 1),
            "past 64 bits": (2**63, REFUSED),
            "bool, as JSON has it": (True, True),
            "literal, as JSON has it": ("7", "7"),
        },
        text=True,
    ),
    "threshold": table(
        {
            "float": (0.5, 0.5),
            "nested NaN": ({"min": [0, math.nan]}, REFUSED),
            "None": (None, None),
            "a datetime, which JSON has not": (AT, REFUSED),
        },
        text=True,
    ),
    "enabled": table({"bool": (True, True), "int, as JSON has it": (1, 1)}, text=True),
    "name": table({"text": ("alert", "alert"), "None, as JSON has it": (None, None)}, text=True),
}


@pytest.mark.parametrize(
    ("name", "value", "received"),
    [(name, value, received) for name, cases in BODY.items() for value, received in cases.values()],
    ids=[f"{name}: {label}" for name, cases in BODY.items() for label in cases],
)
def test_alerts_create_body_field(cekura: Cekura, httpserver: HTTPServer, name: str, value: Any, received: Any) -> None:
    answer = {"name": "alert", "project": 7, "source_type": "metric"}
    httpserver.expect_request("/observability/v1/alerts/", method="POST").respond_with_json(answer, status=201)
    body = AlertCreate(name="alert", project=7, source_type=AlertCreateSourceType.METRIC)
    setattr(body, name, value)
    if received is REFUSED:
        with pytest.raises(RequestValidationError) as caught:
            cekura.alerts.create(body=body)
        assert caught.value.path[0] == name
        assert httpserver.log == []
    else:
        assert cekura.alerts.create(body=body) == AlertCreate.from_dict(answer)
        ((request, _),) = httpserver.log
        assert request.get_json()[name] == received


# The document has no date parameter or field: the fixture package has both (and the other kinds beside).
@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:  # noqa: F811
    return generated_client("request_values")


DATES = table(
    {
        "date": (DAY, "2024-01-15"),
        "ISO text": ("2024-01-15", "2024-01-15"),
        "a datetime": (AT, REFUSED),
        "naive datetime": (AT.replace(tzinfo=None), REFUSED),
        "text with an offset": ("2024-01-15+02:00", REFUSED),
        "text with a time": ("2024-01-15T00:00:00Z", REFUSED),
        "unparsable": ("15/01/2024", REFUSED),
        "an integer": (20240115, REFUSED),
    }
)


@pytest.mark.parametrize(("value", "received"), DATES.values(), ids=DATES.keys())
def test_date_parameter_and_field(package: ModuleType, httpserver: HTTPServer, value: Any, received: Any) -> None:
    httpserver.expect_request("/runs/", method="GET").respond_with_json([1])
    answer = {"status": "failed", "day": "2024-01-15", "at": "2024-01-15T10:30:00Z"}
    httpserver.expect_request("/runs/", method="POST").respond_with_json(
        {**answer, "maybe_status": None, "maybe_day": None, "maybe_at": None}
    )
    client = package.AuthenticatedClient(base_url=httpserver.url_for("/"), token=API_KEY)
    run = load(package, "models").Run(
        status="failed", day=value, at=AT, maybe_status=None, maybe_day=value, maybe_at=None
    )
    calls: list[Callable[[], Any]] = [
        lambda: load(package, "api.default.runs_list").sync(client=client, project="p", day=value),
        lambda: load(package, "api.default.runs_create").sync(client=client, body=run),
    ]
    if received is REFUSED:
        for call in calls:
            with pytest.raises(load(package, "errors").RequestValidationError) as caught:
                call()
            assert caught.value.path == ("day",)
        assert httpserver.log == []
        return
    for call in calls:
        call()
    (query, _), (posted, _) = httpserver.log
    assert query.args["day"] == received
    assert (posted.get_json()["day"], posted.get_json()["maybe_day"]) == (received, received)


# The helpers the package ships, directly: what each writes, and what its refusal says.
WRITTEN: dict[str, tuple[Callable[[], Any], Any]] = {
    "date": (lambda: values.iso_date(DAY, "d"), "2024-01-15"),
    "date text": (lambda: values.iso_date("2024-01-15", "d"), "2024-01-15"),
    "date-time text, Z": (lambda: values.iso_datetime("2024-01-15T10:30:00+00:00", "t"), "2024-01-15T10:30:00Z"),
    "enum member of another class with a listed value": (
        lambda: values.enum_value(AlertCreateSourceType, RunsListStatus("metric"), "s"),
        "metric",
    ),
    "query: a date as text, None and UNSET left out": (
        lambda: given({"day": "2024-01-15", "page": None, "search": UNSET}, dates=("day",), ints=("page",)),
        {"day": "2024-01-15"},
    ),
    "query: a list (the key repeated) checked value by value": (lambda: given({"tag": ["a", 1]}), {"tag": ["a", 1]}),
    "JSON: nested, in range": (lambda: values.check_json({"a": [1, 2.5, "é", None, True], 2: ()}), None),
}


@pytest.mark.parametrize(("write", "written"), WRITTEN.values(), ids=WRITTEN.keys())
def test_a_value_is_written(write: Callable[[], Any], written: Any) -> None:
    assert write() == written


REFUSALS: dict[str, tuple[Callable[[], Any], tuple[str, ...], str]] = {
    "enum literals are listed, ten at most": (
        lambda: values.enum_value(BulkWidgetDataRequestFiltersOp, "x" * 50, "op"),
        ("op",),
        "expected BulkWidgetDataRequestFiltersOp (one of 'contains', 'endswith', 'eq', 'gt', 'gte', 'in', 'isnull', "
        "'lt', 'lte', 'neq', ...), got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' (50 characters)",
    ),
    "ten enum literals, all listed; text of 40 characters, all shown": (
        lambda: values.enum_value(RunsListStatus, "x" * 40, "status"),
        ("status",),
        "expected RunsListStatus (one of 'cancelled', 'completed', 'evaluating', 'failed', 'in_progress', "
        "'in_queue', 'pending', 'running', 'scaling_up', 'timeout'), got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    ),
    "enum given a boolean": (
        lambda: values.enum_value(AlertCreateSourceType, True, "source_type"),
        ("source_type",),
        "expected AlertCreateSourceType (one of 'metric'), got boolean",
    ),
    "date text with a time": (
        lambda: values.iso_date("2024-01-15T10:30", "day"),
        ("day",),
        "expected an ISO 8601 date, got '2024-01-15T10:30'",
    ),
    "a datetime for a date": (
        lambda: values.iso_date(AT, "day"),
        ("day",),
        "expected a date or ISO 8601 date text, got datetime",
    ),
    "date-time text that does not parse": (
        lambda: values.iso_datetime("2024-13-45", "at"),
        ("at",),
        "expected an ISO 8601 date-time, got '2024-13-45'",
    ),
    "a date for a date-time": (
        lambda: values.iso_datetime(DAY, "at"),
        ("at",),
        "expected a datetime or ISO 8601 text, got date",
    ),
    "integer just past 64 bits, deep": (
        lambda: values.check_json({"a": [{"b": 2**63}]}),
        ("a", "0", "b"),
        "an integer of 64 bits, outside signed 64 bits",
    ),
    "negative integer past 64 bits": (
        lambda: values.check_json([-(2**63) - 1]),
        ("0",),
        "an integer of 64 bits, outside signed 64 bits",
    ),
    "NaN": (lambda: values.check_json({"x": math.nan}), ("x",), "nan is not a JSON number"),
    "a tuple as a key": (
        lambda: values.check_json({(1,): 1}),
        (),
        "expected text, a number, a boolean or null, got tuple",
    ),
    "lone surrogate": (
        lambda: values.check_json("a\udc00"),
        (),
        "text UTF-8 cannot encode (a lone surrogate): 'a\\udc00'",
    ),
    "a lone surrogate in a key": (
        lambda: values.check_json({"\ud800": 1}),
        (),
        "text UTF-8 cannot encode (a lone surrogate): '\\ud800'",
    ),
    "enum given a list": (
        lambda: values.enum_value(RunsListStatus, ["completed"], "status"),
        ("status",),
        "expected RunsListStatus (one of 'cancelled', 'completed', 'evaluating', 'failed', 'in_progress', "
        "'in_queue', 'pending', 'running', 'scaling_up', 'timeout'), got array",
    ),
    "a required query parameter as None": (
        lambda: given({"project": None}, required=("project",)),
        ("project",),
        "required query parameter, got null",
    ),
    "a query date given a datetime": (
        lambda: given({"day": AT}, dates=("day",)),
        ("day",),
        "expected a date or ISO 8601 date text, got datetime",
    ),
    "a query integer given text": (
        lambda: given({"page": "7"}, ints=("page",)),
        ("page",),
        "expected integer, got string",
    ),
    "NaN in a query list": (lambda: given({"tag": ["a", math.nan]}), ("tag",), "nan is not a JSON number"),
    "comma-separated None": (
        lambda: comma_separated([1, None], "id__in"),
        ("id__in",),
        "null is no query value",
    ),
    "comma-separated 10**5000": (
        lambda: comma_separated([10**5000], "id__in"),
        ("id__in",),
        "an integer of 16610 bits, outside signed 64 bits",
    ),
}


@pytest.mark.parametrize(("call", "path", "problem"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_refusal_names_the_field_and_the_problem(
    call: Callable[[], Any], path: tuple[str, ...], problem: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        call()
    assert (caught.value.path, caught.value.problem) == (path, problem)
