"""The documented response examples that break their own schemas (invalid_examples.yaml), read by the client.

Each is answered, with its documented status, to a call of its operation's generated function (a transport
standing in for the server): the tolerant reader's proof on the complete document, not on a fixture. By
default the call returns the model; `mismatches()` names exactly the places where jsonschema says the example
breaks its schema (list indexes included), as far as the client checks (example_checks.checked_by_client:
not a value outside an enum, enums being open, nor formats it keeps as text); `to_dict()` gives the example
back as received. Strict, the call raises ResponseValidationError naming one of those places. The answers Prism's
static mode gives that the strict sweep lists (prism-exceptions.yaml [static]) are among these examples.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cekura_api_client import AuthenticatedClient, mismatches
from cekura_api_client.errors import ResponseValidationError

from tests.conftest import Figures
from tests.e2e.operations import Arguments, Operation, public_document, public_operations
from tooling.quality.example_checks import Checker, checked_by_client, load_listed
from tooling.quality.examples import Example, at, pointer

DOCUMENT = public_document()
CHECKER = Checker(DOCUMENT)
OPERATIONS = {(operation.method, operation.path): operation for operation in public_operations(DOCUMENT)}
RESPONSE_EXAMPLES = sorted(where for where in load_listed() if "/responses/" in where)
PRISM_EXCEPTIONS = Path(__file__).parents[1] / "e2e" / "prism-exceptions.yaml"


class Answered:
    """A listed response example: the operation it answers, its status, and the example."""

    def __init__(self, where: str) -> None:
        _, _, path, method, _, status, *_ = [token.replace("~1", "/").replace("~0", "~") for token in where.split("/")]
        media = where.rsplit("/examples/", 1)[0] if "/examples/" in where else where.removesuffix("/example")
        self.example = Example(where, f"{media}/schema", at(DOCUMENT, where))
        self.operation: Operation = OPERATIONS[(method, path)]
        self.status = int(status)

    def call(self, strict: bool = False) -> Any:
        """The operation's `sync_detailed()` answered with the example: what the client parsed."""
        body = json.dumps(self.example.value).encode()
        transport = httpx.MockTransport(lambda request: httpx.Response(self.status, content=body))
        client = AuthenticatedClient(base_url="http://api.test", api_key="key", httpx_args={"transport": transport})
        arguments = Arguments(DOCUMENT).build(self.operation)
        return self.operation.function()(client=client.with_options(strict=strict), **arguments).parsed

    def broken(self) -> set[tuple[str, ...]]:
        """Where jsonschema says the example breaks its schema, as far as the client checks."""
        return checked_by_client(CHECKER.violations(self.example))


def as_json(parsed: Any) -> Any:
    return [item.to_dict() for item in parsed] if type(parsed) is list else parsed.to_dict()


def prism_static_answer(operation: Operation) -> str:
    """The pointer of the example Prism's static mode answers with: the first 2xx's JSON `example`, else the
    first of its `examples`."""
    where = ("paths", operation.path, operation.method, "responses")
    status = min(code for code in operation.spec["responses"] if code.startswith("2"))
    media = operation.spec["responses"][status]["content"]["application/json"]
    if "example" in media:
        return pointer(*where, status, "content", "application/json", "example")
    return pointer(*where, status, "content", "application/json", "examples", next(iter(media["examples"])), "value")


def prism_rejections() -> Iterator[Operation]:
    """The operations whose static answer the strict Prism sweep lists as breaking the document's schema."""
    static: dict[str, dict[str, str]] = yaml.safe_load(PRISM_EXCEPTIONS.read_text(encoding="utf-8"))["static"]
    for key, entry in static.items():
        if entry["kind"] == "prism-schema-violation":
            method, path = key.split(" ", 1)
            yield OPERATIONS[(method.lower(), path)]


@pytest.fixture(scope="module", params=RESPONSE_EXAMPLES)
def answered(request: pytest.FixtureRequest) -> Answered:
    return Answered(request.param)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # v1 operations answered as v2 ones
def test_read_leniently_the_example_lists_where_it_breaks_its_schema_and_writes_it_back(answered: Answered) -> None:
    broken = answered.broken()
    parsed = answered.call()
    assert broken, "listed as invalid, yet jsonschema finds nothing the client checks"
    assert {mismatch.path for mismatch in mismatches(parsed)} == broken
    assert as_json(parsed) == answered.example.value


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_read_strictly_the_example_raises_naming_where_it_breaks_its_schema(answered: Answered) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        answered.call(strict=True)
    assert raised.value.path in answered.broken()


def test_every_response_example_is_read(figures: Figures) -> None:
    """The whole listing is read: its response examples, and the paths they list, counted."""
    paths = sum(len(Answered(where).broken()) for where in RESPONSE_EXAMPLES)
    figures("Tolerant reader", f"{len(RESPONSE_EXAMPLES)} invalid response examples read leniently, {paths} paths")
    assert len(RESPONSE_EXAMPLES) >= 20


def test_the_prism_static_answers_the_strict_sweep_rejects_are_listed_examples(figures: Figures) -> None:
    rejected = list(prism_rejections())
    answers = {prism_static_answer(operation) for operation in rejected}
    figures("Tolerant reader", f"{len(rejected)} operations' Prism static answers are listed response examples")
    assert len(rejected) >= 12
    assert answers <= set(RESPONSE_EXAMPLES)
