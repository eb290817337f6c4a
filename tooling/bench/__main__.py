"""`make bench` (python -m tooling.bench): runs the five measurements and writes BENCHMARKS.md."""

import argparse
import datetime
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tooling.bench import calls, imports, models, page, regeneration, specdiff, suite
from tooling.bench.goals import Scorecard
from tooling.pipeline import documents, overlay
from tooling.pipeline.generate import main as generate
from tooling.pipeline.resolve import resolve
from tooling.project import OUTPUT, OVERLAY, ROOT, SPEC
from tooling.quality.examples import Examples

SHARED = ROOT.parent / "shared" / "specs" / "cekura"
FULL, OLDER = SHARED / "openapi-2026-08-18.json", SHARED / "openapi-2026-04-18.json"


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"
    )


def sections(quick: bool, card: Scorecard) -> list[tuple[str, Callable[[], list[str]]]]:
    """(title, measurement), measured in this order when the report is written; each records its goals' figures
    on `card`."""
    rounds = 3 if quick else 5
    payload = Examples(resolve().document).by_component()["BillingInfo"][0]
    # Once the vendored document is the complete one, measuring both would only double the longest section.
    vendored_is_full = FULL.exists() and documents.load(FULL) == documents.load(SPEC)
    title = "1. Regeneration, vendored spec" + (" (the complete document, 787 paths)" if vendored_is_full else "")
    found: list[tuple[str, Callable[[], list[str]]]] = [(title, lambda: regeneration.measure(SPEC, rounds, card))]
    if FULL.exists() and not vendored_is_full:
        found.append(("1b. Regeneration, full Cekura spec (787 paths)", lambda: regeneration.measure(FULL, 3)))
    if FULL.exists():  # also builds the package sections 4b and 5 measure
        found.append(("Full spec: what the pipeline produced", full_spec_report))
    if FULL.exists() and OLDER.exists():
        found.append(("2. Spec diff, 559 vs 787 paths", lambda: specdiff.measure(OLDER, FULL, rounds)))
    count = 500 if quick else 2000
    found.append(("3. Per-call overhead (127.0.0.1, keep-alive)", lambda: calls.measure(payload, count, rounds, card)))
    found.append(("4. Model cost (documented BillingInfo payload)", lambda: models.measure(payload, card)))
    full_package = ROOT / "build" / "bench" / "full"
    if FULL.exists():
        found.append(("4b. Model cost on a page of the complete API", lambda: page.measure(FULL, full_package, card)))
    packages = {"vendored spec": OUTPUT} | ({"full spec": full_package} if FULL.exists() else {})
    found.append(("5. Import time", lambda: imports.measure(packages, rounds * 2, card)))
    if not quick:
        found.append(("6. `make test`, step by step", suite.measure))
    return found


def full_spec_report() -> list[str]:
    document = documents.load(FULL)
    output = ROOT / "build" / "bench" / "full"
    generate(["--spec", str(FULL), "--output", str(output)])
    files = list(output.rglob("*.py"))
    size = sum(path.stat().st_size for path in files)
    return [
        f"{len(document['paths'])} paths, {len(document['components']['schemas'])} schemas in; "
        f"{len(files)} Python files, {size / 1e6:.1f} MB out (`make generate-full SPEC=...`), with "
        "`--fail-on-warning`, through the same overlay, validation and config.",
        "",
        "Upstream problems in this spec, each fixed by an `x-optional` action of `openapi.overlay.yaml`:",
        "",
        *upstream_problems(document),
    ]


def upstream_problems(document: dict[str, Any]) -> list[str]:
    """The overlay's optional actions that find their target in `document`, and the actions it makes redundant."""
    lines = []
    for number, action in enumerate(documents.load(OVERLAY)["actions"], start=1):
        alone = {"overlay": "1.0.0", "info": {"title": "one action", "version": "1"}}
        result = overlay.apply(document, alone | {"actions": [{**action, "x-optional": False}]}, strict=False)
        if action.get("x-optional") is True and not result.skipped:
            lines.append(f"- action {number}: {action['description']}")
        elif result.redundant:
            lines.append(f"- action {number} is redundant here (upstream declares it): {action['description']}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    card = Scorecard()
    head = [
        "# Benchmarks",
        "",
        f"`make bench`, {datetime.date.today().isoformat()}, {machine()}.",
        "Medians of several runs with (min-max, n); contenders interleaved round by round; ratios are",
        "taken within one run, because this machine is shared and noisy.",
    ]
    lines: list[str] = []
    for title, measure in sections(args.quick, card):
        print(f"== {title}", file=sys.stderr, flush=True)
        lines += ["", f"## {title}", "", *measure()]
        report = [*head, "", *card.lines(), *lines]
        args.output.write_text("\n".join(report) + "\n", encoding="utf-8")  # what is measured is kept
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
