"""Every error the client raises, under one base class.

Messages carry the request method and URL, the status and a truncated body: never the API key, which
travels only in a request header that no error reads.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

BODY_PREVIEW = 500
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "cf-ray")


def preview(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace")
    return text if len(text) <= BODY_PREVIEW else f"{text[:BODY_PREVIEW]}... ({len(body)} bytes)"


def request_id(headers: Mapping[str, str]) -> str | None:
    lowered = {name.lower(): value for name, value in headers.items()}
    return next((lowered[name] for name in REQUEST_ID_HEADERS if name in lowered), None)


class CekuraError(Exception):
    """Base class of every error this client raises."""


class ConfigurationError(CekuraError, ValueError):
    """The client was constructed with missing or invalid settings."""


class APIConnectionError(CekuraError):
    """No response: the connection failed (after any retries)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (after any retries)."""


class APIStatusError(CekuraError):
    """The API answered with a status that is not a success."""

    def __init__(
        self,
        status_code: int,
        body: bytes,
        *,
        method: str = "",
        url: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        self.headers: Mapping[str, str] = headers or {}
        self.request_id = request_id(self.headers)
        where = f" for {method} {url}" if method else ""
        tag = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"HTTP {status_code}{where}{tag}: {preview(body) or '(empty body)'}")

    @property
    def content(self) -> bytes:
        """The raw body (the name openapi-python-client's UnexpectedStatus used)."""
        return self.body


class BadRequestError(APIStatusError):
    """400: the API rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (for example, project-scoped keys on organization endpoints)."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (for example, no billing record for the organization)."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically before this is raised."""


class ServerError(APIStatusError):
    """5xx: the API failed; 502/503/504 are retried automatically before this is raised."""


class UnexpectedStatus(APIStatusError):
    """Any other status the client does not expect."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a response that is not a success."""
    kind = _BY_STATUS.get(response.status_code)
    if kind is None:
        kind = ServerError if response.status_code >= 500 else UnexpectedStatus
    request = response.request
    return kind(
        response.status_code,
        response.content,
        method=request.method,
        url=str(request.url),
        headers=response.headers,
    )


class ResponseValidationError(CekuraError):
    """A success response whose body does not match the schema: `path` names the field, `body` is raw."""

    def __init__(
        self, path: tuple[str, ...], problem: str, body: bytes | None = None, *, method: str = "", url: str = ""
    ) -> None:
        self.path = path
        self.problem = problem
        self.body = body
        self.method = method
        self.url = url
        where = f"`{self.field}`" if path else "the body"
        request = f" of {method} {url}" if method else ""
        shown = f"; body: {preview(body)}" if body is not None else ""
        super().__init__(f"invalid response{request}: {where}: {problem}{shown}")

    @property
    def field(self) -> str:
        """The field path in dotted form, for example `subscription_status.pack.max_agents_limit`."""
        return ".".join(self.path)

    def inside(self, parent: str) -> ResponseValidationError:
        """The same error seen from the enclosing object."""
        return ResponseValidationError((parent, *self.path), self.problem, self.body)

    def for_response(self, response: httpx.Response) -> ResponseValidationError:
        """The same error, with the raw body and the request that got it."""
        request = response.request
        return ResponseValidationError(
            self.path, self.problem, response.content, method=request.method, url=str(request.url)
        )
