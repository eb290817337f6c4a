"""`make dist`: the generated package's wheel and sdist, built and checked as a release builds and checks them.

Builds with the locked uv and the locked hatchling (no build isolation: nothing unpinned takes part), the
wheel from the sdist (so the sdist is proven to build); runs `twine check --strict` (the metadata PyPI
accepts, the README it renders); requires the sdist and the wheel to hold exactly the package, README,
LICENSE and pyproject.toml (and their metadata); installs the wheel into a fresh venv on each Python asked
for and imports it there, comparing `__version__` with the installed metadata. The release workflow runs
the same command before it uploads; `make test` runs it on the oldest supported Python.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

from tooling import project
from tooling.pipeline import documents
from tooling.pipeline.generate import PACKAGE, tree_files
from tooling.project import CONFIG, OUTPUT, ROOT
from tooling.release import pythons, versions

UV = Path(sys.executable).parent / "uv"
DIST = ROOT / "build" / "dist"
SDIST_EXTRAS = {"PKG-INFO", "pyproject.toml", "README.md", "LICENSE"}
WHEEL_METADATA = {"METADATA", "WHEEL", "RECORD", "licenses/LICENSE"}
# Imported in the fresh venv: the names a user's first lines use (none an operation's: those follow the
# document), every model, the version against the metadata, and the typing marker that makes mypy read the package.
IMPORT_CHECK = """
import importlib.metadata, importlib.resources, sys
import {package}
from {package} import AuthenticatedClient, Cekura, RequestOptions, models
installed = importlib.metadata.version("{distribution}")
assert {package}.__version__ == installed, ({package}.__version__, installed)
assert importlib.resources.files("{package}").joinpath("py.typed").is_file(), "py.typed is not installed"
print(installed, sys.version.split()[0])
"""


class DistributionError(Exception):
    """A distribution failed to build, or a check of it failed; the message says which and why."""


@dataclass(frozen=True)
class Distributions:
    sdist: Path
    wheel: Path


def build(source: Path = OUTPUT, out: Path = DIST) -> Distributions:
    shutil.rmtree(out, ignore_errors=True)
    _run([str(UV), "build", "--no-build-isolation", "--python", sys.executable, "--out-dir", str(out), str(source)])
    sdists, wheels = sorted(out.glob("*.tar.gz")), sorted(out.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise DistributionError(f"expected one sdist and one wheel in {out}, found {[p.name for p in out.iterdir()]}")
    return Distributions(sdists[0], wheels[0])


def twine_check(built: Distributions) -> None:
    twine = Path(sys.executable).parent / "twine"
    _run([str(twine), "check", "--strict", str(built.sdist), str(built.wheel)])


def expected_package_files(source: Path = OUTPUT) -> set[str]:
    return {f"{PACKAGE}/{name}" for name in tree_files(source / PACKAGE)}


def content_problems(built: Distributions, source: Path = OUTPUT) -> list[str]:
    """What the sdist and the wheel hold beyond, or lack of, exactly what they should."""
    package = expected_package_files(source)
    with tarfile.open(built.sdist) as sdist:
        root = built.sdist.name.removesuffix(".tar.gz")
        in_sdist = {member.name.removeprefix(f"{root}/") for member in sdist.getmembers() if member.isfile()}
    with zipfile.ZipFile(built.wheel) as wheel:
        in_wheel = {name for name in wheel.namelist() if not name.endswith("/")}
    dist_info = f"{root}.dist-info"
    problems = _differences("sdist", in_sdist, package | SDIST_EXTRAS)
    return problems + _differences("wheel", in_wheel, package | {f"{dist_info}/{name}" for name in WHEEL_METADATA})


def _differences(what: str, found: set[str], expected: set[str]) -> list[str]:
    return [f"{what} holds {name}, which it should not" for name in sorted(found - expected)] + [
        f"{what} lacks {name}" for name in sorted(expected - found)
    ]


def metadata_problems(built: Distributions) -> list[str]:
    """The wheel's METADATA against what PyPI should show: version, licence, addresses, README."""
    with zipfile.ZipFile(built.wheel) as wheel:
        name = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(wheel.read(name).decode())
    version = str(documents.load(CONFIG)["package_version_override"])
    expected = {
        "Version": [version],
        "License-Expression": [project.LICENSE],
        "License-File": ["LICENSE"],
        "Project-URL": [f"{label}, {url}" for label, url in project.URLS.items()],
        "Description-Content-Type": ["text/markdown"],
        "Requires-Python": [">=3.10"],
    }
    problems = [
        f"METADATA {field}: {metadata.get_all(field)} instead of {values}"
        for field, values in expected.items()
        if sorted(metadata.get_all(field) or []) != sorted(values)
    ]
    if "Typing :: Typed" not in (metadata.get_all("Classifier") or []):
        problems.append("METADATA lacks the Typing :: Typed classifier")
    return problems


def tag_problems(tag: str) -> list[str]:
    """A release tag must be v<the package version>, and that version must have its changelog entry."""
    version = versions.current()
    problems = [f"the tag {tag} is not v{version}, the package's version"] if tag != f"v{version}" else []
    if versions.newest_entry() != version:
        problems.append(f"CHANGELOG.md's newest entry is {versions.newest_entry()}, not {version}")
    return problems


def install_and_import(built: Distributions, python: str, venv: Path) -> str:
    """Install the wheel into a fresh venv on `python` (a version or a path) and import it; returns
    "<package version> <python version>"."""
    shutil.rmtree(venv, ignore_errors=True)
    _run([str(UV), "venv", "--quiet", "--python", pythons.interpreter(python), str(venv)])
    _run([str(UV), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(built.wheel)])
    distribution = str(documents.load(CONFIG)["project_name_override"])
    check = IMPORT_CHECK.format(package=PACKAGE, distribution=distribution)
    # From outside the source tree, so that the import can only find the installed package.
    return _run([str(venv / "bin" / "python"), "-c", check], cwd=venv).strip()


def _run(command: list[str], cwd: Path | None = None) -> str:
    environment = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}  # a Python this machine lacks is an error
    done = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise DistributionError(f"`{' '.join(command[:3])} ...` failed (exit {done.returncode}):\n{output}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", action="append", default=[], help="install and import on it (repeatable)")
    parser.add_argument("--out", type=Path, default=DIST)
    parser.add_argument("--tag", help="the release tag (vX.Y.Z) the distributions are for: checked first")
    args = parser.parse_args(argv)
    try:
        if args.tag and tag_problems(args.tag):
            raise DistributionError("\n".join(tag_problems(args.tag)))
        built = build(OUTPUT, args.out)
        twine_check(built)
        problems = content_problems(built) + metadata_problems(built)
        if problems:
            raise DistributionError("\n".join(problems))
        print(f"built and checked: {built.sdist.name}, {built.wheel.name}")
        for python in args.python:
            print(f"installed and imported on {python}: {install_and_import(built, python, args.out / 'venv')}")
    except DistributionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
