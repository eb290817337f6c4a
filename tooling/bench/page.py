"""4b. Models where users feel them: one page of 1,000 items of a rich schema of the complete API, read
(`from_dict`) and written (`to_dict`) by our generated models and by pydantic v2 models that
datamodel-code-generator makes from the same resolved document (so they follow the spec, not a hand),
both keeping unknown fields. The items are drawn by hypothesis-jsonschema with a fixed seed."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from tooling.bench.goals import PAGE_READ, PAGE_WRITE, Scorecard
from tooling.bench.regeneration import BIN, ENV
from tooling.bench.timing import Stats, ratio
from tooling.pipeline.resolve import resolve
from tooling.project import ROOT
from tooling.quality.classes import Classes
from tooling.quality.drawing import converted_formats, drawable, payloads
from tooling.quality.examples import pointer

PAGE = "PaginatedAIAgentV2List"
ITEMS = 1000


def draw(document: dict[str, Any], component: str, count: int) -> list[Any]:
    """`count` payloads of `component`, the same on every run (derandomized: the seed is fixed)."""
    drawn: list[Any] = []

    @settings(
        max_examples=count,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(payloads(drawable(document["components"]), component))
    def collect(payload: Any) -> None:
        drawn.append(payload)

    collect()
    return drawn[:count]


def pydantic_models(resolved: Path, output: Path) -> None:
    command = [str(BIN / "datamodel-codegen"), "--input", str(resolved), "--input-file-type", "openapi"]
    command += ["--output", str(output), "--output-model-type", "pydantic_v2.BaseModel", "--extra-fields", "allow"]
    command += ["--target-python-version", "3.10", "--disable-timestamp", "--no-formatters"]
    command += ["--set-default-enum-member"]
    subprocess.run(command, check=True, env=ENV, capture_output=True)


def measure(spec: Path, package: Path, card: Scorecard) -> list[str]:
    """`package`: the project generated from `spec` (its import root)."""
    document = resolve(spec, check=False).document
    item = document["components"]["schemas"][PAGE]["properties"]["results"]["items"]["$ref"].split("/")[-1]
    found = Classes(document).of(pointer("components", "schemas", PAGE))
    assert found is not None, PAGE
    items = draw(document, item, ITEMS)
    page = {"count": ITEMS, "next": None, "previous": None, "results": items}
    with tempfile.TemporaryDirectory(prefix="bench-page-") as scratch:
        work = Path(scratch)
        # the formats our models take as plain strings (email, uri, decimal...) are plain to pydantic too
        (work / "resolved.json").write_text(json.dumps(converted_formats(document)))
        pydantic_models(work / "resolved.json", work / "pydantic_models.py")
        (work / "page.json").write_text(json.dumps(page))
        env = {**ENV, "PYTHONPATH": os.pathsep.join([str(package), str(work), str(ROOT)])}
        command = [sys.executable, "-m", "tooling.bench.page_timer", str(work / "page.json"), found[0].name, PAGE]
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=env, check=True)
    per_item = {name: Stats(*values) for name, values in json.loads(done.stdout).items()}
    for goal, ours, theirs in (
        (PAGE_READ, "ours from_dict", "pydantic model_validate"),
        (PAGE_WRITE, "ours to_dict", "pydantic model_dump(mode=json)"),
    ):
        card.record(goal, per_item[ours].median / per_item[theirs].median, f"`{item}`")
    return report(per_item, item, items)


def report(per_item: dict[str, Stats], item: str, items: list[Any]) -> list[str]:
    anchors = {"from_dict": "pydantic model_validate", "to_dict": "pydantic model_dump(mode=json)"}
    lines = ["| operation, per item | time | vs pydantic |", "|---|---|---|"]
    for name, value in per_item.items():
        anchor = next((per_item[anchor] for word, anchor in anchors.items() if word in name), None)
        versus = ratio(value, anchor) if anchor else ""
        lines.append(f"| {name} | {value.show('µs', 1e6)} | {versus} |")
    return [
        f"`{PAGE}`: one page of {len(items)} `{item}` items drawn by hypothesis-jsonschema (derandomized; "
        f"{len(json.dumps(items)) / len(items):.0f} bytes of JSON per item on average), read and written whole; "
        "figures per item.",
        "",
        *lines,
    ]
