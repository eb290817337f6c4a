"""The generated client's Python API, diffed with griffe: regenerate both sides into temporary
directories with this repository's pipeline and report what breaks code written against the old one
(removed/renamed functions, modules and model attributes, parameters, changed types)."""

import json
import tempfile
from pathlib import Path
from typing import Any

import griffe

from tooling.documents import DocumentError
from tooling.generate import PACKAGE, GenerationError, generate_into
from tooling.specdiff.changes import Change, Level


class ClientDiffError(Exception):
    """One side could not be generated; the message says which and why."""


def diff_client_api(base: dict[str, Any], revision: dict[str, Any]) -> list[Change]:
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as scratch:
        old = _generate(base, Path(scratch) / "base")
        new = _generate(revision, Path(scratch) / "revision")
        breakages = griffe.find_breaking_changes(old, new)
        return sorted(_change(breakage) for breakage in breakages)


def _generate(spec: dict[str, Any], folder: Path) -> griffe.Object | griffe.Alias:
    folder.mkdir()
    source = folder / "openapi.json"
    source.write_text(json.dumps(spec), encoding="utf-8")
    try:
        generate_into(source, None, folder / "project")  # the overlay is already applied
    except (DocumentError, GenerationError) as error:
        raise ClientDiffError(f"{folder.name}: the client cannot be generated: {error}") from None
    return griffe.load(PACKAGE, search_paths=[folder / "project"], resolve_aliases=False)


def _change(breakage: griffe.Breakage) -> Change:
    check = "client-" + breakage.kind.name.lower().replace("_", "-")
    text = breakage.kind.value
    if breakage.kind is not griffe.BreakageKind.OBJECT_REMOVED:
        text += f": {_describe(breakage.old_value)} -> {_describe(breakage.new_value)}"
    return Change(breakage.obj.path, "", check, Level.ERR, text)


def _describe(value: Any) -> str:
    return str(getattr(value, "name", None) or value)
