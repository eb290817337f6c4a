from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.call_log_list_serializer_metrics_with_explanation import CallLogListSerializerMetricsWithExplanation


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    metrics: list[CallLogListSerializerMetricsWithExplanation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_log_list_serializer_metrics_with_explanation import (
            CallLogListSerializerMetricsWithExplanation,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metrics"
            metrics = []
            _metrics = d.pop("metrics")
            for metrics_item_data in _metrics:
                metrics_item = CallLogListSerializerMetricsWithExplanation.from_dict(metrics_item_data)

                metrics.append(metrics_item)

            if not isinstance(metrics, (list,)):
                expect(metrics, (list,))

            evaluation = cls(
                metrics=metrics,
            )

            evaluation.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return evaluation

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
