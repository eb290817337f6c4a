from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "widget_id": self.widget_id,
            "field_name": self.field_name,
            "chart_type": self.chart_type,
            "data": [
                element.to_dict() if type(element) is WidgetDataResponseDataItem else written(element, "data", self)
                for element in self.data
            ]
            if type(self.data) is list
            else written(self.data, "data", self),
            "aggregation_function": self.aggregation_function,
            "time_period": self.time_period,
            "group_by": self.group_by,
            "metadata": self.metadata.to_dict()
            if type(self.metadata) is WidgetDataResponseMetadata
            else written(self.metadata, "metadata", self),
        }
        if not isinstance(self.can_group_by, Unset):
            field_dict["can_group_by"] = self.can_group_by
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
            _present = 8
            _field = "widget_id"
            try:
                widget_id: Any = src_dict["widget_id"]
                if type(widget_id) is not int:
                    widget_id = checked(widget_id, (int,))
            except FIELD_ERRORS as _error:
                widget_id, _found = tolerated(src_dict, "widget_id", _error, _found, "int")

            _field = "field_name"
            try:
                field_name: Any = src_dict["field_name"]
                if type(field_name) is not str:
                    field_name = checked(field_name, (str,))
            except FIELD_ERRORS as _error:
                field_name, _found = tolerated(src_dict, "field_name", _error, _found, "str")

            _field = "chart_type"
            try:
                chart_type: Any = src_dict["chart_type"]
                if type(chart_type) is not str:
                    chart_type = checked(chart_type, (str,))
            except FIELD_ERRORS as _error:
                chart_type, _found = tolerated(src_dict, "chart_type", _error, _found, "str")

            _field = "data"
            try:
                data: Any = src_dict["data"]
                if type(data) is not list:
                    data = checked(data, (list,))
                data = [WidgetDataResponseDataItem.from_dict(element) for element in data]

            except FIELD_ERRORS as _error:
                data, _found = tolerated(
                    src_dict,
                    "data",
                    _error,
                    _found,
                    "list[WidgetDataResponseDataItem]",
                    lambda element: WidgetDataResponseDataItem.from_dict(element),
                )

            _field = "aggregation_function"
            try:
                aggregation_function: Any = src_dict["aggregation_function"]
                if aggregation_function is not None:
                    if type(aggregation_function) is not str:
                        aggregation_function = checked(aggregation_function, (str, type(None)))
            except FIELD_ERRORS as _error:
                aggregation_function, _found = tolerated(src_dict, "aggregation_function", _error, _found, "None | str")

            _field = "time_period"
            try:
                time_period: Any = src_dict["time_period"]
                if time_period is not None:
                    if type(time_period) is not str:
                        time_period = checked(time_period, (str, type(None)))
            except FIELD_ERRORS as _error:
                time_period, _found = tolerated(src_dict, "time_period", _error, _found, "None | str")

            _field = "group_by"
            try:
                group_by: Any = src_dict["group_by"]

            except FIELD_ERRORS as _error:
                group_by, _found = tolerated(src_dict, "group_by", _error, _found, "Any | None")

            _field = "metadata"
            try:
                metadata: Any = src_dict["metadata"]
                metadata = WidgetDataResponseMetadata.from_dict(metadata)
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "WidgetDataResponseMetadata")

            _field = "can_group_by"
            try:
                if "can_group_by" in src_dict:
                    can_group_by: Any = src_dict["can_group_by"]
                    _present += 1
                    if type(can_group_by) is not bool:
                        can_group_by = checked(can_group_by, (bool,))
                else:
                    can_group_by = UNSET
            except FIELD_ERRORS as _error:
                can_group_by, _found = tolerated(src_dict, "can_group_by", _error, _found, "bool")

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
    global _imports_pending, WidgetDataResponseDataItem, WidgetDataResponseMetadata  # noqa: PLW0603
    from ..models.widget_data_response_data_item import WidgetDataResponseDataItem  # noqa: PLC0415
    from ..models.widget_data_response_metadata import WidgetDataResponseMetadata  # noqa: PLC0415

    _imports_pending = False
