"""openapi.provenance.yaml: where the vendored openapi.yaml comes from, when upstream published it, and the
sha256 of its bytes (a test checks them, so a formatter or a hand edit of the spec cannot go unnoticed)."""

import hashlib
import re
from pathlib import Path

import yaml

from tooling.pipeline import documents
from tooling.project import ROOT, SPEC

PROVENANCE = ROOT / "openapi.provenance.yaml"
_DATED = re.compile(r"(\d{4}-\d{2}-\d{2})")


def sha256(path: Path = SPEC) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded(path: Path = PROVENANCE) -> dict[str, str]:
    return {key: str(value) for key, value in documents.load(path).items()}


def record(source: Path, spec: Path = SPEC, target: Path = PROVENANCE, name: str | None = None) -> dict[str, str]:
    """Write the provenance of `spec`, just copied from `source` (recorded as `name`, by default its file
    name); the publication date is the one in the source's file name (upstream's copies are named
    openapi-YYYY-MM-DD.json), else "unknown"."""
    dated = _DATED.search(source.name)
    published = dated.group(1) if dated else "unknown"
    entry = {"source": name or source.name, "published": published, "sha256": sha256(spec)}
    header = "# Written by `make update-spec`; tests/pipeline/test_provenance.py checks the bytes against it.\n"
    target.write_text(header + yaml.safe_dump(entry, sort_keys=False), encoding="utf-8")
    return entry
