"""The census of constructs: counts keywords where they are keywords, never names or example data."""

from pathlib import Path

import pytest

from tooling.specdiff import constructs

DOCUMENT = {
    "openapi": "3.1.0",
    "paths": {
        "/a/{id}/": {
            "parameters": [{"name": "id", "in": "path", "schema": {"type": "integer", "minimum": 1}}],
            "get": {
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string", "default": "x", "enum": ["x"]}},
                    {"name": "page", "in": "query", "deprecated": True},
                    {"$ref": "#/components/parameters/Trace"},
                ],
                "callbacks": {"onDone": {}},
                "responses": {
                    "200": {
                        "headers": {"X-Rate": {"schema": {"type": "integer"}}},
                        "links": {"next": {}},
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": ["string", "null"],
                                    "properties": {"links": {"readOnly": True}, "secret": {"writeOnly": True}},
                                },
                                "example": {"callbacks": 1, "const": 2},
                            },
                            "text/plain": {},
                        },
                    }
                },
            },
            "post": {"requestBody": {"content": {"text/csv": {}}}},
            "x-other": "not an operation",
        }
    },
    "components": {
        "parameters": {"Trace": {"name": "trace", "in": "header", "deprecated": True}},
        "schemas": {"headers": {"type": "object", "default": {"pattern": "x"}, "x-sunset": "2026-01-01"}},
        "requestBodies": {"Upload": {"content": {"application/octet-stream": {}}}},
        "responses": {"Empty": {"content": {"text/plain": {"schema": {}}, "text/csv": {}}}},
    },
}


def test_census_counts_each_construct_where_it_is_one() -> None:
    assert constructs.census(DOCUMENT) == {
        "callbacks": 1,
        "default": 2,
        "deprecated": 2,
        "enum": 1,
        "headers": 1,
        "links": 1,
        "media type without schema": 4,
        "minimum": 1,
        "parameter default": 1,
        "parameter deprecated": 2,
        "parameter enum": 1,
        "parameter in header": 1,
        "parameter in path": 1,
        "parameter in query": 2,
        "parameter minimum": 1,
        "readOnly": 1,
        "type list": 1,
        "writeOnly": 1,
        "x-sunset": 1,
    }


def test_a_document_without_paths_or_components_has_no_constructs() -> None:
    assert constructs.census({"openapi": "3.1.0", "info": {"title": "t"}}) == {}


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("const", True),
        ("parameter const", True),
        ("parameter in cookie", True),
        ("type list", True),
        ("parameter type list", True),
        ("media type without schema", True),
        ("title", False),
        ("parameter title", False),
        ("in header", False),
    ],
)
def test_known_names_the_constructs_census_counts(name: str, known: bool) -> None:
    assert constructs.known(name) is known


def test_main_prints_each_file_s_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "one.json"
    spec.write_text('{"openapi": "3.1.0", "webhooks": {"ping": {}}, "components": {"schemas": {"A": {"const": 1}}}}')
    constructs.main([str(spec), str(spec)])
    assert capsys.readouterr().out == "one.json:\n  const: 1\n  webhooks: 1\n" * 2
