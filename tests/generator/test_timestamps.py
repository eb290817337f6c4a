"""to_dict writes a received timestamp as it was received (fractional digits, `Z` or an offset) while its
attribute is still the object parsed from it, and formats every other value: one assigned, one given to
the constructor (attrs.evolve included). The kept text changes neither equality nor repr."""

import copy
import datetime
import pickle
from types import ModuleType
from typing import Any

import attrs
import pytest

from tests.generator.conftest import GenerateClient, load

UTC = datetime.timezone.utc
# Each a form the formatter would not write back (".000", ".5", "+00:00" for Z).
RECEIVED = {
    "at": "2024-01-15T10:30:00.000Z",
    "seen": "2024-01-15T12:30:00.5+02:00",
    "ended": "2024-01-15T10:30:00+00:00",
    "stamps": ["2024-01-15T10:30:00.000Z"],
}
AT = datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("timestamps")


def test_unchanged_timestamps_are_written_as_received(models: ModuleType) -> None:
    event = models.Event.from_dict(RECEIVED)
    assert event.at == AT
    assert event.seen == datetime.datetime(2024, 1, 15, 10, 30, 0, 500000, tzinfo=UTC)
    # a list of timestamps is formatted, as before
    assert event.to_dict() == {**RECEIVED, "stamps": ["2024-01-15T10:30:00Z"]}


def test_a_null_and_an_absent_timestamp_are_written_as_received(models: ModuleType) -> None:
    assert models.Event.from_dict({"at": RECEIVED["at"], "ended": None}).to_dict() == {
        "at": RECEIVED["at"],
        "ended": None,
    }


def test_an_assigned_value_is_formatted(models: ModuleType) -> None:
    event = models.Event.from_dict(RECEIVED)
    event.at = datetime.datetime(2025, 3, 1, 8, tzinfo=UTC)
    event.seen = event.seen.replace(microsecond=0)
    event.ended = None
    written = event.to_dict()
    assert (written["at"], written["seen"], written["ended"]) == (
        "2025-03-01T08:00:00Z",
        "2024-01-15T12:30:00+02:00",
        None,
    )


def test_a_constructed_model_is_formatted(models: ModuleType) -> None:
    offset = datetime.timezone(datetime.timedelta(hours=2))
    event = models.Event(at=AT, ended=datetime.datetime(2024, 1, 15, 12, 30, tzinfo=offset))
    assert event.to_dict() == {"at": "2024-01-15T10:30:00Z", "ended": "2024-01-15T12:30:00+02:00"}


def test_a_datetime_object_in_the_payload_is_formatted(models: ModuleType) -> None:
    assert models.Event.from_dict({"at": AT, "ended": None}).to_dict() == {"at": "2024-01-15T10:30:00Z", "ended": None}


def test_the_kept_text_changes_neither_equality_nor_repr(models: ModuleType) -> None:
    received = models.Event.from_dict({"at": RECEIVED["at"], "ended": None})
    other_spelling = models.Event.from_dict({"at": "2024-01-15T10:30:00Z", "ended": None})
    constructed = models.Event(at=AT, ended=None)
    assert received == other_spelling == constructed
    assert repr(received) == repr(other_spelling) == repr(constructed)
    assert received.to_dict() != other_spelling.to_dict()


def test_evolve_formats_every_timestamp_of_the_new_model(models: ModuleType) -> None:
    event = models.Event.from_dict(RECEIVED)
    later = datetime.datetime(2025, 3, 1, 8, tzinfo=UTC)
    evolved = attrs.evolve(event, seen=later)
    assert evolved.to_dict() == {
        "at": "2024-01-15T10:30:00Z",
        "seen": "2025-03-01T08:00:00Z",
        "ended": "2024-01-15T10:30:00Z",
        "stamps": ["2024-01-15T10:30:00Z"],
    }
    assert event.to_dict()["seen"] == RECEIVED["seen"]


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy, lambda event: pickle.loads(pickle.dumps(event))])
def test_a_copy_writes_what_the_original_does(models: ModuleType, duplicate: Any) -> None:
    event = models.Event.from_dict(RECEIVED)
    assert duplicate(event).to_dict() == event.to_dict()


def test_a_wrong_timestamp_is_still_rejected_naming_its_field(package: ModuleType, models: ModuleType) -> None:
    for field, value in (("at", "noon"), ("ended", 5), ("seen", ["2024"])):
        with pytest.raises(load(package, "errors").SchemaValidationError) as raised:
            models.Event.from_dict({**RECEIVED, field: value})
        assert raised.value.path[0] == field
