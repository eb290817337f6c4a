"""The client API section regenerates only what it must: a side that is the vendored spec is generated/,
and any other side is generated once per content (and generator inputs), then read from the cache."""

from pathlib import Path

import pytest

from tooling.pipeline import documents
from tooling.pipeline.resolve import resolve
from tooling.project import CONFIG, OUTPUT, OVERLAY, SPEC
from tooling.specdiff import clientapi


def test_the_vendored_spec_is_generated(tmp_path: Path) -> None:
    vendored = resolve(SPEC, OVERLAY, check=False).document
    assert clientapi.client_for(vendored, "base", cache=tmp_path) == OUTPUT
    assert list(tmp_path.iterdir()) == []


def test_another_spec_is_generated_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = resolve(SPEC, OVERLAY, check=False).document
    document["info"]["description"] = "another version"
    first = clientapi.client_for(document, "revision", cache=tmp_path)
    assert first.parent == tmp_path
    assert (first / "cekura_api_client" / "client.py").is_file()

    def no_generation(*args: object) -> None:
        raise AssertionError("regenerated although cached")

    monkeypatch.setattr(clientapi, "generate_into", no_generation)
    assert clientapi.client_for(document, "revision", cache=tmp_path) == first


def test_the_cache_key_follows_the_generator_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = documents.load(SPEC)
    before = clientapi.fingerprint(document)
    config = tmp_path / "generator-config.yaml"
    config.write_text(CONFIG.read_text() + "\n# changed\n")
    monkeypatch.setattr(clientapi, "CONFIG", config)
    assert clientapi.fingerprint(document) != before


def test_a_side_that_cannot_be_generated_says_which(tmp_path: Path) -> None:
    document = resolve(SPEC, OVERLAY, check=False).document
    billing = document["paths"]["/test_framework/billing/info/"]["get"]
    billing["responses"]["200"] = {"$ref": "#/components/responses/Nowhere"}
    with pytest.raises(clientapi.ClientDiffError, match=r"^revision: the client cannot be generated"):
        clientapi.client_for(document, "revision", cache=tmp_path)
    assert [entry.name for entry in tmp_path.iterdir() if not entry.name.startswith("spec-diff-")] == []
