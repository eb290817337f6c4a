from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_set_inline import TestSetInline


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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        metric = self.metric

        id = self.id

        test_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_set, Unset):
            test_set = self.test_set.to_dict()

        expected_value: Any | None | Unset
        if isinstance(self.expected_value, Unset):
            expected_value = UNSET
        else:
            expected_value = self.expected_value

        actual_value: Any | None | Unset
        if isinstance(self.actual_value, Unset):
            actual_value = UNSET
        else:
            actual_value = self.actual_value

        explanation = self.explanation

        feedback = self.feedback

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if test_set is not UNSET and _response:
            field_dict["test_set"] = test_set
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value
        if actual_value is not UNSET:
            field_dict["actual_value"] = actual_value
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_set_inline import TestSetInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metric"
            metric = d.pop("metric")
            if not isinstance(metric, (int,)) or isinstance(metric, bool):
                expect(metric, (int,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "test_set"
            _test_set = d.pop("test_set", UNSET)
            test_set: TestSetInline | Unset
            if isinstance(_test_set, Unset):
                test_set = UNSET
            else:
                test_set = TestSetInline.from_dict(_test_set)

            if not isinstance(test_set, (TestSetInline, Unset)):
                expect(test_set, (TestSetInline, Unset))

            _field = "expected_value"

            def _parse_expected_value(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            expected_value = _parse_expected_value(d.pop("expected_value", UNSET))

            _field = "actual_value"

            def _parse_actual_value(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            actual_value = _parse_actual_value(d.pop("actual_value", UNSET))

            _field = "explanation"
            explanation = d.pop("explanation", UNSET)

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            metric_review_detail = cls(
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

            metric_review_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_review_detail

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
