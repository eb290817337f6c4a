"""Request logging, on the `cekura_api_client` logger, switched on like openai-python's OPENAI_LOG:
`CEKURA_LOG=info` logs each call (method, URL, status, time, retries) and each retry; `CEKURA_LOG=debug`
adds the response headers that identify a request; `CEKURA_LOG_BODIES=1` adds the start of the request
and response bodies. Credentials never appear: they travel in headers this module does not log, and URLs
are redacted."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

import httpx

from .errors import CekuraError, preview, redact_url, request_id
from .lenient import Mismatch

# The client's `on_mismatch`: called with the operation's name and each mismatch of a response read leniently.
MismatchHook = Callable[[str, Mismatch], object]
_warned: set[tuple[str, str]] = set()  # the (operation, field path) pairs already logged by this process

logger = logging.getLogger("cekura_api_client")
LOG_ENV = "CEKURA_LOG"
BODIES_ENV = "CEKURA_LOG_BODIES"
RETRIES_EXTENSION = "cekura_retries"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Send this package's records to stderr at the level CEKURA_LOG names (unset or unknown: leave the
    logger as the application configured it)."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def _bodies() -> bool:
    return os.environ.get(BODIES_ENV, "").strip().lower() in ("1", "true", "yes")


def log_response(response: httpx.Response, started: float) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    retries = response.extensions.get(RETRIES_EXTENSION, 0)
    logger.info(
        "HTTP %s %s -> %d in %.3fs (%d retries)",
        request.method,
        redact_url(request.url),
        response.status_code,
        time.monotonic() - started,
        retries,
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request id %s; content-type %s", request_id(response.headers), response.headers.get("content-type")
        )
    if _bodies():
        try:
            sent = preview(request.content) if request.content else "(none)"
        except httpx.RequestNotRead:  # a streamed upload
            sent = "(streamed)"
        logger.info("request body: %s", sent)
        try:
            received = preview(response.content)
        except httpx.ResponseNotRead:  # a download streaming into a file
            received = "(streamed)"
        logger.info("response body: %s", received)


def log_failure(error: CekuraError, started: float) -> None:
    logger.info("request failed after %.3fs: %s", time.monotonic() - started, error)


def report(operation: str, found: list[Mismatch], hook: MismatchHook | None) -> None:
    """Each mismatch of a response to `operation` read leniently: logged at WARNING once per process for
    each field path (list indexes as `*`), never with the value (it may be personal data); and given to
    the client's `hook`, every time."""
    for mismatch in found:
        where = ".".join("*" if step.isdigit() else step for step in mismatch.path)
        if (operation, where) not in _warned:
            _warned.add((operation, where))
            logger.warning(
                "%s: the response does not fit the API document at `%s` (expected %s, got %s); read leniently, "
                "the value kept as received (strict=True raises instead)",
                operation,
                where,
                mismatch.expected,
                mismatch.received,
            )
        if hook is not None:
            hook(operation, mismatch)
