"""4. Model cost: from_dict/to_dict of the documented BillingInfo payload, ours against the models stock
templates generate (same generator, same config, renamed package), pydantic v2 and json.loads (the floor),
all in one process, interleaved."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from tooling.bench.goals import FROM_DICT, LENIENT_READ, TO_DICT, Scorecard
from tooling.bench.regeneration import ENV, generator, run
from tooling.pipeline.resolve import resolve
from tooling.project import CONFIG, OUTPUT, ROOT

STOCK_PACKAGE = "stock_cekura_api_client"


def measure(payload: dict[str, Any], card: Scorecard) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-models-") as scratch:
        work = Path(scratch)
        resolve().write(work / "resolved.json")
        config = yaml.safe_load(CONFIG.read_text()) | {"package_name_override": STOCK_PACKAGE}
        (work / "stock.yaml").write_text(yaml.safe_dump(config))
        run(generator(work / "resolved.json", work / "stock", work / "stock.yaml", templates=None))
        env = {**ENV, "PYTHONPATH": os.pathsep.join([str(OUTPUT), str(work / "stock"), str(ROOT)])}
        command = [sys.executable, "-m", "tooling.bench.model_timer"]
        done = subprocess.run(command, input=json.dumps(payload), capture_output=True, text=True, env=env, check=True)
    seconds: dict[str, float] = json.loads(done.stdout)
    floor = seconds["json.loads"]
    lines = ["| operation | per call | vs json.loads |", "|---|---|---|"]
    lines += [f"| {name} | {value * 1e6:.1f} µs | {value / floor:.1f}x |" for name, value in seconds.items()]
    ours, stock, pydantic = seconds["ours from_dict"], seconds["stock from_dict"], seconds["pydantic model_validate"]
    written, stock_written = seconds["ours to_dict"], seconds["stock to_dict"]
    card.record(FROM_DICT, ours / pydantic, f"{ours * 1e6:.1f} against {pydantic * 1e6:.1f} µs")
    card.record(TO_DICT, written / stock_written, f"{written * 1e6:.1f} against {stock_written * 1e6:.1f} µs")
    fitting = seconds["ours, read as the client reads a response"]
    lenient = seconds["ours, one field mismatched, read as the client reads a response"]
    card.record(LENIENT_READ, lenient / fitting, f"{lenient * 1e6:.1f} against {fitting * 1e6:.1f} µs")
    lines += [
        "",
        f"Our from_dict is {ours / pydantic:.2f}x pydantic's model_validate (goal: at most 1.2x) and "
        f"{ours / stock:.2f}x the stock templates', while checking every field's type and naming the field of any "
        f"failure, where stock stores wrong types silently; our to_dict is {written / stock_written:.2f}x stock's "
        "(goal: at most 0.8x).",
        "",
        f"A response with one field mismatched costs {lenient / fitting:.1f}x one that fits, as the client reads it: "
        "the strict read fails at the field, then the lenient read keeps it as received and records the mismatch "
        "(the WARNING is logged once per process). A payload that fits costs the same as before: the strict read is "
        "the first and only one.",
    ]
    return lines
