"""Who the client says it is, where it reads its settings, OAuth token providers, request logging, and
the errors for a body the caller built wrongly or a DRF validation answer."""

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import cekura_api_client
import httpx
import pytest
import yaml
from cekura_api_client import AuthenticatedClient
from cekura_api_client import errors as e
from cekura_api_client.api.evaluators import scenarios_run_text
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.runtime import logs
from cekura_api_client.runtime.errors import status_error
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .conftest import API_KEY, FAST_RETRIES, PATH

MakeClient = Callable[..., AuthenticatedClient]
ROOT = Path(__file__).parents[2]


def test_the_version_is_the_configured_one() -> None:
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text(encoding="utf-8"))
    assert cekura_api_client.__version__ == config["package_version_override"]


def test_the_user_agent_names_package_python_and_httpx(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    httpserver.expect_request(PATH).respond_with_json({"balance_expiry": None})
    billing_info_retrieve.sync_detailed(client=client)
    agent = httpserver.log[0][0].headers["User-Agent"]
    assert agent.startswith(f"cekura-api-client/{cekura_api_client.__version__} python/3.")
    assert f"httpx/{httpx.__version__}" in agent


def test_the_user_agent_can_be_replaced(httpserver: HTTPServer, make_client: MakeClient) -> None:
    httpserver.expect_request(PATH, headers={"User-Agent": "my-app/2"}).respond_with_json({"balance_expiry": None})
    billing_info_retrieve.sync_detailed(client=make_client(headers={"User-Agent": "my-app/2"}))
    assert len(httpserver.log) == 1


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"CEKURA_API_URL": "http://api-url.test"}, "http://api-url.test"),
        ({"CEKURA_BASE_URL": "http://base.test", "CEKURA_API_URL": "http://api-url.test"}, "http://base.test"),
    ],
)
def test_the_official_sdks_base_url_variable_is_read(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    for name in ("CEKURA_BASE_URL", "CEKURA_API_URL", "CEKURA_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CEKURA_API_KEY", API_KEY)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert str(AuthenticatedClient.from_env().get_httpx_client().base_url).rstrip("/") == expected


@pytest.fixture
def token_server(httpserver: HTTPServer) -> HTTPServer:
    """Accepts only `Bearer fresh`; answers 401 to anything else."""

    def answer(request: Request) -> Response:
        if request.headers.get("Authorization") == "Bearer fresh":
            return Response('{"balance_expiry": null}', status=200, content_type="application/json")
        return Response('{"detail": "Token expired"}', status=401, content_type="application/json")

    httpserver.expect_request(PATH).respond_with_handler(answer)
    return httpserver


def provider(tokens: list[str]) -> Callable[[], str]:
    def provide() -> str:
        return tokens.pop(0)

    return provide


def test_a_token_provider_is_asked_again_once_on_401(token_server: HTTPServer) -> None:
    tokens = ["stale", "fresh"]
    client = AuthenticatedClient(
        base_url=token_server.url_for("/"), token_provider=provider(tokens), retry=FAST_RETRIES
    )
    assert billing_info_retrieve.sync(client=client).balance_expiry is None
    assert billing_info_retrieve.sync(client=client).balance_expiry is None  # the fresh token is kept
    assert tokens == [] and len(token_server.log) == 3


def test_a_second_401_is_raised_after_one_refresh(token_server: HTTPServer) -> None:
    tokens = ["stale", "still-stale", "never-asked"]
    client = AuthenticatedClient(
        base_url=token_server.url_for("/"), token_provider=provider(tokens), retry=FAST_RETRIES
    )
    with pytest.raises(e.AuthenticationError):
        billing_info_retrieve.sync(client=client)
    assert tokens == ["never-asked"] and len(token_server.log) == 2


def test_an_async_token_provider_serves_async_calls(token_server: HTTPServer) -> None:
    tokens = ["stale", "fresh"]

    async def provide() -> str:
        await asyncio.sleep(0)
        return tokens.pop(0)

    async def call() -> Any:
        async with AuthenticatedClient(base_url=token_server.url_for("/"), token_provider=provide) as client:
            return await billing_info_retrieve.asyncio(client=client)

    assert asyncio.run(call()).balance_expiry is None
    assert tokens == []
    sync_client = AuthenticatedClient(base_url=token_server.url_for("/"), token_provider=provide)
    with pytest.raises(e.ConfigurationError, match="async"):
        billing_info_retrieve.sync(client=sync_client)


CALLERS = 8


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_concurrent_async_calls_that_get_401_refresh_the_token_once(token_server: HTTPServer, backend: str) -> None:
    asked: list[str] = []

    async def provide() -> str:
        asked.append("stale" if not asked else "fresh")
        await anyio.sleep(0.05)  # long enough for every caller to be waiting on it
        return asked[-1]

    async def main() -> list[Any]:
        answers: list[Any] = []
        async with AuthenticatedClient(base_url=token_server.url_for("/"), token_provider=provide) as client:

            async def one() -> None:
                answers.append(await billing_info_retrieve.asyncio(client=client))

            async with anyio.create_task_group() as group:
                for _ in range(CALLERS):
                    group.start_soon(one)
        return answers

    assert len(anyio.run(main, backend=backend)) == CALLERS
    assert asked == ["stale", "fresh"]  # asked on first use and once after the 401s, not once per caller


def test_threads_that_get_401_refresh_the_token_once(token_server: HTTPServer) -> None:
    asked: list[str] = []

    def provide() -> str:
        asked.append("stale" if not asked else "fresh")
        time.sleep(0.05)
        return asked[-1]

    client = AuthenticatedClient(base_url=token_server.url_for("/"), token_provider=provide, retry=FAST_RETRIES)
    with ThreadPoolExecutor(CALLERS) as pool:
        answers = list(pool.map(lambda _: billing_info_retrieve.sync(client=client), range(CALLERS)))
    assert len(answers) == CALLERS
    assert asked == ["stale", "fresh"]


def test_when_the_asking_task_fails_a_waiting_one_asks(token_server: HTTPServer) -> None:
    outcomes: Iterator[str | Exception] = iter([ConnectionError("provider down"), "fresh"])

    async def provide() -> str:
        await anyio.sleep(0.05)
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def main() -> list[str]:
        results: list[str] = []
        async with AuthenticatedClient(base_url=token_server.url_for("/"), token_provider=provide) as client:

            async def one() -> None:
                try:
                    await billing_info_retrieve.asyncio(client=client)
                    results.append("ok")
                except ConnectionError:
                    results.append("failed")

            async with anyio.create_task_group() as group:
                for _ in range(3):
                    group.start_soon(one)
        return sorted(results)

    assert anyio.run(main) == ["failed", "ok", "ok"]


def test_a_bad_token_from_the_provider_is_a_configuration_error(token_server: HTTPServer) -> None:
    client = AuthenticatedClient(base_url=token_server.url_for("/"), token_provider=lambda: "se\ncret")
    with pytest.raises(e.ConfigurationError) as raised:
        billing_info_retrieve.sync(client=client)
    assert "se\ncret" not in str(raised.value) and len(token_server.log) == 0


@pytest.fixture
def logged(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    logger = logging.getLogger("cekura_api_client")
    level, handlers = logger.level, list(logger.handlers)
    monkeypatch.setenv("CEKURA_LOG", "debug")
    logs.configure_from_env()
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.usefixtures("logged")
def test_cekura_log_logs_each_call_without_credentials(
    httpserver: HTTPServer,
    client: AuthenticatedClient,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert logging.getLogger("cekura_api_client").level == logging.DEBUG
    httpserver.expect_request(PATH).respond_with_json({"balance_expiry": None, "secret_field": "s3"})
    billing_info_retrieve.sync(client=client)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert f"HTTP GET {httpserver.url_for(PATH)} -> 200 in " in text and "(0 retries)" in text
    assert "s3" not in text  # bodies only when asked
    monkeypatch.setenv("CEKURA_LOG_BODIES", "1")
    billing_info_retrieve.sync(client=client)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "s3" in text and API_KEY not in text


def test_a_request_body_that_does_not_fit_is_a_request_error(
    httpserver: HTTPServer, client: AuthenticatedClient
) -> None:
    with pytest.raises(e.RequestValidationError) as raised:
        scenarios_run_text.sync(client=client, body={"name": "a dict, not the model"})  # type: ignore[arg-type]
    assert "invalid request body of POST" in str(raised.value)
    assert "response" not in str(raised.value)
    assert not isinstance(raised.value, e.ResponseValidationError)
    assert len(httpserver.log) == 0


DRF = {
    "field messages": ({"name": ["This field is required."]}, {"name": ["This field is required."]}),
    "detail": ({"detail": "Not found."}, {"detail": ["Not found."]}),
    "non field": ({"non_field_errors": ["Both set."]}, {"non_field_errors": ["Both set."]}),
    "nested": ({"pack": {"max_agents": ["Too many."]}}, {"pack.max_agents": ["Too many."]}),
    "list of objects": ({"items": [{}, {"id": ["Bad."]}]}, {"items.1.id": ["Bad."]}),
    "top-level list": (["Bad request."], {"detail": ["Bad request."]}),
}


@pytest.mark.parametrize(("body", "expected"), DRF.values(), ids=DRF.keys())
def test_drf_validation_messages_are_given_by_field(body: Any, expected: dict[str, list[str]]) -> None:
    request = httpx.Request("POST", "http://api.test/x/")
    error = status_error(httpx.Response(400, json=body, request=request))
    assert isinstance(error, e.BadRequestError)
    assert error.parsed_body == body
    assert error.field_errors == expected


@pytest.mark.parametrize("body", [b"<html>502</html>", b"", b"{"])
def test_a_body_that_is_not_json_has_no_parsed_body(body: bytes) -> None:
    error = status_error(httpx.Response(422, content=body, request=httpx.Request("POST", "http://api.test/")))
    assert isinstance(error, e.UnprocessableEntityError)
    assert (error.parsed_body, error.field_errors, error.body) == (None, {}, body)
