"""CEKURA_LOG and CEKURA_LOG_BODIES, read as the package is imported (here called again, after changing the
environment): what they switch on, and that unset or unknown values leave the application's logging alone."""

import logging
import re
from collections.abc import Iterator
from typing import Any

import pytest
from cekura_api_client import RetryPolicy
from cekura_api_client.runtime import logs
from cekura_api_client.runtime.calls import send
from cekura_api_client.runtime.errors import APIConnectionError
from pytest_httpserver import HTTPServer

from .conftest import PATH

FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


@pytest.fixture
def package_logger() -> Iterator[logging.Logger]:
    """The package's logger, with no handler; put back as it was afterwards."""
    logger = logging.getLogger("cekura_api_client")
    level, handlers = logger.level, logger.handlers[:]
    logger.handlers.clear()
    logger.setLevel(logging.WARNING)
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize(("value", "level"), [(" DEBUG ", logging.DEBUG), ("info", logging.INFO)])
def test_cekura_log_sets_the_level_and_a_stderr_handler(
    package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    monkeypatch.setenv("CEKURA_LOG", value)
    logs.configure_from_env()
    assert package_logger.level == level
    [handler] = package_logger.handlers
    assert isinstance(handler, logging.StreamHandler) and handler.formatter is not None
    assert handler.formatter._fmt == FORMAT
    logs.configure_from_env()  # a second time adds no second handler
    assert len(package_logger.handlers) == 1


def test_an_application_handler_is_kept(package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    own = logging.NullHandler()
    package_logger.addHandler(own)
    monkeypatch.setenv("CEKURA_LOG", "info")
    logs.configure_from_env()
    assert package_logger.handlers == [own]


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_unset_or_unknown_leaves_logging_alone(
    package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("CEKURA_LOG", raising=False)
    else:
        monkeypatch.setenv("CEKURA_LOG", value)
    logs.configure_from_env()
    assert (package_logger.level, package_logger.handlers) == (logging.WARNING, [])


@pytest.mark.parametrize(("value", "shown"), [("1", True), (" True ", True), ("YES", True), ("0", False), ("", False)])
def test_cekura_log_bodies(monkeypatch: pytest.MonkeyPatch, value: str, shown: bool) -> None:
    monkeypatch.setenv("CEKURA_LOG_BODIES", value)
    assert logs._bodies() is shown
    monkeypatch.delenv("CEKURA_LOG_BODIES")
    assert logs._bodies() is False


def test_each_call_is_logged_with_its_retries_request_id_and_bodies(
    httpserver: HTTPServer, make_client: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG, logger="cekura_api_client")
    monkeypatch.setenv("CEKURA_LOG_BODIES", "1")
    httpserver.expect_ordered_request(PATH).respond_with_data("", status=503)
    json = "application/json"
    httpserver.expect_ordered_request(PATH).respond_with_data(
        '{"ok": 1}', content_type=json, headers={"X-Request-ID": "req-9"}
    )
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_data('{"ok": 2}', content_type=json)
    client = make_client()
    send(client, {"method": "get", "url": PATH})
    send(client, {"method": "post", "url": PATH, "json": {"a": 1}})
    url = re.escape(httpserver.url_for(PATH))
    ours = [r.getMessage() for r in caplog.records if r.name == "cekura_api_client"]
    messages = [message for message in ours if not message.startswith("retrying")]
    expected = [
        rf"HTTP GET {url} -> 200 in \d+\.\d{{3}}s \(1 retries\)",
        r"request id req-9; content-type application/json",
        r"request body: \(none\)",
        r'response body: \{"ok": 1\}',
        rf"HTTP POST {url} -> 200 in \d+\.\d{{3}}s \(0 retries\)",
        r"request id None; content-type application/json",
        r'request body: \{"a": ?1\}',  # httpx 0.28 writes JSON compact, older versions with spaces
        r'response body: \{"ok": 2\}',
    ]
    assert len(messages) == len(expected), messages
    for message, pattern in zip(messages, expected, strict=True):
        assert re.fullmatch(pattern, message), (message, pattern)
    durations = [float(m.split(" in ")[1].split("s ")[0]) for m in messages if m.startswith("HTTP ")]
    assert all(0 <= seconds < 600 for seconds in durations)  # time since the call started, not a clock reading


def test_a_failed_call_is_logged_with_its_error(
    make_client: Any, refused_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cekura_api_client")
    with pytest.raises(APIConnectionError) as raised:
        send(make_client(base_url=refused_url, retry=RetryPolicy(max_retries=0)), {"method": "get", "url": PATH})
    [message] = [r.getMessage() for r in caplog.records if r.name == "cekura_api_client"]
    assert re.fullmatch(r"request failed after \d+\.\d{3}s: " + re.escape(str(raised.value)), message)
    assert float(message.split(" after ")[1].split("s: ")[0]) < 600  # time since the call started
