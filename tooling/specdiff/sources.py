"""The two sides of a diff: a file, or a git ref (`main`, `HEAD~1`, `v1.2:openapi.yaml`), with our
overlay applied to each. Bad input raises SourceError naming the file and the problem."""

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tooling.pipeline import documents, overlay, surface
from tooling.pipeline.documents import DocumentError
from tooling.project import OVERLAY, ROOT, SPEC


class SourceError(Exception):
    """A side of the diff cannot be read or is not an OpenAPI document."""


@dataclass(frozen=True)
class Side:
    label: str
    document: dict[str, Any]
    notices: list[str]

    def surface_notice(self, rule: surface.Rule) -> list[str]:
        """How many operations this side's client leaves out (openapi.surface.yaml): the diff compares
        them only where they enter or leave the surface."""
        left_out = surface.apply(self.document, rule).left_out
        return [f"{self.label}: {len(left_out)} operations outside the client's surface"] if left_out else []


def load(source: str, overlay_path: Path | None = OVERLAY, default_path: Path = SPEC) -> Side:
    """`source` is a file path, or a git ref with an optional `:path` (default: the vendored spec's path)."""
    try:
        document, label = _read(source, default_path)
    except DocumentError as error:
        raise SourceError(str(error)) from None
    _check_openapi(document, label)
    if overlay_path is None:
        return Side(label, document, [])
    try:
        result = overlay.apply(document, documents.load(overlay_path), strict=False)
    except (DocumentError, overlay.OverlayError) as error:
        raise SourceError(f"{overlay_path}: {error}") from None
    notices = [f"{label}: {overlay_path.name} {name} matches nothing; not applied" for name in result.skipped]
    return Side(label, result.document, notices)


def _read(source: str, default_path: Path) -> tuple[dict[str, Any], str]:
    path = Path(source)
    if path.is_file() or (":" not in source and path.suffix in {".yaml", ".yml", ".json"}):
        label = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        return documents.load(path), str(label)
    ref, _, inside = source.partition(":")
    inside = inside or default_path.resolve().relative_to(ROOT).as_posix()
    git_label = f"{ref}:{inside}"
    shown = subprocess.run(["git", "show", git_label], cwd=ROOT, capture_output=True, text=True, check=False)
    if shown.returncode != 0:
        raise SourceError(f"{git_label}: not a file, and git cannot show it: {shown.stderr.strip()}")
    return documents.parse_mapping(shown.stdout, git_label), git_label


def _check_openapi(document: dict[str, Any], label: str) -> None:
    """What the diff relies on; full schema validation is the generation pipeline's job."""
    version = str(document.get("openapi", ""))
    if not version.startswith("3."):
        raise SourceError(f"{label}: not an OpenAPI 3.x document (openapi: {document.get('openapi')!r})")
    if not isinstance(document.get("info"), dict):
        raise SourceError(f"{label}: invalid OpenAPI: `info` is missing")
    paths = document.get("paths", {})
    if not isinstance(paths, dict) or not all(isinstance(item, dict) for item in paths.values()):
        raise SourceError(f"{label}: invalid OpenAPI: `paths` must map each path to an object")
