"""The generated client's Python API, diffed with griffe: both sides' clients, generated with this
repository's pipeline, compared for what breaks code written against the old one (removed/renamed
functions, modules and model attributes, parameters, changed types).

Generating a client from the complete spec takes ~15 s, so a side is not regenerated when it need not be:
- a side that is the vendored spec (after the overlay) is generated/ itself, which `make check-generated`
  keeps in step with it;
- any other side is generated once into build/spec-diff-clients/, keyed by the hash of the document and of
  everything else that shapes the client (generator config, templates, runtime/, generator and ruff
  versions), and reused from there.
"""

import hashlib
import json
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import griffe

from tooling.pipeline import facts, generate, surface, uploads
from tooling.pipeline.documents import DocumentError
from tooling.pipeline.generate import PACKAGE, GenerationError, generate_into
from tooling.pipeline.resolve import resolve
from tooling.project import CONFIG, OUTPUT, OVERLAY, ROOT, RUNTIME, SPEC, SURFACE, TEMPLATES
from tooling.specdiff.changes import Change, Level

CACHE = ROOT / "build" / "spec-diff-clients"
KEPT = 6  # cached clients kept (the newest); each is a few MB


class ClientDiffError(Exception):
    """One side could not be generated; the message says which and why."""


def diff_client_api(base: dict[str, Any], revision: dict[str, Any], cache: Path = CACHE) -> list[Change]:
    old = _load(client_for(base, "base", cache))
    new = _load(client_for(revision, "revision", cache))
    return sorted(_change(breakage) for breakage in griffe.find_breaking_changes(old, new))


def client_for(document: dict[str, Any], side: str, cache: Path = CACHE) -> Path:
    """The project folder of the client generated from `document` (the overlay already applied)."""
    key = fingerprint(document)
    if OUTPUT.is_dir() and key == _vendored_fingerprint():
        return OUTPUT
    project = cache / key
    if not project.is_dir():
        _generate(document, side, project)
        _prune(cache)
    return project


def fingerprint(document: dict[str, Any]) -> str:
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode())
    code = [Path(module.__file__ or "") for module in (generate, facts, surface, uploads)]
    for root in (CONFIG, SURFACE, TEMPLATES, RUNTIME, *code):
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root.parent).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(f"{version('openapi-python-client')} {version('ruff')}".encode())
    return digest.hexdigest()[:32]


def _vendored_fingerprint() -> str:
    return fingerprint(resolve(SPEC, OVERLAY, check=False).document)


def _generate(document: dict[str, Any], side: str, project: Path) -> None:
    project.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spec-diff-", dir=project.parent) as scratch:
        source = Path(scratch) / "openapi.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        try:
            generate_into(source, None, Path(scratch) / "project")  # the overlay is already applied
        except (DocumentError, GenerationError) as error:
            raise ClientDiffError(f"{side}: the client cannot be generated: {error}") from None
        except Exception as error:  # the validator raises its own errors on a $ref to nowhere, for one
            raise ClientDiffError(f"{side}: the client cannot be generated: {error!r}") from None
        (Path(scratch) / "project").rename(project)  # whole or not at all: a cache entry is never partial


def _prune(cache: Path) -> None:
    entries = [entry for entry in cache.iterdir() if entry.is_dir() and not entry.name.startswith("spec-diff-")]
    entries.sort(key=lambda entry: entry.stat().st_mtime)
    for entry in entries[:-KEPT]:
        shutil.rmtree(entry, ignore_errors=True)


def _load(project: Path) -> griffe.Object | griffe.Alias:
    return griffe.load(PACKAGE, search_paths=[project], resolve_aliases=False)


def _change(breakage: griffe.Breakage) -> Change:
    check = "client-" + breakage.kind.name.lower().replace("_", "-")
    text = breakage.kind.value
    if breakage.kind is not griffe.BreakageKind.OBJECT_REMOVED:
        text += f": {_describe(breakage.old_value)} -> {_describe(breakage.new_value)}"
    return Change(breakage.obj.path, "", check, Level.NONE, text)


def _describe(value: Any) -> str:
    return str(getattr(value, "name", None) or value)
