"""1. Regeneration: our whole pipeline against stock openapi-python-client (same version, same config,
same resolved spec), and where our time goes."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from tooling.bench.goals import REGENERATION, Scorecard
from tooling.bench.timing import children_cpu, interleaved_clocks, ratio
from tooling.pipeline.facts import write_templates
from tooling.pipeline.resolve import VALIDATED, resolve, validate_document
from tooling.pipeline.surface import Rule
from tooling.project import CONFIG

BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, env=ENV, capture_output=True)


def generator(resolved: Path, output: Path, config: Path, templates: Path | None) -> list[str]:
    shutil.rmtree(output, ignore_errors=True)
    command = [str(BIN / "openapi-python-client"), "generate", f"--path={resolved}", f"--config={config}"]
    command += [f"--output-path={output}", "--meta=uv"]
    return command + ([f"--custom-template-path={templates}"] if templates else [])


def measure(spec: Path, rounds: int, card: Scorecard | None = None) -> list[str]:
    """With `card`, records the cold run's ratio as the regeneration goal's figure."""
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as scratch:
        work = Path(scratch)
        resolved = work / "resolved.json"
        resolve(spec, check=False).write(resolved)
        ours = [sys.executable, "-m", "tooling.pipeline.generate", "--spec", str(spec), "--output", str(work / "ours")]

        def cold() -> None:
            shutil.rmtree(VALIDATED, ignore_errors=True)
            run(ours)

        results, cpu = interleaved_clocks(
            {
                "stock openapi-python-client": lambda: run(generator(resolved, work / "stock", CONFIG, None)),
                "our pipeline, validation cached": lambda: run(ours),
                "our pipeline, cold": cold,
            },
            rounds,
            children_cpu,
        )
        stock, stock_cpu = results["stock openapi-python-client"], cpu["stock openapi-python-client"]
        cold_run, cached_run = results["our pipeline, cold"], results["our pipeline, validation cached"]
        if card is not None:
            figures = f"{cold_run.median:.2f} s against {stock.median:.2f} s; cached {ratio(cached_run, stock)}"
            card.record(REGENERATION, cold_run.median / stock.median, figures)
        lines = ["| contender | time | vs stock | CPU, all processes | vs stock |", "|---|---|---|---|---|"]
        lines += [
            f"| {name} | {value.show()} | {ratio(value, stock)} | {cpu[name].show()} | {ratio(cpu[name], stock_cpu)} |"
            for name, value in results.items()
        ]
        return [*lines, "", *breakdown(spec, work)]


def breakdown(spec: Path, work: Path) -> list[str]:
    """One run of each stage, to say where the time goes."""
    no_hooks = work / "no-hooks.yaml"
    no_hooks.write_text(yaml.safe_dump({**yaml.safe_load(CONFIG.read_text()), "post_hooks": []}))
    stages: dict[str, float] = {}
    started = time.perf_counter()
    resolution = resolve(spec, check=False)
    stages["load + overlay"] = time.perf_counter() - started
    shutil.rmtree(VALIDATED, ignore_errors=True)
    started = time.perf_counter()
    validate_document(resolution.document, spec)
    stages["openapi-spec-validator (runs beside the generator)"] = time.perf_counter() - started
    resolved = work / "resolved.json"
    ours = write_templates(resolution.document, work / "templates", Rule.load().customer_credentials)
    for name, templates in (("generator, stock templates", None), ("generator, our templates", ours)):
        started = time.perf_counter()
        run(generator(resolved, work / "split", no_hooks, templates))
        stages[name] = time.perf_counter() - started
    started = time.perf_counter()
    run([str(BIN / "ruff"), "check", "--fix-only", "--no-cache", "--quiet", str(work / "split")])
    run([str(BIN / "ruff"), "format", "--no-cache", "--quiet", str(work / "split")])
    stages["ruff post hooks"] = time.perf_counter() - started
    return ["| stage (one run) | seconds |", "|---|---|", *(f"| {k} | {v:.2f} |" for k, v in stages.items())]
