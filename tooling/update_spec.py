"""`make update-spec SPEC=<new upstream document>`: the maintainer's flow for a new spec version.

Replaces openapi.yaml with the new document byte for byte (JSON is YAML, so upstream's JSON works as is),
shows the spec diff against the previous version, regenerates, runs the contract tests and shows the
generated-code diffstat. If regeneration fails, the previous openapi.yaml is put back.
"""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from tooling import generate, provenance
from tooling.resolve import ROOT, SPEC
from tooling.specdiff import cli
from tooling.specdiff.sources import SourceError, load

PREVIOUS = ROOT / "build" / "openapi.previous.yaml"
PREVIOUS_PROVENANCE = ROOT / "build" / "openapi.provenance.previous.yaml"


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) != 1:
        print("usage: make update-spec SPEC=<path to the new upstream document>", file=sys.stderr)
        return 2
    new = Path(arguments[0])
    try:
        load(str(new))
    except SourceError as error:
        print(f"error: {error}\nopenapi.yaml was left unchanged.", file=sys.stderr)
        return 2
    PREVIOUS.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SPEC, PREVIOUS)
    shutil.copyfile(provenance.PROVENANCE, PREVIOUS_PROVENANCE)
    shutil.copyfile(new, SPEC)
    print(f"openapi.provenance.yaml: {provenance.record(new)}")
    step("What changed (spec diff against the previous openapi.yaml)")
    cli.main([str(PREVIOUS), str(SPEC)])
    step("Regenerating generated/")
    before = _digests(generate.OUTPUT)
    if generate.main([]) != 0:
        shutil.copyfile(PREVIOUS, SPEC)
        shutil.copyfile(PREVIOUS_PROVENANCE, provenance.PROVENANCE)
        print("error: regeneration failed; openapi.yaml and its provenance were put back.", file=sys.stderr)
        return 1
    step("Contract tests")
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/contract"], cwd=ROOT, check=False)
    step("Generated code")
    print(file_changes(before, _digests(generate.OUTPUT)))
    subprocess.run(["git", "diff", "--stat", "--", "generated", "openapi.yaml"], cwd=ROOT, check=False)
    return tests.returncode


def _digests(root: Path) -> dict[str, str]:
    return {name: hashlib.sha256((root / name).read_bytes()).hexdigest() for name in generate.tree_files(root)}


def file_changes(before: dict[str, str], after: dict[str, str]) -> str:
    """What `git diff --stat` leaves out: new files are untracked until added."""
    added, removed = after.keys() - before.keys(), before.keys() - after.keys()
    changed = {name for name in before.keys() & after.keys() if before[name] != after[name]}
    return f"generated/: {len(added)} files added, {len(removed)} removed, {len(changed)} changed"


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
