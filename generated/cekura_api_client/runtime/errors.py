"""Every error the client raises, under one base class.

Messages carry the request method and URL (credentials in it redacted), the status and a truncated body:
never the API key or access token, which travel only in request headers that no error reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

BODY_PREVIEW = 500
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "cf-ray")
# Query parameters whose values are shown as <redacted> in messages and logs.
SECRET_PARAMETER = re.compile(r"key|token|secret|passw|signature|^sig$|auth|credential|session", re.IGNORECASE)


def redact_url(url: str | httpx.URL) -> str:
    """`url` for a message or a log line: no userinfo, and secret-looking query values replaced."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rpartition("@")[2]
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(SECRET_PARAMETER.search(name) for name, _ in pairs):
        query = urlencode([(name, "<redacted>" if SECRET_PARAMETER.search(name) else value) for name, value in pairs])
    else:
        query = parts.query
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def preview(body: bytes) -> str:
    """The start of `body` as text; only the bytes shown are decoded, however large the body."""
    if len(body) <= BODY_PREVIEW:
        return body.decode("utf-8", errors="replace")
    text = body[: BODY_PREVIEW * 4].decode("utf-8", errors="replace")[:BODY_PREVIEW]
    return f"{text}... ({len(body)} bytes)"


def request_id(headers: Mapping[str, str]) -> str | None:
    lowered = {name.lower(): value for name, value in headers.items()}
    return next((lowered[name] for name in REQUEST_ID_HEADERS if name in lowered), None)


class CekuraError(Exception):
    """Base class of every error this client raises."""


class ConfigurationError(CekuraError, ValueError):
    """The client was constructed with missing or invalid settings."""


class MissingCredentialError(ConfigurationError):
    """The operation accepts none of the credentials the client holds; nothing was sent."""

    def __init__(self, needs: tuple[str, ...], *, method: str, url: str) -> None:
        self.needs = needs
        self.method = method
        self.url = redact_url(url)
        names = " or ".join(CREDENTIAL_NAMES.get(kind, kind) for kind in needs)
        super().__init__(f"{method} {self.url} needs {names}, and this client has none of them (nothing was sent)")


CREDENTIAL_NAMES = {
    "api_key": "an API key (api_key=..., or CEKURA_API_KEY with from_env())",
    "oauth2": "an OAuth access token (access_token=..., or CEKURA_ACCESS_TOKEN with from_env())",
}


class APIConnectionError(CekuraError):
    """No response: the connection failed (after any retries)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = redact_url(url)
        super().__init__(f"{message} ({method} {self.url})")


class APITimeoutError(APIConnectionError):
    """The request timed out, or the call's deadline passed (after any retries)."""


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
        note: str = "",
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = redact_url(url) if url else ""
        self.headers: Mapping[str, str] = headers or {}
        self.request_id = request_id(self.headers)
        where = f" for {method} {self.url}" if method else ""
        tag = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"HTTP {status_code}{where}{tag}{note}: {preview(body) or '(empty body)'}")

    @property
    def content(self) -> bytes:
        """The raw body (the name openapi-python-client's UnexpectedStatus used)."""
        return self.body


class BadRequestError(APIStatusError):
    """400: the API rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the API key or access token is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the credential may not do this (for example, project-scoped keys on organization endpoints)."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (for example, no billing record for the organization)."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically before this is raised."""


class ServerError(APIStatusError):
    """5xx (any, 520-599 included): the API failed; 502/503/504 are retried automatically first."""


class UnexpectedStatus(APIStatusError):
    """Any other status the client does not expect, including a success the operation does not document."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, kind: type[APIStatusError] | None = None, note: str = "") -> APIStatusError:
    """The typed error for `response`: by its status unless `kind` is given."""
    if kind is None:
        kind = _BY_STATUS.get(response.status_code)
    if kind is None:
        kind = ServerError if 500 <= response.status_code <= 599 else UnexpectedStatus
    request = response.request
    return kind(
        response.status_code,
        response.content,
        method=request.method,
        url=str(request.url),
        headers=response.headers,
        note=note,
    )


class ResponseTooLargeError(CekuraError):
    """The body passed the client's size limit (`max_response_size`, or `max_download_size` for files)."""

    def __init__(self, limit: int, *, status_code: int, method: str, url: str, setting: str) -> None:
        self.limit = limit
        self.status_code = status_code
        self.method = method
        self.url = redact_url(url)
        super().__init__(
            f"the HTTP {status_code} body of {method} {self.url} is larger than {limit} bytes "
            f"(the client's {setting}; reading stopped there)"
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
        self.url = redact_url(url) if url else ""
        where = f"`{self.field}`" if path else "the body"
        request = f" of {method} {self.url}" if method else ""
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
