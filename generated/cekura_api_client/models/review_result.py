from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "review_id",
        "test_set_id",
        "success",
        "actual_value",
        "explanation",
        "error",
    }
)

T = TypeVar("T", bound="ReviewResult")


@_attrs_define
class ReviewResult:
    review_id: int
    test_set_id: int
    success: bool
    actual_value: Any | None | Unset = UNSET
    explanation: Any | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "review_id": self.review_id,
            "test_set_id": self.test_set_id,
            "success": self.success,
        }
        if not isinstance(self.actual_value, Unset):
            field_dict["actual_value"] = self.actual_value
        if not isinstance(self.explanation, Unset):
            field_dict["explanation"] = self.explanation
        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "review_id"
            try:
                review_id: Any = src_dict["review_id"]
                if type(review_id) is not int:
                    review_id = checked(review_id, (int,))
            except FIELD_ERRORS as _error:
                review_id, _found = tolerated(src_dict, "review_id", _error, _found, "int")

            _field = "test_set_id"
            try:
                test_set_id: Any = src_dict["test_set_id"]
                if type(test_set_id) is not int:
                    test_set_id = checked(test_set_id, (int,))
            except FIELD_ERRORS as _error:
                test_set_id, _found = tolerated(src_dict, "test_set_id", _error, _found, "int")

            _field = "success"
            try:
                success: Any = src_dict["success"]
                if type(success) is not bool:
                    success = checked(success, (bool,))
            except FIELD_ERRORS as _error:
                success, _found = tolerated(src_dict, "success", _error, _found, "bool")

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
                explanation, _found = tolerated(src_dict, "explanation", _error, _found, "Any | None")

            _field = "error"
            try:
                if "error" in src_dict:
                    error: Any = src_dict["error"]
                    _present += 1
                    if error is not None:
                        if type(error) is not str:
                            error = checked(error, (str, type(None)))
                else:
                    error = UNSET
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "None | str")

            _instance = cls(
                review_id=review_id,
                test_set_id=test_set_id,
                success=success,
                actual_value=actual_value,
                explanation=explanation,
                error=error,
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
