from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.usage_chart_response_data_item import UsageChartResponseDataItem
    from ..models.usage_chart_response_metadata import UsageChartResponseMetadata


T = TypeVar("T", bound="UsageChartResponse")


@_attrs_define
class UsageChartResponse:
    field_name: str
    chart_type: str
    data: list[UsageChartResponseDataItem]
    aggregation_function: str
    time_period: str
    metadata: UsageChartResponseMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        chart_type = self.chart_type

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        aggregation_function = self.aggregation_function

        time_period = self.time_period

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_name": field_name,
                "chart_type": chart_type,
                "data": data,
                "aggregation_function": aggregation_function,
                "time_period": time_period,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_chart_response_data_item import UsageChartResponseDataItem  # noqa: PLC0415
        from ..models.usage_chart_response_metadata import UsageChartResponseMetadata  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "field_name"
            field_name = d.pop("field_name")
            if not isinstance(field_name, (str,)):
                expect(field_name, (str,))

            _field = "chart_type"
            chart_type = d.pop("chart_type")
            if not isinstance(chart_type, (str,)):
                expect(chart_type, (str,))

            _field = "data"
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = UsageChartResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

            if not isinstance(data, (list,)):
                expect(data, (list,))

            _field = "aggregation_function"
            aggregation_function = d.pop("aggregation_function")
            if not isinstance(aggregation_function, (str,)):
                expect(aggregation_function, (str,))

            _field = "time_period"
            time_period = d.pop("time_period")
            if not isinstance(time_period, (str,)):
                expect(time_period, (str,))

            _field = "metadata"
            metadata = UsageChartResponseMetadata.from_dict(d.pop("metadata"))

            if not isinstance(metadata, (UsageChartResponseMetadata,)):
                expect(metadata, (UsageChartResponseMetadata,))

            usage_chart_response = cls(
                field_name=field_name,
                chart_type=chart_type,
                data=data,
                aggregation_function=aggregation_function,
                time_period=time_period,
                metadata=metadata,
            )

            usage_chart_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return usage_chart_response

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
