"""Every error the client raises, under one base class.

Messages carry the request method and URL (credentials in it redacted), the status and a truncated body:
never the API key or access token, which travel only in request headers that no error reads. Every error
pickles and copies as plain data (CekuraError.__reduce__), so it crosses process boundaries.
"""

from __future__ import annotations

import functools
import json
import pickle
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

BODY_PREVIEW = 500
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "cf-ray")
# Query parameters whose values are shown as <redacted> in messages and logs.
SECRET_PARAMETER = re.compile(r"key|token|secret|passw|signature|^sig$|auth|credential|session", re.IGNORECASE)
# Headers whose values a pickled or copied error leaves out (Set-Cookie, Authorization, X-Api-Key...).
SECRET_HEADER = re.compile(rf"{SECRET_PARAMETER.pattern}|cookie", re.IGNORECASE)


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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled and copied as plain data, without calling `__init__` again: the message and the attributes,
        except the httpx request and response (which carry the credentials: `response` is None in the copy),
        secret-looking headers, and values that cannot be pickled (None in the copy)."""
        state = {name: _plain(name, value) for name, value in vars(self).items()}
        return _blank, (type(self),), {**state, "args": self.args}


def _blank(kind: type[CekuraError]) -> CekuraError:
    """An instance of `kind` made without `__init__`: unpickling then sets its attributes."""
    return kind.__new__(kind)


def _plain(name: str, value: Any) -> Any:
    if isinstance(value, (httpx.Request, httpx.Response)):
        return None
    if name == "headers":
        return {header: text for header, text in value.items() if not SECRET_HEADER.search(header)}
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    return value


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


class NotPicklableError(CekuraError, TypeError):
    """A client was pickled: it holds credentials and open connections. Make one in each process instead
    (`AuthenticatedClient.from_env()`); a process made with os.fork() may use its parent's."""


class MissingFieldError(CekuraError, AttributeError):
    """`present()` was given a field the response left out."""


class APIConnectionError(CekuraError):
    """No response: the connection failed (after any retries)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = redact_url(url)
        super().__init__(f"{message} ({method} {self.url})")


class APITimeoutError(APIConnectionError):
    """The request timed out, or the call's deadline passed (after any retries)."""


class APIStatusError(CekuraError):
    """The API answered with a status that is not a success.

    `body` is the raw bytes, `parsed_body` the JSON in them (None when they are not JSON), `field_errors`
    Django REST framework's validation messages by field, `headers` the response's, `response` the
    httpx.Response (None in a pickled or copied error, whose `headers` leave out secret-looking ones)."""

    def __init__(
        self,
        status_code: int,
        body: bytes,
        *,
        method: str = "",
        url: str = "",
        headers: Mapping[str, str] | None = None,
        note: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.response = response
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

    @functools.cached_property
    def parsed_body(self) -> Any:
        """The body as JSON, or None when it is empty or not JSON."""
        try:
            return json.loads(self.body) if self.body.strip() else None
        except (ValueError, RecursionError):
            return None

    @functools.cached_property
    def field_errors(self) -> dict[str, list[str]]:
        """Django REST framework's error messages by field: `{"name": ["This field is required."]}`.

        `{"detail": "..."}` and a bare list of messages are under "detail", `{"non_field_errors": [...]}`
        under "non_field_errors";
        nested serializers give dotted paths ("pack.max_agents", "items.0.name"). Empty when the body is
        not of that shape."""
        found: dict[str, list[str]] = {}
        if isinstance(self.parsed_body, (dict, list)):
            _collect(self.parsed_body, "", found)
        return found


def _collect(value: Any, path: str, found: dict[str, list[str]]) -> None:
    """DRF's error structure, flattened: objects and lists of objects nest, anything else is a message."""
    if isinstance(value, dict):
        for name, inner in value.items():
            _collect(inner, f"{path}.{name}" if path else str(name), found)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            nested = isinstance(inner, (dict, list))
            _collect(inner, (f"{path}.{index}" if path else str(index)) if nested else path, found)
    elif value is not None:
        found.setdefault(path or "detail", []).append(str(value))


class BadRequestError(APIStatusError):
    """400: the API rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the API key or access token is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the credential may not do this (for example, project-scoped keys on organization endpoints)."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (for example, no billing record for the organization)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state (for example, a duplicate)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but its content was rejected."""


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
    409: ConflictError,
    422: UnprocessableEntityError,
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
        response=response,
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


class SchemaValidationError(CekuraError):
    """Data that does not fit its schema: `path` names the field, `problem` says how.

    `Model.from_dict()` raises this class itself; a response body that does not fit is a
    ResponseValidationError, a request body a RequestValidationError."""

    _what = "data does not fit its schema"

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
        super().__init__(f"{self._what}{request}: {where}: {problem}{shown}")

    @property
    def field(self) -> str:
        """The field path in dotted form, for example `subscription_status.pack.max_agents_limit`."""
        return ".".join(self.path)

    def inside(self, parent: str) -> SchemaValidationError:
        """The same error seen from the enclosing object."""
        return type(self)((parent, *self.path), self.problem, self.body)


class ResponseValidationError(SchemaValidationError):
    """A success response whose body is not JSON or does not match the schema: `body` is raw."""

    _what = "invalid response"

    @classmethod
    def for_response(cls, error: SchemaValidationError, response: httpx.Response) -> ResponseValidationError:
        """`error`, found in `response`'s body, with the raw body and the request that got it."""
        request = response.request
        return cls(error.path, error.problem, response.content, method=request.method, url=str(request.url))


class RequestValidationError(SchemaValidationError):
    """A request body the caller built that does not fit the operation's schema; nothing was sent."""

    _what = "invalid request body"


class PathParameterError(RequestValidationError):
    """A path parameter's value that cannot be one segment of the URL: `""`, `.` or `..` (which a proxy or
    the server would resolve to another route), or not a string, integer or UUID; nothing was sent."""

    _what = "invalid path parameter"


class NoNextPageError(CekuraError, LookupError):
    """`get_next_page()` on a page with no next page (`has_next_page()` is False); nothing was sent."""


class WaitTimeoutError(CekuraError, TimeoutError):
    """A `wait()` whose work was not done within its timeout; `last` is the last answer polled."""

    def __init__(self, message: str, last: Any) -> None:
        super().__init__(message)
        self.last = last
