"""`make template-deltas`: each template override's difference from the stock template it forks.

Every file in templates/ starts `{# Forks openapi-python-client <version> templates/<name>`. The deltas are
checked in under tests/generator/template_deltas/ and a test recomputes them against the installed
generator: after a version bump, the overrides whose stock template changed are the ones that fail, and
they are the ones to re-merge."""

import difflib
import re
import sys
from importlib.metadata import version
from pathlib import Path

import openapi_python_client

from tooling.project import ROOT, TEMPLATES

STOCK = Path(openapi_python_client.__file__).parent / "templates"
DELTAS = ROOT / "tests" / "generator" / "template_deltas"
INSTALLED = version("openapi-python-client")
_FORK = re.compile(r"\{# Forks openapi-python-client (?P<version>\S+) templates/(?P<name>\S+?)[;:]")


def overrides() -> list[str]:
    return sorted(path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.jinja"))


def forked_version(name: str) -> str:
    """The generator version the override says it forks; ValueError if its header does not say so."""
    match = _FORK.match((TEMPLATES / name).read_text(encoding="utf-8"))
    if match is None or match["name"] != name:
        raise ValueError(
            f"templates/{name} must start with '{{# Forks openapi-python-client <version> templates/{name}'"
        )
    return match["version"]


def delta(name: str) -> str:
    stock = (STOCK / name).read_text(encoding="utf-8").splitlines(keepends=True)
    ours = (TEMPLATES / name).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(difflib.unified_diff(stock, ours, f"stock/{name}", f"ours/{name}"))


def delta_file(name: str) -> Path:
    return DELTAS / f"{name.replace('/', '__')}.diff"


def main() -> int:
    DELTAS.mkdir(parents=True, exist_ok=True)
    for stale in DELTAS.glob("*.diff"):
        stale.unlink()
    for name in overrides():
        delta_file(name).write_text(delta(name), encoding="utf-8")
    print(f"wrote {len(overrides())} deltas against openapi-python-client {INSTALLED} to {DELTAS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
