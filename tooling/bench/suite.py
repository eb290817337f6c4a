"""6. `make test`, step by step: the wall time of each step it runs (the same commands, in order), on this
machine with the package that is checked in. One run: the suite takes minutes."""

import os
import subprocess
import time

from tooling.bench.regeneration import BIN
from tooling.project import ROOT

# make test = lint, typecheck, pytest (check-generated, contract sweeps, e2e...), test-matrix (nox).
STEPS = {
    "make lint (ruff, ruff format, check-jsonschema)": ["make", "--no-print-directory", "lint"],
    "make typecheck (mypy --strict)": ["make", "--no-print-directory", "typecheck"],
    "make pytest (the whole tree, two workers)": ["make", "--no-print-directory", "pytest"],
    "make test-matrix (nox: 3.10 at the lowest dependencies, 3.13)": ["make", "--no-print-directory", "test-matrix"],
}


def measure() -> list[str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    lines = ["| step | wall time | outcome |", "|---|---|---|"]
    total = 0.0
    for name, command in STEPS.items():
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        total += seconds
        outcome = "passed" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
        lines.append(f"| {name} | {seconds:.0f} s | {outcome} |")
    return [*lines, f"| whole `make test` | {total / 60:.1f} min | |"]
