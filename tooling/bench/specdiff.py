"""2. Spec diff of the two real versions: parsing both (the floor), the spec-level diff, and the griffe
client API diff."""

import time
from pathlib import Path

from tooling.bench.timing import interleaved, ratio
from tooling.pipeline import documents
from tooling.specdiff.clientapi import ClientDiffError, diff_client_api
from tooling.specdiff.operations import diff_specs
from tooling.specdiff.sources import load


def measure(base: Path, revision: Path, rounds: int) -> list[str]:
    old, new = load(str(base)).document, load(str(revision)).document
    results = interleaved(
        {
            "parse both documents (the floor)": lambda: (documents.load(base), documents.load(revision)),
            "load both (parse + overlay + checks)": lambda: (load(str(base)), load(str(revision))),
            "spec-level diff (after loading)": lambda: diff_specs(old, new),
        },
        rounds,
    )
    changes = diff_specs(old, new)
    parse = results["parse both documents (the floor)"]
    lines = ["| step | time | vs parsing |", "|---|---|---|"]
    lines += [f"| {name} | {value.show()} | {ratio(value, parse)} |" for name, value in results.items()]
    lines += ["", f"{len(changes)} changes found.", "", client_api(old, new)]
    return lines


def client_api(old: dict[str, object], new: dict[str, object]) -> str:
    started = time.perf_counter()
    try:
        breakages = diff_client_api(old, new)
    except ClientDiffError as error:
        return f"griffe client API diff (one run): not possible: {error}"[:600]
    seconds = time.perf_counter() - started
    return f"griffe client API diff (one run, both clients regenerated): {seconds:.1f} s, {len(breakages)} breakages."
