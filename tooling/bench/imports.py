"""5. Import time of the generated package, from `python -X importtime` in fresh processes of a clean
venv holding only the package and its dependencies (the tooling venv has rich and click, which httpx
imports for its CLI when they are present, and which no user of this package needs)."""

import re
import statistics
import subprocess
from pathlib import Path

from tooling.bench.regeneration import BIN
from tooling.generate import OUTPUT
from tooling.resolve import ROOT

MODULE = "cekura_api_client.api.test_framework.billing_info_retrieve"
VENV = ROOT / "build" / "bench" / "clean-venv"
LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def clean_python() -> Path:
    python = VENV / "bin" / "python"
    subprocess.run(
        [str(BIN / "uv"), "venv", "--quiet", "--clear", "--python", str(BIN / "python"), str(VENV)], check=True
    )
    subprocess.run([str(BIN / "uv"), "pip", "install", "--quiet", "--python", str(python), str(OUTPUT)], check=True)
    return python


def cumulative_ms(python: Path, statement: str, prefix: str) -> tuple[float, float]:
    """(cumulative ms of the top-level imports named `prefix...`, self ms of every module named so)."""
    done = subprocess.run(
        [str(python), "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True
    )
    total, own = 0, 0
    for self_us, cumulative_us, indent, name in LINE.findall(done.stderr):
        if name.split(".")[0] != prefix:
            continue
        own += int(self_us)
        if len(indent) == 1:  # a top-level import: its cumulative time includes everything it pulled in
            total += int(cumulative_us)
    return total / 1000, own / 1000


def measure(rounds: int) -> list[str]:
    python = clean_python()
    package = [cumulative_ms(python, f"import {MODULE}", "cekura_api_client") for _ in range(rounds)]
    httpx = [cumulative_ms(python, "import httpx", "httpx") for _ in range(rounds)]
    attrs = [cumulative_ms(python, "import attrs", "attrs") for _ in range(rounds)]
    lines = ["| import | median ms | min-max |", "|---|---|---|"]
    for name, values in (
        (f"`import {MODULE}`, everything it pulls in", [total for total, _ in package]),
        ("of which the package's own modules", [own for _, own in package]),
        ("`import httpx` alone (the floor)", [total for total, _ in httpx]),
        ("`import attrs` alone", [total for total, _ in attrs]),
    ):
        lines.append(f"| {name} | {statistics.median(values):.1f} | {min(values):.1f}-{max(values):.1f} |")
    return lines
