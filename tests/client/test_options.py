"""Per-call options reach the request and the retries; write methods are retried only when that is safe."""

import ast
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cekura_api_client
import httpx
import pytest
from cekura_api_client import AuthenticatedClient, Cekura, RequestOptions
from cekura_api_client import errors as e
from cekura_api_client.api.evaluators import scenarios_run_text
from cekura_api_client.models import SchemaPostRunScenariosText
from cekura_api_client.runtime.calls import send
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tooling.pipeline import resources

from .calls import MODES, fetch
from .conftest import PATH

MakeClient = Callable[..., AuthenticatedClient]
RUN_PATH = "/test_framework/v1/scenarios-external/run_scenarios_text/"
API = Path(cekura_api_client.__file__).parent / "api"  # wherever the package is imported from
OPERATION_FUNCTIONS = ("sync", "sync_detailed", "sync_to_file", "asyncio", "asyncio_detailed", "asyncio_to_file")


@pytest.mark.parametrize("mode", MODES)
def test_extra_headers_and_query_reach_the_server(
    httpserver: HTTPServer, client: AuthenticatedClient, body: str, mode: str
) -> None:
    httpserver.expect_request(
        PATH, headers={"X-Trace": "t-1"}, query_string="organization_id=7&debug=1"
    ).respond_with_data(body, content_type="application/json")
    options = RequestOptions(extra_headers={"X-Trace": "t-1"}, extra_query={"debug": 1})
    assert fetch(client, mode, organization_id=7, options=options).balance_expiry is not None
    assert "X-Trace" not in client.get_httpx_client().headers  # nothing stays on the client


@pytest.mark.parametrize("mode", MODES)
def test_a_float_timeout_bounds_this_call_only(httpserver: HTTPServer, client: AuthenticatedClient, mode: str) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.5)
        return Response("{}", status=200)

    httpserver.expect_request(PATH).respond_with_handler(slow)
    with pytest.raises(e.APITimeoutError):
        fetch(client, mode, options=RequestOptions(timeout=0.1, max_retries=0))
    for _ in range(50):  # let the server finish the abandoned answer, so it does not land in the next test
        if httpserver.log:
            break
        time.sleep(0.05)


@pytest.mark.parametrize(("max_retries", "requests"), [(0, 1), (1, 2), (3, 4)])
def test_max_retries_is_per_call(
    httpserver: HTTPServer, client: AuthenticatedClient, max_retries: int, requests: int
) -> None:
    httpserver.expect_request(PATH).respond_with_data("", status=503)
    with pytest.raises(e.ServerError):
        fetch(client, "sync", options=RequestOptions(max_retries=max_retries))
    assert len(httpserver.log) == requests


def test_a_float_timeout_is_accepted_by_the_client_too(make_client: MakeClient) -> None:
    assert make_client(timeout=10.0).get_httpx_client().timeout == httpx.Timeout(10.0)
    assert make_client().with_timeout(2.5).get_httpx_client().timeout == httpx.Timeout(2.5)
    changed = make_client().with_options(timeout=3, max_retries=0, headers={"X-A": "1"})
    assert changed.get_httpx_client().timeout == httpx.Timeout(3.0)
    assert changed.retry_policy.max_retries == 0
    with pytest.raises(e.ConfigurationError, match=r"^timeout must be seconds .* or None, not str$"):
        RequestOptions(timeout="10")


def test_extra_body_is_merged_into_a_json_body(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    httpserver.expect_request(RUN_PATH, method="POST", json={"name": "n", "beta": True}).respond_with_json(
        {}, status=201
    )
    body = SchemaPostRunScenariosText(name="n")
    scenarios_run_text.sync_detailed(client=client, body=body, options=RequestOptions(extra_body={"beta": True}))
    assert len(httpserver.log) == 1


# (method, what the server does, idempotent override, requests the server sees)
WRITE_RULE = {
    "POST 503: not retried (it may have run)": ("POST", 503, None, 1),
    "POST 500": ("POST", 500, None, 1),
    "PATCH 502": ("PATCH", 502, None, 1),
    "POST 429: retried (refused before running)": ("POST", 429, None, 3),
    "POST 503, idempotent=True: retried": ("POST", 503, True, 3),
    "GET 503, idempotent=False: not retried": ("GET", 503, False, 1),
    "PUT 503: retried": ("PUT", 503, None, 3),
    "DELETE 504: retried": ("DELETE", 504, None, 3),
}


@pytest.mark.parametrize(("method", "status", "idempotent", "requests"), WRITE_RULE.values(), ids=WRITE_RULE.keys())
def test_write_methods_follow_the_retry_rule(
    httpserver: HTTPServer, client: AuthenticatedClient, method: str, status: int, idempotent: Any, requests: int
) -> None:
    httpserver.expect_request(PATH, method=method).respond_with_data("", status=status)
    options = RequestOptions(idempotent=idempotent)
    response = send(client, {"method": method.lower(), "url": PATH, "json": {}}, options=options)
    assert response.status_code == status
    assert len(httpserver.log) == requests


def test_a_run_operation_is_never_repeated_on_5xx(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    httpserver.expect_request(RUN_PATH, method="POST").respond_with_data("", status=503)
    with pytest.raises(e.ServerError):
        scenarios_run_text.sync(client=client, body=SchemaPostRunScenariosText(name="n"))
    assert len(httpserver.log) == 1


def test_a_post_is_retried_when_the_connection_was_refused(
    make_client: MakeClient, refused_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="cekura_api_client")
    with pytest.raises(e.APIConnectionError):
        send(make_client(base_url=refused_url), {"method": "post", "url": PATH, "json": {}})
    assert sum(record.getMessage().startswith("retrying POST") for record in caplog.records) == 2


def test_a_post_is_not_retried_once_the_request_went_out(
    make_client: MakeClient, resetting_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="cekura_api_client")
    with pytest.raises(e.APIConnectionError):
        send(make_client(base_url=resetting_server), {"method": "post", "url": PATH, "json": {}})
    assert not any(record.getMessage().startswith("retrying") for record in caplog.records)


@pytest.fixture(scope="module")
def endpoints() -> dict[str, resources.Endpoint]:
    return resources.index(API.parent)


def test_every_operation_function_takes_options(endpoints: dict[str, resources.Endpoint]) -> None:
    for endpoint in endpoints.values():
        functions = [endpoint.function(name) for name in OPERATION_FUNCTIONS if endpoint.defines(name)]
        assert functions, endpoint.module
        for function in functions:
            assert options_parameter(function) == "RequestOptions | None = None", (endpoint.module, function.name)


def options_parameter(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """`<annotation> = <default>` of the function's keyword parameter `options`, None without one."""
    for arg, default in zip(function.args.kwonlyargs, function.args.kw_defaults, strict=True):
        if arg.arg == "options" and arg.annotation and default:
            return f"{ast.unparse(arg.annotation)} = {ast.unparse(default)}"
    return None


def test_the_operations_that_start_runs_are_posts(endpoints: dict[str, resources.Endpoint]) -> None:
    """The retry rule keeps billing operations safe by their method: every operation that starts a run
    (its function is named run_*, progress reports aside) must be a POST."""
    starting = {
        key: endpoint.module
        for key, endpoint in endpoints.items()
        if re.search(r"(^|_)run_", name := endpoint.module.rpartition(".")[2]) and "progress" not in name
    }
    assert len(starting) > 40
    assert [module for key, module in starting.items() if not key.startswith("POST ")] == []


def test_a_paginated_list_sends_the_options_with_every_page(httpserver: HTTPServer) -> None:
    agents = "/test_framework/v2/aiagents/"
    second = httpserver.url_for(f"{agents}?page=2")
    answer = {"count": 2, "previous": None, "results": [{"id": 1, "description": "a", "name": "a"}]}
    headers = {"X-Trace": "t-2"}
    httpserver.expect_request(agents, query_string="page=2", headers=headers).respond_with_json(
        {**answer, "next": None}
    )
    httpserver.expect_request(agents, headers=headers).respond_with_json({**answer, "next": second})
    cekura = Cekura(api_key="sk-test", base_url=httpserver.url_for("/"))
    items = list(cekura.agents.list(options=RequestOptions(extra_headers=headers)))
    assert len(items) == 2 and len(httpserver.log) == 2
