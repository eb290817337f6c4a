"""3. Per-call overhead: the generated client (sync and async) against raw httpx doing the same GET and
JSON decoding on the same local keep-alive server, and the official `cekura` SDK when it installs."""

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tooling.bench.timing import Stats, ratio, stats
from tooling.resolve import ROOT

PATH = "/test_framework/billing/info/"
OFFICIAL_SDK = "cekura[sdk]==1.6.7"
OFFICIAL_VENV = ROOT / "build" / "bench" / "official-sdk"


@contextmanager
def server(payload: dict[str, Any]) -> Iterator[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as body:
        body.write(json.dumps(payload))
        body.flush()
        command = [sys.executable, "-m", "tooling.bench.server", body.name]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            assert process.stdout is not None
            yield f"http://127.0.0.1:{process.stdout.readline().strip()}"
        finally:
            process.kill()
            process.wait()


def per_call(call: Callable[[], object], count: int, rounds: int) -> Stats:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(count):
            call()
        samples.append((time.perf_counter() - started) / count)
    return stats(samples)


def per_call_async(call: Callable[[], Awaitable[object]], count: int, rounds: int) -> Stats:
    async def run() -> list[float]:
        samples = []
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(count):
                await call()
            samples.append((time.perf_counter() - started) / count)
        return samples

    return stats(asyncio.run(run()))


def measure(payload: dict[str, Any], count: int, rounds: int) -> list[str]:
    from cekura_api_client import AuthenticatedClient
    from cekura_api_client.api.test_framework import billing_info_retrieve as billing

    with server(payload) as url:
        ours = AuthenticatedClient(base_url=url, token="bench-key")
        raw = httpx.Client(base_url=url, headers={"X-CEKURA-API-KEY": "bench-key"})
        from cekura_api_client.models import BillingInfo

        sync = {
            "raw httpx: get + json()": per_call(lambda: raw.get(PATH).json(), count, rounds),
            "raw httpx + BillingInfo.from_dict()": per_call(
                lambda: BillingInfo.from_dict(raw.get(PATH).json()), count, rounds
            ),
            "generated client: sync()": per_call(lambda: billing.sync(client=ours), count, rounds),
        }
        ours_async = AuthenticatedClient(base_url=url, token="bench-key")
        raw_async = httpx.AsyncClient(base_url=url, headers={"X-CEKURA-API-KEY": "bench-key"})

        async def raw_call() -> object:
            return (await raw_async.get(PATH)).json()

        asynchronous = {
            "raw httpx async: get + json()": per_call_async(raw_call, count, rounds),
            "generated client: asyncio()": per_call_async(lambda: billing.asyncio(client=ours_async), count, rounds),
        }
        official = official_sdk(url, count, rounds)
    sync_table = table(sync, "raw httpx: get + json()")
    async_table = table(asynchronous, "raw httpx async: get + json()")
    return [*sync_table, "", *async_table, "", official]


def table(results: dict[str, Stats], anchor: str) -> list[str]:
    lines = ["| client | per call | vs raw httpx |", "|---|---|---|"]
    return lines + [
        f"| {name} | {value.show('µs', 1e6)} | {ratio(value, results[anchor])} |" for name, value in results.items()
    ]


def official_sdk(url: str, count: int, rounds: int) -> str:
    python = OFFICIAL_VENV / "bin" / "python"
    if not python.exists():
        made = subprocess.run([sys.executable, "-m", "venv", str(OFFICIAL_VENV)], capture_output=True, check=False)
        install = [str(python), "-m", "pip", "install", "--quiet", OFFICIAL_SDK]
        installed = made.returncode == 0 and subprocess.run(install, capture_output=True, check=False).returncode == 0
        if not installed:
            return f"The official SDK ({OFFICIAL_SDK}) did not install here; not compared."
    script = Path(__file__).with_name("official.py")
    run = subprocess.run([str(python), str(script), url, str(count), str(rounds)], capture_output=True, text=True)
    if run.returncode != 0:
        return f"The official SDK failed to run: {run.stderr.strip()[-300:]}"
    medians = json.loads(run.stdout)
    return (
        f"Official SDK {OFFICIAL_SDK}, `client.billing.info()` (returns a plain dict, no models), in its own venv: "
        f"{medians['official'] * 1e6:.0f} µs per call against {medians['raw'] * 1e6:.0f} µs for raw httpx in "
        f"the same process: {medians['official'] / medians['raw']:.2f}x raw httpx."
    )
