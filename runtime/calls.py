"""What every generated endpoint function does around its request: send it with the credential the
operation accepts, under the call's deadline, with every failure mapped to a typed error; check the body;
and decide what a status means."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Container
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from . import deadline, downloads
from .body import STREAM_EXTENSION
from .client import Client
from .errors import (
    APIConnectionError,
    APITimeoutError,
    CekuraError,
    ConfigurationError,
    ResponseValidationError,
    SchemaValidationError,
    UnexpectedStatus,
    status_error,
)
from .lenient import leniently, mismatches
from .logs import log_failure, log_response, report
from .options import RequestOptions
from .retry import IDEMPOTENCY_HEADER, IDEMPOTENT_EXTENSION, POLICY_EXTENSION, RetryPolicy

T = TypeVar("T")
DEFAULT_SECURITY = ("api_key",)
_STATUSES = {int(status): status for status in HTTPStatus}  # a dict lookup, not an enum call, per response
# A request extension: whether the call reads strictly, and the client's mismatch hook (absent: lenient, none).
READING_EXTENSION = "cekura_reading"


def _where(error: Exception, kwargs: dict[str, Any]) -> tuple[str, str]:
    try:
        request = error.request  # type: ignore[attr-defined]
        return request.method, str(request.url)
    except (AttributeError, RuntimeError):  # raised before the request was built
        return kwargs["method"].upper(), kwargs["url"]


# What an httpx timeout says ran out, by its kind, when the call's deadline did not.
_TIMEOUT_PARTS = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


def _mapped(error: Exception, kwargs: dict[str, Any], started: float) -> CekuraError:
    """The typed error for an exception httpx raised during a call `started` at that time."""
    method, url = _where(error, kwargs)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(_timed_out(error, started), method=method, url=url)
    if isinstance(error, httpx.DecodingError):
        return ResponseValidationError((), f"the body could not be decoded ({error})", method=method, url=url)
    if isinstance(error, httpx.InvalidURL):
        return ConfigurationError(f"invalid request URL for {method}: {error}")
    if isinstance(error, httpx.LocalProtocolError) and "Content-Length" in str(error):
        problem = (
            "the request body was not the size it declared: did a file being uploaded change size while it was sent?"
        )
        return APIConnectionError(f"{problem} ({error})", method=method, url=url)
    return APIConnectionError(f"{type(error).__name__}: {error}", method=method, url=url)


def _timed_out(error: httpx.TimeoutException, started: float) -> str:
    """Which limit ended the call: its deadline (for all of it), or the timeout of one connect, read or write."""
    kind, said = type(error).__name__, str(error) or "timed out"  # anyio's timeouts say nothing
    if deadline.passed():
        length = round(time.monotonic() - started + (deadline.remaining() or 0.0), 2)
        return (
            f"{kind}: the call's deadline of {length:g} s passed (RetryPolicy(deadline=...) for a client, "
            f"RequestOptions(deadline=...) for one call)"
        )
    part = _TIMEOUT_PARTS.get(type(error), "")
    limit = _timeouts(error).get(part)
    if limit is None:
        return f"{kind}: {said}"
    return (
        f"{kind}: {said} (the {part} timeout of {limit:g} s: timeout=... for a client, "
        f"RequestOptions(timeout=...) for one call)"
    )


def _timeouts(error: Exception) -> dict[str, Any]:
    """The request's timeouts by part (httpx puts them in its extensions); none before it was built."""
    try:
        timeouts: dict[str, Any] = error.request.extensions.get("timeout", {})  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):
        return {}
    return timeouts


def _request_args(
    client: Client,
    kwargs: dict[str, Any],
    security: tuple[str, ...],
    options: RequestOptions | None,
    *,
    stream: bool = False,
) -> tuple[dict[str, Any], RetryPolicy]:
    """The httpx arguments and the call's retry policy: the credential for `security`, the call's options
    (which reach the transport as request extensions, as does `stream`: a download written to a file), and
    no empty params dict (httpx re-parses the URL to merge even an empty one: a third of a local call's
    client time)."""
    method = kwargs["method"].upper()
    auth = client.auth_for(security, method, kwargs["url"])
    policy = client.retry_policy
    extensions: dict[str, Any] = {STREAM_EXTENSION: True} if stream else {}
    strict = client.strict
    if options is not None:
        kwargs = options.apply(kwargs)
        policy = options.policy(policy)
        extensions.update({POLICY_EXTENSION: policy, IDEMPOTENT_EXTENSION: options.idempotent})
        strict = strict if options.strict is None else options.strict
    if strict or client.on_mismatch is not None:  # what `checked` does with a body that does not fit
        extensions[READING_EXTENSION] = (strict, client.on_mismatch)
    if extensions:
        kwargs = {**kwargs, "extensions": extensions}
    if method not in policy.methods:  # a write
        kwargs = _with_idempotency_key(kwargs, policy, options)
    args = {**kwargs, "auth": auth}
    if not args.get("params"):
        args.pop("params", None)
    return args, policy


def _with_idempotency_key(
    kwargs: dict[str, Any], policy: RetryPolicy, options: RequestOptions | None
) -> dict[str, Any]:
    """A write's arguments with its Idempotency-Key: the call's own, or a new one when the call may be
    retried; created here once, so every attempt carries the same. One in extra_headers wins."""
    key = options.idempotency_key if options is not None else None
    if key is None and policy.max_retries > 0:
        key = f"cekura-python-retry-{uuid.uuid4()}"
    headers = kwargs.get("headers", {})
    if key is None or any(name.lower() == "idempotency-key" for name in headers):
        return kwargs
    return {**kwargs, "headers": {**headers, IDEMPOTENCY_HEADER: key}}


def send(
    client: Client,
    kwargs: dict[str, Any],
    *,
    security: tuple[str, ...] = DEFAULT_SECURITY,
    options: RequestOptions | None = None,
) -> httpx.Response:
    """Send the request `kwargs` describes, to an operation accepting the credential kinds `security`
    ("api_key", "oauth2"; empty for none), with the call's `options`, and read the body, all within the
    call's deadline."""
    args, policy = _request_args(client, kwargs, security, options)
    started = time.monotonic()
    token = deadline.begin(policy.deadline)  # not `with deadline.within()`: cheaper (see begin)
    try:
        response = client.get_httpx_client().request(**args)
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise _failed(error, kwargs, started) from error
    finally:
        deadline.restore(token)
    log_response(response, started)
    return response


async def send_async(
    client: Client,
    kwargs: dict[str, Any],
    *,
    security: tuple[str, ...] = DEFAULT_SECURITY,
    options: RequestOptions | None = None,
) -> httpx.Response:
    """`send`, for the async endpoint functions."""
    args, policy = _request_args(client, kwargs, security, options)
    started = time.monotonic()
    token = deadline.begin(policy.deadline)
    try:
        response = await client.get_async_httpx_client().request(**args)
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise _failed(error, kwargs, started) from error
    finally:
        deadline.restore(token)
    log_response(response, started)
    return response


def send_to_file(
    client: Client,
    kwargs: dict[str, Any],
    file: downloads.Destination,
    *,
    security: tuple[str, ...] = DEFAULT_SECURITY,
    options: RequestOptions | None = None,
    documented: Container[int] | None = None,
) -> int:
    """`send`, writing a success body to `file` as it arrives instead of holding it (held to
    max_download_size whatever its content type), within the call's deadline; any other status raises
    its typed error, as `sync()` does. Returns the number of bytes written.

    A failure while the body streams is not retried: part of it may already be in a file object."""
    args, policy = _request_args(client, kwargs, security, options, stream=True)
    started = time.monotonic()
    with downloads.opened(file) as write, deadline.within(policy.deadline):
        try:
            with client.get_httpx_client().stream(**args) as response:
                log_response(response, started)
                if _refused(response, documented):
                    response.read()
                    raise_for_status(response, documented)
                size = 0
                for chunk in response.iter_bytes():
                    write(chunk)
                    size += len(chunk)
                return size
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise _failed(error, kwargs, started) from error


async def send_to_file_async(
    client: Client,
    kwargs: dict[str, Any],
    file: downloads.Destination,
    *,
    security: tuple[str, ...] = DEFAULT_SECURITY,
    options: RequestOptions | None = None,
    documented: Container[int] | None = None,
) -> int:
    """`send_to_file`, for the async endpoint functions."""
    args, policy = _request_args(client, kwargs, security, options, stream=True)
    started = time.monotonic()
    async with downloads.opened_async(file) as write:
        with deadline.within(policy.deadline):
            try:
                async with client.get_async_httpx_client().stream(**args) as response:
                    log_response(response, started)
                    if _refused(response, documented):
                        await response.aread()
                        raise_for_status(response, documented)
                    size = 0
                    async for chunk in response.aiter_bytes():
                        await write(chunk)
                        size += len(chunk)
                    return size
            except (httpx.HTTPError, httpx.InvalidURL) as error:
                raise _failed(error, kwargs, started) from error


def _refused(response: httpx.Response, documented: Container[int] | None) -> bool:
    """Whether `raise_for_status` raises for this status (its body is then read, for the error)."""
    return not response.is_success or (documented is not None and response.status_code not in documented)


def _failed(error: Exception, kwargs: dict[str, Any], started: float) -> CekuraError:
    mapped = _mapped(error, kwargs, started)
    log_failure(mapped, started)
    return mapped


def checked(response: httpx.Response, parse: Callable[[], T]) -> T | None:
    """`parse()`: a body that does not fit the document is read leniently (lenient.py), each mismatch
    reported, unless the call is strict; a success body that is not JSON, or JSON of another top-level kind,
    or (strictly) does not fit, raises ResponseValidationError. Any other status's body that cannot be read
    is None: the status decides what the call raises (sync()), not its body.

    ValueError covers invalid JSON, undecodable text and integers past Python's digit limit; JSON nested
    deeper than the interpreter recurses raises RecursionError."""
    try:
        return parse()
    except SchemaValidationError as error:
        problem = error
    except RecursionError:
        problem = SchemaValidationError((), "not valid JSON (nested too deeply)")
    except ValueError as error:
        problem = SchemaValidationError((), f"not valid JSON ({error})")
    strict, hook = response.request.extensions.get(READING_EXTENSION, (False, None))
    if not strict and problem.path:  # JSON of the right top-level kind: read it leniently
        try:
            with leniently():
                parsed = parse()
        except SchemaValidationError as error:
            problem = error
        else:
            report(parse.__module__.rpartition(".")[2], mismatches(parsed), hook)
            return parsed
    if not 200 <= response.status_code < 300:
        return None
    raise ResponseValidationError.for_response(problem, response) from None


def http_status(code: int) -> HTTPStatus:
    """`HTTPStatus(code)`, for any code: one `http.HTTPStatus` does not list (Cloudflare's 520, 499, 299)
    becomes a pseudo-member equal to the number, with an empty phrase, as open enums do elsewhere here."""
    known = _STATUSES.get(code)
    if known is not None:
        return known
    unknown = int.__new__(HTTPStatus, code)
    unknown._name_ = f"UNKNOWN_{code}"
    unknown._value_ = code
    unknown.phrase = ""  # type: ignore[misc]
    unknown.description = ""  # type: ignore[misc]
    return unknown


def raise_for_status(response: httpx.Response, documented: Container[int] | None = None) -> None:
    """Raise the typed error for a status that is not a success (any 5xx: ServerError), and, given the
    operation's `documented` statuses, UnexpectedStatus for a success it does not document (a 201, 204...),
    which `sync()` could not return as its type."""
    if not 200 <= response.status_code < 300:  # not response.is_success, without its two calls
        raise status_error(response)
    if documented is not None and response.status_code not in documented:
        note = " (a success status this operation does not document)"
        raise status_error(response, UnexpectedStatus, note)


def unexpected_status(client: Client, response: httpx.Response) -> None:
    """What `_parse_response` does with a status the operation does not document: None, or with
    `client.raise_on_unexpected_status` the typed error (AuthenticationError for a 401, with the method,
    URL and request id; UnexpectedStatus for a success)."""
    if client.raise_on_unexpected_status:
        raise_for_status(response, ())
