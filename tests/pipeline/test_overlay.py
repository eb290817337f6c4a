"""The overlay: every fix applies or fails loudly, and fixes upstream has caught up with are named."""

from pathlib import Path
from typing import Any

import pytest

from tooling.pipeline import documents
from tooling.pipeline.overlay import OverlayError, apply
from tooling.pipeline.resolve import resolve_document
from tooling.project import OVERLAY, SPEC

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "billing.yaml"


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def spec() -> dict[str, Any]:
    """The billing fixture: the actions' targets as the excerpt had them, whatever document is vendored."""
    return documents.load(FIXTURE)


def operation(document: dict[str, Any]) -> dict[str, Any]:
    return dict(document["paths"]["/test_framework/billing/info/"]["get"])


def test_every_action_of_our_overlay_changes_the_vendored_spec() -> None:
    assert apply(documents.load(SPEC), documents.load(OVERLAY)).redundant == []


def test_the_upstream_document_is_not_modified() -> None:
    original = spec()
    apply(original, documents.load(OVERLAY))
    assert original == spec()


def test_a_target_that_matches_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match=r"action 1 \(gone\): target \$\.nowhere matches nothing"):
        apply(spec(), overlay({"target": "$.nowhere", "description": "gone", "update": {"a": 1}}))


def test_an_invalid_jsonpath_is_an_error() -> None:
    with pytest.raises(OverlayError, match="invalid target"):
        apply(spec(), overlay({"target": "$[?", "update": {}}))


def test_not_an_overlay_is_an_error() -> None:
    with pytest.raises(OverlayError, match=r"not an Overlay 1\.x document"):
        apply(spec(), {"actions": []})


def test_an_action_upstream_already_has_is_reported_by_name() -> None:
    upstream = spec()
    upstream["components"]["schemas"]["BillingInfo"]["properties"]["balance_expiry"]["type"] = ["string", "null"]
    notices = resolve_document(upstream, FIXTURE).notices()
    assert len(notices) == 1
    assert 'action 1 (Documented as "null if no expiry is set"' in notices[0]
    assert notices[0].endswith("upstream already has it; drop it")


def test_a_parameter_upstream_declared_is_not_added_twice() -> None:
    document = spec()
    declared = {"name": "organization_id", "in": "query", "schema": {"type": "integer"}}
    document["paths"]["/test_framework/billing/info/"]["get"]["parameters"] = [declared]
    fixed = apply(document, documents.load(OVERLAY)).document
    assert operation(fixed)["parameters"] == [declared]


def test_update_merges_objects_and_appends_missing_array_items() -> None:
    result = apply(
        {"a": {"keep": 1, "list": [1, 2]}},
        overlay({"target": "$.a", "update": {"add": True, "list": [2, 3]}}),
    )
    assert result.document == {"a": {"keep": 1, "add": True, "list": [1, 2, 3]}}


def test_true_is_not_mistaken_for_one_in_arrays() -> None:
    result = apply({"a": [1]}, overlay({"target": "$.a", "update": [True]}))
    assert result.document == {"a": [1, True]}


def test_remove_deletes_every_match() -> None:
    result = apply(
        {"items": [{"x": 1}, {"x": 2}, {"x": 3}]},
        overlay({"target": "$.items[?@.x > 1]", "remove": True}),
    )
    assert result.document == {"items": [{"x": 1}]}


def test_an_optional_action_may_find_nothing_and_applies_where_it_finds() -> None:
    optional = {"target": "$.a[?@.broken].broken", "x-optional": True, "remove": True}
    assert apply({"a": [{"ok": 1}]}, overlay(optional)).document == {"a": [{"ok": 1}]}
    assert apply({"a": [{"broken": 1}]}, overlay(optional)).document == {"a": [{}]}


def test_an_action_the_vendored_spec_lacks_the_target_of_is_marked_optional() -> None:
    actions = documents.load(OVERLAY)["actions"]
    seed_spec = spec()
    for action in actions:
        found = apply(seed_spec, overlay({**action, "x-optional": False}), strict=False)
        assert found.skipped == [] or action.get("x-optional") is True, action["description"]
