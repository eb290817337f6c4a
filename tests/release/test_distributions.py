"""The release path up to the upload, as the release workflow runs it: build the wheel and the sdist with
the locked tools, `twine check --strict`, exact contents, metadata, install into a fresh venv on the oldest
supported Python and the newest, and import (tooling/release/distributions.py)."""

import shutil
import tarfile
from pathlib import Path

import pytest
import tomllib

from tooling.project import OUTPUT
from tooling.release import distributions, pythons, versions
from tooling.release.distributions import Distributions


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Distributions:
    out = tmp_path_factory.mktemp("dist")
    built = distributions.build(OUTPUT, out)
    distributions.twine_check(built)  # raises with twine's report
    return built


def test_the_sdist_and_the_wheel_hold_exactly_the_package_readme_license_and_pyproject(built: Distributions) -> None:
    assert distributions.content_problems(built) == []
    with tarfile.open(built.sdist) as sdist:
        assert not [name for name in sdist.getnames() if name.endswith((".orig", ".pyc", ".gitignore"))]


def test_the_metadata_pypi_shows_is_complete(built: Distributions) -> None:
    assert distributions.metadata_problems(built) == []


@pytest.mark.parametrize("python", [pythons.VERSIONS[0], pythons.VERSIONS[-1]])
def test_the_wheel_installs_and_imports_on_the_oldest_and_newest_python(
    built: Distributions, tmp_path: Path, python: str
) -> None:
    if not Path(pythons.interpreter(python)).is_file():
        pytest.skip(f"Python {python} is not on this machine")
    shown = distributions.install_and_import(built, python, tmp_path / "venv").split()
    version = tomllib.loads((OUTPUT / "pyproject.toml").read_text())["project"]["version"]
    assert shown[0] == version and shown[1].startswith(f"{python}.")


def test_a_stray_file_in_the_sdist_is_named(built: Distributions, tmp_path: Path) -> None:
    stray = tmp_path / "pyproject.toml.orig"
    stray.write_text("")
    copy = tmp_path / built.sdist.name
    shutil.copyfile(built.sdist, copy)
    root = built.sdist.name.removesuffix(".tar.gz")
    with tarfile.open(built.sdist) as original, tarfile.open(copy, "w:gz") as changed:
        for member in original.getmembers():
            if not member.name.endswith("/py.typed"):
                changed.addfile(member, original.extractfile(member) if member.isfile() else None)
        changed.add(stray, f"{root}/pyproject.toml.orig")
    assert distributions.content_problems(Distributions(copy, built.wheel)) == [
        "sdist holds pyproject.toml.orig, which it should not",
        "sdist lacks cekura_api_client/py.typed",
    ]


def test_the_python_classifiers_are_the_versions_the_matrix_tests() -> None:
    metadata = tomllib.loads((OUTPUT / "pyproject.toml").read_text())["project"]
    declared = [c.rsplit(" :: ", 1)[1] for c in metadata["classifiers"] if c.count("::") == 2 and "3." in c]
    assert declared == pythons.VERSIONS
    assert metadata["requires-python"] == f">={pythons.VERSIONS[0]}"


def test_a_release_tag_must_be_the_package_version_with_its_changelog_entry() -> None:
    version = versions.current()
    assert distributions.tag_problems(f"v{version}") == []
    assert distributions.tag_problems("v99.0.0") == [f"the tag v99.0.0 is not v{version}, the package's version"]
