"""Repeated timings and their summary: median with min and max, never one number alone."""

import resource
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
    return interleaved_clocks(contenders, rounds)[0]


def children_cpu() -> float:
    """CPU seconds of the child processes waited for so far (and of theirs)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def interleaved_clocks(
    contenders: dict[str, Callable[[], object]], rounds: int, cpu_clock: Callable[[], float] = time.process_time
) -> tuple[dict[str, Stats], dict[str, Stats]]:
    """`interleaved`, by the wall clock and by CPU time (this process's; `children_cpu` for contenders
    that run programs). CPU time leaves out what other processes (and a server in its own process) take,
    so it moves less on a loaded machine."""
    wall: dict[str, list[float]] = {name: [] for name in contenders}
    cpu: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            started, used = time.perf_counter(), cpu_clock()
            run()
            cpu[name].append(cpu_clock() - used)
            wall[name].append(time.perf_counter() - started)
    return {name: stats(values) for name, values in wall.items()}, {name: stats(v) for name, v in cpu.items()}
