from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        review_id = self.review_id

        test_set_id = self.test_set_id

        success = self.success

        actual_value: Any | None | Unset
        if isinstance(self.actual_value, Unset):
            actual_value = UNSET
        else:
            actual_value = self.actual_value

        explanation: Any | None | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review_id": review_id,
                "test_set_id": test_set_id,
                "success": success,
            }
        )
        if actual_value is not UNSET:
            field_dict["actual_value"] = actual_value
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "review_id"
            review_id = d.pop("review_id")
            if not isinstance(review_id, (int,)) or isinstance(review_id, bool):
                expect(review_id, (int,))

            _field = "test_set_id"
            test_set_id = d.pop("test_set_id")
            if not isinstance(test_set_id, (int,)) or isinstance(test_set_id, bool):
                expect(test_set_id, (int,))

            _field = "success"
            success = d.pop("success")
            if not isinstance(success, (bool,)):
                expect(success, (bool,))

            _field = "actual_value"

            def _parse_actual_value(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            actual_value = _parse_actual_value(d.pop("actual_value", UNSET))

            _field = "explanation"

            def _parse_explanation(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            explanation = _parse_explanation(d.pop("explanation", UNSET))

            _field = "error"

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error = _parse_error(d.pop("error", UNSET))

            if not isinstance(error, (str, type(None), Unset)):
                expect(error, (str, type(None), Unset))

            review_result = cls(
                review_id=review_id,
                test_set_id=test_set_id,
                success=success,
                actual_value=actual_value,
                explanation=explanation,
                error=error,
            )

            review_result.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return review_result

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
