from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.usage_chart_response_data_item import UsageChartResponseDataItem
    from ..models.usage_chart_response_metadata import UsageChartResponseMetadata


_PROPERTIES: frozenset[str] = frozenset(
    {
        "field_name",
        "chart_type",
        "data",
        "aggregation_function",
        "time_period",
        "metadata",
    }
)

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
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "field_name": self.field_name,
            "chart_type": self.chart_type,
            "data": [element.to_dict() for element in self.data],
            "aggregation_function": self.aggregation_function,
            "time_period": self.time_period,
            "metadata": self.metadata.to_dict(),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "field_name"
            field_name: Any = src_dict["field_name"]
            if type(field_name) is not str:
                field_name = checked(field_name, (str,))

            _field = "chart_type"
            chart_type: Any = src_dict["chart_type"]
            if type(chart_type) is not str:
                chart_type = checked(chart_type, (str,))

            _field = "data"
            data: Any = src_dict["data"]
            if type(data) is not list:
                data = checked(data, (list,))
            data = [UsageChartResponseDataItem.from_dict(element) for element in data]

            _field = "aggregation_function"
            aggregation_function: Any = src_dict["aggregation_function"]
            if type(aggregation_function) is not str:
                aggregation_function = checked(aggregation_function, (str,))

            _field = "time_period"
            time_period: Any = src_dict["time_period"]
            if type(time_period) is not str:
                time_period = checked(time_period, (str,))

            _field = "metadata"
            metadata: Any = src_dict["metadata"]
            metadata = UsageChartResponseMetadata.from_dict(metadata)

            _instance = cls(
                field_name=field_name,
                chart_type=chart_type,
                data=data,
                aggregation_function=aggregation_function,
                time_period=time_period,
                metadata=metadata,
            )
            if len(src_dict) != 6:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
    global _imports_pending, UsageChartResponseDataItem, UsageChartResponseMetadata  # noqa: PLW0603
    from ..models.usage_chart_response_data_item import UsageChartResponseDataItem  # noqa: PLC0415
    from ..models.usage_chart_response_metadata import UsageChartResponseMetadata  # noqa: PLC0415

    _imports_pending = False
