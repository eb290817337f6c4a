"""Hostile option values: every option of the client's constructor, `with_options`, `with_timeout`,
`with_retry`, RequestOptions and RetryPolicy, at each bound, past it, of the wrong type, NaN/inf, a bool for a
number, text for a number, unicode, empty and 8,000 characters. A bad value is a ConfigurationError naming
the option, the same wherever it is set, raised before anything is sent, never showing a header, query or
proxy value; a value at a bound is accepted."""

import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cekura_api_client import AuthenticatedClient, RequestOptions, RetryPolicy
from cekura_api_client.runtime import errors as e
from cekura_api_client.runtime.checks import MAX_SECONDS
from pytest_httpserver import HTTPServer

from tests.client.calls import MODES, fetch
from tests.client.conftest import API_KEY, PATH

LONG = "x" * 8000
SECRET = "SECRET-s3cr3t"

# Values no time in seconds may take (None is "unset" for RequestOptions and with_options, so apart).
BAD_SECONDS = {
    "0": 0,
    "-0.0": -0.0,
    "negative": -1,
    "NaN": math.nan,
    "inf": math.inf,
    "-inf": -math.inf,
    "past 30 days": MAX_SECONDS + 1,
    "5,000 digits": 10**5000,
    "True": True,
    "text": "10",
    "unicode digits": "٣",
    "empty": "",
    "8,000 characters": LONG,
    "a list": [1.0],
}
BAD_COUNTS = {
    "-1": -1,
    "True": True,
    "False": False,
    "float": 1.0,
    "NaN": math.nan,
    "inf": math.inf,
    "text": "2",
    "unicode digits": "٣",
    "empty": "",
    "8,000 characters": LONG,
}
BAD_SIZES = {key: value for key, value in BAD_COUNTS.items() if key != "False"} | {"False": False}
BAD_FLAGS = {"1": 1, "0": 0, "text": "yes", "empty": "", "None": None, "8,000 characters": LONG, "NaN": math.nan}

Setter = Callable[[AuthenticatedClient, Any], object]

# Where each option can be set: the same bad value must raise the same message in each.
TIMEOUT_SETTERS: dict[str, Setter] = {
    "constructor": lambda client, value: AuthenticatedClient(api_key=API_KEY, timeout=value),
    "with_options": lambda client, value: client.with_options(timeout=value),
    "with_timeout": lambda client, value: client.with_timeout(value),
    "RequestOptions": lambda client, value: RequestOptions(timeout=value),
}
DEADLINE_SETTERS: dict[str, Setter] = {
    "RetryPolicy": lambda client, value: RetryPolicy(deadline=value),
    "with_options": lambda client, value: client.with_options(deadline=value),
    "RequestOptions": lambda client, value: RequestOptions(deadline=value),
}
RETRY_SETTERS: dict[str, Setter] = {
    "RetryPolicy": lambda client, value: RetryPolicy(max_retries=value),
    "with_options": lambda client, value: client.with_options(max_retries=value),
    "RequestOptions": lambda client, value: RequestOptions(max_retries=value),
}


def _cases(setters: dict[str, Setter], values: dict[str, Any]) -> list[Any]:
    return [
        pytest.param(setter, value, id=f"{where}-{name}")
        for where, setter in setters.items()
        for name, value in values.items()
    ]


@pytest.fixture
def quiet(httpserver: HTTPServer) -> AuthenticatedClient:
    """A client of a server that must receive nothing."""
    return AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY)


def refused(set_option: Callable[[], object], option: str) -> str:
    with pytest.raises(e.ConfigurationError) as raised:
        set_option()
    message = str(raised.value)
    assert message.startswith(option), message
    assert SECRET not in message and LONG not in message
    return message


@pytest.mark.parametrize(("setter", "value"), _cases(TIMEOUT_SETTERS, BAD_SECONDS))
def test_a_bad_timeout_is_refused_the_same_everywhere(
    quiet: AuthenticatedClient, httpserver: HTTPServer, setter: Setter, value: Any
) -> None:
    message = refused(lambda: setter(quiet, value), "timeout")
    assert message == refused(lambda: RequestOptions(timeout=value), "timeout")
    assert httpserver.log == []


@pytest.mark.parametrize(("setter", "value"), _cases(DEADLINE_SETTERS, BAD_SECONDS))
def test_a_bad_deadline_is_refused_the_same_everywhere(
    quiet: AuthenticatedClient, httpserver: HTTPServer, setter: Setter, value: Any
) -> None:
    message = refused(lambda: setter(quiet, value), "deadline")
    assert message == refused(lambda: RetryPolicy(deadline=value), "deadline")
    assert httpserver.log == []


@pytest.mark.parametrize(("setter", "value"), _cases(RETRY_SETTERS, BAD_COUNTS))
def test_a_bad_retry_count_is_refused_the_same_everywhere(
    quiet: AuthenticatedClient, httpserver: HTTPServer, setter: Setter, value: Any
) -> None:
    message = refused(lambda: setter(quiet, value), "max_retries")
    assert message == refused(lambda: RetryPolicy(max_retries=value), "max_retries")
    assert httpserver.log == []


def test_a_policy_needs_a_deadline() -> None:
    refused(lambda: RetryPolicy(deadline=None), "deadline")  # type: ignore[arg-type]


# A timeout object is checked part by part.
BAD_TIMEOUT_PARTS = {
    "read -1": (httpx.Timeout(5.0, read=-1), "timeout.read"),
    "connect NaN": (httpx.Timeout(5.0, connect=math.nan), "timeout.connect"),
    "write inf": (httpx.Timeout(5.0, write=math.inf), "timeout.write"),
    "pool 0": (httpx.Timeout(5.0, pool=0), "timeout.pool"),
}


@pytest.mark.parametrize(("value", "option"), BAD_TIMEOUT_PARTS.values(), ids=BAD_TIMEOUT_PARTS.keys())
@pytest.mark.parametrize("where", TIMEOUT_SETTERS)
def test_an_httpx_timeout_with_a_bad_part_is_refused(
    quiet: AuthenticatedClient, where: str, value: httpx.Timeout, option: str
) -> None:
    refused(lambda: TIMEOUT_SETTERS[where](quiet, value), option)


BAD_BACKOFFS = {name: value for name, value in BAD_SECONDS.items() if name not in ("0", "-0.0")}


@pytest.mark.parametrize("option", ["initial_backoff", "max_backoff"])
@pytest.mark.parametrize("value", BAD_BACKOFFS.values(), ids=BAD_BACKOFFS.keys())
def test_a_bad_backoff_is_refused(option: str, value: Any) -> None:
    refused(lambda: RetryPolicy(**{option: value}), option)


@pytest.mark.parametrize("option", ["max_response_size", "max_download_size"])
@pytest.mark.parametrize("value", BAD_SIZES.values(), ids=BAD_SIZES.keys())
def test_a_bad_size_is_refused(option: str, value: Any) -> None:
    refused(lambda: AuthenticatedClient(api_key=API_KEY, **{option: value}), option)


@pytest.mark.parametrize("option", ["follow_redirects", "trust_env", "raise_on_unexpected_status"])
@pytest.mark.parametrize("value", BAD_FLAGS.values(), ids=BAD_FLAGS.keys())
def test_a_flag_must_be_a_bool(option: str, value: Any) -> None:
    refused(lambda: AuthenticatedClient(api_key=API_KEY, **{option: value}), option)


@pytest.mark.parametrize("value", [value for name, value in BAD_FLAGS.items() if name != "None"])
def test_idempotent_must_be_a_bool_or_none(value: Any) -> None:
    refused(lambda: RequestOptions(idempotent=value), "idempotent")


# (where, the option's name in the message, the value): values that may be secrets are never shown.
BAD_MAPPINGS = {
    "extra_headers line break": ("extra_headers", {"X-Trace": f"{SECRET}\r\nX-Evil: 1"}),
    "extra_headers NUL": ("extra_headers", {"X-Trace": f"{SECRET}\x00"}),
    "extra_headers unicode": ("extra_headers", {"X-Trace": f"{SECRET}é"}),
    "extra_headers a number": ("extra_headers", {"X-Trace": 1}),
    "extra_headers bytes": ("extra_headers", {"X-Trace": SECRET.encode()}),
    "extra_headers a name with a space": ("extra_headers", {"X Trace": SECRET}),
    "extra_headers an empty name": ("extra_headers", {"": SECRET}),
    "extra_headers a name with a line break": ("extra_headers", {"X\r\nEvil": SECRET}),
    "extra_headers not a mapping": ("extra_headers", [("X-Trace", SECRET)]),
    "extra_headers text": ("extra_headers", LONG),
    "extra_query a lone surrogate": ("extra_query", {"q": f"{SECRET}\ud800"}),
    "extra_query an object": ("extra_query", {"q": object()}),
    "extra_query a dict": ("extra_query", {"q": {"token": SECRET}}),
    "extra_query a list holding a dict": ("extra_query", {"q": [SECRET, {}]}),
    "extra_query a number for a key": ("extra_query", {1: SECRET}),
    "extra_query a lone surrogate in a key": ("extra_query", {"q\ud800": SECRET}),
    "extra_query bytes": ("extra_query", {"q": SECRET.encode()}),
    "extra_query not a mapping": ("extra_query", [("q", SECRET)]),
    "extra_body a list": ("extra_body", [SECRET]),
    "extra_body text": ("extra_body", SECRET),
    "extra_body a number for a key": ("extra_body", {1: SECRET}),
    "idempotency_key a line break": ("idempotency_key", f"{SECRET}\r\n"),
    "idempotency_key unicode": ("idempotency_key", f"{SECRET}é"),
    "idempotency_key a number": ("idempotency_key", 7),
}


@pytest.mark.parametrize(("option", "value"), BAD_MAPPINGS.values(), ids=BAD_MAPPINGS.keys())
def test_bad_extras_are_refused_without_showing_their_values(option: str, value: Any) -> None:
    refused(lambda: RequestOptions(**{option: value}), option)


CLIENT_HEADERS = {
    "a line break": {"X-Trace": f"{SECRET}\r\nX-Evil: 1"},
    "a number": {"X-Trace": 1},
    "a bad name": {"X Trace": SECRET},
    "not a mapping": SECRET,
}


@pytest.mark.parametrize("value", CLIENT_HEADERS.values(), ids=CLIENT_HEADERS.keys())
@pytest.mark.parametrize(
    "setter",
    [
        lambda client, value: AuthenticatedClient(api_key=API_KEY, headers=value),
        lambda client, value: client.with_headers(value),
        lambda client, value: client.with_options(headers=value),
    ],
    ids=["constructor", "with_headers", "with_options"],
)
def test_bad_client_headers_are_refused(quiet: AuthenticatedClient, setter: Setter, value: Any) -> None:
    refused(lambda: setter(quiet, value), "headers")


@pytest.mark.parametrize("value", [{"session": f"{SECRET}\r\n"}, {"session": 5}, {"": SECRET}, SECRET], ids=str)
def test_bad_cookies_are_refused(quiet: AuthenticatedClient, value: Any) -> None:
    refused(lambda: AuthenticatedClient(api_key=API_KEY, cookies=value), "cookies")
    refused(lambda: quiet.with_cookies(value), "cookies")


BAD_CLIENT_VALUES = {
    "verify_ssl a missing CA bundle": ("verify_ssl", "/no/such/ca-bundle.pem"),
    "verify_ssl empty": ("verify_ssl", ""),
    "verify_ssl a number": ("verify_ssl", 1),
    "verify_ssl None": ("verify_ssl", None),
    "proxy no scheme": ("proxy", f"{SECRET}.example:8080"),
    "proxy ftp": ("proxy", f"ftp://user:{SECRET}@proxy.example"),
    "proxy unparsable": ("proxy", f"http://user:{SECRET}@[::1"),
    "proxy a number": ("proxy", 8080),
    "proxy empty": ("proxy", ""),
    "proxy 8,000 characters": ("proxy", LONG),
    "retry a dict": ("retry", {"max_retries": 1}),
    "retry None": ("retry", None),
    "retry a number": ("retry", 3),
    "httpx_args a list": ("httpx_args", [("http2", True)]),
}


@pytest.mark.parametrize(("option", "value"), BAD_CLIENT_VALUES.values(), ids=BAD_CLIENT_VALUES.keys())
def test_bad_client_values_are_refused(option: str, value: Any) -> None:
    refused(lambda: AuthenticatedClient(api_key=API_KEY, **{option: value}), option)


@pytest.mark.parametrize("value", [None, {"max_retries": 1}, 3], ids=str)
def test_with_retry_wants_a_policy(quiet: AuthenticatedClient, value: Any) -> None:
    refused(lambda: quiet.with_retry(value), "retry")


BAD_POLICY_SETS = {
    "statuses text": ("statuses", "429"),
    "statuses past 599": ("statuses", {600}),
    "statuses True": ("statuses", {True}),
    "statuses text members": ("statuses", {"503"}),
    "write_statuses a number": ("write_statuses", 429),
    "methods text": ("methods", "GET"),
    "methods numbers": ("methods", {1}),
}


@pytest.mark.parametrize(("option", "value"), BAD_POLICY_SETS.values(), ids=BAD_POLICY_SETS.keys())
def test_bad_policy_sets_are_refused(option: str, value: Any) -> None:
    refused(lambda: RetryPolicy(**{option: value}), option)


def test_a_client_attribute_set_later_is_checked_too(quiet: AuthenticatedClient) -> None:
    refused(lambda: setattr(quiet, "_timeout", -1), "timeout")
    refused(lambda: setattr(quiet, "_max_response_size", -1), "max_response_size")


# Values at each bound, accepted wherever they can be set.
def test_values_at_the_bounds_are_accepted(quiet: AuthenticatedClient, tmp_path: Any) -> None:
    tiny = 5e-324  # the smallest float above 0
    for value in (tiny, MAX_SECONDS, 1, httpx.Timeout(None), httpx.Timeout(5.0, read=None), None):
        for setter in TIMEOUT_SETTERS.values():
            setter(quiet, value)
    for deadline in (tiny, MAX_SECONDS, 1):
        for setter in DEADLINE_SETTERS.values():
            setter(quiet, deadline)
    for count in (0, 10**5000):
        for setter in RETRY_SETTERS.values():
            setter(quiet, count)
    policy = RetryPolicy(initial_backoff=0, max_backoff=MAX_SECONDS, statuses=[500], methods=["get"])
    assert policy.statuses == frozenset({500}) and policy.methods == frozenset({"GET"})
    (tmp_path / "ca.pem").write_text("")
    for settings in (
        {"max_response_size": 0, "max_download_size": None},
        {"max_response_size": None, "max_download_size": 10**5000},
        {"verify_ssl": False, "proxy": httpx.Proxy("http://proxy.example:8080")},
        {"verify_ssl": str(tmp_path / "ca.pem"), "proxy": "socks5://proxy.example:1080"},
        {"headers": {"X-Long": LONG}, "cookies": {"c": LONG}},
    ):
        AuthenticatedClient(api_key=API_KEY, **settings)
    RequestOptions(extra_headers={"X-Long": LONG}, extra_query={"q": ["é", 1, 1.5, None, True]}, extra_body={"é": LONG})


@pytest.mark.parametrize("mode", MODES)
def test_options_checked_when_set_are_sent_as_given(httpserver: HTTPServer, mode: str) -> None:
    """What the checks let through, httpx sends: a header of 8,000 characters, unicode query values."""
    httpserver.expect_request(PATH, headers={"X-Long": LONG}, query_string="q=%C3%A9&n=1").respond_with_json(
        {"balance_expiry": None}
    )
    client = AuthenticatedClient(base_url=httpserver.url_for("/"), api_key=API_KEY)
    options = RequestOptions(extra_headers={"X-Long": LONG}, extra_query={"q": "é", "n": 1}, max_retries=0)
    assert fetch(client, mode, options=options).balance_expiry is None
    assert len(httpserver.log) == 1


# (the value, the message): a number is shown as given (up to 15 digits), anything else by its type.
MESSAGES = {
    "negative": (-1, "timeout must be more than 0 and at most 2.592e+06 seconds, not -1"),
    "NaN": (math.nan, "timeout must be more than 0 and at most 2.592e+06 seconds, not nan"),
    "31 days": (31 * 86400, "timeout must be more than 0 and at most 2.592e+06 seconds, not 2678400"),
    "15 digits": (-(10**15 - 1), "timeout must be more than 0 and at most 2.592e+06 seconds, not -999999999999999"),
    "16 digits": (10**15, "timeout must be more than 0 and at most 2.592e+06 seconds, not int"),
    "True": (True, "timeout must be seconds (a number), an httpx.Timeout or None, not bool"),
    "text": (LONG, "timeout must be seconds (a number), an httpx.Timeout or None, not str"),
}


@pytest.mark.parametrize(("value", "message"), MESSAGES.values(), ids=MESSAGES.keys())
def test_the_message_shows_a_number_not_other_values(value: Any, message: str) -> None:
    assert refused(lambda: RequestOptions(timeout=value), "timeout") == message


def test_times_are_bounded_at_30_days() -> None:
    assert RequestOptions(deadline=30 * 86400).deadline == 30 * 86400
    refused(lambda: RequestOptions(deadline=30 * 86400 + 0.001), "deadline")
