"""CEKURA_LOG and CEKURA_LOG_BODIES, read as the package is imported (here called again, after changing the
environment): what they switch on, and that unset or unknown values leave the application's logging alone."""

import logging
from collections.abc import Iterator

import pytest
from cekura_api_client.runtime import logs

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
