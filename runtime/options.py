"""Per-call options: what one call may change without building another client (Stainless' `extra_headers`,
`extra_query`, `extra_body`, `timeout`, `max_retries`; Fern's `request_options`).

Every generated endpoint function takes them as one keyword argument, `options=RequestOptions(...)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from . import checks
from .errors import ConfigurationError
from .reprs import settings_repr
from .retry import RetryPolicy


def _extra_headers(value: object) -> dict[str, str]:
    return checks.headers("extra_headers", value)


def _extra_query(value: object) -> dict[str, Any]:
    return checks.query("extra_query", value)


def _extra_body(value: object) -> dict[str, Any]:
    return checks.body("extra_body", value)


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Settings for one call; each left at None keeps the client's.

    - ``timeout``: seconds (or an ``httpx.Timeout``) each connect, read and write may wait.
    - ``deadline``: seconds the whole call may take, retries and reading the body included. Unless the
      call or the client chose one, a timeout longer than 60 s raises it to match.
    - ``max_retries``: retries for this call (0: none).
    - ``idempotent``: True retries this call like a GET whatever its method (say so only when repeating
      it is harmless); False retries it only when it provably did not reach the server or got 429.
    - ``extra_headers``, ``extra_query``: sent on top of the operation's own (they win on a clash; the
      credential header is the client's whatever they say).
    - ``extra_body``: fields merged into a JSON object body (for fields this client does not know yet).
    - ``idempotency_key``: the ``Idempotency-Key`` a POST or PATCH is sent with (by default a new one per
      call when it may be retried, the same on each attempt); give your own to repeat a call safely later.
    - ``strict``: True raises ResponseValidationError for a success body that does not fit the document;
      False reads it leniently (the default: each mismatched value kept as received).

    Each value is checked here: a bad one raises ConfigurationError naming it, before anything is sent.
    """

    timeout: httpx.Timeout | None = attrs.field(default=None, converter=checks.as_timeout)
    deadline: float | None = attrs.field(default=None, validator=checks.validator(checks.optional(checks.seconds)))
    max_retries: int | None = attrs.field(default=None, validator=checks.validator(checks.optional(checks.count)))
    idempotent: bool | None = attrs.field(default=None, validator=checks.validator(checks.optional(checks.flag)))
    extra_headers: Mapping[str, str] = attrs.field(factory=dict, converter=_extra_headers)
    extra_query: Mapping[str, Any] = attrs.field(factory=dict, converter=_extra_query)
    extra_body: Mapping[str, Any] = attrs.field(factory=dict, converter=_extra_body)
    idempotency_key: str | None = attrs.field(
        default=None, validator=checks.validator(checks.optional(checks.header_value))
    )
    strict: bool | None = attrs.field(default=None, validator=checks.validator(checks.optional(checks.flag)))

    def __repr__(self) -> str:
        """The options, without a credential: header, query and body names without their values."""
        return settings_repr(self)

    def policy(self, base: RetryPolicy) -> RetryPolicy:
        """The client's retry policy with this call's changes."""
        changes: dict[str, Any] = {}
        if self.max_retries is not None:
            changes["max_retries"] = self.max_retries
        if self.deadline is not None:
            changes["deadline"] = self.deadline
        policy = attrs.evolve(base, **changes) if changes else base
        return policy if self.timeout is None else policy.fitted(self.timeout)

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The endpoint's request arguments with the extra headers, query and body, and the timeout."""
        args = dict(kwargs)
        if self.extra_headers:
            args["headers"] = {**args.get("headers", {}), **self.extra_headers}
        if self.extra_query:
            args["params"] = {**args.get("params", {}), **self.extra_query}
        if self.extra_body:
            body = args.get("json")
            if (body is not None and not isinstance(body, dict)) or {"content", "data", "files"} & args.keys():
                raise ConfigurationError("extra_body needs a JSON object body, and this call sends another kind")
            args["json"] = {**(body or {}), **self.extra_body}
        if self.timeout is not None:
            args["timeout"] = self.timeout
        return args
