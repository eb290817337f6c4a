"""Enum, date and date-time values in requests take their objects, the enum's own literals and ISO 8601 text
(written as the object would be); anything else is a RequestValidationError naming the field or parameter,
raised before anything is sent: in query and header parameters, a JSON body model and a multipart body."""

import datetime
import math
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, load

UTC = datetime.timezone.utc
AT = datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
DAY = datetime.date(2024, 1, 15)


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("request_values")


@pytest.fixture
def client(package: ModuleType, httpserver: HTTPServer) -> Any:
    return package.AuthenticatedClient(base_url=httpserver.url_for("/"), token="key")


def refused(package: ModuleType, call: Any) -> tuple[str, ...]:
    with pytest.raises(load(package, "errors").RequestValidationError) as caught:
        call()
    return tuple(caught.value.path)


def test_query_and_header_values_take_literals_and_iso_text(
    package: ModuleType, models: ModuleType, httpserver: HTTPServer, client: Any
) -> None:
    query = {"status": "completed", "created__gte": "2024-01-15T12:30:00+02:00", "day": "2024-01-15", "project": "p"}
    httpserver.expect_request("/runs/", query_string=query, headers={"X-Status": "failed"}).respond_with_json([1])
    runs_list = load(package, "api.default.runs_list")
    text = {"status": "completed", "created_gte": "2024-01-15T12:30:00.000+02:00", "day": "2024-01-15"}
    assert runs_list.sync(client=client, project="p", x_status="failed", **text) == [1]
    objects = {
        "status": models.Status.COMPLETED,
        "created_gte": AT.astimezone(datetime.timezone(datetime.timedelta(hours=2))),
        "day": DAY,
    }
    assert runs_list.sync(client=client, project="p", x_status=models.Status.FAILED, **objects) == [1]


def test_a_value_received_that_the_client_does_not_list_is_sent_back(
    package: ModuleType, models: ModuleType, httpserver: HTTPServer, client: Any
) -> None:
    httpserver.expect_request("/runs/", query_string={"status": "archived", "project": "p"}).respond_with_json([1])
    received = models.Status("archived")
    assert not received.is_known
    assert load(package, "api.default.runs_list").sync(client=client, project="p", status=received) == [1]


PARAMETERS: dict[str, tuple[dict[str, Any], str]] = {
    "unknown enum literal": ({"status": "archived"}, "status"),
    "enum literal in the wrong case": ({"status": "Completed"}, "status"),
    "enum as an integer": ({"status": 1}, "status"),
    "unparsable date-time": ({"created_gte": "yesterday"}, "created__gte"),
    "date where a date-time belongs": ({"created_gte": DAY}, "created__gte"),
    "date-time where a date belongs": ({"day": AT}, "day"),
    "date with an offset": ({"day": "2024-01-15+02:00"}, "day"),
    "boolean where an integer belongs": ({"page": True}, "page"),
    "integer past 64 bits": ({"page": 2**63}, "page"),
    "NaN": ({"score": math.nan}, "score"),
    "integer where a boolean belongs": ({"success": 1}, "success"),
    "integer where text belongs": ({"search": 5}, "search"),
    "a required parameter as None": ({"project": None}, "project"),
    "unknown enum literal in a header": ({"x_status": "archived"}, "X-Status"),
}


@pytest.mark.parametrize(("arguments", "name"), PARAMETERS.values(), ids=PARAMETERS.keys())
def test_a_parameter_that_does_not_fit_is_refused_by_name(
    package: ModuleType, httpserver: HTTPServer, client: Any, arguments: dict[str, Any], name: str
) -> None:
    runs_list = load(package, "api.default.runs_list")
    assert refused(package, lambda: runs_list.sync(client=client, **{"project": "p", **arguments})) == (name,)
    assert httpserver.log == []


def test_body_fields_take_literals_and_iso_text(
    package: ModuleType, models: ModuleType, httpserver: HTTPServer, client: Any
) -> None:
    sent = {
        "status": "completed",
        "day": "2024-01-15",
        "at": "2024-01-15T10:30:00Z",
        "maybe_status": None,
        "maybe_day": None,
        "maybe_at": None,
    }
    written = {**sent, "later_status": "failed", "later_day": "2024-01-16", "later_at": "2024-01-16T00:00:00Z"}
    httpserver.expect_request("/runs/", method="POST", json={**written, "statuses": ["failed"]}).respond_with_json(sent)
    run = models.Run(
        status="completed",
        day="2024-01-15",
        at="2024-01-15T10:30:00+00:00",
        maybe_status=None,
        maybe_day=None,
        maybe_at=None,
        later_status=models.Status.FAILED,
        later_day=datetime.date(2024, 1, 16),
        later_at="2024-01-16T00:00:00.000Z",
        statuses=["failed"],
    )
    assert load(package, "api.default.runs_create").sync(client=client, body=run) == models.Run.from_dict(sent)
    nullable = {"maybe_status": "failed", "maybe_day": "2024-01-15", "maybe_at": AT}
    for name, value in nullable.items():
        setattr(run, name, value)
    assert {name: run.to_dict()[name] for name in nullable} == {
        "maybe_status": "failed",
        "maybe_day": "2024-01-15",
        "maybe_at": "2024-01-15T10:30:00Z",
    }


FIELDS: dict[str, tuple[dict[str, Any], str]] = {
    "unknown enum literal": ({"status": "archived"}, "status"),
    "None for a required enum": ({"status": None}, "status"),
    "unknown literal in a nullable enum": ({"maybe_status": "archived"}, "maybe_status"),
    "unknown literal in an optional enum": ({"later_status": "archived"}, "later_status"),
    "unknown literal in a list of enums": ({"statuses": ["failed", "archived"]}, "statuses"),
    "unparsable date": ({"day": "15/01/2024"}, "day"),
    "date-time where a date belongs": ({"maybe_day": AT}, "maybe_day"),
    "unparsable date-time": ({"at": ""}, "at"),
    "integer where a date-time belongs": ({"later_at": 0}, "later_at"),
    "NaN": ({"score": math.nan}, "score"),
    "infinity deep in an untyped field": ({"extra": {"values": [1, math.inf]}}, "extra.values.1"),
    "integer past 64 bits": ({"count": -(2**63) - 1}, "count"),
    "integer of 5,000 digits": ({"count": 10**5000}, "count"),
    "text UTF-8 cannot encode": ({"name": "\ud800"}, "name"),
    "a set, which JSON has not": ({"extra": {1}}, "extra"),
}


@pytest.mark.parametrize(("fields", "path"), FIELDS.values(), ids=FIELDS.keys())
def test_a_body_field_that_does_not_fit_is_refused_by_name(
    package: ModuleType, models: ModuleType, httpserver: HTTPServer, client: Any, fields: dict[str, Any], path: str
) -> None:
    run = models.Run(status="failed", day=DAY, at=AT, maybe_status=None, maybe_day=None, maybe_at=None)
    for name, value in fields.items():
        setattr(run, name, value)
    runs_create = load(package, "api.default.runs_create")
    assert refused(package, lambda: runs_create.sync(client=client, body=run)) == tuple(path.split("."))
    assert httpserver.log == []


def test_multipart_fields_take_literals_and_iso_text(
    package: ModuleType, models: ModuleType, httpserver: HTTPServer, client: Any
) -> None:
    httpserver.expect_request("/uploads/", method="POST").respond_with_json([1])
    body = models.UploadsCreateBody(file=b"x", status="completed", at="2024-01-15T10:30:00+00:00", day="2024-01-15")
    assert load(package, "api.default.uploads_create").sync(client=client, body=body) == [1]
    form = httpserver.log[0][0].form
    assert (form["status"], form["at"], form["day"]) == ("completed", "2024-01-15T10:30:00Z", "2024-01-15")


@pytest.mark.parametrize(("name", "value"), [("status", "archived"), ("at", "never"), ("day", AT)])
def test_a_multipart_field_that_does_not_fit_is_refused_by_name(
    package: ModuleType, models: ModuleType, httpserver: HTTPServer, client: Any, name: str, value: Any
) -> None:
    body = models.UploadsCreateBody(**{"file": b"x", "status": "completed", "at": AT, name: value})
    uploads_create = load(package, "api.default.uploads_create")
    assert refused(package, lambda: uploads_create.sync(client=client, body=body)) == (name,)
    assert httpserver.log == []
