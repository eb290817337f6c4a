"""The straight-line from_dict/to_dict of every property kind: values converted, wrong types rejected
with the field named, unknown fields kept (typed ones converted), and a payload written back as read."""

from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import pytest

from tests.generator.conftest import GenerateClient, load

RUN = {
    "id": 7,
    "score": 3,
    "state": "queued",
    "started": "2026-06-23T10:00:00Z",
    "day": "2026-06-23",
    "steps": [{"name": "dial", "retries": 2}],
    "tags": ["a", "b"],
    "stamps": ["2026-06-23T10:00:01Z"],
    "states": ["done", "paused"],
    "note": None,
    "parent": {"name": "root"},
    "ended": None,
    "flag": False,
    "payload": {"anything": [1, "two"]},
    "either": "text",
    "extra": {"kept": True},
}


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("model_kinds")


def test_every_kind_is_read_converted_and_written_back(models: ModuleType) -> None:
    run = models.Run.from_dict(RUN)
    assert run.started.tzinfo is not None and run.started.hour == 10
    assert run.day.isoformat() == "2026-06-23"
    assert run.state is models.State.QUEUED
    assert [state.is_known for state in run.states] == [True, False]
    assert run.steps[0].name == "dial" and run.steps[0].additional_properties == {"retries": 2}
    assert run.stamps[0].second == 1
    assert run.parent.name == "root"
    assert run.additional_properties == {"extra": {"kept": True}}
    assert run.to_dict() == RUN


def test_a_mapping_that_is_no_dict_is_read(models: ModuleType) -> None:
    class Frozen(Mapping[str, Any]):
        def __getitem__(self, key: str) -> Any:
            return RUN[key]

        def __iter__(self) -> Iterator[str]:
            return iter(RUN)

        def __len__(self) -> int:
            return len(RUN)

    assert models.Run.from_dict(Frozen()).to_dict() == RUN


def test_absent_optional_fields_stay_unset(models: ModuleType) -> None:
    run = models.Run.from_dict({key: RUN[key] for key in list(RUN)[:11]})
    assert run.additional_properties == {}
    assert "ended" not in run.to_dict() and "extra" not in run.to_dict()


WRONG = {
    "integer": ("id", "7", "expected integer, got string"),
    "boolean is no number": ("score", True, "expected integer, number, got boolean"),
    "enum": ("state", 1, "expected State, got integer"),
    "date-time": ("started", "noon", "noon"),
    "date-time type": ("ended", 5, "expected datetime, null, got integer"),
    "date": ("day", ["2026"], "expected date, got array"),
    "list": ("steps", {"name": "x"}, "expected array, got object"),
    "list of models": ("steps", [{"retries": 1}], "required field is missing"),
    "nullable string": ("note", 1, "expected null, string, got integer"),
    "nullable model": ("parent", [], "expected an object, got array"),
    "boolean": ("flag", "no", "expected boolean, got string"),
}


@pytest.mark.parametrize(("field", "value", "problem"), WRONG.values(), ids=WRONG.keys())
def test_a_wrong_value_is_rejected_naming_its_field(
    package: ModuleType, models: ModuleType, field: str, value: Any, problem: str
) -> None:
    with pytest.raises(load(package, "errors").SchemaValidationError) as raised:
        models.Run.from_dict({**RUN, field: value})
    assert raised.value.path[0] == field
    assert problem in raised.value.problem
