"""The resolved spec: upstream openapi.yaml with our overlay applied, validated as OpenAPI."""

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from tooling.pipeline import documents, overlay
from tooling.pipeline.documents import DocumentError
from tooling.project import BUILD, OVERLAY, SPEC

VALIDATED = BUILD / "validated"
# A document passed by one validator is not taken as passed by another.
VALIDATOR_VERSION = f"{version('openapi-spec-validator')} {version('jsonschema-rs')}"


@dataclass(frozen=True)
class Resolution:
    document: dict[str, Any]
    redundant_actions: list[str]

    def write(self, path: Path, *, indent: int | None = 1) -> None:
        """Indented for people to read; `indent=None` for a program (json's C encoder: ~0.7 s less on the
        complete document)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.document, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")

    def notices(self, overlay_path: Path = OVERLAY) -> list[str]:
        return [
            f"{overlay_path.name}: {action} changes nothing: upstream already has it; drop it"
            for action in self.redundant_actions
        ]


def resolve(spec_path: Path = SPEC, overlay_path: Path | None = OVERLAY, *, check: bool = True) -> Resolution:
    """Load, apply the overlay (if any), validate. Raises DocumentError naming the file at fault.

    `check=False` leaves validation to the caller (generate.py runs it beside the generator)."""
    resolution = resolve_document(documents.load(spec_path), spec_path, overlay_path, check=False)
    if check:
        validate_document(resolution.document, spec_path)
    return resolution


def resolve_document(
    spec: dict[str, Any], source: Path, overlay_path: Path | None = OVERLAY, *, check: bool = True
) -> Resolution:
    if overlay_path is None:
        result = overlay.Result(spec, [], [])
    else:
        try:
            result = overlay.apply(spec, documents.load(overlay_path))
        except overlay.OverlayError as error:
            raise DocumentError(f"{overlay_path} on {source}: {error}") from None
    if check:
        validate_document(result.document, source)
    return Resolution(result.document, result.redundant)


def validate_document(document: dict[str, Any], source: Path) -> None:
    """openapi-spec-validator, skipped for a document it already passed. It checks the document against
    the OpenAPI 3.1 schema with jsonschema-rs (compiled; the pure-Python backend took ~8 s on the complete
    document, its `referencing` registry crawled again for each `$dynamicRef`), then the references,
    parameters and each schema against the dialect in Python: ~2 s in all, beside a ~6 s generator."""
    text = json.dumps(document, sort_keys=True).encode()
    marker = VALIDATED / hashlib.sha256(text + VALIDATOR_VERSION.encode()).hexdigest()
    if marker.exists():
        return
    # Imported here, not at the top: it takes a second, which generate.py spends beside the generator.
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        raise DocumentError(f"{source} (after the overlay): invalid OpenAPI at {where}: {error.message}") from None
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
