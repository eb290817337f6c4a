"""Prism (the mock server Stainless SDKs are tested against) serving the resolved spec on 127.0.0.1.

Started once per session by the tests, stopped at the end; `make test` installs it into node_modules.
"""

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from tests.build_cache import resolved_spec
from tooling.pipeline.resolve import Resolution
from tooling.project import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with {process.returncode}:\n{log.read_text()}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"Prism did not answer within {STARTUP_SECONDS} s:\n{log.read_text()}")


@contextmanager
def prism(tmp_path_factory: pytest.TempPathFactory, *options: str) -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing: `make test` installs it (npm ci)")
    folder = tmp_path_factory.mktemp("prism")
    spec, log = folder / "openapi.resolved.json", folder / "prism.log"
    Resolution(resolved_spec(), []).write(spec, indent=None)
    port = free_port()
    command = [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port), *options]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism answering with the spec's examples."""
    with prism(tmp_path_factory) as url:
        yield url


SEEDS = (1, 2, 3)


@pytest.fixture(scope="session")
def seeded_prism_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Prism generating payloads from the schemas, once per seed: a seed fixes every answer of a server
    (each request restarts the generator), so a few different calls of one operation need a few servers."""
    with ExitStack() as stack:
        yield [stack.enter_context(prism(tmp_path_factory, "--dynamic", "--seed", str(seed))) for seed in SEEDS]


@pytest.fixture(scope="session")
def dynamic_prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism answering with random payloads generated from the schemas (-d)."""
    with prism(tmp_path_factory, "--dynamic") as url:
        yield url
