"""A success response that does not fit the schema raises, in a strict call, one ResponseValidationError
naming the field, with the raw body kept, and is read leniently otherwise (issue 21); unknown enum values
and fields are kept and written back."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient, leniently, mismatches
from cekura_api_client.errors import CekuraError, ResponseValidationError, SchemaValidationError
from cekura_api_client.models import BillingInfo, SubscriptionStatusStatus
from cekura_api_client.runtime.validation import read_items
from pytest_httpserver import HTTPServer

from tests.payloads import DROP, replaced

from .calls import MODES, fetch
from .conftest import PATH

MALFORMED = {
    "wrong type deep": ("subscription_status.pack.max_agents_limit", "20", "expected integer, got string"),
    "boolean for integer": ("subscription_status.pack.max_agents_limit", True, "expected integer, got boolean"),
    "null not allowed": ("subscription_status.pack.name", None, "expected string, got null"),
    "missing required": ("subscription_status.pack.billing_type", DROP, "required field is missing"),
    "missing top-level required": ("balance_expiry", DROP, "required field is missing"),
    "not a datetime": ("created_at", "yesterday", "yesterday"),
    "datetime of wrong type": ("balance_expiry", 17, "expected datetime, null, got integer"),
    "object expected": ("subscription_status", [1, 2], "expected an object, got array"),
    "enum not a string": ("subscription_status.status", 3, "expected SubscriptionStatusStatus, null"),
    "string for boolean": ("subscription_status.is_active", "true", "expected boolean, got string"),
}


@pytest.mark.parametrize(("path", "value", "problem"), MALFORMED.values(), ids=MALFORMED.keys())
def test_from_dict_names_the_field(payload: dict[str, Any], path: str, value: Any, problem: str) -> None:
    with pytest.raises(SchemaValidationError) as raised:
        BillingInfo.from_dict(replaced(payload, path, value))
    assert raised.value.field == path
    assert problem in raised.value.problem
    assert f"`{path}`" in str(raised.value)
    assert "response" not in str(raised.value)  # a caller may be building a request with it


@pytest.mark.parametrize("value", [None, [], "text", 5])
def test_a_body_that_is_no_object_is_named(value: Any) -> None:
    with pytest.raises(SchemaValidationError) as raised:
        BillingInfo.from_dict(value)
    assert raised.value.path == ()
    assert "expected an object" in str(raised.value)


BAD_BODIES = {
    "html error page": b"<html><body>502 Bad Gateway</body></html>",
    "truncated json": b'{"balance_expiry": "2026-06-23T10:00:00Z", "subscription_st',
    "empty": b"",
    "not utf-8": b"\xff\xfe{}",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_a_body_that_is_not_json_raises_with_the_raw_body(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str, body: bytes
) -> None:
    httpserver.expect_request(PATH).respond_with_data(body, content_type="application/json")
    with pytest.raises(ResponseValidationError) as raised:
        fetch(client, mode)
    assert raised.value.body == body
    assert "not valid JSON" in str(raised.value)
    assert raised.value.method == "GET"
    assert raised.value.url == httpserver.url_for(PATH)


@pytest.mark.parametrize(("path", "value", "problem"), MALFORMED.values(), ids=MALFORMED.keys())
def test_a_lenient_read_keeps_the_value_names_the_field_and_writes_it_back(
    payload: dict[str, Any], path: str, value: Any, problem: str
) -> None:
    data = replaced(payload, path, value)
    with leniently():
        info = BillingInfo.from_dict(data)
    assert [mismatch.field for mismatch in mismatches(info)] == [path]
    assert info.to_dict() == data


@pytest.mark.parametrize("mode", MODES)
def test_a_payload_that_does_not_fit_raises_with_the_raw_body_when_strict(
    httpserver: HTTPServer, make_client: Callable[..., AuthenticatedClient], payload: dict[str, Any], mode: str
) -> None:
    body = json.dumps(replaced(payload, "subscription_status.pack.max_agents_limit", "many"))
    httpserver.expect_request(PATH).respond_with_data(body, content_type="application/json")
    with pytest.raises(ResponseValidationError) as raised:
        fetch(make_client(strict=True), mode)
    assert raised.value.field == "subscription_status.pack.max_agents_limit"
    assert raised.value.body == body.encode()
    assert f"GET {httpserver.url_for(PATH)}" in str(raised.value)


def test_a_list_body_is_read_item_by_item_naming_the_index_of_one_that_does_not_fit(payload: dict[str, Any]) -> None:
    """How an operation answering a list of models reads it (read_items), strictly and leniently."""
    wrong = replaced(payload, "subscription_status.pack.name", None)
    assert [info.to_dict() for info in read_items(BillingInfo.from_dict, [payload, payload])] == [payload] * 2
    with pytest.raises(SchemaValidationError) as raised:
        read_items(BillingInfo.from_dict, [payload, wrong])
    assert raised.value.field == "1.subscription_status.pack.name"
    assert type(raised.value) is SchemaValidationError and "expected string, got null" in raised.value.problem
    with leniently():
        read = read_items(BillingInfo.from_dict, [payload, wrong])
    assert [mismatch.field for mismatch in mismatches(read)] == ["1.subscription_status.pack.name"]
    assert [info.to_dict() for info in read] == [payload, wrong]


@pytest.mark.parametrize(("body", "kind"), [({"0": {}}, "object"), ("[]", "string"), (3, "integer"), (None, "null")])
def test_a_list_body_of_another_kind_is_named_as_the_whole_body(body: Any, kind: str) -> None:
    with pytest.raises(SchemaValidationError) as raised:
        read_items(BillingInfo.from_dict, body)
    assert raised.value.path == ()
    assert raised.value.problem == f"expected an array, got {kind}"


def test_an_unknown_enum_value_parses_and_is_written_back(payload: dict[str, Any]) -> None:
    data = replaced(payload, "subscription_status.status", "paused")
    info = BillingInfo.from_dict(data)
    assert info.subscription_status
    status = info.subscription_status.status
    assert isinstance(status, SubscriptionStatusStatus)
    assert status == "paused"
    assert not status.is_known
    assert info.to_dict() == data


def test_known_enum_values_stay_members(payload: dict[str, Any]) -> None:
    info = BillingInfo.from_dict(payload)
    assert info.subscription_status
    assert info.subscription_status.status is SubscriptionStatusStatus.ACTIVE
    assert SubscriptionStatusStatus.ACTIVE.is_known


def test_validation_errors_are_client_errors_not_builtin_ones() -> None:
    assert issubclass(ResponseValidationError, SchemaValidationError)
    assert issubclass(SchemaValidationError, CekuraError)
    assert not issubclass(SchemaValidationError, (KeyError, TypeError, ValueError))
