"""Processes: a client used on both sides of os.fork() (raw, multiprocessing's fork start method, async,
with every lock held by another thread at the fork), and every error pickled, copied and raised in a
ProcessPoolExecutor worker. Each fork scenario runs in a fresh interpreter with a hard time limit."""

from __future__ import annotations

import copy
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import cekura_api_client
import httpx
import pytest
from cekura_api_client import AuthenticatedClient, Cekura
from cekura_api_client.errors import APIStatusError, CekuraError, NotPicklableError
from cekura_api_client.runtime import forks
from cekura_api_client.runtime.waiting import WaitTimeoutError

from .forking import TRIALS, echo_server
from .samples import PASSWORD, SECRET, error_classes, raise_sample, sample

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_ROOT = Path(cekura_api_client.__file__).resolve().parents[1]  # generated/ (or mutation testing's copy)
SCENARIO_TIME_LIMIT = 100


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with echo_server() as url:
        yield url


def scenario(name: str, url: str) -> dict[str, Any]:
    """Run the fork scenario `name` of forking.py in a fresh interpreter (no thread of pytest's forked)."""
    environment = {**os.environ, "PYTHONPATH": f"{PACKAGE_ROOT}{os.pathsep}{ROOT}"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.hostile.forking", name, url],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=SCENARIO_TIME_LIMIT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    return result


@pytest.mark.stress
@pytest.mark.timeout(SCENARIO_TIME_LIMIT + 20)
@pytest.mark.parametrize("name", ["os.fork", "multiprocessing", "async"])
def test_parent_and_child_each_get_their_own_answers(echo_url: str, name: str) -> None:
    """Both call at once right after each fork, TRIALS times; the parent's pooled connection (the same
    client port) still serves it once its children have exited."""
    result = scenario(name, echo_url)
    assert result["outcomes"] == [[True, True]] * TRIALS
    assert result["port_kept"]


@pytest.mark.timeout(SCENARIO_TIME_LIMIT + 20)
@pytest.mark.parametrize("name", ["held locks", "fork in a running loop"])
def test_a_child_takes_nothing_its_parent_held(echo_url: str, name: str) -> None:
    """A lock another parent thread held at the fork, or the parent loop's pools, are not the child's."""
    assert scenario(name, echo_url)["outcomes"] == [[True, True]]


ERRORS = error_classes()


def observable(error: BaseException) -> dict[str, Any]:
    """What a caller can read of `error`: its public attributes and properties (not the httpx objects)."""
    seen = {}
    for name in dir(error):
        if name.startswith("_") or name in ("response", "headers"):
            continue
        try:
            value = getattr(error, name)
        except AttributeError:  # OSError's characters_written, unset
            continue
        if not callable(value):
            seen[name] = value
    return seen


COPIES: dict[str, Callable[[Any], Any]] = {
    "pickle": lambda error: pickle.loads(pickle.dumps(error)),
    "pickle protocol 0": lambda error: pickle.loads(pickle.dumps(error, protocol=0)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


def test_every_error_class_is_in_the_table() -> None:
    assert {"APIStatusError", "MissingCredentialError", "ResponseTooLargeError", "WaitTimeoutError"} <= {
        kind.__name__ for kind in ERRORS
    }


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize("kind", ERRORS, ids=lambda kind: kind.__name__)
def test_errors_pickle_and_copy_as_plain_secret_free_data(kind: type[CekuraError], how: str) -> None:
    error = sample(kind)
    restored = COPIES[how](error)
    assert type(restored) is kind
    assert str(restored) == str(error)
    assert observable(restored) == observable(error)
    assert getattr(restored, "response", None) is None
    assert SECRET.encode() not in pickle.dumps(error)
    assert PASSWORD.encode() not in pickle.dumps(error)


@pytest.mark.parametrize("how", COPIES)
def test_a_status_error_keeps_its_headers_but_the_secret_ones(how: str) -> None:
    error = sample(APIStatusError)
    assert isinstance(error, APIStatusError)
    restored = COPIES[how](error)
    assert restored.headers == {"x-request-id": "req-7", "content-length": "76"}  # not set-cookie, x-api-key
    assert restored.request_id == "req-7"
    assert restored.field_errors == {"name": ["This field is required."], "pack.max_agents": ["Too many."]}


def test_a_last_answer_that_cannot_be_pickled_is_left_out() -> None:
    lock = threading.Lock()
    restored = pickle.loads(pickle.dumps(WaitTimeoutError("not done", lock)))
    assert restored.last is None
    assert str(restored) == "not done"
    assert copy.copy(WaitTimeoutError("not done", {"status": "done"})).last == {"status": "done"}


@pytest.mark.timeout(120)
def test_a_worker_raising_any_error_leaves_the_pool_working() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        for kind in ERRORS:
            with pytest.raises(kind) as raised:
                pool.submit(raise_sample, kind.__name__).result(timeout=60)
            assert str(raised.value) == str(sample(kind))
        assert pool.submit(pow, 2, 10).result(timeout=60) == 1024


@pytest.mark.parametrize(
    "make",
    [
        lambda client: client,
        lambda client: client.with_headers({"X-Tenant": "a"}),
        lambda client: Cekura(client=client),
        lambda client: Cekura(client=client).agents,
    ],
    ids=["client", "derived client", "Cekura", "resource"],
)
def test_a_client_refuses_to_be_pickled_with_a_typed_error(make: Callable[[AuthenticatedClient], object]) -> None:
    client = AuthenticatedClient(base_url=f"http://u:{PASSWORD}@api.example/", api_key=SECRET)
    with pytest.raises(NotPicklableError, match="AuthenticatedClient cannot be pickled") as raised:
        pickle.dumps(make(client))
    assert isinstance(raised.value, TypeError)  # what pickle raises for what it cannot pickle
    assert SECRET not in str(raised.value) and PASSWORD not in str(raised.value)


@pytest.mark.parametrize("how", [copy.copy, copy.deepcopy])
def test_a_copied_client_is_a_client_like_it_with_its_own_credentials(how: Callable[[Any], Any]) -> None:
    client = AuthenticatedClient(base_url="http://api.example/", api_key=SECRET, headers={"X-Tenant": "a"})
    copied = how(client)
    assert copied is not client and copied == client
    assert copied._pools is client._pools
    copied.api_key = "another-key"
    assert client.api_key == SECRET
    assert client.auth_for(("api_key",), "GET", "/")._value == SECRET  # type: ignore[union-attr]


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """What os.fork() runs in the child, here in this process (restored after the test)."""
    monkeypatch.setattr(forks, "generation", forks.generation)
    monkeypatch.setattr(forks, "_adopting", forks._adopting)
    return forks._forked


def test_the_fork_hook_starts_a_new_generation_with_a_free_lock(forked: Callable[[], None]) -> None:
    before, lock = forks.generation, forks._adopting
    lock.acquire()  # held by a parent thread at the fork
    forked()
    assert forks.generation == before + 1
    assert forks._adopting is not lock and not forks._adopting.locked()
    lock.release()


async def _event() -> anyio.Event:
    return anyio.Event()


def test_after_a_fork_a_client_drops_what_its_parent_made(forked: Callable[[], None]) -> None:
    client = AuthenticatedClient(base_url="http://api.example/", api_key=SECRET, token_provider=lambda: "t")
    pools, provided, url = client._pools, client._provided, httpx.URL("http://api.example/x")
    assert provided is not None
    inherited = (client.get_httpx_client(), client.get_async_httpx_client(), pools.sync_for(url))
    locks = (client._lock, pools._lock, provided._lock)
    parent_async: Any = {None: pools.sync_for(url)}
    pools._async = (object(), parent_async, None)  # the pools of the loop the parent ran
    # A parent task was asking the provider (its Event made in a loop: anyio 4.0 makes none outside one).
    provided._asking = anyio.run(_event)
    forked()
    assert client.get_httpx_client() is not inherited[0]
    assert client.get_async_httpx_client() is not inherited[1]
    assert pools.sync_for(url) is not inherited[2]
    assert pools.sync_for(url) is pools.sync_for(url)  # dropped once: what the child made, it keeps
    assert pools._async == (None, {}, None) and parent_async == {}  # its closer, dropped, closes none of them
    assert provided._sync_token(None) == "t" and provided._asking is None
    assert {id(lock) for lock in (client._lock, pools._lock, provided._lock)}.isdisjoint(map(id, locks))
    assert not inherited[0].is_closed  # the parent's: not closed from the child


def test_after_a_fork_an_httpx_client_the_caller_gave_is_kept(forked: Callable[[], None]) -> None:
    client = AuthenticatedClient(base_url="http://api.example/", api_key=SECRET)
    given, given_async = httpx.Client(), httpx.AsyncClient()
    client.set_httpx_client(given).set_async_httpx_client(given_async)
    forked()
    assert client.get_httpx_client() is given and client.get_async_httpx_client() is given_async
