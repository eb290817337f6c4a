"""Every example the vendored document holds (whatever document that is) against its schema and its model.

Valid examples round-trip exactly through the generated class that stands for their schema, found by
the generator's own naming; property examples round-trip inside the payload they assemble for their
component. An invalid example is an upstream defect: a new one fails here with the validator's reason
(list it in invalid_examples.yaml, or fix the schema in the overlay); a listed one that became valid or
disappeared is reported as a warning, for removal. A sweep over the whole document: it runs once, not on
every Python of the matrix (see noxfile.py).
"""

import copy
import warnings
from typing import Any

import cekura_api_client.models as models
import pytest

from tests.build_cache import resolved_spec
from tooling.quality.classes import Classes, GeneratedClass
from tooling.quality.example_checks import LISTED, Checker, load_listed, stale
from tooling.quality.examples import Example, Examples, documented, pointer

SPEC = resolved_spec()
EXAMPLES = documented(SPEC)
CHECKER = Checker(SPEC)
INVALID = {example.pointer: reasons for example in EXAMPLES if (reasons := CHECKER.errors(example))}
CLASSES = Classes(SPEC)
WITH_CLASS = [example for example in EXAMPLES if CLASSES.of(example.schema_pointer) is not None]
ASSEMBLED = Examples(SPEC, exclude=set(INVALID)).assembled()


class StaleListing(UserWarning):
    """An entry of invalid_examples.yaml that can be removed."""


def round_trip(generated: GeneratedClass, value: Any) -> Any:
    cls = getattr(models, generated.name)
    if generated.is_enum:
        return cls(value).value
    return cls.from_dict(copy.deepcopy(value)).to_dict()


def test_no_new_invalid_examples() -> None:
    listed = load_listed()
    new = {where: reasons for where, reasons in INVALID.items() if where not in listed}
    report = "\n".join(f"{where}:\n  " + "\n  ".join(reasons) for where, reasons in new.items())
    assert not new, (
        f"{len(new)} documented examples are invalid against their own schema (upstream defects). List each in "
        f"{LISTED.relative_to(LISTED.parents[2])} with its reason, or fix the schema in the overlay:\n{report}"
    )


def test_listed_invalid_examples_are_reported_once_fixed() -> None:
    listed = load_listed()
    assert all(where.startswith("/") and reason for where, reason in listed.items())
    for where, why in stale(listed, INVALID, {example.pointer for example in EXAMPLES}).items():
        warnings.warn(f"{LISTED.name}: remove {where}: {why}", StaleListing, stacklevel=1)


@pytest.mark.parametrize("example", WITH_CLASS, ids=[example.pointer for example in WITH_CLASS])
def test_documented_examples_round_trip_through_their_model(example: Example) -> None:
    if example.pointer in INVALID:
        pytest.skip("invalid against its schema (listed upstream defect)")
    found = CLASSES.of(example.schema_pointer)
    assert found is not None
    generated, is_list = found
    values = example.value if is_list else [example.value]
    assert [round_trip(generated, value) for value in values] == values


@pytest.mark.parametrize("component", sorted(ASSEMBLED))
def test_property_examples_round_trip_inside_their_component(component: str) -> None:
    where = pointer("components", "schemas", component)
    payload = ASSEMBLED[component]
    assert CHECKER.errors(Example(where, where, payload)) == []
    found = CLASSES.of(where)
    assert found is not None
    assert round_trip(found[0], payload) == payload
