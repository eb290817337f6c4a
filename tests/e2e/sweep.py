"""One call of one operation against Prism, and what came of it.

A call succeeds when the answer is a 2xx and the client parsed it (a documented JSON body into its type).
A body the client rejects is checked against the spec's own response schema with jsonschema: if it does
not fit, Prism broke its own schema (`prism-schema-violation`), which is not the client's fault.
"""

import json
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import jsonschema
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.errors import APIStatusError, ResponseValidationError

from tests.e2e.operations import Arguments, Operation


@dataclass(frozen=True)
class Outcome:
    kind: str  # "ok", or why not: arguments, client-error, status, prism-schema-violation, client-rejects-valid
    detail: str = ""
    status: int = 0  # of the answer, when one came
    body: bytes = b""  # the answer's body, when it parsed

    @property
    def ok(self) -> bool:
        return self.kind == "ok"

    @property
    def accepted(self) -> bool:
        """Prism took the request (a 2xx), whether or not its answer then parsed."""
        return 200 <= self.status < 300 and self.kind in ("ok", "prism-schema-violation", "client-rejects-valid")


@dataclass
class Prism:
    """A client for one Prism server, remembering the status of the last answer."""

    url: str
    arguments: Arguments
    last_status: int = 0
    client: AuthenticatedClient = field(init=False)
    async_client: AuthenticatedClient = field(init=False)
    """For async calls: httpx awaits an async client's event hooks."""

    def __post_init__(self) -> None:
        self.client = self._client(self._record)
        self.async_client = self._client(self._record_async)

    def _client(self, hook: Callable[[httpx.Response], Any]) -> AuthenticatedClient:
        # Both credentials: each call sends the one its operation accepts (Prism checks it).
        return AuthenticatedClient(
            base_url=self.url,
            api_key="test-key",
            access_token="test-token",
            retry=RetryPolicy(max_retries=0),
            httpx_args={"event_hooks": {"response": [hook]}},
            strict=True,  # the sweeps look for where the document is wrong: a lenient read would hide it
        )

    def _record(self, response: httpx.Response) -> None:
        self.last_status = response.status_code

    async def _record_async(self, response: httpx.Response) -> None:
        self._record(response)

    def call(self, operation: Operation, body: Any = None) -> Outcome:
        return call(operation, self, body)


def call(operation: Operation, prism: Prism, body: Any = None) -> Outcome:
    """The outcome of one call; a documented body that was not taken is checked against its own schema."""
    outcome = _call(operation, prism, body)
    if body is None or outcome.accepted:
        return outcome
    schema = operation.spec["requestBody"]["content"]["application/json"]["schema"]
    problem = _violation(prism.arguments.document, schema, body)
    return Outcome("example-violates-schema", f"{problem} ({outcome.kind}: {outcome.detail})") if problem else outcome


def _call(operation: Operation, prism: Prism, body: Any) -> Outcome:
    return _attempt(operation, prism, body, lambda kwargs: _detailed(operation, prism, kwargs))


def call_method(operation: Operation, prism: Prism, method: Callable[..., Any]) -> Outcome:
    """The outcome of calling `method` (a resource client method standing for `operation`) with the
    operation's arguments: it returns the parsed answer or raises, so a 2xx that it returns is "ok"."""

    def invoke(kwargs: dict[str, Any]) -> Outcome:
        method(**kwargs)
        return Outcome("ok", status=prism.last_status)

    return _attempt(operation, prism, None, invoke)


def _attempt(operation: Operation, prism: Prism, body: Any, invoke: Callable[[dict[str, Any]], Outcome]) -> Outcome:
    """`invoke(arguments)`, its errors sorted into outcomes."""
    try:
        kwargs = prism.arguments.build(operation, body)
    except Exception as error:  # reported per operation with its cause
        return Outcome("arguments", f"{type(error).__name__}: {error}")
    try:
        return invoke(kwargs)
    except ResponseValidationError as error:
        return _rejected(operation, error, prism)
    except APIStatusError as error:  # raised by sync(), which the resource methods call
        return Outcome(
            "status", f"{error.status_code}: {error.content[:300].decode(errors='replace')}", error.status_code
        )
    except Exception:  # a defect of the generated code, reported with its traceback tail
        return Outcome("client-error", traceback.format_exc(limit=-2).strip().splitlines()[-1])


def _detailed(operation: Operation, prism: Prism, kwargs: dict[str, Any]) -> Outcome:
    """The call through the operation function's `sync_detailed()`, which returns every status."""
    response = operation.function()(client=prism.client, **kwargs)
    status = int(response.status_code)
    if not 200 <= status < 300:
        return Outcome("status", f"{status}: {response.content[:300].decode(errors='replace')}", status)
    if response.parsed is None and _documents_json(operation, status):
        return Outcome("unparsed", f"{status} with a documented JSON body parsed to None", status)
    return Outcome("ok", status=status, body=response.content)


def _documents_json(operation: Operation, status: int) -> bool:
    answer = operation.spec.get("responses", {}).get(str(status), {})
    return "application/json" in answer.get("content", {})


def _rejected(operation: Operation, error: ResponseValidationError, prism: Prism) -> Outcome:
    status = prism.last_status
    schema = operation.spec["responses"].get(str(status), {}).get("content", {}).get("application/json", {})
    detail = f"{status} {error.field or '(root)'}: {error.problem}"
    try:
        body = json.loads(error.body or b"")
    except ValueError:
        return Outcome("prism-schema-violation", f"not JSON (client: {detail})", status)
    if "schema" not in schema:
        return Outcome("client-rejects-valid", detail, status)
    problem = _violation(prism.arguments.document, schema["schema"], body)
    if problem:
        return Outcome("prism-schema-violation", f"{problem} (client: {detail})", status)
    return Outcome("client-rejects-valid", detail, status)


def _violation(document: dict[str, Any], schema: dict[str, Any], value: Any) -> str | None:
    """The first way a value breaks a schema of the document (its `$ref`s resolved in it), if any."""
    for problem in jsonschema.Draft202012Validator(dict(document, **schema)).iter_errors(value):
        path = "/".join(str(part) for part in problem.absolute_path) or "(root)"
        return f"{path}: {problem.message[:120]}"
    return None
