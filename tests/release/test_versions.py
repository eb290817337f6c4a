"""Versions and changelog entries from the spec diff, on the spec diff's fixture pairs: a breaking pair is
a major bump (minor while 0.x), additions a minor one, documentation only a patch; the entry puts wire
breaks first as "upgrade now", then breaking changes, grouped by resource."""

import datetime
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tooling.pipeline import documents
from tooling.project import CONFIG
from tooling.release import changelog, versions
from tooling.release.versions import Bump
from tooling.specdiff import cli
from tooling.specdiff.operations import diff_specs
from tooling.specdiff.render import Report

FIXTURES = Path(__file__).parents[1] / "specdiff" / "fixtures"
DAY = datetime.date(2026, 11, 26)


def pair(family: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return documents.load(FIXTURES / family / "base.yaml"), documents.load(FIXTURES / family / "revision.yaml")


def report_of(base: dict[str, Any], revision: dict[str, Any]) -> Report:
    return Report("base.yaml", "revision.yaml", diff_specs(base, revision), None)


@pytest.mark.parametrize(
    ("family", "bump", "at_0x", "at_1x"),
    [
        ("operations", Bump.MAJOR, "0.4.0", "2.0.0"),  # operations removed and renamed: source ERR
        ("nullability", Bump.MINOR, "0.4.0", "1.4.0"),  # types change (source WARN)
        ("recursion", Bump.MINOR, "0.4.0", "1.4.0"),  # an addition (source INFO)
    ],
)
def test_the_bump_follows_the_source_verdict(family: str, bump: Bump, at_0x: str, at_1x: str) -> None:
    found = changelog.bump_for(report_of(*pair(family)))
    assert found is bump
    assert (versions.bumped("0.3.2", found), versions.bumped("1.3.2", found)) == (at_0x, at_1x)


def test_documentation_only_is_a_patch() -> None:
    base, _ = pair("operations")
    revision = {**base, "info": {**base["info"], "description": "Now documented."}}
    report = report_of(base, revision)
    assert report.all() == [] and changelog.bump_for(report) is Bump.PATCH
    assert versions.bumped("0.3.2", Bump.PATCH) == "0.3.3"
    assert "Documentation only" in changelog.entry(report, {}, Bump.PATCH)


def test_an_unreleased_version_is_bumped_once_and_only_raised_by_a_bigger_bump() -> None:
    assert versions.propose("0.3.0", Bump.MINOR, released=None) == "0.4.0"
    assert versions.propose("0.3.0", Bump.MINOR, released="0.3.0") == "0.4.0"
    assert versions.propose("0.4.0", Bump.PATCH, released="0.3.0") == "0.4.0"
    assert versions.propose("0.3.1", Bump.MINOR, released="0.3.0") == "0.4.0"
    assert versions.propose("1.2.1", Bump.MAJOR, released="1.2.0") == "2.0.0"
    assert versions.propose("0.1.0", Bump.PATCH, released="0.3.0") == "0.3.1"  # never below a release


def test_the_entry_calls_out_wire_breaks_then_lists_breaking_changes_first_by_resource() -> None:
    base, revision = pair("operations")
    report = report_of(base, revision)
    names = changelog.method_names(revision, base)
    entry = changelog.entry(report, names, changelog.bump_for(report))
    upgrade = entry.index("> **Upgrade now.** 1 change breaks")
    assert upgrade < entry.index("#### Breaking changes") < entry.index("#### Additions")
    assert "> - `removed.list()` (`GET /removed/`): removed" in entry
    breaking = entry[entry.index("#### Breaking changes") : entry.index("#### Additions")]
    assert [line for line in breaking.splitlines() if line.startswith("**")] == [
        "**kept**",
        "**removed**",
        "**sunset**",
    ]
    assert "- `added.create()` (`POST /added/`): added" in entry


def test_a_change_inside_a_model_names_the_calls_that_use_it() -> None:
    base, revision = pair("components")
    report = report_of(base, revision)
    entry = changelog.entry(report, changelog.method_names(revision, base), changelog.bump_for(report))
    models = entry[entry.index("**Models**") :]
    assert "(used by `" in models


def test_the_version_is_rewritten_in_place_keeping_the_configuration_comments(tmp_path: Path) -> None:
    config = tmp_path / "generator-config.yaml"
    shutil.copyfile(CONFIG, config)
    before = config.read_text()
    versions.write("0.9.0", config)
    assert versions.current(config) == "0.9.0"
    changed = [line for line in config.read_text().splitlines() if line not in before.splitlines()]
    assert changed == ["package_version_override: 0.9.0"]
    with pytest.raises(versions.VersionError, match=r"not a MAJOR\.MINOR\.PATCH"):
        versions.write("1.0", config)


def test_entries_go_first_and_a_rebumped_unreleased_version_keeps_one_heading(tmp_path: Path) -> None:
    log = tmp_path / "CHANGELOG.md"
    versions.add_entry("0.1.0", "### First\n\n- one", log, DAY)
    versions.add_entry("0.2.0", "### Second\n\n- two", log, DAY)
    versions.add_entry("0.2.0", "### Third\n\n- three", log, DAY)
    text = log.read_text()
    assert [line for line in text.splitlines() if line.startswith("#")] == [
        "# Changelog",
        "## 0.2.0 (2026-11-26)",
        "### Third",
        "### Second",
        "## 0.1.0 (2026-11-26)",
        "### First",
    ]
    assert versions.newest_entry(log) == "0.2.0"
    log.write_text("notes\n")
    with pytest.raises(versions.VersionError, match="must start with"):
        versions.add_entry("0.3.0", "x", log, DAY)


def test_the_last_release_is_the_highest_version_tag(tmp_path: Path) -> None:
    def git(*argv: str) -> None:
        subprocess.run(["git", *argv], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "x")
    assert versions.last_release(tmp_path) is None
    for tag in ("v0.9.0", "v0.10.0", "vnext", "0.11.0"):
        git("tag", tag)
    assert versions.last_release(tmp_path) == "0.10.0"


@pytest.mark.derived
def test_the_package_version_has_its_changelog_entry() -> None:
    assert versions.newest_entry() == versions.current()


def test_make_bump_writes_the_version_and_the_note_in_a_project_copy(tmp_path: Path) -> None:
    root = Path(__file__).parents[2]
    shutil.copytree(root / "tooling", tmp_path / "tooling", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yaml", "CHANGELOG.md"):
        shutil.copyfile(root / name, tmp_path / name)
    command = [sys.executable, "-m", "tooling.release.versions", "major", "Retries honour Retry-After dates"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    expected = versions.bumped(versions.current(), Bump.MAJOR)  # a minor one while 0.x
    assert versions.current(tmp_path / "generator-config.yaml") == expected
    log = (tmp_path / "CHANGELOG.md").read_text()
    assert log.startswith(f"# Changelog\n\n## {expected} (")
    assert log.index("- Retries honour Retry-After dates") < log.index(f"## {versions.current()}")
    empty = subprocess.run([*command[:4], " "], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert empty.returncode == 2 and "NOTE is empty" in empty.stderr


def test_changes_the_client_never_exposed_are_not_versioned(tmp_path: Path) -> None:
    base, revision = pair("operations")
    schemes = {"api_key": {"type": "apiKey", "in": "header", "name": "X-CEKURA-API-KEY"}}
    internal = {"internal": {"type": "apiKey", "in": "header", "name": "X-INTERNAL"}}
    for document in (base, revision):
        document["components"] = {"securitySchemes": {**schemes, **internal}}
        document["security"] = [{"api_key": []}]
        # /removed/ only ever accepted an internal credential: the client never had its function.
        for item in (document["paths"].get("/removed/") or {}).values():
            item["security"] = [{"internal": []}]
    files = [tmp_path / "base.yaml", tmp_path / "revision.yaml"]
    for path, document in zip(files, (base, revision), strict=True):
        path.write_text(yaml.safe_dump(document), encoding="utf-8")

    def report(*options: str) -> Report:
        return cli.build(cli.parser().parse_args([*map(str, files), "--no-client-api", "--no-overlay", *options]))

    assert "GET /removed/" in {c.where for c in report("--whole-document").spec}
    assert "GET /removed/" not in {c.where for c in report().spec}
    assert changelog.bump_for(report()) is Bump.MAJOR  # the renames and /sunset/'s removal still break code
