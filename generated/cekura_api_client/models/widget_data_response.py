from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_data_response_data_item import WidgetDataResponseDataItem
    from ..models.widget_data_response_metadata import WidgetDataResponseMetadata


_PROPERTIES: frozenset[str] = frozenset(
    {
        "widget_id",
        "field_name",
        "chart_type",
        "data",
        "aggregation_function",
        "time_period",
        "group_by",
        "metadata",
        "can_group_by",
    }
)

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
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "widget_id": self.widget_id,
            "field_name": self.field_name,
            "chart_type": self.chart_type,
            "data": [element.to_dict() for element in self.data],
            "aggregation_function": self.aggregation_function,
            "time_period": self.time_period,
            "group_by": self.group_by,
            "metadata": self.metadata.to_dict(),
        }
        if not isinstance(self.can_group_by, Unset):
            field_dict["can_group_by"] = self.can_group_by
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
            _present = 8
            _field = "widget_id"
            widget_id: Any = src_dict["widget_id"]
            if type(widget_id) is not int:
                widget_id = checked(widget_id, (int,))

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
            data = [WidgetDataResponseDataItem.from_dict(element) for element in data]

            _field = "aggregation_function"
            aggregation_function: Any = src_dict["aggregation_function"]
            if aggregation_function is not None:
                if type(aggregation_function) is not str:
                    aggregation_function = checked(aggregation_function, (str, type(None)))

            _field = "time_period"
            time_period: Any = src_dict["time_period"]
            if time_period is not None:
                if type(time_period) is not str:
                    time_period = checked(time_period, (str, type(None)))

            _field = "group_by"
            group_by: Any = src_dict["group_by"]

            _field = "metadata"
            metadata: Any = src_dict["metadata"]
            metadata = WidgetDataResponseMetadata.from_dict(metadata)

            _field = "can_group_by"
            if "can_group_by" in src_dict:
                can_group_by: Any = src_dict["can_group_by"]
                _present += 1
                if type(can_group_by) is not bool:
                    can_group_by = checked(can_group_by, (bool,))
            else:
                can_group_by = UNSET

            _instance = cls(
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
            if len(src_dict) != _present:
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
    global _imports_pending, WidgetDataResponseDataItem, WidgetDataResponseMetadata  # noqa: PLW0603
    from ..models.widget_data_response_data_item import WidgetDataResponseDataItem  # noqa: PLC0415
    from ..models.widget_data_response_metadata import WidgetDataResponseMetadata  # noqa: PLC0415

    _imports_pending = False
