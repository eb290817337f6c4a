"""The documented-example extraction the contract tests rely on."""

from typing import Any

from tooling.examples import Examples


def spec(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": schemas}}


def test_prose_examples_are_typed_by_the_schema() -> None:
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "count": {"type": "integer", "description": "How many.\nExample: `37`"},
                "amount": {"type": "string", "description": "Money.\nExample: `7436.08`"},
                "nested": {"type": "object", "description": 'Example:\n```json\n{"x": [1, null]}\n```'},
            },
        }
    }
    assert Examples(spec(schemas)).by_component() == {
        "A": [{"count": 37, "amount": "7436.08", "nested": {"x": [1, None]}}]
    }


def test_property_examples_that_miss_a_required_field_are_no_payload() -> None:
    schemas = {
        "Pack": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "seats": {"type": "integer", "example": 5}},
            "required": ["name"],
        }
    }
    assert Examples(spec(schemas)).by_component() == {}


def test_nested_components_get_the_payloads_inside_their_parents_examples() -> None:
    schemas = {
        "Parent": {
            "type": "object",
            "properties": {"child": {"allOf": [{"$ref": "#/components/schemas/Child"}], "example": {"n": 1}}},
        },
        "Child": {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]},
    }
    assert Examples(spec(schemas)).by_component() == {"Parent": [{"child": {"n": 1}}], "Child": [{"n": 1}]}
