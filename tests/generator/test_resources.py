"""The resource client, generated from specs/resources.yaml with its own naming rule: names from path
segments and x-mint names, the current variant exposed, DRF pages iterated to the end (and no further),
deprecated operations warning, and wait() polling until a final status."""

import ast
import asyncio
import inspect
import json
import textwrap
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.generator.conftest import GenerateClient, load
from tooling.pipeline import naming, resources


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("resources")


@pytest.fixture
def cekura(package: ModuleType, httpserver: HTTPServer) -> Any:
    return package.Cekura(api_key="key", base_url=httpserver.url_for("/"))


def widget(number: int, status: str = "completed") -> dict[str, Any]:
    return {"id": number, "status": status}


def page(server: HTTPServer, numbers: list[int], next_page: int | None, **query: str) -> dict[str, Any]:
    link = server.url_for(f"/test_framework/v2/widgets/?color=red&page={next_page}") if next_page else None
    return {"count": 5, "next": link, "previous": None, "results": [widget(n) for n in numbers]}


def serve_pages(server: HTTPServer, last_next: int | None = None) -> None:
    server.expect_request("/test_framework/v2/widgets/", query_string="color=red").respond_with_json(
        page(server, [1, 2], 2)
    )
    server.expect_request("/test_framework/v2/widgets/", query_string="color=red&page=2").respond_with_json(
        page(server, [3, 4], 3)
    )
    server.expect_request("/test_framework/v2/widgets/", query_string="color=red&page=3").respond_with_json(
        page(server, [5], last_next)
    )


def test_resources_and_methods_are_named_from_paths_and_x_mint_names(package: ModuleType) -> None:
    resources = load(package, "resources")
    widgets, billing = resources.Cekura.widgets.func, resources.Cekura.billing.func
    assert widgets.__annotations__["return"] == "WidgetsResource"
    methods = {name for name in vars(load(package, "resources.widgets").WidgetsResource) if not name.startswith("_")}
    # run_widgets_voice is "widgets-run-voice" in the document; billing-info-retrieve is plainly billing.info.
    assert methods == {"list", "retrieve", "run_voice", "wait"}
    assert billing.__annotations__["return"] == "BillingResource"
    assert {name for name in vars(load(package, "resources.billing").BillingResource) if name[0] != "_"} == {"info"}


def test_a_method_has_the_endpoint_functions_docstring_and_types(package: ModuleType) -> None:
    resource = load(package, "resources.widgets").WidgetsResource
    endpoint = load(package, "api.default.widgets_retrieve")
    assert inspect.getdoc(resource.retrieve) == inspect.getdoc(endpoint.sync)
    assert resource.retrieve.__annotations__["return"] == "Widget"


def test_the_list_method_iterates_every_item_of_every_page(cekura: Any, httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    first = cekura.widgets.list(color="red")
    assert [w.id for w in first.results] == [1, 2] and first.count == 5
    assert [w.id for w in first] == [1, 2, 3, 4, 5]
    assert [len(p.results) for p in first.iter_pages()] == [2, 2, 1]


def test_iteration_stops_on_a_repeated_next_link(cekura: Any, httpserver: HTTPServer) -> None:
    serve_pages(httpserver, last_next=2)  # page 3 points back at page 2
    assert [w.id for w in cekura.widgets.list(color="red")] == [1, 2, 3, 4, 5]


def test_the_next_page_is_asked_of_the_clients_own_base_url(cekura: Any, httpserver: HTTPServer) -> None:
    body = {"count": 2, "next": "https://elsewhere.example/test_framework/v2/widgets/?page=2", "results": [widget(1)]}
    httpserver.expect_request("/test_framework/v2/widgets/", query_string="").respond_with_json(body)
    httpserver.expect_request("/test_framework/v2/widgets/", query_string="page=2").respond_with_json(
        {"count": 2, "next": None, "results": [widget(2)]}
    )
    assert [w.id for w in cekura.widgets.list()] == [1, 2]


def test_async_iteration_and_await(package: ModuleType, httpserver: HTTPServer) -> None:
    serve_pages(httpserver)

    async def main() -> tuple[list[int], list[int]]:
        async with package.AsyncCekura(api_key="key", base_url=httpserver.url_for("/")) as cekura:
            every = [w.id async for w in cekura.widgets.list(color="red")]
            first = await cekura.widgets.list(color="red")
            return every, [w.id for w in first.results]

    assert asyncio.run(main()) == ([1, 2, 3, 4, 5], [1, 2])


def test_a_hidden_variant_stays_in_the_function_api_and_warns_when_deprecated(
    package: ModuleType, cekura: Any, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/test_framework/v1/widgets/").respond_with_json(page(httpserver, [1], None))
    v1 = load(package, "api.default.widgets_v1_list")
    assert v1.sync.__doc__.startswith("Deprecated: GET /test_framework/v1/widgets/ is deprecated; use GET")
    with pytest.warns(DeprecationWarning, match="cekura.widgets.list") as caught:
        v1.sync(client=cekura.client)
    assert caught[0].filename == __file__  # the warning points at the caller, not at the package


def test_current_operations_do_not_warn(cekura: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/observability/billing/info/").respond_with_json({"credits": 3})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert cekura.billing.info().to_dict() == {"credits": 3}


def test_wait_polls_until_a_final_status(cekura: Any, httpserver: HTTPServer) -> None:
    statuses = iter(["pending", "running", "completed"])
    httpserver.expect_request("/test_framework/v2/widgets/7/").respond_with_handler(
        lambda request: _json(widget(7, next(statuses)))
    )
    done = cekura.widgets.wait(7, timeout=5, interval=0.01)
    assert done.status.value == "completed"
    assert len(httpserver.log) == 3


def test_wait_gives_up_after_the_timeout_with_the_last_answer(
    package: ModuleType, cekura: Any, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/test_framework/v2/widgets/7/").respond_with_json(widget(7, "running"))
    with pytest.raises(load(package, "runtime.waiting").WaitTimeoutError) as raised:
        cekura.widgets.wait(7, timeout=1, interval=0.2)
    assert isinstance(raised.value, TimeoutError)
    assert raised.value.last.status.value == "running"  # type: ignore[attr-defined]


def test_async_wait(package: ModuleType, httpserver: HTTPServer) -> None:
    statuses = iter(["running", "failed"])
    httpserver.expect_request("/test_framework/v2/widgets/7/").respond_with_handler(
        lambda request: _json(widget(7, next(statuses)))
    )

    async def main() -> str:
        async with package.AsyncCekura(api_key="key", base_url=httpserver.url_for("/")) as cekura:
            return str((await cekura.widgets.wait(7, interval=0.01)).status.value)

    assert asyncio.run(main()) == "failed"


def test_a_resource_is_built_once_on_first_use(package: ModuleType) -> None:
    cekura = package.Cekura(api_key="key")
    assert "widgets" not in vars(cekura)  # built on first access
    assert cekura.widgets is cekura.widgets


COLLIDING = {  # as Cekura published them from 2026-06-16 to 2026-07-30 (41 of 42 versions)
    "/app/v2/product-chat/org-skills/sources/": {"get": {"responses": {}}, "post": {"responses": {}}},
    "/app/v2/product-chat/org-skills/sources/{source_id}/": {"post": {"responses": {}}},
    "/test_framework/v1/a/do_it/": {"post": {"responses": {}}},
    "/test_framework/v1/a/run/": {"post": {"x-mint": {"mcp": {"name": "a-do-it"}}, "responses": {}}},
    "/test_framework/v1/a/run/{x}/": {"post": {"x-mint": {"mcp": {"name": "a-do-it"}}, "responses": {}}},
    "/test_framework/v1/a/do_it_by_x/": {"post": {"responses": {}}},
}


@pytest.mark.parametrize("order", ["as published", "reversed", "shuffled"])
def test_operations_proposed_one_name_are_all_named_whatever_the_order(order: str) -> None:
    """The plainest keeps the name; another takes its path parameters, or its path when that is taken
    too; each a notice. Generation never stops on a collision upstream publishes."""
    paths = list(COLLIDING.items())
    paths = {"as published": paths, "reversed": paths[::-1], "shuffled": paths[1::2] + paths[::2]}[order]
    rule = naming.Rule(frozenset({"test_framework", "app"}), {}, {})
    plan = naming.plan({"paths": dict(paths)}, rule)
    assert {n.operation.key: f"{n.resource}.{n.method}" for n in plan.exposed} == {
        "GET /app/v2/product-chat/org-skills/sources/": "product_chat.org_skills_sources_list",
        "POST /app/v2/product-chat/org-skills/sources/": "product_chat.org_skills_sources_create",
        "POST /app/v2/product-chat/org-skills/sources/{source_id}/": (
            "product_chat.org_skills_sources_create_by_source_id"
        ),
        "POST /test_framework/v1/a/run/": "a.do_it",  # the shorter path
        "POST /test_framework/v1/a/do_it/": "a.do_it_post_test_framework_a_do_it",
        "POST /test_framework/v1/a/run/{x}/": "a.do_it_post_test_framework_a_run_x",  # do_it_by_x is taken
        "POST /test_framework/v1/a/do_it_by_x/": "a.do_it_by_x",
    }
    assert len(plan.notices) == 3
    assert (
        "POST /app/v2/product-chat/org-skills/sources/{source_id}/ would be product_chat.org_skills_sources_create(), "
        "as POST /app/v2/product-chat/org-skills/sources/ is: named "
        "product_chat.org_skills_sources_create_by_source_id() instead (review it)"
    ) in plan.notices


def endpoint_package(root: Path, source: str) -> Path:
    """A package with one endpoint module, `api/things/thing.py`, of `source`."""
    module = root / "pkg" / "api" / "things" / "thing.py"
    module.parent.mkdir(parents=True)
    module.write_text(textwrap.dedent(source), encoding="utf-8")
    return root / "pkg"


def test_an_endpoint_module_is_read_by_its_syntax_not_its_layout(tmp_path: Path) -> None:
    """The index reads the request `_get_kwargs` builds and the functions a module defines as Python, so
    a template may lay them out as it likes: here url before method, on one line, functions indented
    other than the formatter would, a decorator."""
    package = endpoint_package(
        tmp_path,
        """
        import functools
        from ...models.thing import Thing
        def _get_kwargs(id: int) -> dict:
            kwargs = {"url": "/things/{id}/".format(id=id),   "method": "delete"}  # "method": "get"
            return kwargs
        if True:
          from ...types import UNSET
        @functools.cache
        def sync(id: int, *, client: object, color: str = UNSET) -> Thing:
              \"\"\"Delete a thing.\"\"\"
        async def asyncio_detailed(id: int, *, client: object) -> None: ...
        """,
    )
    ((key, module),) = resources.index(package).items()
    assert (key, module.module) == ("DELETE /things/{id}/", "api.things.thing")
    assert module.function("sync_detailed", "sync").name == "sync"
    assert module.function("asyncio", "asyncio_detailed").name == "asyncio_detailed"
    assert not module.defines("asyncio") and not module.defines("functools")
    assert module.segment(module.function("sync").body[0]) == '"""Delete a thing."""'
    imports = [ast.unparse(node) for node in module.imports(2)]
    assert imports == ["import functools", "from ..models.thing import Thing", "from ..types import UNSET"]


@pytest.mark.parametrize(
    "source",
    [
        *(f"def _get_kwargs():\n    return {built}\n" for built in ('{"method": "get"}', '{"url": "/things/"}')),
        'def _get_kwargs():\n    return {"method": get_method(), "url": "/things/", **other}\n',
        'def sync():\n    return {"method": "get", "url": "/things/"}\n',  # no _get_kwargs
    ],
)
def test_an_endpoint_module_without_its_method_and_url_is_named(tmp_path: Path, source: str) -> None:
    package = endpoint_package(tmp_path, source)
    with pytest.raises(resources.ResourceError, match=r"^api\.things\.thing: no method and url in _get_kwargs$"):
        resources.index(package)


def test_a_module_without_the_function_asked_for_is_named(tmp_path: Path) -> None:
    package = endpoint_package(tmp_path, 'def _get_kwargs():\n    return {"method": "get", "url": "/"}\n')
    (module,) = resources.index(package).values()
    with pytest.raises(resources.ResourceError, match=r"^api\.things\.thing defines none of sync, sync_detailed$"):
        module.function("sync", "sync_detailed")


def _json(body: dict[str, Any]) -> Any:
    from werkzeug import Response

    return Response(json.dumps(body), content_type="application/json")
