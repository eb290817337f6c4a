"""The exact text and attributes of the client's errors, and the checks the generated models run: what a
user reads in a log or matches in an except clause. Mutation testing showed only fragments were pinned."""

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime import validation as v
from cekura_api_client.runtime.calls import send
from cekura_api_client.types import Unset
from pytest_httpserver import HTTPServer

from .calls import MODES, fetch

URL = "https://user:pw@api.example/x/?api_key=s3cret&page=2"
SHOWN = "https://api.example/x/?api_key=%3Credacted%3E&page=2"


def test_a_body_preview_shows_500_characters_and_counts_the_rest() -> None:
    assert e.preview(b"a" * 500) == "a" * 500
    assert e.preview(b"a" * 501) == "a" * 500 + "... (501 bytes)"
    assert e.preview(b"\xff" * 600) == "\ufffd" * 500 + "... (600 bytes)"
    assert e.preview(b"ok \xff") == "ok \ufffd"


def test_a_status_error_without_a_request() -> None:
    error = e.APIStatusError(500, b"")
    assert (str(error), error.method, error.url, error.request_id) == ("HTTP 500: (empty body)", "", "", None)


def test_a_status_error_names_the_request() -> None:
    headers = {"CF-Ray": "ray-1"}
    error = e.APIStatusError(503, b"down", method="GET", url=URL, headers=headers, note=" (retried)")
    assert str(error) == f"HTTP 503 for GET {SHOWN} [request id ray-1] (retried): down"
    assert (error.method, error.url, error.request_id) == ("GET", SHOWN, "ray-1")


@pytest.mark.parametrize("header", ["X-Request-ID", "X-Correlation-ID", "Request-ID", "CF-Ray"])
def test_each_request_id_header_is_read(header: str) -> None:
    assert e.request_id({header: "id-7", "Other": "x"}) == "id-7"


def test_drf_errors_are_flattened_by_field() -> None:
    body = b'[{"name": ["required"], "pack": {"max": ["too big"]}}, "oops", [{"x": "y"}], null]'
    assert e.APIStatusError(400, body).field_errors == {
        "0.name": ["required"],
        "0.pack.max": ["too big"],
        "detail": ["oops"],
        "2.0.x": ["y"],
    }


def test_a_missing_credential_says_which_would_do() -> None:
    error = e.MissingCredentialError(("api_key", "oauth2", "basic"), method="GET", url=URL)
    names = "an API key (api_key=..., or CEKURA_API_KEY with from_env()) or an OAuth access token"
    assert str(error) == (
        f"GET {SHOWN} needs {names} (access_token=..., or CEKURA_ACCESS_TOKEN with from_env()) or basic,"
        " and this client has none of them (nothing was sent)"
    )
    assert (error.needs, error.method, error.url) == (("api_key", "oauth2", "basic"), "GET", SHOWN)


def test_secret_query_parameters_are_redacted() -> None:
    names = ["api_key", "token", "client_secret", "password", "signature", "sig", "auth", "credentials", "session"]
    query = "&".join(f"{name}=v" for name in [*names, "page", "signal"])
    shown = e.redact_url(f"http://h/?{query}")
    assert shown == "http://h/?" + "&".join(f"{name}=%3Credacted%3E" for name in names) + "&page=v&signal=v"


@pytest.mark.parametrize("mode", MODES)
def test_a_body_over_the_limit_names_the_limit_and_the_request(
    httpserver: HTTPServer, make_client: Any, mode: str
) -> None:
    httpserver.expect_request("/test_framework/billing/info/").respond_with_data(
        "x" * 64, content_type="application/json", status=502
    )
    client: AuthenticatedClient = make_client(max_response_size=10, retry=RetryPolicy(max_retries=0))
    with pytest.raises(e.ResponseTooLargeError) as raised:
        fetch(client, mode)
    error, url = raised.value, httpserver.url_for("/test_framework/billing/info/")
    assert (error.limit, error.status_code, error.method, error.url) == (10, 502, "GET", url)
    assert str(error) == (
        f"the HTTP 502 body of GET {url} is larger than 10 bytes"
        " (the client's max_response_size; reading stopped there)"
    )


def test_schema_errors_say_where_and_what() -> None:
    assert str(e.SchemaValidationError((), "bad")) == "data does not fit its schema: the body: bad"
    inner = e.SchemaValidationError(("pack", "max"), "expected integer, got string", b"{}")
    assert str(inner) == "data does not fit its schema: `pack.max`: expected integer, got string; body: {}"
    outer = inner.inside("subscription")
    assert (outer.path, outer.body, outer.field) == (("subscription", "pack", "max"), b"{}", "subscription.pack.max")
    response = e.ResponseValidationError(("a",), "p", b"raw", method="GET", url=URL)
    assert str(response) == f"invalid response of GET {SHOWN}: `a`: p; body: raw"
    assert response.url == SHOWN
    assert e.ResponseValidationError(("a",), "p").url == ""
    assert str(e.RequestValidationError((), "p", method="POST", url="http://h/")) == (
        "invalid request body of POST http://h/: the body: p"
    )


@pytest.mark.parametrize(
    ("value", "name"),
    [({}, "object"), ([], "array"), ("", "string"), (True, "boolean"), (1, "integer"), (1.5, "number")],
)
def test_json_type_names(value: Any, name: str) -> None:
    assert v.json_type(value) == name
    assert v.json_type(None) == "null"
    assert v.json_type(datetime(2024, 1, 1)) == "datetime"


def test_expect_takes_json_numbers_and_not_booleans() -> None:
    v.expect(5, (int,))
    v.expect(5, (float,))
    v.expect(True, (bool,))
    assert v.checked("a", (str, Unset)) == "a"
    for value, types, message in [
        (True, (int,), "expected integer, got boolean"),
        (True, (float,), "expected number, got boolean"),
        (1, (str, Unset), "expected string, got integer"),
        ("1", (int, type(None)), "expected integer, null, got string"),
    ]:
        with pytest.raises(TypeError) as raised:
            v.expect(value, types)
        assert str(raised.value) == message


def test_failure_turns_any_error_into_one_naming_the_field() -> None:
    error = e.SchemaValidationError(("a",), "p")
    assert v.failure("", error) is error
    assert v.failure("outer", error).path == ("outer", "a")
    assert (v.failure("f", KeyError("f")).path, v.failure("f", KeyError("f")).problem) == (
        ("f",),
        "required field is missing",
    )
    assert (v.failure("", ValueError()).path, v.failure("", ValueError()).problem) == ((), "ValueError")
    assert v.failure("n", ValueError("too big")).problem == "too big"


def test_parse_datetime_takes_what_either_parser_takes() -> None:
    utc = timezone.utc
    assert v.parse_datetime("2024-01-02T03:04:05z") == datetime(2024, 1, 2, 3, 4, 5, tzinfo=utc)
    # An offset with seconds: only the standard library's parser reads it.
    offset = timezone(timedelta(hours=5, minutes=30, seconds=10))
    assert v.parse_datetime("2024-01-02T03:04:05+05:30:10") == datetime(2024, 1, 2, 3, 4, 5, tzinfo=offset)
    # 24:00: only python-dateutil's reads it.
    assert v.parse_datetime("2024-01-02T24:00:00Z") == datetime(2024, 1, 3, tzinfo=utc)
    with pytest.raises(ValueError, match=r"^invalid date-time 'soon': "):
        v.parse_datetime("soon")


def test_a_request_url_httpx_cannot_parse_is_a_configuration_error(client: AuthenticatedClient) -> None:
    with pytest.raises(e.ConfigurationError) as raised:
        send(client, {"method": "get", "url": "http://[::1/x/"})
    assert str(raised.value).startswith("invalid request URL for GET: ")


def test_a_status_error_raised_by_a_call_reads_exactly(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    httpserver.expect_request("/test_framework/billing/info/").respond_with_data('{"detail": "no"}', status=404)
    with pytest.raises(e.NotFoundError) as raised:
        fetch(client, "sync")
    url = httpserver.url_for("/test_framework/billing/info/")
    assert str(raised.value) == f'HTTP 404 for GET {url}: {{"detail": "no"}}'
