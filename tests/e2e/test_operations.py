"""Every public operation called against Prism on the resolved spec, through its generated function.

Static mode answers with the documented examples, dynamic mode with payloads generated from the schemas
(one server per seed, so each operation gets a few different answers, the same on every run). At least
98% of operations must get a 2xx that the client parses; every other outcome is listed in
prism-exceptions.yaml with its reason, and a new one fails with the line to list it (or a fix to make).
The documented request examples are sent as they are and must be accepted.
"""

import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.e2e.operations import Arguments, Operation, generated_modules, public_document, public_operations
from tests.e2e.sweep import Outcome, Prism

EXCEPTIONS = Path(__file__).with_name("prism-exceptions.yaml")
REQUIRED_SHARE = 0.98
# Failures that are not the client's: Prism (or the document's own example) broke the spec's schema,
# as an independent validator (jsonschema) confirms.
NOT_THE_CLIENT = {"prism-schema-violation", "example-violates-schema"}
PARSED: Callable[[Outcome], bool] = lambda outcome: outcome.ok  # noqa: E731
ACCEPTED: Callable[[Outcome], bool] = lambda outcome: outcome.accepted  # noqa: E731


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return public_document()


@pytest.fixture(scope="module")
def operations(document: dict[str, Any]) -> list[Operation]:
    return list(public_operations(document))


def listed(section: str) -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = yaml.safe_load(EXCEPTIONS.read_text(encoding="utf-8"))[section] or {}
    return entries


def sweep(prism: Prism, calls: Iterable[tuple[str, Callable[[Prism], Outcome]]]) -> dict[str, Outcome]:
    return {key: call(prism) for key, call in calls}


def check(section: str, outcomes: dict[str, Outcome], total: int, passed: Callable[[Outcome], bool]) -> None:
    """Unlisted failures (or listed ones failing another way) fail with the entry to list; listed ones that
    pass are reported for removal."""
    known = listed(section)
    failures = {key: outcome for key, outcome in outcomes.items() if not passed(outcome)}
    new = {key: outcome for key, outcome in failures.items() if known.get(key, {}).get("kind") != outcome.kind}
    stale = sorted(key for key in known if key not in failures)
    if stale:
        warnings.warn(f"{EXCEPTIONS.name} [{section}] lists entries that now pass; remove: {stale}", stacklevel=2)
    assert not new, f"new failures; fix them or list them in {EXCEPTIONS.name} [{section}]:\n" + "\n".join(
        f'  "{key}": {{kind: {outcome.kind}, reason: "{outcome.detail}"}}' for key, outcome in sorted(new.items())
    )
    clients = {key for key, outcome in failures.items() if outcome.kind not in NOT_THE_CLIENT}
    failed = {key.split(" @")[0] for key in failures}
    print(f"[{section}] {total - len(failed)}/{total} passed ({1 - len(failed) / total:.1%}); {len(failures)} listed,")
    print(f"  {len(failures) - len(clients)} of them an answer or example that breaks the spec's own schema")
    assert not clients, f"the client fails {sorted(clients)}"
    if passed is PARSED:  # operations, not examples: 98% must parse, whoever is at fault
        assert len(failed) <= (1 - REQUIRED_SHARE) * total, f"only {total - len(failed)}/{total} parsed"


def test_every_public_operation_is_swept(operations: list[Operation]) -> None:
    """The sweep covers the public surface: every public operation has its own generated function."""
    generated = set(generated_modules().values())
    assert len(operations) > 800
    assert {operation.module for operation in operations} == generated


def test_static_answers_parse(prism_url: str, document: dict[str, Any], operations: list[Operation]) -> None:
    prism = Prism(prism_url, Arguments(document))
    outcomes = sweep(prism, ((op.key, op_call(op)) for op in operations))
    check("static", outcomes, len(operations), PARSED)


def test_dynamic_answers_parse(
    seeded_prism_urls: list[str], document: dict[str, Any], operations: list[Operation]
) -> None:
    """One thread per seeded server: each Prism is its own process, so they answer in parallel."""
    arguments = Arguments(document)

    def run(url: str) -> dict[str, Outcome]:
        seed = seeded_prism_urls.index(url) + 1
        return sweep(Prism(url, arguments), ((f"{op.key} @seed {seed}", op_call(op)) for op in operations))

    with ThreadPoolExecutor(len(seeded_prism_urls)) as pool:
        outcomes = {key: outcome for part in pool.map(run, seeded_prism_urls) for key, outcome in part.items()}
    check("dynamic", outcomes, len(operations), PARSED)
    answers: dict[str, set[bytes]] = {}
    for key, outcome in outcomes.items():
        answers.setdefault(key.split(" @")[0], set()).add(outcome.body)
    varied = sum(len(bodies) == len(seeded_prism_urls) for bodies in answers.values())
    print(f"[dynamic] {varied}/{len(answers)} operations got {len(seeded_prism_urls)} different answers")
    assert varied > len(answers) // 2, "the seeds gave the same answers: the dynamic calls test nothing new"


def test_documented_request_examples_are_accepted(
    prism_url: str, document: dict[str, Any], operations: list[Operation]
) -> None:
    prism = Prism(prism_url, Arguments(document))
    calls = [(f"{op.key} #{name}", op_call(op, value)) for op in operations for name, value in op.json_examples()]
    outcomes = sweep(prism, calls)
    assert len(outcomes) > 100
    check("request-examples", outcomes, len(outcomes), ACCEPTED)


def op_call(operation: Operation, body: Any = None) -> Callable[[Prism], Outcome]:
    return lambda prism: prism.call(operation, body)
