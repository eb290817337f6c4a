"""What the templates need to know that openapi-python-client does not pass them (it drops `style`/`explode`,
the operation's `security`, parameter-level descriptions and the description beside a `$ref` wrapper): read
from the resolved spec and written as operation_facts.jinja and schema_facts.jinja into the template
directory the generator is given."""

import json
import shutil
from pathlib import Path
from typing import Any

from tooling import project
from tooling.pipeline.documents import resolved
from tooling.project import TEMPLATES

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(
    spec: dict[str, Any], credentials: frozenset[str], replacements: dict[str, str] | None = None
) -> dict[str, dict[str, Any]]:
    """{"GET /path/": {"comma_separated": [query names], "credentials": [kinds], "descriptions": {name: text},
    "deprecated": message or None}} for every operation, where `credentials` are those of `credentials` (the
    client's kinds, named as the surface rule's schemes) that the operation accepts, `descriptions` the
    parameters' own descriptions (the generator reads only their schemas'), and a deprecated operation's
    message names what replaces it (`replacements`: operation -> what to call instead)."""
    replacements = replacements or {}
    return {
        key: {
            **_facts(spec, {**item, **operation}, operation, credentials),
            "deprecated": _deprecation(key, replacements.get(key)) if operation.get("deprecated") else None,
        }
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in METHODS
        for key in [f"{method.upper()} {path}"]
    }


def accepted_schemes(operation: dict[str, Any], default_security: list[dict[str, Any]]) -> set[str]:
    """The security schemes any of whose requirements the operation accepts (the document's default where
    the operation names none)."""
    return {scheme for requirement in operation.get("security", default_security) for scheme in requirement}


def _deprecation(key: str, replacement: str | None) -> str:
    return f"{key} is deprecated" + (f"; use {replacement} instead" if replacement else " in the API document")


def _facts(
    spec: dict[str, Any], merged: dict[str, Any], operation: dict[str, Any], credentials: frozenset[str]
) -> dict[str, Any]:
    parameters = [resolved(spec, parameter) for parameter in merged.get("parameters", [])]
    return {
        "comma_separated": sorted(p["name"] for p in parameters if _comma_separated(spec, p)),
        "credentials": sorted(accepted_schemes(operation, spec.get("security", [])) & credentials),
        "descriptions": {p["name"]: p["description"].strip() for p in parameters if p.get("description", "").strip()},
    }


def _comma_separated(spec: dict[str, Any], parameter: dict[str, Any]) -> bool:
    schema = resolved(spec, parameter.get("schema", {}))
    style, explode = parameter.get("style", "form"), parameter.get("explode")
    return parameter.get("in") == "query" and style == "form" and explode is False and "array" in _types(schema)


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def wrapped_descriptions(spec: dict[str, Any]) -> dict[str, str]:
    """{"Schema.property": description} for the component properties that are a `$ref`, bare or wrapped in
    a one-item `allOf`, with a description beside it: the generator takes the referenced model's own
    description there (none, for `BillingInfo.subscription_status`)."""
    found = {}
    for schema_name, schema in spec.get("components", {}).get("schemas", {}).items():
        for name, prop in (schema.get("properties") or {}).items():
            wrapped = len(prop.get("allOf", [])) == 1 and "$ref" in prop["allOf"][0]
            if (wrapped or "$ref" in prop) and str(prop.get("description", "")).strip():
                found[f"{schema_name}.{name}"] = prop["description"].strip()
    return found


def write_templates(
    spec: dict[str, Any], directory: Path, credentials: frozenset[str], replacements: dict[str, str] | None = None
) -> Path:
    """Our templates plus operation_facts.jinja, schema_facts.jinja (for `spec`) and project_facts.jinja,
    in `directory` (which must not exist)."""
    shutil.copytree(TEMPLATES, directory)
    (directory / "project_facts.jinja").write_text(project.facts_template(), encoding="utf-8")
    # JSON lists and strings are Jinja literals too. Jinja compiles the table once per run, in time with its
    # size: empty facts are left out (templates read them with a default), which halves the literal.
    table = {
        key: {name: fact for name, fact in facts.items() if fact}
        for key, facts in operations(spec, credentials, replacements).items()
    }
    facts = json.dumps(table, sort_keys=True)
    (directory / "operation_facts.jinja").write_text(f"{{% set facts = {facts} %}}\n", encoding="utf-8")
    described = json.dumps(wrapped_descriptions(spec), sort_keys=True)
    (directory / "schema_facts.jinja").write_text(f"{{% set wrapped_descriptions = {described} %}}\n", encoding="utf-8")
    return directory
