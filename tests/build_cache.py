"""Expensive test inputs built once per content, not once per pytest worker and matrix session.

A value is stored as JSON in build/test-cache/, under a name made of the sha256 of every file that shapes
it: a changed input makes a new entry, never a stale read. Two workers building the same entry at once both
write it whole (a temporary file, then an atomic rename), and either copy is right.
"""

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tooling.pipeline.resolve import resolve
from tooling.project import OVERLAY, ROOT, SPEC

CACHE = ROOT / "build" / "test-cache"
# What shapes the resolved document: the two documents and the code that reads and applies them.
RESOLUTION_INPUTS = [
    SPEC,
    OVERLAY,
    *(ROOT / "tooling" / "pipeline" / name for name in ("documents.py", "overlay.py", "resolve.py")),
]


def digest(inputs: Iterable[Path]) -> str:
    """The sha256 of the files' paths (relative to the root) and contents."""
    hashed = hashlib.sha256()
    for path in inputs:
        hashed.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()


def cached_json(name: str, inputs: Iterable[Path], build: Callable[[], Any]) -> Any:
    """`build()`, or the value it gave before for these exact inputs."""
    entry = CACHE / f"{name}-{digest(inputs)[:32]}.json"
    try:
        return json.loads(entry.read_bytes())
    except (OSError, ValueError):
        pass
    value = build()
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.partial")
    partial.write_text(json.dumps(value))
    os.replace(partial, entry)
    for older in CACHE.glob(f"{name}-*.json"):  # entries for inputs that have since changed
        if older != entry:
            older.unlink(missing_ok=True)
    return value


def resolved_spec() -> dict[str, Any]:
    """openapi.yaml with the overlay applied, as `tooling.pipeline.resolve.resolve()` gives it: resolved and validated
    once per content (~5 s, 11-13 s on a loaded worker), then read back in a tenth of a second. A new copy
    on every call, which the caller may change."""
    document: dict[str, Any] = cached_json("resolved-spec", RESOLUTION_INPUTS, lambda: resolve().document)
    return document
