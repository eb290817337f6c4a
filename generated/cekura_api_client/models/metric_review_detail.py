from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_set_inline import TestSetInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "metric",
        "id",
        "test_set",
        "expected_value",
        "actual_value",
        "explanation",
        "feedback",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="MetricReviewDetail")


@_attrs_define
class MetricReviewDetail:
    metric: int
    id: int | Unset = UNSET
    test_set: TestSetInline | Unset = UNSET
    expected_value: Any | None | Unset = UNSET
    """
    Metric expected value
    Example:
    - `5` or `0`
    - `one`, `two` or `three` [ enum type ]
     """
    actual_value: Any | None | Unset = UNSET
    """
    Metric actual value
    Example:
    - `5` or `0`
    - `one`, `two` or `three` [ enum type ]
     """
    explanation: Any | Unset = UNSET
    """
    Metric explanation
    Example:
    ```json
    ["Agent failed to follow the opening script", "Missed key product information"]
    ```
     """
    feedback: str | Unset = UNSET
    """
    Metric feedback
    Example:
    - `"Great Call"`
     """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the metric review was created
    Example: `"2021-01-01T00:00:00Z"`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the metric review was last updated
    Example: `"2021-01-01T00:00:00Z"`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "metric": self.metric,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.test_set, Unset) and _response:
            field_dict["test_set"] = (
                self.test_set.to_dict()
                if type(self.test_set) is TestSetInline
                else written(self.test_set, "test_set", self)
            )
        if not isinstance(self.expected_value, Unset):
            field_dict["expected_value"] = self.expected_value
        if not isinstance(self.actual_value, Unset):
            field_dict["actual_value"] = self.actual_value
        if not isinstance(self.explanation, Unset):
            field_dict["explanation"] = self.explanation
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "metric"
            try:
                metric: Any = src_dict["metric"]
                if type(metric) is not int:
                    metric = checked(metric, (int,))
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "test_set"
            try:
                if "test_set" in src_dict:
                    test_set: Any = src_dict["test_set"]
                    _present += 1
                    test_set = TestSetInline.from_dict(test_set)
                else:
                    test_set = UNSET
            except FIELD_ERRORS as _error:
                test_set, _found = tolerated(src_dict, "test_set", _error, _found, "TestSetInline")

            _field = "expected_value"
            try:
                if "expected_value" in src_dict:
                    expected_value: Any = src_dict["expected_value"]
                    _present += 1

                else:
                    expected_value = UNSET
            except FIELD_ERRORS as _error:
                expected_value, _found = tolerated(src_dict, "expected_value", _error, _found, "Any | None")

            _field = "actual_value"
            try:
                if "actual_value" in src_dict:
                    actual_value: Any = src_dict["actual_value"]
                    _present += 1

                else:
                    actual_value = UNSET
            except FIELD_ERRORS as _error:
                actual_value, _found = tolerated(src_dict, "actual_value", _error, _found, "Any | None")

            _field = "explanation"
            try:
                if "explanation" in src_dict:
                    explanation: Any = src_dict["explanation"]
                    _present += 1

                else:
                    explanation = UNSET
            except FIELD_ERRORS as _error:
                explanation, _found = tolerated(src_dict, "explanation", _error, _found, "Any")

            _field = "feedback"
            try:
                if "feedback" in src_dict:
                    feedback: Any = src_dict["feedback"]
                    _present += 1
                    if type(feedback) is not str:
                        feedback = checked(feedback, (str,))
                else:
                    feedback = UNSET
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "str")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
                metric=metric,
                id=id,
                test_set=test_set,
                expected_value=expected_value,
                actual_value=actual_value,
                explanation=explanation,
                feedback=feedback,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except FIELD_ERRORS as error:
            raise failure(_field, error) from None
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, TestSetInline  # noqa: PLW0603
    from ..models.test_set_inline import TestSetInline  # noqa: PLC0415

    _imports_pending = False
