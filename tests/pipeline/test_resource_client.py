"""The resource client and api.md over the vendored document: every public operation is one resource
method or a variant of one, every method exists sync and async, and api.md is what the document gives."""

import ast
import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tooling import api_reference, naming, resources, surface
from tooling.facts import METHODS
from tooling.resolve import ROOT

PACKAGE = ROOT / "generated" / "cekura_api_client"


@pytest.fixture(scope="module")
def public(spec: dict[str, Any]) -> dict[str, Any]:
    return surface.apply(spec, surface.Rule.load()).document


@pytest.fixture(scope="module")
def plan(public: dict[str, Any]) -> naming.Plan:
    return naming.plan(public, naming.Rule.load())


def test_every_public_operation_is_a_method_or_a_variant_of_one(public: dict[str, Any], plan: naming.Plan) -> None:
    operations = {f"{m.upper()} {p}" for p, item in public["paths"].items() for m in item if m in METHODS}
    exposed = [named.operation.key for named in plan.exposed]
    assert len(exposed) == len(set(exposed))  # each method maps to exactly one operation
    assert set(exposed) | set(plan.hidden) == operations and not set(exposed) & set(plan.hidden)
    assert set(plan.hidden.values()) <= set(exposed)
    assert len({(n.resource, n.method) for n in plan.exposed}) == len(exposed)


def test_the_current_variant_is_never_deprecated_when_another_is_not(plan: naming.Plan) -> None:
    by_key = {named.operation.key: named for named in plan.exposed}
    for current in plan.hidden.values():
        if by_key[current].operation.deprecated:
            pytest.fail(f"{current} is exposed though deprecated")


def test_the_names_the_issue_asks_for(plan: naming.Plan) -> None:
    names = {(n.resource, n.method): n.operation.key for n in plan.exposed}
    assert names[("billing", "info")] == "GET /test_framework/billing/info/"
    assert names[("agents", "list")] == "GET /test_framework/v2/aiagents/"
    assert names[("scenarios", "run_voice")] == "POST /test_framework/v2/scenarios/run_scenarios/"


def test_every_method_is_generated_sync_and_async_with_its_endpoint(plan: naming.Plan) -> None:
    for resource, methods in plan.resources().items():
        module = importlib.import_module(f"cekura_api_client.resources.{resource}")
        for cls in (resources.class_name(resource), f"Async{resources.class_name(resource)}"):
            assert {n.method for n in methods} <= set(vars(getattr(module, cls))), (resource, cls)


def paged(document: dict[str, Any]) -> set[str]:
    return {
        f"{m.upper()} {p}"
        for p, item in document["paths"].items()
        for m, operation in item.items()
        if m in METHODS and resources.page_item(document, operation)
    }


def test_every_paginated_operation_iterates_from_the_resource_client(
    spec: dict[str, Any], public: dict[str, Any], plan: naming.Plan
) -> None:
    assert len(paged(spec)) == 52  # the document's; 50 of them are public
    assert len(paged(public)) == 50
    by_key = {n.operation.key: n for n in plan.exposed}
    reachable = {key if key in by_key else plan.hidden[key] for key in paged(public)}
    for key in reachable:
        named = by_key[key]
        source = (PACKAGE / "resources" / f"{named.resource}.py").read_text(encoding="utf-8")
        returns = {
            node.returns and ast.unparse(node.returns)
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef) and node.name == named.method
        }
        assert {r.split("[")[0] for r in returns if r} == {"SyncPage", "AsyncPager"}, key


def test_the_long_running_resources_have_wait() -> None:
    from cekura_api_client.resources.results import ResultsResource
    from cekura_api_client.resources.runs import AsyncRunsResource

    assert "wait" in vars(ResultsResource) and "wait" in vars(AsyncRunsResource)


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
