"""Retries as httpx transports, so sync and async, `sync()` and `sync_detailed()` behave the same.

Only idempotent methods are retried: on connection errors, timeouts, 429 and 502/503/504, with exponential
backoff and full jitter, honouring Retry-After (seconds or an HTTP date), bounded by a retry count and a
total deadline.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from datetime import datetime, timezone

import attrs
import httpx

logger = logging.getLogger("cekura_api_client")

RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@attrs.frozen
class RetryPolicy:
    """How failed requests are retried. `RetryPolicy(max_retries=0)` switches retries off."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_backoff: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    deadline: float = attrs.field(default=60.0, validator=attrs.validators.gt(0))
    """Seconds from the first attempt after which no retry starts."""
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})

    def backoff(self, retry: int) -> float:
        """Full jitter: uniform in [0, min(max_backoff, initial_backoff * 2**retry)]."""
        return random.uniform(0, min(self.max_backoff, self.initial_backoff * 2**retry))

    def delay(self, retry: int, started: float, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number `retry` (0-based), or None to stop."""
        if retry >= self.max_retries:
            return None
        wait = retry_after(response) if response is not None else None
        if wait is None:
            wait = self.backoff(retry)
        if time.monotonic() - started + wait > self.deadline:
            return None
        return wait

    def wants(self, request: httpx.Request) -> bool:
        return self.max_retries > 0 and request.method in self.methods


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    import email.utils

    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


class _Attempts:
    """The retry decisions for one request; the transports only send and sleep."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy, self.request = policy, request
        self.started, self.retry = time.monotonic(), 0

    def wait(self, response: httpx.Response | None, error: Exception | None) -> float | None:
        """Seconds to sleep before trying again, or None when this outcome is final."""
        if response is not None and response.status_code not in self.policy.statuses:
            return None
        wait = self.policy.delay(self.retry, self.started, response)
        if wait is not None:
            cause = f"HTTP {response.status_code}" if response is not None else type(error).__name__
            logger.debug(
                "retrying %s %s in %.2fs (retry %d): %s",
                self.request.method,
                self.request.url,
                wait,
                self.retry + 1,
                cause,
            )
            self.retry += 1
        return wait

    @staticmethod
    def final(response: httpx.Response | None, error: Exception | None) -> httpx.Response:
        if error is not None:
            raise error
        assert response is not None
        return response


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.policy.wants(request):
            return self.inner.handle_request(request)
        attempts = _Attempts(self.policy, request)
        while True:
            response, error = None, None
            try:
                response = self.inner.handle_request(request)
            except RETRYABLE_ERRORS as caught:
                error = caught
            wait = attempts.wait(response, error)
            if wait is None:
                return attempts.final(response, error)
            if response is not None:
                response.close()
            time.sleep(wait)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.policy.wants(request):
            return await self.inner.handle_async_request(request)
        attempts = _Attempts(self.policy, request)
        while True:
            response, error = None, None
            try:
                response = await self.inner.handle_async_request(request)
            except RETRYABLE_ERRORS as caught:
                error = caught
            wait = attempts.wait(response, error)
            if wait is None:
                return attempts.final(response, error)
            if response is not None:
                await response.aclose()
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()
