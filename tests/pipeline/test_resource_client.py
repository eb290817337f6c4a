"""The resource client and api.md over the vendored document: every public operation is one resource
method or a variant of one, every method exists sync and async, and api.md is what the document gives."""

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tooling.pipeline import naming, resources, surface
from tooling.pipeline.facts import METHODS
from tooling.project import ROOT
from tooling.reference import api_reference

PACKAGE = ROOT / "generated" / "cekura_api_client"


@pytest.fixture(scope="module")
def public(spec: dict[str, Any]) -> dict[str, Any]:
    return surface.apply(spec, surface.Rule.load()).document


@pytest.fixture(scope="module")
def plan(public: dict[str, Any]) -> naming.Plan:
    return naming.plan(public, naming.Rule.load())


@pytest.mark.derived
def test_every_public_operation_is_a_method_or_a_variant_of_one(public: dict[str, Any], plan: naming.Plan) -> None:
    operations = {f"{m.upper()} {p}" for p, item in public["paths"].items() for m in item if m in METHODS}
    exposed = [named.operation.key for named in plan.exposed]
    assert len(exposed) == len(set(exposed))  # each method maps to exactly one operation
    assert set(exposed) | set(plan.hidden) == operations and not set(exposed) & set(plan.hidden)
    assert set(plan.hidden.values()) <= set(exposed)
    assert len({(n.resource, n.method) for n in plan.exposed}) == len(exposed)


@pytest.mark.derived
def test_the_current_variant_is_never_deprecated_when_another_is_not(public: dict[str, Any], plan: naming.Plan) -> None:
    """(A group whose variants are all deprecated exposes one of them: there is nothing better to call.)"""
    exposed = {named.operation.key: named.operation for named in plan.exposed}
    for hidden, current in plan.hidden.items():
        method, path = hidden.split(" ", 1)
        if exposed[current].deprecated and not public["paths"][path][method.lower()].get("deprecated"):
            pytest.fail(f"{current} is exposed though deprecated, in place of {hidden}, which is not")


def test_the_names_the_issue_asks_for(plan: naming.Plan) -> None:
    """Whatever version of each the document publishes (the API version is not part of a name). Names from
    x-mint (scenarios.run_voice) are proved on a fixture: tests/generator/test_resources.py. Not `derived`:
    it needs operations that Cekura's documents publish and the upgrade test's stand-in has not."""
    names = {(n.resource, n.method): n.operation.key for n in plan.exposed}
    assert names[("billing", "info")] == "GET /test_framework/billing/info/"
    assert re.fullmatch(r"GET /test_framework/(v\d+/)?aiagents/", names[("agents", "list")])


@pytest.mark.derived
def test_every_method_is_generated_sync_and_async_with_its_endpoint(plan: naming.Plan) -> None:
    for resource, methods in plan.resources().items():
        module = importlib.import_module(f"cekura_api_client.resources.{resource}")
        for cls in (resources.class_name(resource), f"Async{resources.class_name(resource)}"):
            assert {n.method for n in methods} <= set(vars(getattr(module, cls))), (resource, cls)


def returns_of(named: naming.Named) -> set[str]:
    """The return annotations of the resource method `named`, sync and async."""
    source = (PACKAGE / "resources" / f"{named.resource}.py").read_text(encoding="utf-8")
    return {
        ast.unparse(node.returns)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == named.method and node.returns
    }


def test_only_get_operations_paginate(public: dict[str, Any], plan: naming.Plan) -> None:
    """A GET answering with a page iterates (SyncPage/AsyncPager); any other method answering with one
    returns the page its function returns, sync and async. Not `derived`: the upgrade test's stand-in
    document has no POST answering with a page, the case this is for."""
    pages = [named for named in plan.exposed if resources.answers_page(public, named.operation.spec)]
    assert any(named.operation.method != "GET" for named in pages)  # the case this test is for
    endpoints = resources.index(PACKAGE)
    for named in pages:
        returns = returns_of(named)
        if named.operation.method == "GET":
            assert resources.paginates(public, named.operation)
            assert {r.split("[")[0] for r in returns} == {"SyncPage", "AsyncPager"}, named.operation.key
        else:
            assert not resources.paginates(public, named.operation)
            function = endpoints[named.operation.key].function("sync")
            assert function.returns is not None
            assert returns == {ast.unparse(function.returns)}, named.operation.key


def test_every_paginated_operation_iterates_from_the_resource_client(public: dict[str, Any], plan: naming.Plan) -> None:
    """A paginated variant reached through its functions only has a current variant that iterates."""
    by_key = {n.operation.key: n for n in plan.exposed}
    variants = [
        key for key in plan.hidden if key.startswith("GET ") and resources.answers_page(public, _spec(public, key))
    ]
    assert variants  # the document has some: v1 lists beside v2 ones
    for key in variants:
        assert {r.split("[")[0] for r in returns_of(by_key[plan.hidden[key]])} == {"SyncPage", "AsyncPager"}, key


def _spec(document: dict[str, Any], key: str) -> dict[str, Any]:
    method, path = key.split(" ", 1)
    operation: dict[str, Any] = document["paths"][path][method.lower()]
    return operation


def test_the_long_running_resources_have_wait() -> None:
    from cekura_api_client.resources.results import ResultsResource
    from cekura_api_client.resources.runs import AsyncRunsResource

    assert "wait" in vars(ResultsResource) and "wait" in vars(AsyncRunsResource)


@pytest.mark.derived
def test_api_md_is_what_the_document_gives(public: dict[str, Any], plan: naming.Plan) -> None:
    expected = api_reference.render(plan, public, resources.index(PACKAGE))
    assert (ROOT / "generated" / "api.md").read_text(encoding="utf-8") == expected, "run `make generate`"
    assert expected.count("| `cekura.") + expected.count("| `") >= len(plan.exposed) + len(plan.hidden)


def test_importing_the_package_or_building_the_client_loads_no_resource() -> None:
    code = (
        "import sys, cekura_api_client\n"
        "cekura = cekura_api_client.Cekura(api_key='k')\n"
        "prefixes = ('cekura_api_client.resources.', 'cekura_api_client.api.')\n"
        "loaded = [m for m in sys.modules if m.startswith(prefixes)]\n"
        "assert not loaded, loaded\n"
        "cekura.billing\n"
        "assert 'cekura_api_client.resources.billing' in sys.modules\n"
        "assert not [m for m in sys.modules if m.startswith('cekura_api_client.api.')]\n"
    )
    env_path = str(Path(ROOT / "generated"))
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": env_path}, timeout=60)
