"""The generated package's semantic version and CHANGELOG.md.

A version says what code written against the client sees. A spec update takes its bump from the spec
diff's source verdict (tooling/specdiff): any source ERR (a function, argument, attribute or model gone or
renamed, an argument now required) breaks that code: major, or minor while the version is 0.x; WARN or
INFO (new operations and attributes, types that widen or change) is a minor; nothing the client's code
reflects (documentation, constraints, servers) is a patch. Changes to runtime/ or templates/ get theirs
by hand, with `make bump PART=... NOTE=...`.

The version lives in generator-config.yaml (`package_version_override`), where the generator reads it
into the package's metadata and `__version__`. Between two releases it is bumped once: when it is already
ahead of the last release tag (vX.Y.Z), a second update raises it only if it needs a bigger bump, and its
changelog notes join the unreleased version's entry.
"""

import argparse
import datetime
import re
import subprocess
import sys
from enum import IntEnum
from pathlib import Path

from tooling.project import CONFIG, ROOT

CHANGELOG = ROOT / "CHANGELOG.md"
TITLE = "# Changelog\n"
_VERSION_LINE = re.compile(r"^(package_version_override:\s*)(\S+)(.*)$", re.MULTILINE)
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_ENTRY = re.compile(r"^## (\d+\.\d+\.\d+)\b", re.MULTILINE)


class VersionError(Exception):
    """The version in the configuration is not MAJOR.MINOR.PATCH, or the changelog cannot take the entry."""


class Bump(IntEnum):
    PATCH = 1
    MINOR = 2
    MAJOR = 3


def parse(version: str) -> tuple[int, int, int]:
    found = _SEMVER.match(version)
    if not found:
        raise VersionError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    return int(found[1]), int(found[2]), int(found[3])


def bumped(version: str, bump: Bump) -> str:
    major, minor, patch = parse(version)
    if bump is Bump.MAJOR and major > 0:
        return f"{major + 1}.0.0"
    if bump in (Bump.MAJOR, Bump.MINOR):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def propose(current: str, bump: Bump, released: str | None) -> str:
    """The next version: the last release bumped (`current` before any release); when `current` is an
    unreleased version ahead of `released`, which already holds a bump, the larger of the two."""
    if released is None:
        return bumped(current, bump)
    return max(current, bumped(released, bump), key=parse)


def current(config: Path = CONFIG) -> str:
    found = _VERSION_LINE.search(config.read_text(encoding="utf-8"))
    if not found:
        raise VersionError(f"{config.name} has no package_version_override")
    parse(found[2])
    return found[2]


def write(version: str, config: Path = CONFIG) -> None:
    """Replace the version in place: the configuration's comments stay as they are."""
    parse(version)
    text = config.read_text(encoding="utf-8")
    config.write_text(_VERSION_LINE.sub(lambda m: f"{m[1]}{version}{m[3]}", text, count=1), encoding="utf-8")


def last_release(root: Path = ROOT) -> str | None:
    """The highest vX.Y.Z tag, or None before the first release (or outside a git checkout)."""
    try:
        listed = subprocess.run(["git", "tag", "--list", "v*"], cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:  # no git on this machine
        return None
    versions = [tag[1:] for tag in listed.stdout.split() if _SEMVER.match(tag[1:])]
    return max(versions, key=parse) if versions else None


def add_entry(version: str, body: str, path: Path = CHANGELOG, today: datetime.date | None = None) -> None:
    """Put `body` first under `## version (date)`: a new entry at the top, or, when the newest entry is
    that version's (an unreleased one bumped again), first inside it."""
    date = (today or datetime.datetime.now(datetime.UTC).date()).isoformat()
    text = path.read_text(encoding="utf-8") if path.is_file() else TITLE
    if not text.startswith(TITLE):
        raise VersionError(f"{path.name} must start with {TITLE.strip()!r}")
    rest = text.removeprefix(TITLE).lstrip("\n")
    newest = _ENTRY.search(rest)
    if newest and newest.start() == 0 and newest[1] == version:
        heading, _, older = rest.partition("\n")
        rest = f"{heading}\n\n{body.strip()}\n\n{older.lstrip()}"
    else:
        rest = f"## {version} ({date})\n\n{body.strip()}\n\n{rest}"
    path.write_text(f"{TITLE}\n{rest.rstrip()}\n", encoding="utf-8")


def newest_entry(path: Path = CHANGELOG) -> str | None:
    found = _ENTRY.search(path.read_text(encoding="utf-8")) if path.is_file() else None
    return found[1] if found else None


def main(argv: list[str] | None = None) -> int:
    """`make bump PART=major|minor|patch NOTE="..."`: a version and a changelog entry for a change to
    runtime/ or templates/ (the Makefile regenerates afterwards)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("part", choices=[bump.name.lower() for bump in Bump])
    parser.add_argument("note", help="what changed, for users of the package (one line of markdown)")
    args = parser.parse_args(argv)
    if not args.note.strip():
        print("error: NOTE is empty: say what changed for users of the package", file=sys.stderr)
        return 2
    try:
        version = propose(current(), Bump[args.part.upper()], last_release())
        write(version)
        add_entry(version, f"### Client changes\n\n- {args.note.strip()}")
    except VersionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"version {version}: generator-config.yaml and CHANGELOG.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
