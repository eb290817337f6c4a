"""The vendored spec is the upstream document byte for byte, as openapi.provenance.yaml records it."""

from pathlib import Path

import pytest

from tooling.project import ROOT
from tooling.release import provenance


@pytest.mark.derived
def test_the_vendored_spec_has_the_recorded_bytes() -> None:
    entry = provenance.recorded()
    assert set(entry) == {"source", "published", "sha256"}
    assert provenance.sha256() == entry["sha256"], (
        "openapi.yaml differs from the document recorded in openapi.provenance.yaml: vendor upstream documents "
        "with `make update-spec SPEC=...`, never by editing the file; fix our issues in openapi.overlay.yaml"
    )


def test_git_keeps_the_spec_bytes_and_github_folds_generated_code() -> None:
    attributes = (ROOT / ".gitattributes").read_text().splitlines()
    assert "openapi.yaml -text" in attributes
    assert "generated/** linguist-generated=true" in attributes


def test_update_spec_records_the_source_its_date_and_the_bytes(tmp_path: Path) -> None:
    spec, target = tmp_path / "openapi.yaml", tmp_path / "provenance.yaml"
    spec.write_bytes(b'{"openapi": "3.1.0"}\r\n')
    entry = provenance.record(Path("downloads/openapi-2026-08-18.json"), spec, target)
    assert entry == {"source": "openapi-2026-08-18.json", "published": "2026-08-18", "sha256": provenance.sha256(spec)}
    assert provenance.recorded(target) == entry
    assert provenance.record(Path("latest.json"), spec, target)["published"] == "unknown"
