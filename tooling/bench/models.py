"""4. Model cost: from_dict/to_dict of the documented BillingInfo payload, ours against the models stock
templates generate, pydantic v2 and json.loads (the floor); each timed in its own process."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tooling.bench.regeneration import ENV, generator, run
from tooling.generate import CONFIG, OUTPUT
from tooling.resolve import resolve

TIMER = "tooling.bench.model_timer"


def timings(package_root: Path, payload: dict[str, Any]) -> dict[str, float]:
    env = {**ENV, "PYTHONPATH": f"{package_root}{os.pathsep}{Path.cwd()}"}
    done = subprocess.run(
        [sys.executable, "-m", TIMER], input=json.dumps(payload), capture_output=True, text=True, env=env, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def measure(payload: dict[str, Any]) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-models-") as scratch:
        resolved = Path(scratch) / "resolved.json"
        resolve().write(resolved)
        run(generator(resolved, Path(scratch) / "stock", CONFIG, templates=False))
        ours, stock = timings(OUTPUT, payload), timings(Path(scratch) / "stock", payload)
        shutil.rmtree(Path(scratch) / "stock")
    floor = ours["json.loads"]
    rows = {
        "json.loads (the floor)": floor,
        "ours: from_dict": ours["from_dict"],
        "stock templates: from_dict": stock["from_dict"],
        "pydantic v2: model_validate": ours["pydantic model_validate"],
        "ours: to_dict": ours["to_dict"],
        "stock templates: to_dict": stock["to_dict"],
        "pydantic v2: model_dump(mode=json)": ours["pydantic model_dump(mode=json)"],
    }
    lines = ["| operation | per call | vs json.loads |", "|---|---|---|"]
    lines += [f"| {name} | {value * 1e6:.1f} µs | {value / floor:.1f}x |" for name, value in rows.items()]
    lines.append("")
    lines.append(
        f"Our from_dict is {ours['from_dict'] / stock['from_dict']:.2f}x the stock templates' (type checks on every "
        f"field, errors with field paths) and {ours['from_dict'] / ours['pydantic model_validate']:.2f}x pydantic's."
    )
    return lines
