"""Run inside the official `cekura` SDK's own venv: times its billing.info() and raw httpx side by side
against the bench server, and prints the median seconds per call of each as JSON."""

import json
import statistics
import sys
import time

import httpx
from cekura import Cekura


def per_call(call: object, count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()  # type: ignore[operator]
    return (time.perf_counter() - started) / count


def main() -> None:
    url, count, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    sdk = Cekura(api_key="bench-key", base_url=url)
    raw = httpx.Client(base_url=url, headers={"X-CEKURA-API-KEY": "bench-key"})
    samples: dict[str, list[float]] = {"official": [], "raw": []}
    for _ in range(rounds):
        samples["official"].append(per_call(lambda: sdk.billing.info(), count))
        samples["raw"].append(per_call(lambda: raw.get("/test_framework/billing/info/").json(), count))
    print(json.dumps({name: statistics.median(values) for name, values in samples.items()}))


if __name__ == "__main__":
    main()
