"""Every public operation called against Prism on the resolved spec, through its generated function.

Static mode answers with the documented examples, dynamic mode with payloads generated from the schemas
(one server per seed, so each operation gets a few different answers, the same on every run). At least
98% of operations must get a 2xx that the client parses; every other outcome is listed in
prism-exceptions.yaml with its reason (make update-spec rewrites it: tooling/quality/prism_exceptions.py), and a
new one fails with the line to list it (or a fix to make).
The documented request examples are sent as they are and must be accepted. Every method of the resource
client (`Cekura`, and a sample of `AsyncCekura`'s) is called too, and must end as its operation function did.
"""

import functools
import io
import warnings
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio.from_thread
import pytest
from cekura_api_client import AsyncCekura, Cekura

from tests.conftest import Figures
from tests.e2e.operations import Arguments, Operation, generated_modules, public_document, public_operations
from tests.e2e.sweep import Outcome, Prism, call_method
from tooling.pipeline import naming
from tooling.quality import prism_exceptions
from tooling.quality.prism_exceptions import EXCEPTIONS, listed

REQUIRED_SHARE = 0.98
# Failures that are not the client's: Prism (or the document's own example) broke the spec's schema,
# as an independent validator (jsonschema) confirms.
NOT_THE_CLIENT = {"prism-schema-violation", "example-violates-schema"}
PARSED: Callable[[Outcome], bool] = lambda outcome: outcome.ok  # noqa: E731
ACCEPTED: Callable[[Outcome], bool] = lambda outcome: outcome.accepted  # noqa: E731
ASYNC_SAMPLE = 10  # every tenth method of AsyncCekura: the async path is the same code for each


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return public_document()


@pytest.fixture(scope="module")
def operations(document: dict[str, Any]) -> list[Operation]:
    return list(public_operations(document))


def sweep(prism: Prism, calls: Iterable[tuple[str, Callable[[Prism], Outcome]]]) -> dict[str, Outcome]:
    return {key: call(prism) for key, call in calls}


def check(
    section: str, outcomes: dict[str, Outcome], total: int, passed: Callable[[Outcome], bool], figures: Figures
) -> None:
    """Unlisted failures (or listed ones failing another way) fail with the entry to list; listed ones that
    pass are reported for removal."""
    failures = {key: outcome for key, outcome in outcomes.items() if not passed(outcome)}
    if prism_exceptions.updating():
        defects = {key: (o.kind, o.detail) for key, o in failures.items() if o.kind in NOT_THE_CLIENT}
        prism_exceptions.write(section, prism_exceptions.rewritten(listed(section), defects))
    known = listed(section)
    new = {key: outcome for key, outcome in failures.items() if known.get(key, {}).get("kind") != outcome.kind}
    stale = sorted(key for key in known if key not in failures)
    if stale:
        warnings.warn(f"{EXCEPTIONS.name} [{section}] lists entries that now pass; remove: {stale}", stacklevel=2)
    assert not new, f"new failures; fix them or list them in {EXCEPTIONS.name} [{section}]:\n" + "\n".join(
        f'  "{key}": {{kind: {outcome.kind}, reason: "{outcome.detail}"}}' for key, outcome in sorted(new.items())
    )
    clients = {key for key, outcome in failures.items() if outcome.kind not in NOT_THE_CLIENT}
    failed = {key.split(" @")[0] for key in failures}
    figures(
        "Prism sweep",
        f"[{section}] {total - len(failed)}/{total} passed ({1 - len(failed) / total:.1%}); {len(failures)} listed, "
        f"{len(failures) - len(clients)} of them an answer or example that breaks the spec's own schema",
    )
    assert not clients, f"the client fails {sorted(clients)}"
    if passed is PARSED:  # operations, not examples: 98% must parse, whoever is at fault
        assert len(failed) <= (1 - REQUIRED_SHARE) * total, f"only {total - len(failed)}/{total} parsed"


def test_every_public_operation_is_swept(operations: list[Operation]) -> None:
    """The sweep covers the public surface: every public operation has its own generated function."""
    generated = set(generated_modules().values())
    assert operations
    assert {operation.module for operation in operations} == generated


def test_static_answers_parse(
    prism_url: str, document: dict[str, Any], operations: list[Operation], figures: Figures
) -> None:
    """Also: exactly the operations the document marks deprecated warn (DeprecationWarning) when called."""
    prism = Prism(prism_url, Arguments(document))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        outcomes = sweep(prism, ((op.key, op_call(op)) for op in operations))
    check("static", outcomes, len(operations), PARSED, figures)
    warned = {str(w.message).split(" is deprecated")[0] for w in caught if w.category is DeprecationWarning}
    deprecated = {op.key for op in operations if op.spec.get("deprecated")}
    figures(
        "Prism sweep",
        f"[static] {len(warned)} operations warned as deprecated, of {len(deprecated)} the document marks",
    )
    assert warned == deprecated


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # checked once, in the static sweep
def test_dynamic_answers_parse(
    seeded_prism_urls: list[str], document: dict[str, Any], operations: list[Operation], figures: Figures
) -> None:
    """One thread per seeded server: each Prism is its own process, so they answer in parallel."""
    arguments = Arguments(document)

    def run(url: str) -> dict[str, Outcome]:
        seed = seeded_prism_urls.index(url) + 1
        return sweep(Prism(url, arguments), ((f"{op.key} @seed {seed}", op_call(op)) for op in operations))

    with ThreadPoolExecutor(len(seeded_prism_urls)) as pool:
        outcomes = {key: outcome for part in pool.map(run, seeded_prism_urls) for key, outcome in part.items()}
    check("dynamic", outcomes, len(operations), PARSED, figures)
    answers: dict[str, set[bytes]] = {}
    for key, outcome in outcomes.items():
        answers.setdefault(key.split(" @")[0], set()).add(outcome.body)
    varied = sum(len(bodies) == len(seeded_prism_urls) for bodies in answers.values())
    figures(
        "Prism sweep", f"[dynamic] {varied}/{len(answers)} operations got {len(seeded_prism_urls)} different answers"
    )
    assert varied > len(answers) // 2, "the seeds gave the same answers: the dynamic calls test nothing new"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # checked once, in the static sweep
def test_documented_request_examples_are_accepted(
    prism_url: str, document: dict[str, Any], operations: list[Operation], figures: Figures
) -> None:
    prism = Prism(prism_url, Arguments(document))
    calls = [(f"{op.key} #{name}", op_call(op, value)) for op in operations for name, value in op.json_examples()]
    if not calls:
        pytest.skip("the document has no JSON request example")
    outcomes = sweep(prism, calls)
    check("request-examples", outcomes, len(outcomes), ACCEPTED, figures)


def test_resource_methods_answer_as_their_functions(
    prism_url: str, document: dict[str, Any], operations: list[Operation], figures: Figures
) -> None:
    """Each `Cekura` method (and `_to_file` variant) against the static Prism, and every tenth `AsyncCekura`
    method: each parses its answer, or fails the way its operation function is listed as failing [static]."""
    by_key = {operation.key: operation for operation in operations}
    exposed = naming.plan(document, naming.Rule.load()).exposed
    prism = Prism(prism_url, Arguments(document))
    calls: list[tuple[str, Operation, Callable[..., Any]]] = []
    cekura = Cekura(client=prism.client)
    for named in exposed:
        resource, operation = getattr(cekura, named.resource), by_key[named.operation.key]
        calls.append(
            (f"{operation.key} as {named.resource}.{named.method}", operation, getattr(resource, named.method))
        )
        if hasattr(resource, f"{named.method}_to_file"):
            to_file = functools.partial(getattr(resource, f"{named.method}_to_file"), io.BytesIO())
            calls.append((f"{operation.key} as {named.resource}.{named.method}_to_file", operation, to_file))
    with anyio.from_thread.start_blocking_portal() as portal:
        async_cekura = AsyncCekura(client=prism.async_client)
        for named in exposed[::ASYNC_SAMPLE]:
            method = getattr(getattr(async_cekura, named.resource), named.method)
            calls.append(
                (
                    f"{named.operation.key} as async {named.resource}.{named.method}",
                    by_key[named.operation.key],
                    functools.partial(_awaited, portal, method),
                )
            )
        with warnings.catch_warnings():  # the deprecated operations' warnings are checked in the static sweep
            warnings.simplefilter("ignore", DeprecationWarning)
            outcomes = {key: call_method(operation, prism, method) for key, operation, method in calls}
        portal.call(async_cekura.close)
    listed_kinds = {key: entry["kind"] for key, entry in listed("static").items()}
    wrong = {key: o for key, o in outcomes.items() if o.kind != listed_kinds.get(key.split(" as ")[0], "ok")}
    figures(
        "Prism sweep",
        f"[resources] {len(outcomes) - len(wrong)}/{len(outcomes)} resource method calls ended as their functions",
    )
    assert len(outcomes) > len(exposed)
    assert not wrong, "\n".join(f"  {key}: {o.kind} {o.detail}" for key, o in sorted(wrong.items()))


def _awaited(portal: anyio.from_thread.BlockingPortal, method: Callable[..., Awaitable[Any]], **kwargs: Any) -> Any:
    """Call an async method in the portal's event loop (one loop for every call, as the client needs)."""

    async def call() -> Any:
        return await method(**kwargs)

    return portal.call(call)


def op_call(operation: Operation, body: Any = None) -> Callable[[Prism], Outcome]:
    return lambda prism: prism.call(operation, body)
