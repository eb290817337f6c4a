"""Waiting for work the API runs in the background (a test run, an evaluation): poll with backoff until
the answer reports a final status, within a timeout."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Collection
from enum import Enum
from typing import Any, TypeVar

import anyio

from .errors import CekuraError

T = TypeVar("T")


class WaitTimeoutError(CekuraError, TimeoutError):
    """The work was not done within the timeout; `last` is the last answer polled."""

    def __init__(self, message: str, last: Any) -> None:
        super().__init__(message)
        self.last = last


def status_of(answer: Any, field: str) -> str:
    """The status `field` of `answer` as text (an enum's value; "" when the answer has none)."""
    value = getattr(answer, field, None)
    return str(value.value) if isinstance(value, Enum) else value if isinstance(value, str) else ""


def _delays(interval: float, max_interval: float) -> Callable[[], float]:
    """Exponential backoff: interval, 2x, 4x... up to max_interval."""
    state = {"next": interval}

    def delay() -> float:
        current = state["next"]
        state["next"] = min(current * 2, max_interval)
        return current

    return delay


def _check(timeout: float, interval: float) -> None:
    if not timeout > 0 or not interval > 0:
        raise ValueError(f"timeout and interval must be positive (timeout={timeout!r}, interval={interval!r})")


def wait_until(
    poll: Callable[[], T], field: str, done: Collection[str], *, timeout: float, interval: float, max_interval: float
) -> T:
    """Call `poll` until its answer's `field` is one of `done`; WaitTimeoutError after `timeout` seconds."""
    _check(timeout, interval)
    deadline, delay = time.monotonic() + timeout, _delays(interval, max_interval)
    while True:
        answer = poll()
        if status_of(answer, field) in done:
            return answer
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(_message(answer, field, timeout), answer)
        time.sleep(min(delay(), remaining))


async def wait_until_async(
    poll: Callable[[], Awaitable[T]],
    field: str,
    done: Collection[str],
    *,
    timeout: float,
    interval: float,
    max_interval: float,
) -> T:
    """`wait_until` for async code (sleeps with the running async library: asyncio or trio)."""
    _check(timeout, interval)
    deadline, delay = time.monotonic() + timeout, _delays(interval, max_interval)
    while True:
        answer = await poll()
        if status_of(answer, field) in done:
            return answer
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(_message(answer, field, timeout), answer)
        await anyio.sleep(min(delay(), remaining))


def _message(answer: Any, field: str, timeout: float) -> str:
    return f"not done after {timeout:g} s: {field} is {status_of(answer, field) or 'missing'!r}"
