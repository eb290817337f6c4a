"""Is a documented example valid against the schema it documents? And the list of upstream's invalid ones.

JSON Schema Draft 2020-12 with format checks, as OpenAPI 3.1 defines its schemas, with one OpenAPI
rule on top: a request example may leave out a required `readOnly` property (the server sets it) and a
response example a required `writeOnly` one (the server never returns it).

An example that is invalid against its own schema is an upstream defect. tests/contract/invalid_examples.yaml
lists the known ones by JSON pointer with the validator's reason; `python -m tooling.quality.example_checks` prints
the figures and the entries that can be removed, and `make update-spec` rewrites the list for the new document.
"""

import argparse
import sys
import urllib.parse
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tooling import project
from tooling.pipeline import documents
from tooling.quality.drawing import CONVERTED_FORMATS
from tooling.quality.examples import Example, documented

LISTED = project.ROOT / "tests" / "contract" / "invalid_examples.yaml"
_SPEC_URI = "urn:openapi-document"


def _required_unless(flag: str | None) -> Any:
    def required(validator: Any, names: list[str], instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        if not validator.is_type(instance, "object"):
            return
        properties = schema.get("properties", {})
        for name in names:
            if name not in instance and not (flag and properties.get(name, {}).get(flag)):
                # validator_value: the one name missing (not the whole list), for `location`
                yield ValidationError(f"{name!r} is a required property", validator_value=name)

    return required


_CLIENT_CHECKS = {"type", "required", "oneOf", "anyOf"}
_VALIDATORS = {
    context: validators.extend(Draft202012Validator, {"required": _required_unless(flag)})
    for context, flag in (("request", "readOnly"), ("response", "writeOnly"), ("schema", None))
}


class Checker:
    """Validates examples against the schemas of one spec (references resolved within it)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(spec))
        self.formats = FormatChecker()

    def errors(self, example: Example) -> list[str]:
        """The validator's reasons, each prefixed by where in the example it applies; empty when valid."""
        if example.error is not None:
            return [f"unreadable prose: {example.error}"]
        return [f"{_where(error)}{error.message}"[:200] for error in self.violations(example)]

    def violations(self, example: Example, context: str | None = None) -> list[ValidationError]:
        """The validator's errors for a readable example, in the order of where they apply; `context` (request,
        response, schema) overrides the one its pointer gives."""
        fragment = urllib.parse.quote(example.schema_pointer, safe="/~")
        schema = {"$ref": f"{_SPEC_URI}#{fragment}"}
        validator = _VALIDATORS[context or example.context](schema, registry=self.registry, format_checker=self.formats)
        return sorted(validator.iter_errors(example.value), key=lambda error: list(error.absolute_path))


def checked_by_client(errors: Iterable[ValidationError]) -> set[tuple[str, ...]]:
    """The locations of those `errors` a generated model's from_dict finds too: a wrong type, a missing
    required property, no branch of a union fitting (not several: the first that fits is read), a date or
    UUID that is not one; not a value outside an
    enum (the client's enums are open), nor bounds, lengths, patterns or the formats it keeps as text."""
    return {location(error) for error in errors if _client_checks(error)}


def _client_checks(error: ValidationError) -> bool:
    if error.validator == "format":
        return error.validator_value in CONVERTED_FORMATS
    # a oneOf the value fits several branches of (no branch's error in its context): the client reads the
    # first branch that fits, as for anyOf
    return error.validator in _CLIENT_CHECKS and not (error.validator == "oneOf" and not error.context)


def location(error: ValidationError) -> tuple[str, ...]:
    """Where in the example the value the error is about is (or, for a required property, would be)."""
    path = tuple(str(part) for part in error.absolute_path)
    return (*path, str(error.validator_value)) if error.validator == "required" else path


def _where(error: ValidationError) -> str:
    path = "/".join(str(part) for part in error.absolute_path)
    return f"at /{path}: " if path else ""


def load_listed(path: Path = LISTED) -> dict[str, str]:
    """JSON pointer -> the validator's reason, for the examples known to be invalid upstream."""
    if not path.exists():
        return {}
    listed = documents.load(path).get("invalid_examples") or {}
    return {str(where): str(reason) for where, reason in listed.items()}


def stale(listed: dict[str, str], invalid: dict[str, list[str]], pointers: set[str]) -> dict[str, str]:
    """Listed pointer -> why it can be removed: the example is gone, or valid now."""
    return {
        where: "no longer documented" if where not in pointers else "valid now"
        for where in listed
        if where not in invalid
    }


def invalid(spec: dict[str, Any], examples: list[Example] | None = None) -> dict[str, list[str]]:
    """Pointer -> the validator's reasons, for each example of `spec` (or of `examples`) invalid against its schema."""
    checker = Checker(spec)
    return {example.pointer: errors for example in examples or documented(spec) if (errors := checker.errors(example))}


def write_listed(invalid: dict[str, list[str]], path: Path = LISTED) -> None:
    """The list as it should be: every invalid example with its first reason (existing reasons kept)."""
    listed = load_listed(path)
    entries = {where: listed.get(where, reasons[0]) for where, reasons in sorted(invalid.items())}
    header = path.read_text(encoding="utf-8").split("invalid_examples:")[0] if path.exists() else ""
    body = yaml.safe_dump({"invalid_examples": entries}, width=10_000, allow_unicode=True, sort_keys=False)
    path.write_text(header + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    from tooling.pipeline.resolve import resolve

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help=f"rewrite {LISTED.name}: list the new, drop the stale")
    args = parser.parse_args(argv)
    spec = resolve(check=False).document
    examples = documented(spec)
    found = invalid(spec, examples)
    listed = load_listed()
    print(f"{len(examples)} documented examples, {len(found)} invalid against their schema")
    for where, errors in found.items():
        mark = "listed" if where in listed else "NEW"
        print(f"  {mark}: {where}: {errors[0]}")
    for where, why in stale(listed, found, {example.pointer for example in examples}).items():
        print(f"  remove from {LISTED.name}: {where} ({why})")
    if args.update:
        write_listed(found)
        print(f"wrote {LISTED}")
        return 0
    return 1 if set(found) - set(listed) else 0


if __name__ == "__main__":
    sys.exit(main())
