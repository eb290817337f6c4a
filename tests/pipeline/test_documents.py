"""`$ref`s are followed by one helper, for the template facts, the resource client and the spec diff."""

from typing import Any

import pytest

from tooling.pipeline.documents import DocumentError, lookup, resolved

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Alias": {"$ref": "#/components/schemas/Agent"},
            "Agent": {"type": "object"},
            "a/b~c": {"type": "string"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }
    }
}


def test_a_chain_of_refs_is_followed_to_its_end() -> None:
    assert resolved(DOCUMENT, {"$ref": "#/components/schemas/Alias"}) == {"type": "object"}


def test_escaped_pointer_segments_are_read() -> None:
    assert lookup(DOCUMENT, "#/components/schemas/a~1b~0c") == {"type": "string"}


def test_a_ref_to_nothing_is_none_for_lookup_and_an_error_for_resolved() -> None:
    assert lookup(DOCUMENT, "#/components/schemas/Missing") is None
    assert lookup(DOCUMENT, "other.yaml#/Agent") is None
    with pytest.raises(DocumentError, match="Missing points at nothing"):
        resolved(DOCUMENT, {"$ref": "#/components/schemas/Missing"})


def test_a_cycle_is_an_error_not_a_hang() -> None:
    with pytest.raises(DocumentError, match="is a cycle"):
        resolved(DOCUMENT, {"$ref": "#/components/schemas/Loop"})
