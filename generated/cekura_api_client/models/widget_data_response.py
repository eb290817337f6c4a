from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_data_response_data_item import WidgetDataResponseDataItem
    from ..models.widget_data_response_metadata import WidgetDataResponseMetadata


T = TypeVar("T", bound="WidgetDataResponse")


@_attrs_define
class WidgetDataResponse:
    widget_id: int
    field_name: str
    chart_type: str
    data: list[WidgetDataResponseDataItem]
    """ Chart data. Format depends on `chart_type`:

    **Line chart:** `[{id, timestamp, value}, ...]`

    **Bar chart:** `[{time_interval, value, sample_count}, ...]`

    **Pie chart:** `[{label, value, percentage}, ...]`

    See the [Dashboards guide](https://docs.cekura.ai/documentation/guides/dashboards#chart-output-formats) for full
    examples. """
    aggregation_function: None | str
    time_period: None | str
    group_by: Any | None
    metadata: WidgetDataResponseMetadata
    """ Additional metadata about the plotted data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#widget-data) for details. """
    can_group_by: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widget_id = self.widget_id

        field_name = self.field_name

        chart_type = self.chart_type

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        aggregation_function: None | str
        aggregation_function = self.aggregation_function

        time_period: None | str
        time_period = self.time_period

        group_by: Any | None
        group_by = self.group_by

        metadata = self.metadata.to_dict()

        can_group_by = self.can_group_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widget_id": widget_id,
                "field_name": field_name,
                "chart_type": chart_type,
                "data": data,
                "aggregation_function": aggregation_function,
                "time_period": time_period,
                "group_by": group_by,
                "metadata": metadata,
            }
        )
        if can_group_by is not UNSET:
            field_dict["can_group_by"] = can_group_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_data_response_data_item import WidgetDataResponseDataItem  # noqa: PLC0415
        from ..models.widget_data_response_metadata import WidgetDataResponseMetadata  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "widget_id"
            widget_id = d.pop("widget_id")
            if not isinstance(widget_id, (int,)) or isinstance(widget_id, bool):
                expect(widget_id, (int,))

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
                data_item = WidgetDataResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

            if not isinstance(data, (list,)):
                expect(data, (list,))

            _field = "aggregation_function"

            def _parse_aggregation_function(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            aggregation_function = _parse_aggregation_function(d.pop("aggregation_function"))

            if not isinstance(aggregation_function, (str, type(None))):
                expect(aggregation_function, (str, type(None)))

            _field = "time_period"

            def _parse_time_period(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            time_period = _parse_time_period(d.pop("time_period"))

            if not isinstance(time_period, (str, type(None))):
                expect(time_period, (str, type(None)))

            _field = "group_by"

            def _parse_group_by(data: object) -> Any | None:
                if data is None:
                    return data
                return cast(Any | None, data)

            group_by = _parse_group_by(d.pop("group_by"))

            _field = "metadata"
            metadata = WidgetDataResponseMetadata.from_dict(d.pop("metadata"))

            if not isinstance(metadata, (WidgetDataResponseMetadata,)):
                expect(metadata, (WidgetDataResponseMetadata,))

            _field = "can_group_by"
            can_group_by = d.pop("can_group_by", UNSET)
            if not isinstance(can_group_by, (bool, Unset)):
                expect(can_group_by, (bool, Unset))

            widget_data_response = cls(
                widget_id=widget_id,
                field_name=field_name,
                chart_type=chart_type,
                data=data,
                aggregation_function=aggregation_function,
                time_period=time_period,
                group_by=group_by,
                metadata=metadata,
                can_group_by=can_group_by,
            )

            widget_data_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return widget_data_response

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
