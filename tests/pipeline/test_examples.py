"""The documented-example extraction, class naming and validity checks the contract tests rely on."""

from pathlib import Path
from typing import Any

import pytest

from tooling.quality.classes import Classes, GeneratedClass, generator_config
from tooling.quality.example_checks import Checker, invalid, load_listed, stale, write_listed
from tooling.quality.examples import Example, Examples, documented


def spec(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def values(document: dict[str, Any]) -> dict[str, Any]:
    return {example.pointer: example.value for example in documented(document)}


PROSE = {
    "inline integer": ({"type": "integer"}, "How many.\nExample: `37`", [37]),
    "string that looks like a number": ({"type": "string"}, "Money.\nExample: `7436.08`", ["7436.08"]),
    "quoted string": ({"type": "string"}, 'Example: `"+1234567890"`', ["+1234567890"]),
    "python boolean": ({"type": "boolean"}, "Whether.\nExample: `False`", [False]),
    "alternatives": ({"type": "string"}, "Example: `a`, `b`, or `c` (any)", ["a", "b", "c"]),
    "bullets": (
        {"type": "string"},
        'Example:\n- `"+1234567890"`\n- `"customer_abc123"`\n',
        ["+1234567890", "customer_abc123"],
    ),
    "bare quotes": ({"type": "string"}, "IDs. Example: '1,2,3'", ["1,2,3"]),
    "json block": ({"type": "object"}, 'Example:\n```json\n{"x": [1, null]}\n```', [{"x": [1, None]}]),
    "trailing commas": ({"type": "object"}, 'Example:\n```json\n{\n  "a": "b",\n}\n```', [{"a": "b"}]),
    "labelled bare block": ({"type": "array"}, "Example `transcript`:\n```\n[1, 2]\n```", [[1, 2]]),
    "text block": ({"type": "string"}, "Example: \n```text\nline one\nline two\n```\n", ["line one\nline two"]),
    "nullable integer": ({"type": ["integer", "null"]}, "Example: `5`", [5]),
}


@pytest.mark.parametrize(("schema", "description", "expected"), PROSE.values(), ids=PROSE.keys())
def test_prose_examples_are_read_as_the_schema_types_them(
    schema: dict[str, Any], description: str, expected: list[Any]
) -> None:
    document = spec({"A": {"type": "object", "properties": {"p": {**schema, "description": description}}}})
    where = "/components/schemas/A/properties/p/description"
    assert values(document) == {f"{where}/{index}": value for index, value in enumerate(expected)}


def test_code_samples_and_prose_mentions_are_no_examples() -> None:
    description = "For example `x` is fine.\nExample:\n```python\nclient.call()\n```"
    assert values(spec({"A": {"type": "string", "description": description}})) == {}


def test_unreadable_prose_is_kept_with_its_reason() -> None:
    (example,) = documented(spec({"A": {"type": "boolean", "description": "Example: `fase`"}}))
    assert example.value == "fase"
    assert example.error == "not a boolean: 'fase'"
    assert Checker(spec({})).errors(example) == ["unreadable prose: not a boolean: 'fase'"]


def test_examples_are_found_wherever_openapi_puts_them() -> None:
    media = {
        "schema": {"$ref": "#/components/schemas/A"},
        "examples": {"One": {"value": {"n": 1}, "summary": "s"}, "Remote": {"externalValue": "x.json"}},
    }
    operation = {
        "parameters": [{"name": "q", "in": "query", "schema": {"type": "integer"}, "example": 3}],
        "requestBody": {"content": {"application/json": media}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"example": [{"n": 2}]}}}},
    }
    schemas = {"A": {"type": "object", "properties": {"n": {"type": "integer", "examples": [4, 5]}}}}
    assert values(spec(schemas, {"/a/{id}": {"post": operation}})) == {
        "/components/schemas/A/properties/n/examples/0": 4,
        "/components/schemas/A/properties/n/examples/1": 5,
        "/paths/~1a~1{id}/post/parameters/0/example": 3,
        "/paths/~1a~1{id}/post/requestBody/content/application~1json/examples/One/value": {"n": 1},
        "/paths/~1a~1{id}/post/responses/200/content/application~1json/example": [{"n": 2}],
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
    assert Examples(spec(schemas)).assembled() == {}


def test_nested_components_get_the_payloads_inside_their_parents_examples() -> None:
    schemas = {
        "Parent": {
            "type": "object",
            "properties": {"child": {"allOf": [{"$ref": "#/components/schemas/Child"}], "example": {"n": 1}}},
        },
        "Child": {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]},
    }
    assert Examples(spec(schemas)).by_component() == {"Parent": [{"child": {"n": 1}}], "Child": [{"n": 1}]}


def test_excluded_examples_are_left_out_of_assembled_payloads() -> None:
    schemas = {"A": {"type": "object", "properties": {"n": {"type": "integer", "example": "x"}, "m": {"example": 1}}}}
    assert Examples(spec(schemas), exclude={"/components/schemas/A/properties/n/example"}).assembled() == {
        "A": {"m": 1}
    }


def test_classes_are_named_as_the_generator_names_them() -> None:
    obj = {"type": "object", "properties": {"n": {"type": "integer"}}}
    inline = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    operation = {
        "operationId": "things_create",
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": inline}}},
            "201": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": obj}}}},
        },
    }
    document = spec(
        {
            "Thing": {**obj, "title": "Widget"},
            "Plain": obj,
            "Nullable": {"oneOf": [{"$ref": "#/components/schemas/Plain"}, {"type": "null"}]},
        },
        {"/things/": {"post": operation}},
    )
    classes = Classes(document, generator_config())
    widget = GeneratedClass("Widget", is_enum=False)
    assert classes.of("/components/schemas/Thing") == (widget, False)
    assert classes.of("/components/schemas/Nullable") == (GeneratedClass("Plain", is_enum=False), False)
    assert classes.of("/paths/~1things~1/post/requestBody/content/application~1json/schema") == (widget, False)
    response = classes.of("/paths/~1things~1/post/responses/200/content/application~1json/schema")
    assert response == (GeneratedClass("ThingsCreateResponse200", is_enum=False), False)
    listed = classes.of("/paths/~1things~1/post/responses/201/content/application~1json/schema")
    assert listed is not None
    assert listed[1]


def test_class_overrides_of_the_generator_config_apply(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("class_overrides:\n  Widget:\n    class_name: Gadget\n    module_name: gadget\n")
    thing = {"title": "Widget", "type": "object", "properties": {"n": {"type": "integer"}}}
    classes = Classes(spec({"Thing": thing}), generator_config(config))
    assert classes.of("/components/schemas/Thing") == (GeneratedClass("Gadget", is_enum=False), False)


def test_read_only_and_write_only_properties_may_be_missing_where_openapi_says() -> None:
    schemas = {
        "A": {
            "type": "object",
            "properties": {"id": {"type": "integer", "readOnly": True}, "secret": {"writeOnly": True}},
            "required": ["id", "secret"],
        }
    }
    checker = Checker(spec(schemas))
    schema = "/components/schemas/A"
    request = Example("/paths/~1a/post/requestBody/content/application~1json/example", schema, {"secret": "s"})
    response = Example("/paths/~1a/get/responses/200/content/application~1json/example", schema, {"id": 1})
    assert checker.errors(request) == []
    assert checker.errors(response) == []
    assert checker.errors(Example("/components/schemas/A/example", schema, {"id": 1})) == [
        "'secret' is a required property"
    ]


def test_formats_are_checked() -> None:
    schemas = {"A": {"type": "string", "format": "date-time"}}
    example = Example("/components/schemas/A/example", "/components/schemas/A", "2021-01-01 00:00:00")
    assert Checker(spec(schemas)).errors(example) == ["'2021-01-01 00:00:00' is not a 'date-time'"]


def test_listed_examples_that_are_valid_or_gone_are_reported_for_removal() -> None:
    listed = {"/a": "was invalid", "/b": "was invalid", "/c": "still invalid"}
    assert stale(listed, {"/c": ["reason"]}, {"/a", "/c"}) == {"/a": "valid now", "/b": "no longer documented"}


def test_the_list_of_invalid_examples_is_rewritten_for_the_document(tmp_path: Path) -> None:
    """What make update-spec does: stale entries dropped, new ones listed with the validator's reason, a
    person's reason for one still invalid kept, the file's header kept."""
    listing = tmp_path / "invalid_examples.yaml"
    listing.write_text(
        "# header\ninvalid_examples:\n  /components/schemas/A/example: a person's reason\n  /gone: was invalid\n",
        encoding="utf-8",
    )
    schemas = {
        "A": {"type": "integer", "example": "one"},
        "B": {"type": "string", "format": "date-time", "example": "2021-01-01 00:00:00"},
        "C": {"type": "integer", "example": 3},
    }
    document = spec(schemas)
    write_listed(invalid(document), listing)
    assert load_listed(listing) == {
        "/components/schemas/A/example": "a person's reason",
        "/components/schemas/B/example": "'2021-01-01 00:00:00' is not a 'date-time'",
    }
    assert listing.read_text(encoding="utf-8").startswith("# header\ninvalid_examples:\n")
