"""5. Import time of a generated package, from `python -X importtime` in fresh processes of a clean venv
holding only the package and its dependencies, installed with compiled bytecode as pip does (the tooling
venv has rich and click, which httpx imports for its CLI when they are present, and which no user of this
package needs). One model or one endpoint module should cost at most 1.25x `import cekura_api_client`."""

import re
import statistics
import subprocess
from pathlib import Path

from tooling.bench.goals import IMPORT, Scorecard
from tooling.bench.regeneration import BIN
from tooling.project import ROOT

PACKAGE = "cekura_api_client"
STATEMENTS = {
    "the package": f"import {PACKAGE}",
    "one model": f"from {PACKAGE}.models import BillingInfo",
    "one endpoint module": f"import {PACKAGE}.api.test_framework.billing_info_retrieve",
}
LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def clean_python(project: Path, name: str) -> Path:
    venv = ROOT / "build" / "bench" / f"venv-{name.replace(' ', '-')}"
    python = venv / "bin" / "python"
    subprocess.run(
        [str(BIN / "uv"), "venv", "--quiet", "--clear", "--python", str(BIN / "python"), str(venv)], check=True
    )
    install = [
        str(BIN / "uv"),
        "pip",
        "install",
        "--quiet",
        "--compile-bytecode",
        "--python",
        str(python),
        str(project),
    ]
    subprocess.run(install, check=True)
    return python


def cumulative_ms(python: Path, statement: str, prefix: str) -> float:
    """Cumulative ms of the top-level imports named `prefix...`: everything they pulled in."""
    done = subprocess.run(
        [str(python), "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True
    )
    return sum(
        int(cumulative_us) / 1000
        for _, cumulative_us, indent, name in LINE.findall(done.stderr)
        if name.split(".")[0] == prefix and len(indent) == 1
    )


def measure(projects: dict[str, Path], rounds: int, card: Scorecard) -> list[str]:
    """One row per (package, statement), with its ratio to importing that package alone."""
    lines = ["| package | import | median ms | min-max | vs the package |", "|---|---|---|---|---|"]
    for name, project in projects.items():
        python = clean_python(project, name)
        times: dict[str, list[float]] = {label: [] for label in [*STATEMENTS, "httpx alone (the floor)"]}
        for _ in range(rounds):  # interleaved, so that load on the machine falls on every statement alike
            for label, statement in STATEMENTS.items():
                times[label].append(cumulative_ms(python, statement, PACKAGE))
            times["httpx alone (the floor)"].append(cumulative_ms(python, "import httpx", "httpx"))
        base = statistics.median(times["the package"])
        card.record(IMPORT, statistics.median(times["one endpoint module"]) / base, name)
        for label, values in times.items():
            median = statistics.median(values)
            lines.append(
                f"| {name} | {label} | {median:.1f} | {min(values):.1f}-{max(values):.1f} | {median / base:.2f}x |"
            )
    return lines
