"""Repeated timings and their summary: median with min and max, never one number alone."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float
    runs: int

    def show(self, unit: str = "s", scale: float = 1.0) -> str:
        digits = 3 if self.median * scale < 10 else 1
        values = (self.median * scale, self.low * scale, self.high * scale)
        return f"{values[0]:.{digits}f} {unit} ({values[1]:.{digits}f}-{values[2]:.{digits}f}, n={self.runs})"


def stats(samples: list[float]) -> Stats:
    return Stats(statistics.median(samples), min(samples), max(samples), len(samples))


def ratio(numerator: Stats, denominator: Stats) -> str:
    return f"{numerator.median / denominator.median:.2f}x"


def interleaved(contenders: dict[str, Callable[[], object]], rounds: int) -> dict[str, Stats]:
    """Time each contender once per round, in turn, so drift on a shared machine hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            started = time.perf_counter()
            run()
            samples[name].append(time.perf_counter() - started)
    return {name: stats(values) for name, values in samples.items()}
