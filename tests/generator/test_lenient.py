"""The tolerant reader (issue 21), one operation per way a response may not fit its document: read
leniently by default (the model returned, the values kept as received, exactly the mismatched paths listed,
to_dict giving the received JSON back, one WARNING per path without the value); strict on the client, with
with_options or per call raises ResponseValidationError naming the same path."""

import copy
import logging
import typing
from collections.abc import Callable
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, client, load

VALID: dict[str, typing.Any] = {
    "id": 7,
    "name": "Ada",
    "created": "2026-06-23T10:00:00Z",
    "state": "active",
    "tags": [1, 2],
    "calls": [{"id": 1, "duration": 1.5}, {"id": 2, "duration": 3}],
    "contact": {"address": "ada@example.com"},
    "owner": {"name": "Grace", "age": 40},
}
SECRET = "s3cr3t-value"  # a received value that must never be logged


def _set(path: tuple[str, ...], value: object) -> Callable[[dict[str, typing.Any]], None]:
    def change(payload: dict[str, typing.Any]) -> None:
        *parents, last = path
        target: typing.Any = payload
        for step in parents:
            target = target[int(step)] if isinstance(target, list) else target[step]
        target[int(last) if isinstance(target, list) else last] = value

    return change


def _drop(key: str) -> Callable[[dict[str, typing.Any]], None]:
    return lambda payload: payload.pop(key)


# operation, how its payload differs from VALID, the path listed, what the document says, what arrived
CASES = [
    ("wrong_type", _set(("name",), 5), ("name",), "str", "integer"),
    ("unexpected_null", _set(("created",), None), ("created",), "datetime.datetime", "null"),
    ("missing_required", _drop("id"), ("id",), "int", "missing"),
    ("object_for_list", _set(("tags",), {"a": SECRET}), ("tags",), "list[int]", "object"),
    ("model_item", _set(("calls", "1"), SECRET), ("calls", "1"), "Call", "string"),
    ("model_item_field", _set(("calls", "1", "duration"), SECRET), ("calls", "1", "duration"), "float", "string"),
    ("scalar_item", _set(("tags", "1"), SECRET), ("tags", "1"), "int", "string"),
    ("one_of", _set(("contact",), {"number": 5}), ("contact", "number"), "Email | Phone", "integer"),
    ("nested", _set(("owner", "age"), SECRET), ("owner", "age"), "int", "string"),
]
IDS = [case[0] for case in CASES]


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("lenient")


PATHS = {
    "wrong_type": "wrong-type",
    "unexpected_null": "null",
    "missing_required": "missing",
    "object_for_list": "object-for-list",
    "model_item": "model-item",
    "model_item_field": "model-item-field",
    "scalar_item": "scalar-item",
    "one_of": "one-of",
    "nested": "nested",
}


def answer(httpserver: HTTPServer, operation: str, change: Callable[[dict[str, typing.Any]], None]) -> typing.Any:
    payload = copy.deepcopy(VALID)
    change(payload)
    httpserver.expect_request(f"/{PATHS[operation]}/").respond_with_json(payload)
    return payload


@pytest.mark.parametrize(("operation", "change", "path", "expected", "received"), CASES, ids=IDS)
def test_lenient_keeps_the_values_lists_the_path_and_writes_them_back(
    package: ModuleType,
    httpserver: HTTPServer,
    caplog: pytest.LogCaptureFixture,
    operation: str,
    change: Callable[[dict[str, typing.Any]], None],
    path: tuple[str, ...],
    expected: str,
    received: str,
) -> None:
    payload = answer(httpserver, operation, change)
    endpoint = load(package, f"api.default.{operation}")
    with caplog.at_level(logging.WARNING, logger="cekura_api_client"):
        agent = endpoint.sync(client=client(package, httpserver))
        again = endpoint.sync_detailed(client=client(package, httpserver)).parsed
    assert isinstance(agent, load(package, "models").Agent) and isinstance(again, type(agent))
    assert package.mismatches(agent) == [package.Mismatch(path, expected, received)]
    assert agent.to_dict() == payload
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    logged = ".".join("*" if step.isdigit() else step for step in path)
    assert len(warnings) == 1 and f"{operation}: " in warnings[0] and f"`{logged}`" in warnings[0]
    assert SECRET not in caplog.text and "5" not in warnings[0].replace("expected", "")


@pytest.mark.parametrize(("operation", "change", "path", "expected", "received"), CASES, ids=IDS)
@pytest.mark.parametrize("how", ["client", "with_options", "call"])
def test_strict_raises_naming_the_path(
    package: ModuleType,
    httpserver: HTTPServer,
    how: str,
    operation: str,
    change: Callable[[dict[str, typing.Any]], None],
    path: tuple[str, ...],
    expected: str,
    received: str,
) -> None:
    answer(httpserver, operation, change)
    endpoint = load(package, f"api.default.{operation}")
    lenient = client(package, httpserver)
    strict = {
        "client": (client(package, httpserver, strict=True), None),
        "with_options": (lenient.with_options(strict=True), None),
        "call": (lenient, package.RequestOptions(strict=True)),
    }[how]
    with pytest.raises(package.errors.ResponseValidationError) as raised:
        endpoint.sync(client=strict[0], options=strict[1])
    assert raised.value.path == path


def test_a_strict_client_is_lenient_for_a_call_that_says_so(package: ModuleType, httpserver: HTTPServer) -> None:
    answer(httpserver, "wrong_type", _set(("name",), 5))
    endpoint = load(package, "api.default.wrong_type")
    strict = client(package, httpserver, strict=True)
    assert endpoint.sync(client=strict, options=package.RequestOptions(strict=False)).name == 5


def test_the_hook_gets_every_mismatch_of_every_response(package: ModuleType, httpserver: HTTPServer) -> None:
    answer(httpserver, "scalar_item", _set(("tags", "1"), "x"))
    seen: list[tuple[str, typing.Any]] = []
    hooked = client(package, httpserver, on_mismatch=lambda operation, mismatch: seen.append((operation, mismatch)))
    endpoint = load(package, "api.default.scalar_item")
    endpoint.sync(client=hooked)
    endpoint.sync(client=hooked)
    assert seen == [("scalar_item", package.Mismatch(("tags", "1"), "int", "string"))] * 2
    with pytest.raises(package.errors.ConfigurationError, match="on_mismatch"):
        client(package, httpserver, on_mismatch="print")


@pytest.mark.parametrize(
    "body", [b"<html>bad gateway</html>", b"[1, 2]", b'"text"'], ids=["not JSON", "array", "string"]
)
def test_a_body_of_another_kind_raises_in_both_modes(package: ModuleType, httpserver: HTTPServer, body: bytes) -> None:
    httpserver.expect_request("/wrong-type/").respond_with_data(body, content_type="application/json")
    endpoint = load(package, "api.default.wrong_type")
    for strict in (False, True):
        with pytest.raises(package.errors.ResponseValidationError) as raised:
            endpoint.sync(client=client(package, httpserver, strict=strict))
        assert raised.value.path == ()


def test_a_list_response_names_the_index_of_the_item_that_does_not_fit(
    package: ModuleType, httpserver: HTTPServer
) -> None:
    second = {**VALID, "name": 5}
    httpserver.expect_request("/agents/").respond_with_json([VALID, second])
    agents_list = load(package, "api.default.agents_list")
    agents = agents_list.sync(client=client(package, httpserver))
    assert package.mismatches(agents) == [package.Mismatch(("1", "name"), "str", "integer")]
    assert [agent.to_dict() for agent in agents] == [VALID, second]
    with pytest.raises(package.errors.ResponseValidationError) as raised:
        agents_list.sync(client=client(package, httpserver, strict=True))
    assert raised.value.path == ("1", "name")


@pytest.mark.parametrize(
    ("body", "path"), [([VALID, "text"], ("1",)), ({"0": VALID}, ()), (7, ())], ids=["item", "object", "number"]
)
def test_a_list_response_of_another_kind_or_with_an_item_of_another_kind_raises_in_both_modes(
    package: ModuleType, httpserver: HTTPServer, body: object, path: tuple[str, ...]
) -> None:
    httpserver.expect_request("/agents/").respond_with_json(body)
    agents_list = load(package, "api.default.agents_list")
    for strict in (False, True):
        with pytest.raises(package.errors.ResponseValidationError) as raised:
            agents_list.sync(client=client(package, httpserver, strict=strict))
        assert raised.value.path == path


def test_an_unknown_field_is_kept_beside_a_missing_required_one(package: ModuleType) -> None:
    """The unknown key makes up the count of keys the missing one leaves short: still kept and written back."""
    payload = {**VALID, "extra": SECRET}
    del payload["id"]
    with package.leniently():
        agent = load(package, "models").Agent.from_dict(payload)
    assert agent.additional_properties == {"extra": SECRET}
    assert agent.to_dict() == payload


def test_a_fitting_body_records_nothing(package: ModuleType, httpserver: HTTPServer) -> None:
    answer(httpserver, "nested", lambda payload: None)
    agent = load(package, "api.default.nested").sync(client=client(package, httpserver))
    assert package.mismatches(agent) == [] and agent._mismatched is None
    assert agent.to_dict() == VALID


def test_from_dict_checks_unless_asked_to_be_lenient(package: ModuleType) -> None:
    models = load(package, "models")
    payload = {**VALID, "name": 5}
    with pytest.raises(package.errors.SchemaValidationError, match="`name`"):
        models.Agent.from_dict(payload)
    with package.leniently():
        agent = models.Agent.from_dict(payload)
    assert agent.name == 5 and [m.field for m in package.mismatches(agent)] == ["name"]
    with pytest.raises(package.errors.SchemaValidationError):
        models.Agent.from_dict(payload)


def test_a_value_the_caller_sets_is_checked_and_one_received_is_sent_back(package: ModuleType) -> None:
    models = load(package, "models")
    with package.leniently():
        agent = models.Agent.from_dict({**VALID, "created": "not a date", "state": 3})
    assert agent.to_dict()["created"] == "not a date" and agent.to_dict()["state"] == 3
    agent.created = "also not a date"
    with pytest.raises(package.errors.RequestValidationError, match="`created`"):
        agent.to_dict()


def test_an_error_status_never_raises_a_validation_error(package: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/agents/1/").respond_with_data(b"<html>not found</html>", status=404)
    httpserver.expect_request("/agents/2/").respond_with_json({"detail": 5}, status=404)
    retrieve = load(package, "api.default.agents_retrieve")
    for strict in (False, True):
        detailed = retrieve.sync_detailed(1, client=client(package, httpserver, strict=strict))
        assert detailed.status_code == 404 and detailed.parsed is None
        with pytest.raises(package.errors.NotFoundError) as raised:
            retrieve.sync(1, client=client(package, httpserver, strict=strict))
        assert raised.value.parsed_body is None and raised.value.body == b"<html>not found</html>"
    assert retrieve.sync_detailed(2, client=client(package, httpserver, strict=True)).parsed is None
    assert retrieve.sync_detailed(2, client=client(package, httpserver)).parsed.detail == 5
