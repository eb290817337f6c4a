"""Waiting for work the API runs in the background (a test run, an evaluation): poll with backoff until
the answer reports a final status, within a timeout that bounds every poll too (each runs under a deadline
of the time left, so a poll hanging on the network ends when the wait does)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Awaitable, Callable, Collection, Iterator
from enum import Enum
from typing import Any, TypeVar

import anyio
import attrs

from . import checks, deadline
from .errors import APITimeoutError, ConfigurationError, WaitTimeoutError
from .options import RequestOptions

__all__ = ["WaitTimeoutError", "status_of", "wait_until", "wait_until_async"]

T = TypeVar("T")
# The longest sleep between polls unless max_interval says (or interval is longer).
DEFAULT_MAX_INTERVAL = 30.0


def status_of(answer: Any, field: str) -> str:
    """The status `field` of `answer` as text (an enum's value; "" when the answer has none)."""
    value = getattr(answer, field, None)
    return str(value.value) if isinstance(value, Enum) else value if isinstance(value, str) else ""


@attrs.define
class _Waiting:
    """One wait: its end, its backoff and its last answer, shared by `wait_until` and `wait_until_async`."""

    field: str
    done: Collection[str]
    timeout: float
    end: float
    delay: float
    max_interval: float
    last: Any = None

    @classmethod
    def start(
        cls, field: str, done: Collection[str], timeout: float, interval: float, max_interval: float | None
    ) -> _Waiting:
        """Check the times (ConfigurationError naming the one out of bounds) and start the clock."""
        timeout = checks.seconds("timeout", timeout)
        interval = checks.seconds("interval", interval)
        longest = (
            max(DEFAULT_MAX_INTERVAL, interval)
            if max_interval is None
            else checks.seconds("max_interval", max_interval)
        )
        if longest < interval:
            raise ConfigurationError(f"max_interval must be at least interval ({interval:g} s), not {longest:g}")
        return cls(field, done, timeout, time.monotonic() + timeout, interval, longest)

    @contextlib.contextmanager
    def polling(self) -> Iterator[None]:
        """Bound one poll by the time left (with any deadline of its own, the sooner ends it); the wait's
        end, reached before or during it, raises WaitTimeoutError."""
        left = self.end - time.monotonic()
        if left <= deadline.SLACK:  # the last pause slept until the end (a timer may wake a tick early)
            raise self._expired("")
        token = deadline.begin(left)
        try:
            yield
        except APITimeoutError as error:
            if deadline.passed():
                raise self._expired(" (the poll in flight was stopped)") from error
            raise
        finally:
            deadline.restore(token)

    def finished(self, answer: Any) -> bool:
        """Whether `answer` is final (else it is kept as `last`)."""
        self.last = answer
        return status_of(answer, self.field) in self.done

    def pause(self) -> float:
        """Seconds to sleep before the next poll: the backoff (interval, 2x, 4x... up to max_interval),
        never past the end."""
        current, self.delay = self.delay, min(self.delay * 2, self.max_interval)
        return max(0.0, min(current, self.end - time.monotonic()))

    def _expired(self, note: str) -> WaitTimeoutError:
        status = status_of(self.last, self.field) or "missing"
        seen = f"{self.field} is {status!r}" if self.last is not None else "no poll answered"
        return WaitTimeoutError(f"not done after {self.timeout:g} s: {seen}{note}", self.last)


def _strict(options: RequestOptions | None) -> RequestOptions:
    """The polls' options, strict unless the caller chose: a status read leniently (a null, a number) would
    be polled until the timeout instead of raising."""
    if options is None:
        return RequestOptions(strict=True)
    return options if options.strict is not None else attrs.evolve(options, strict=True)


def wait_until(
    poll: Callable[[RequestOptions | None], T],
    field: str,
    done: Collection[str],
    *,
    timeout: float,
    interval: float,
    max_interval: float | None = None,
    options: RequestOptions | None = None,
) -> T:
    """Call `poll(options)` until its answer's `field` is one of `done`, sleeping `interval` seconds, then
    twice that... up to `max_interval` (default: 30, or `interval` when longer); WaitTimeoutError once
    `timeout` seconds have passed, a poll in flight included. ConfigurationError for a time out of bounds."""
    waiting = _Waiting.start(field, done, timeout, interval, max_interval)
    options = _strict(options)
    while True:
        with waiting.polling():
            answer = poll(options)
        if waiting.finished(answer):
            return answer
        time.sleep(waiting.pause())


async def wait_until_async(
    poll: Callable[[RequestOptions | None], Awaitable[T]],
    field: str,
    done: Collection[str],
    *,
    timeout: float,
    interval: float,
    max_interval: float | None = None,
    options: RequestOptions | None = None,
) -> T:
    """`wait_until` for async code (sleeps with the running async library: asyncio or trio)."""
    waiting = _Waiting.start(field, done, timeout, interval, max_interval)
    options = _strict(options)
    while True:
        with waiting.polling():
            answer = await poll(options)
        if waiting.finished(answer):
            return answer
        await anyio.sleep(waiting.pause())
