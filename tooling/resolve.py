"""The resolved spec: upstream openapi.yaml with our overlay applied, validated as OpenAPI."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tooling import documents, overlay
from tooling.documents import DocumentError

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "openapi.overlay.yaml"


@dataclass(frozen=True)
class Resolution:
    document: dict[str, Any]
    redundant_actions: list[str]

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    def notices(self, overlay_path: Path = OVERLAY) -> list[str]:
        return [
            f"{overlay_path.name}: {action} changes nothing: upstream already has it; drop it"
            for action in self.redundant_actions
        ]


def resolve(spec_path: Path = SPEC, overlay_path: Path | None = OVERLAY) -> Resolution:
    """Load, apply the overlay (if any), validate. Raises DocumentError naming the file at fault."""
    return resolve_document(documents.load(spec_path), spec_path, overlay_path)


def resolve_document(spec: dict[str, Any], source: Path, overlay_path: Path | None = OVERLAY) -> Resolution:
    if overlay_path is None:
        result = overlay.Result(spec, [], [])
    else:
        try:
            result = overlay.apply(spec, documents.load(overlay_path))
        except overlay.OverlayError as error:
            raise DocumentError(f"{overlay_path} on {source}: {error}") from None
    try:
        validate(result.document)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        raise DocumentError(f"{source} (after the overlay): invalid OpenAPI at {where}: {error.message}") from None
    return Resolution(result.document, result.redundant)
