"""3. Per-call overhead: the generated client (sync and async) against raw httpx doing the same GET, JSON
decoding and model parsing on the same local keep-alive server (contenders interleaved round by round),
the same under load (1,000 async calls, 100 in flight), and the official `cekura` SDK when it installs."""

import asyncio
import json
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from httpx_aiohttp import AiohttpTransport

from tooling.bench.goals import ASYNC_CALL, CROWD, SYNC_CALL, Scorecard
from tooling.bench.timing import Stats, interleaved, interleaved_clocks, ratio
from tooling.project import ROOT

PATH = "/test_framework/billing/info/"
OFFICIAL_SDK = "cekura[sdk]==1.6.7"
OFFICIAL_VENV = ROOT / "build" / "bench" / "official-sdk"
RAW_PARSED = "raw httpx + BillingInfo.from_dict()"
RAW_PARSED_ASYNC = "raw httpx async + BillingInfo.from_dict()"
FLIGHT_TOTAL, FLIGHT_WIDTH = 1000, 100
# Each round's calls are cut into this many turns, interleaved: a burst of load from another process
# then hits every contender alike instead of one (the machine is shared; 1.09x and 1.22x came from
# two runs of the same code when whole rounds were interleaved).
TURNS = 10


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


def repeated(call: Callable[[], object], count: int) -> Callable[[], object]:
    def run() -> None:
        for _ in range(count):
            call()

    return run


Many = Callable[[], Coroutine[Any, Any, None]]


def on_loop(loop: asyncio.AbstractEventLoop, many: Many) -> Callable[[], object]:
    """A sync contender running `many()` to completion on `loop` (the async pools belong to one loop)."""

    def run() -> None:
        loop.run_until_complete(many())

    return run


def awaited(call: Callable[[], Awaitable[object]], count: int) -> Many:
    async def run() -> None:
        for _ in range(count):
            await call()

    return run


def in_flight(call: Callable[[], Awaitable[object]], total: int, width: int) -> Many:
    """`total` calls with at most `width` of them in flight at once."""

    async def run() -> None:
        gate = asyncio.Semaphore(width)

        async def one() -> None:
            async with gate:
                await call()

        await asyncio.gather(*(one() for _ in range(total)))

    return run


def per_call(results: dict[str, Stats], count: int) -> dict[str, Stats]:
    return {name: Stats(v.median / count, v.low / count, v.high / count, v.runs) for name, v in results.items()}


Clocks = tuple[dict[str, Stats], dict[str, Stats]]


def per_call_clocks(results: Clocks, count: int) -> Clocks:
    return per_call(results[0], count), per_call(results[1], count)


def measure(payload: dict[str, Any], count: int, rounds: int, card: Scorecard) -> list[str]:
    from cekura_api_client import AuthenticatedClient
    from cekura_api_client.api.test_framework import billing_info_retrieve as billing
    from cekura_api_client.models import BillingInfo

    with server(payload) as url:
        ours = AuthenticatedClient(base_url=url, token="bench-key")
        raw = httpx.Client(base_url=url, headers={"X-CEKURA-API-KEY": "bench-key"})
        sync = {
            "raw httpx: get + json()": lambda: raw.get(PATH).json(),
            RAW_PARSED: lambda: BillingInfo.from_dict(raw.get(PATH).json()),
            "generated client: sync()": lambda: billing.sync(client=ours),
        }
        turn = count // TURNS
        sync_results = per_call_clocks(
            interleaved_clocks({k: repeated(v, turn) for k, v in sync.items()}, rounds * TURNS), turn
        )
        raw_async = httpx.AsyncClient(base_url=url, headers={"X-CEKURA-API-KEY": "bench-key"})

        async def raw_call() -> object:
            return (await raw_async.get(PATH)).json()

        async def raw_parsed() -> object:
            return BillingInfo.from_dict((await raw_async.get(PATH)).json())

        def ours_call() -> Awaitable[object]:
            return billing.asyncio(client=ours)

        # the opt-in transport docs/requests.md offers for many calls at once
        ours_aiohttp = AuthenticatedClient(
            base_url=url, token="bench-key", httpx_args={"transport": AiohttpTransport()}
        )

        def ours_aiohttp_call() -> Awaitable[object]:
            return billing.asyncio(client=ours_aiohttp)

        asynchronous: dict[str, Callable[[], Awaitable[object]]] = {
            "raw httpx async: get + json()": raw_call,
            RAW_PARSED_ASYNC: raw_parsed,
            "generated client: asyncio()": ours_call,
            "generated client: asyncio(), httpx-aiohttp transport": ours_aiohttp_call,
        }
        loop = asyncio.new_event_loop()
        try:
            one_by_one: dict[str, Callable[[], object]] = {
                k: on_loop(loop, awaited(v, turn)) for k, v in asynchronous.items()
            }
            async_results = per_call_clocks(interleaved_clocks(one_by_one, rounds * TURNS), turn)
            crowd: dict[str, Callable[[], object]] = {
                k: on_loop(loop, in_flight(v, FLIGHT_TOTAL, FLIGHT_WIDTH)) for k, v in asynchronous.items()
            }
            crowd_results = interleaved(crowd, rounds)
            loop.run_until_complete(raw_async.aclose())
            loop.run_until_complete(ours.aclose())
            loop.run_until_complete(ours_aiohttp.aclose())
        finally:
            loop.close()
        official = official_sdk(url, count, rounds)
    score(card, sync_results, async_results, crowd_results)
    return [
        *table(sync_results, RAW_PARSED),
        "",
        *table(async_results, RAW_PARSED_ASYNC),
        "",
        f"{FLIGHT_TOTAL} async calls, at most {FLIGHT_WIDTH} in flight (asyncio.gather under a semaphore), "
        "each contender with its default connection pool:",
        "",
        *flight_table(crowd_results),
        "",
        official,
    ]


def score(card: Scorecard, sync: Clocks, asynchronous: Clocks, crowd: dict[str, Stats]) -> None:
    for goal, (wall, cpu), ours, anchor in (
        (SYNC_CALL, sync, "generated client: sync()", RAW_PARSED),
        (ASYNC_CALL, asynchronous, "generated client: asyncio()", RAW_PARSED_ASYNC),
    ):
        card.record(goal, wall[ours].median / wall[anchor].median, f"client CPU {ratio(cpu[ours], cpu[anchor])}")
    raw = crowd[RAW_PARSED_ASYNC]
    aiohttp = ratio(crowd["generated client: asyncio(), httpx-aiohttp transport"], raw)
    card.record(CROWD, crowd["generated client: asyncio()"].median / raw.median, f"httpx-aiohttp transport {aiohttp}")


def flight_table(results: dict[str, Stats]) -> list[str]:
    anchor = results[RAW_PARSED_ASYNC]
    lines = [f"| client | {FLIGHT_TOTAL} calls | calls/s | vs raw httpx + from_dict |", "|---|---|---|---|"]
    return lines + [
        f"| {name} | {value.show('ms', 1e3)} | {FLIGHT_TOTAL / value.median:.0f} | {ratio(value, anchor)} |"
        for name, value in results.items()
    ]


def table(results: Clocks, anchor: str) -> list[str]:
    """Wall time per call, and the client process's CPU time per call (what the client itself costs)."""
    wall, cpu = results
    lines = [
        "| client | per call | vs raw httpx + from_dict | client CPU per call | vs raw httpx + from_dict |",
        "|---|---|---|---|---|",
    ]
    return lines + [
        f"| {name} | {value.show('µs', 1e6)} | {ratio(value, wall[anchor])} | {cpu[name].show('µs', 1e6)} | "
        f"{ratio(cpu[name], cpu[anchor])} |"
        for name, value in wall.items()
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
