"""`make update-spec SPEC=<new upstream document>`: the maintainer's flow for a new spec version.

Replaces openapi.yaml with the new document byte for byte (JSON is YAML, so upstream's JSON works as is),
shows the spec diff against the previous version, proposes the next version from its source verdict and
writes it to generator-config.yaml, puts the changes first in CHANGELOG.md (tooling/release/versions.py,
tooling/release/changelog.py), regenerates, refreshes docs/coverage.md's table, rewrites the lists of upstream
defects (tests/contract/invalid_examples.yaml from the document's examples, tests/e2e/prism-exceptions.yaml from
the Prism sweep: stale entries dropped, new ones added with the validator's or the sweep's words, existing reasons
kept; review their diff), runs the contract tests and shows the generated-code diffstat. The markdown spec diff
and the outcome (versions, bump, worst verdicts) are left in build/update-spec/ for the upstream sync's pull
request. If the diff or regeneration fails, every file it changed is put back.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tooling import project
from tooling.pipeline import generate
from tooling.pipeline.resolve import resolve
from tooling.project import ROOT, SPEC
from tooling.quality import example_checks, prism_exceptions
from tooling.reference import coverage
from tooling.release import changelog, provenance, versions
from tooling.specdiff import cli, render
from tooling.specdiff.sources import SourceError, load

PREVIOUS = ROOT / "build" / "openapi.previous.yaml"
OUTCOME = ROOT / "build" / "update-spec"
# What an update writes besides generated/, each kept in build/ until the update has succeeded.
CHANGED = [SPEC, provenance.PROVENANCE, project.CONFIG, versions.CHANGELOG, coverage.PAGE]


def parser() -> argparse.ArgumentParser:
    arguments = argparse.ArgumentParser(prog="make update-spec", description=__doc__)
    arguments.add_argument("spec", type=Path, help="the new upstream document")
    arguments.add_argument("--source", help="what openapi.provenance.yaml records as its source (default: file name)")
    arguments.add_argument("--no-client-api", action="store_true", help="skip the client API section of the diff")
    arguments.add_argument("--no-tests", action="store_true", help="skip the contract tests (a pull request runs all)")
    return arguments


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        load(str(args.spec))
    except SourceError as error:
        print(f"error: {error}\nopenapi.yaml was left unchanged.", file=sys.stderr)
        return 2
    if args.spec.read_bytes() == SPEC.read_bytes():
        print("openapi.yaml already holds this document: nothing to update.")
        return 0
    backups = _back_up()
    step("What changed (spec diff against the previous openapi.yaml)")
    try:
        version = _diff_and_version(args.spec, args.no_client_api)
    except Exception as error:  # bad input or a bug of ours: either way, nothing may stay half-updated
        return _restore(backups, f"the spec diff or the version failed: {error!r}")
    shutil.copyfile(args.spec, SPEC)
    print(f"openapi.provenance.yaml: {provenance.record(args.spec, name=args.source)}")
    step("Regenerating generated/")
    before = _digests(project.OUTPUT)
    if generate.main([]) != 0:
        return _restore(backups, "regeneration failed")
    document = resolve().document
    coverage.write(document)
    example_checks.write_listed(example_checks.invalid(document))
    tests = 0
    if not args.no_tests:
        step("Contract tests")
        tests = _pytest("tests/contract")
        step(f"Prism sweep (it rewrites {prism_exceptions.EXCEPTIONS.relative_to(ROOT)})")
        tests |= _pytest("tests/e2e/test_operations.py", {prism_exceptions.UPDATE: "1"})
    step("Generated code")
    print(file_changes(before, _digests(project.OUTPUT)))
    subprocess.run(["git", "diff", "--stat", "--", "generated", "openapi.yaml"], cwd=ROOT, check=False)
    print(f"\nversion {version}; CHANGELOG.md has its entry; review both, then commit with generated/.")
    return tests


def _pytest(tests: str, environment: dict[str, str] | None = None) -> int:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests]
    return subprocess.run(command, cwd=ROOT, env={**os.environ, **(environment or {})}, check=False).returncode


def _diff_and_version(new: Path, no_client_api: bool) -> str:
    """Print the diff, write it and the outcome to build/update-spec/, bump the version, add the entry.

    It runs before openapi.yaml is replaced: while generated/ is still the client of openapi.yaml, the
    client API section reuses it for the old side instead of generating it again."""
    report = cli.build(cli.parser().parse_args([str(SPEC), str(new), *(["--no-client-api"] * no_client_api)]))
    print(render.text(report, colour=sys.stdout.isatty()))
    base, revision = load(str(SPEC)).document, load(str(new)).document
    bump = changelog.bump_for(report)
    previous = versions.current()
    version = versions.propose(previous, bump, versions.last_release())
    versions.write(version)
    versions.add_entry(version, changelog.entry(report, changelog.method_names(revision, base), bump))
    OUTCOME.mkdir(parents=True, exist_ok=True)
    (OUTCOME / "spec-diff.md").write_text(render.markdown(report), encoding="utf-8")
    outcome = {
        "previous_version": previous,
        "version": version,
        "bump": bump.name.lower(),
        "wire": report.worst("wire").name,
        "source": report.worst("source").name,
    }
    (OUTCOME / "outcome.json").write_text(json.dumps(outcome, indent=1) + "\n", encoding="utf-8")
    print(f"\nversion: {previous} -> {version} ({outcome['bump']}: the worst source verdict is {outcome['source']})")
    return version


def _back_up() -> dict[Path, Path | None]:
    """Each file an update changes -> its copy in build/ (None: it did not exist)."""
    PREVIOUS.parent.mkdir(parents=True, exist_ok=True)
    backups: dict[Path, Path | None] = {}
    for path in CHANGED:
        copy = PREVIOUS if path == SPEC else PREVIOUS.parent / f"{path.name}.previous"
        backups[path] = copy if path.is_file() else None
        if path.is_file():
            shutil.copyfile(path, copy)
    return backups


def _restore(backups: dict[Path, Path | None], why: str) -> int:
    for path, copy in backups.items():
        if copy is None:
            path.unlink(missing_ok=True)
        else:
            shutil.copyfile(copy, path)
    names = ", ".join(path.name for path in backups)
    print(f"error: {why}; {names} were put back.", file=sys.stderr)
    return 1


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
