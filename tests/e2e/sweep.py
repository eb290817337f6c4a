"""One call of one operation against Prism, and what came of it.

A call succeeds when the answer is a 2xx and the client parsed it (a documented JSON body into its type).
A body the client rejects is checked against the spec's own response schema with jsonschema: if it does
not fit, Prism broke its own schema (`prism-schema-violation`), which is not the client's fault.
"""

import json
import traceback
from dataclasses import dataclass, field
from typing import Any

import httpx
import jsonschema
from cekura_api_client import AuthenticatedClient, RetryPolicy
from cekura_api_client.errors import ResponseValidationError

from tests.e2e.operations import Arguments, Operation


@dataclass(frozen=True)
class Outcome:
    kind: str  # "ok", or why not: arguments, client-error, status, prism-schema-violation, client-rejects-valid
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


@dataclass
class Prism:
    """A client for one Prism server, remembering the status of the last answer."""

    url: str
    arguments: Arguments
    last_status: int = 0
    client: AuthenticatedClient = field(init=False)

    def __post_init__(self) -> None:
        hooks = {"response": [self._record]}
        client = AuthenticatedClient(
            base_url=self.url, token="test-key", retry=RetryPolicy(max_retries=0), httpx_args={"event_hooks": hooks}
        )
        # Operations accepting only oauth2 need a bearer token; the client has no OAuth argument yet.
        self.client = client.with_headers({"Authorization": "Bearer test-token"})

    def _record(self, response: httpx.Response) -> None:
        self.last_status = response.status_code

    def call(self, operation: Operation, body: Any = None) -> Outcome:
        return call(operation, self, body)


def call(operation: Operation, prism: Prism, body: Any = None) -> Outcome:
    arguments, client = prism.arguments, prism.client
    try:
        kwargs = arguments.build(operation, body)
    except Exception as error:  # noqa: BLE001 - reported per operation with its cause
        return Outcome("arguments", f"{type(error).__name__}: {error}")
    try:
        response = operation.function()(client=client, **kwargs)
    except ResponseValidationError as error:
        return _rejected(operation, error, prism)
    except Exception:  # noqa: BLE001 - a defect of the generated code, reported with its traceback tail
        return Outcome("client-error", traceback.format_exc(limit=-2).strip().splitlines()[-1])
    status = int(response.status_code)
    if not 200 <= status < 300:
        return Outcome("status", f"{status}: {response.content[:300].decode(errors='replace')}")
    if response.parsed is None and _documents_json(operation, status):
        return Outcome("unparsed", f"{status} with a documented JSON body parsed to None")
    return Outcome("ok")


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
        return Outcome("prism-schema-violation", f"not JSON (client: {detail})")
    if "schema" not in schema:
        return Outcome("client-rejects-valid", detail)
    document = dict(prism.arguments.document, **schema["schema"])
    for problem in jsonschema.Draft202012Validator(document).iter_errors(body):
        path = "/".join(str(part) for part in problem.absolute_path)
        return Outcome("prism-schema-violation", f"{path}: {problem.message[:200]} (client: {detail})")
    return Outcome("client-rejects-valid", detail)
