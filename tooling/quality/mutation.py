"""`make mutation PATHS="<files>" [TESTS=<test paths>]`: mutation testing with mutmut.

mutmut reads its settings from the working directory's setup.cfg and mutates what that names, so each
run works in a fresh copy of the tree under build/mutation/ with a setup.cfg written for these paths
(the repository itself holds no mutmut settings, and stale mutants of an earlier run are never reused).
Then the hand-made mutants of the module constants and class defaults that mutmut leaves alone
(tooling/quality/mutation_constants.py) run against the same tests, in their own copy under build/mutation-constants/.
Prints the score per mutated file: killed / (killed + survived); timeouts count as killed, mutants no
test reaches count as survived; and each surviving constant mutant. Exit 1 when a file scores below --min-score.
"""

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tooling.project import ROOT
from tooling.quality import mutation_constants

WORK = ROOT / "build" / "mutation"
CONSTANTS_WORK = ROOT / "build" / "mutation-constants"
KILLED = {"killed", "timeout", "segfault"}
SURVIVED = {"survived", "no tests"}
RESULT = re.compile(r"^\s*(?P<module>[\w.]+)\.x\w*__mutmut_\d+: (?P<status>.+)$")


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="make mutation", description=__doc__)
    cli.add_argument("paths", nargs="+", type=Path, help="files to mutate, relative to the repository")
    cli.add_argument("--tests", nargs="+", default=["tests"], help="test paths that should kill the mutants")
    cli.add_argument("--min-score", type=float, default=0.0, help="exit 1 below this score (0-100) per file")
    cli.add_argument("--only", choices=["mutmut", "constants"], help="run only mutmut, or only the constant mutants")
    args = cli.parse_args(argv)
    missing = [str(path) for path in args.paths if not (ROOT / path).is_file()]
    if missing:
        print(f"error: not files of this repository: {', '.join(missing)}", file=sys.stderr)
        return 2
    scores: dict[str, tuple[int, int]] = {}
    if args.only != "constants":
        prepare(args.paths, args.tests)
        mutmut = str(Path(sys.executable).parent / "mutmut")
        run = subprocess.run([mutmut, "run"], cwd=WORK, check=False)
        if run.returncode != 0:
            return run.returncode
        results = subprocess.run([mutmut, "results", "--all", "true"], cwd=WORK, capture_output=True, text=True)
        scores |= score(results.stdout)
        for line in results.stdout.splitlines():
            match = RESULT.match(line)
            if match and match["status"].strip() in SURVIVED:
                print(f"surviving mutant ({match['status'].strip()}): {line.split(':')[0].strip()}")
    if args.only != "mutmut":
        copy_tree(CONSTANTS_WORK)
        for path, (killed, total, survivors) in mutation_constants.run(CONSTANTS_WORK, args.paths, args.tests).items():
            scores[f"constants of {path}"] = (killed, total)
            print("\n".join(f"surviving constant mutant: {survivor}" for survivor in survivors))
    for module, (killed, total) in sorted(scores.items()):
        print(f"{module}: {killed}/{total} mutants killed, {100 * killed / max(total, 1):.1f}%")
    if args.only != "constants":
        print(f"survivors: `cd {WORK.relative_to(ROOT)} && ../../.venv/bin/mutmut results` (and `mutmut show <name>`)")
    below = [module for module, (killed, total) in scores.items() if total and 100 * killed / total < args.min_score]
    return 1 if below else 0


def copy_tree(work: Path) -> list[str]:
    """A fresh copy of the tree in `work`; the top-level names copied."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    copied = tree()
    for name in copied:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=shutil.ignore_patterns("__pycache__", ".*_cache"))
        elif source.is_file():
            shutil.copy2(source, work / name)
    return copied


def prepare(paths: list[Path], tests: list[str]) -> None:
    copied = copy_tree(WORK)
    paths = [_as_source(path) for path in paths]
    roots = sorted({path.parts[0] for path in paths})
    setup = ["[mutmut]", _option("source_paths", roots), _option("only_mutate", [p.as_posix() for p in paths])]
    setup += [
        _option("pytest_add_cli_args_test_selection", tests),
        _option("also_copy", [n for n in copied if n not in roots and (WORK / n).exists()]),
    ]
    (WORK / "setup.cfg").write_text("\n".join(setup) + "\n", encoding="utf-8")


def _as_source(path: Path) -> Path:
    """mutmut names a mutant by its file's module path, with only ./, src/ or source/ stripped; the
    tests import generated/'s package as `cekura_api_client`, so the copy's generated/ becomes src/."""
    if path.parts[0] != "generated":
        return path
    if not (WORK / "src").exists():
        (WORK / "generated").rename(WORK / "src")
        settings = WORK / "pyproject.toml"
        text = settings.read_text()
        settings.write_text(text.replace('pythonpath = ["generated", "."]', 'pythonpath = ["src", "."]'))
    return Path("src", *path.parts[1:])


def tree() -> list[str]:
    """The top-level entries of the working tree that git tracks or would (everything the tests may read)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return sorted({line.split("/", 1)[0] for line in listed.splitlines() if line})


def _option(name: str, values: list[str]) -> str:
    return f"{name}=\n" + "".join(f"    {value}\n" for value in values)


def score(results: str) -> dict[str, tuple[int, int]]:
    """module -> (killed, killed + survived), from `mutmut results --all true`."""
    counts: dict[str, Counter[str]] = {}
    for line in results.splitlines():
        match = RESULT.match(line)
        if match:
            counts.setdefault(match["module"], Counter())[match["status"].strip()] += 1
    return {
        module: (sum(c[s] for s in KILLED), sum(c[s] for s in KILLED | SURVIVED))
        for module, c in counts.items()
        if sum(c[s] for s in KILLED | SURVIVED)
    }


if __name__ == "__main__":
    sys.exit(main())
