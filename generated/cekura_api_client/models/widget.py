from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.widget_aggregation_function_type_1 import WidgetAggregationFunctionType1
from ..models.widget_aggregation_function_type_2_type_1 import WidgetAggregationFunctionType2Type1
from ..models.widget_aggregation_function_type_3_type_1 import WidgetAggregationFunctionType3Type1
from ..models.widget_chart_type import WidgetChartType
from ..models.widget_data_type_type_1 import WidgetDataTypeType1
from ..models.widget_data_type_type_2_type_1 import WidgetDataTypeType2Type1
from ..models.widget_data_type_type_3_type_1 import WidgetDataTypeType3Type1
from ..models.widget_time_period_type_1 import WidgetTimePeriodType1
from ..models.widget_time_period_type_2_type_1 import WidgetTimePeriodType2Type1
from ..models.widget_time_period_type_3_type_1 import WidgetTimePeriodType3Type1
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_effective_filters import WidgetEffectiveFilters
    from ..models.widget_filters_type_0 import WidgetFiltersType0


_PROPERTIES: frozenset[str] = frozenset(
    {
        "chart_type",
        "id",
        "dashboard",
        "name",
        "filters",
        "effective_filters",
        "data_type",
        "field",
        "metric",
        "metric_name",
        "time_period",
        "aggregation_function",
        "group_by",
        "metadata",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="Widget")


@_attrs_define
class Widget:
    """Widget configuration. Key rules:
    - `line` / `pie`: set `field` only (e.g. `"duration"`, `"call_ended_reason"`). No aggregation needed.
    - `bar`: set `field` + `aggregation_function` (e.g. `"count"`) + `time_period` (e.g. `"day"`).
    - `stat`: leave `field` empty — returns total_calls, success_rate, avg_duration, p95_latency.
    - `field = "metric_evaluations.value"`: `metric` (integer metric ID) is **required**.
      Get valid IDs from `GET /test_framework/v1/metrics?agent_id=<id>`.
    - `effective_filters` (read-only): merged dashboard + widget filters — useful for debugging.

    """

    chart_type: WidgetChartType
    """ Type of chart to display

    * `line` - Line
    * `bar` - Bar
    * `pie` - Pie
    * `stat` - Stat """
    id: int | Unset = UNSET
    dashboard: int | None | Unset = UNSET
    """ Dashboard this widget belongs to """
    name: None | str | Unset = UNSET
    """ Optional name/title for the widget """
    filters: None | Unset | WidgetFiltersType0 = UNSET
    """ Filter conditions to scope the data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#filters) for supported fields, operators, and
    syntax. """
    effective_filters: WidgetEffectiveFilters | Unset = UNSET
    """ Merged filters from dashboard and widget (read-only). Can be used with the call logs API filters_v2
    parameter. """
    data_type: None | Unset | WidgetDataTypeType1 | WidgetDataTypeType2Type1 | WidgetDataTypeType3Type1 = UNSET
    """ Data type of the field being plotted (optional, can be inferred)

    * `numeric` - Numeric
    * `boolean` - Boolean
    * `string` - String
    * `datetime` - DateTime
    * `dynamic` - Dynamic """
    field: str | Unset = ""
    """ Field name to plot. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#supported-fields) for available fields, valid
    chart types, and aggregation combinations. """
    metric: int | None | Unset = UNSET
    """ Metric to use when field is 'metric_evaluations.value' """
    metric_name: str | Unset = UNSET
    """ Name of the metric (if metric is set) """
    time_period: None | Unset | WidgetTimePeriodType1 | WidgetTimePeriodType2Type1 | WidgetTimePeriodType3Type1 = UNSET
    """ Time period for aggregation (for bar charts)

    * `hour` - Hour
    * `day` - Day
    * `week` - Week
    * `month` - Month """
    aggregation_function: (
        None
        | Unset
        | WidgetAggregationFunctionType1
        | WidgetAggregationFunctionType2Type1
        | WidgetAggregationFunctionType3Type1
    ) = UNSET
    """ Aggregation function to apply (for bar charts)

    * `count` - Count
    * `sum` - Sum
    * `avg` - Average
    * `min` - Minimum
    * `max` - Maximum
    * `p50` - 50th Percentile (Median)
    * `p95` - 95th Percentile
    * `p99` - 99th Percentile """
    group_by: Any | None | Unset = UNSET
    """ Optional group-by configuration. Field group: `{"type": "field", "field": "agent.id"}`. Time bucket:
    `{"type": "bucket", "interval": 3600000}` (interval in milliseconds). Leave null or empty for no grouping. """
    metadata: Any | None | Unset = UNSET
    """ Frontend metadata (e.g., position, size, styling) """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the widget was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the widget was last updated """
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
        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, WidgetDataTypeType1):
            data_type = enum_value(WidgetDataTypeType1, self.data_type, "data_type")
        elif isinstance(self.data_type, WidgetDataTypeType2Type1):
            data_type = enum_value(WidgetDataTypeType2Type1, self.data_type, "data_type")
        elif isinstance(self.data_type, WidgetDataTypeType3Type1):
            data_type = enum_value(WidgetDataTypeType3Type1, self.data_type, "data_type")
        else:
            data_type = self.data_type

        time_period: None | str | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        elif isinstance(self.time_period, WidgetTimePeriodType1):
            time_period = enum_value(WidgetTimePeriodType1, self.time_period, "time_period")
        elif isinstance(self.time_period, WidgetTimePeriodType2Type1):
            time_period = enum_value(WidgetTimePeriodType2Type1, self.time_period, "time_period")
        elif isinstance(self.time_period, WidgetTimePeriodType3Type1):
            time_period = enum_value(WidgetTimePeriodType3Type1, self.time_period, "time_period")
        else:
            time_period = self.time_period

        aggregation_function: None | str | Unset
        if isinstance(self.aggregation_function, Unset):
            aggregation_function = UNSET
        elif isinstance(self.aggregation_function, WidgetAggregationFunctionType1):
            aggregation_function = enum_value(
                WidgetAggregationFunctionType1, self.aggregation_function, "aggregation_function"
            )
        elif isinstance(self.aggregation_function, WidgetAggregationFunctionType2Type1):
            aggregation_function = enum_value(
                WidgetAggregationFunctionType2Type1, self.aggregation_function, "aggregation_function"
            )
        elif isinstance(self.aggregation_function, WidgetAggregationFunctionType3Type1):
            aggregation_function = enum_value(
                WidgetAggregationFunctionType3Type1, self.aggregation_function, "aggregation_function"
            )
        else:
            aggregation_function = self.aggregation_function

        field_dict: dict[str, Any] = {
            "chart_type": self.chart_type._value_
            if type(self.chart_type) is WidgetChartType
            else enum_value(WidgetChartType, self.chart_type, "chart_type", self),
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.dashboard, Unset):
            field_dict["dashboard"] = self.dashboard
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.filters, Unset):
            field_dict["filters"] = (
                None
                if self.filters is None
                else self.filters.to_dict()
                if type(self.filters) is WidgetFiltersType0
                else written(self.filters, "filters", self)
            )
        if not isinstance(self.effective_filters, Unset) and _response:
            field_dict["effective_filters"] = (
                self.effective_filters.to_dict()
                if type(self.effective_filters) is WidgetEffectiveFilters
                else written(self.effective_filters, "effective_filters", self)
            )
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if not isinstance(self.field, Unset):
            field_dict["field"] = self.field
        if not isinstance(self.metric, Unset):
            field_dict["metric"] = self.metric
        if not isinstance(self.metric_name, Unset) and _response:
            field_dict["metric_name"] = self.metric_name
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if aggregation_function is not UNSET:
            field_dict["aggregation_function"] = aggregation_function
        if not isinstance(self.group_by, Unset):
            field_dict["group_by"] = self.group_by
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = self.metadata
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else None
                if self.created_at is None
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else None
                if self.updated_at is None
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        from ..models.widget_filters_type_0 import WidgetFiltersType0  # noqa: PLC0415

        files: types.RequestFiles = []

        files.append(
            (
                "chart_type",
                (None, str(enum_value(WidgetChartType, self.chart_type, "chart_type")).encode(), "text/plain"),
            )
        )

        if not isinstance(self.dashboard, Unset):
            if isinstance(self.dashboard, int):
                files.append(("dashboard", (None, str(self.dashboard).encode(), "text/plain")))
            else:
                files.append(("dashboard", (None, b"", "text/plain")))

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, b"", "text/plain")))

        if not isinstance(self.filters, Unset):
            if isinstance(self.filters, WidgetFiltersType0):
                files.append(("filters", (None, json.dumps(self.filters.to_dict()).encode(), "application/json")))
            else:
                files.append(("filters", (None, b"", "text/plain")))

        if not isinstance(self.data_type, Unset):
            if self.data_type is None:
                files.append(("data_type", (None, b"", "text/plain")))
            elif isinstance(self.data_type, WidgetDataTypeType1):
                files.append(
                    (
                        "data_type",
                        (
                            None,
                            str(enum_value(WidgetDataTypeType1, self.data_type, "data_type_type_1")).encode(),
                            "text/plain",
                        ),
                    )
                )
            elif isinstance(self.data_type, WidgetDataTypeType2Type1):
                files.append(
                    (
                        "data_type",
                        (
                            None,
                            str(
                                enum_value(WidgetDataTypeType2Type1, self.data_type, "data_type_type_2_type_1")
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "data_type",
                        (
                            None,
                            str(
                                enum_value(WidgetDataTypeType3Type1, self.data_type, "data_type_type_3_type_1")
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.field, Unset):
            files.append(("field", (None, str(self.field).encode(), "text/plain")))

        if not isinstance(self.metric, Unset):
            if isinstance(self.metric, int):
                files.append(("metric", (None, str(self.metric).encode(), "text/plain")))
            else:
                files.append(("metric", (None, b"", "text/plain")))

        if not isinstance(self.time_period, Unset):
            if self.time_period is None:
                files.append(("time_period", (None, b"", "text/plain")))
            elif isinstance(self.time_period, WidgetTimePeriodType1):
                files.append(
                    (
                        "time_period",
                        (
                            None,
                            str(enum_value(WidgetTimePeriodType1, self.time_period, "time_period_type_1")).encode(),
                            "text/plain",
                        ),
                    )
                )
            elif isinstance(self.time_period, WidgetTimePeriodType2Type1):
                files.append(
                    (
                        "time_period",
                        (
                            None,
                            str(
                                enum_value(WidgetTimePeriodType2Type1, self.time_period, "time_period_type_2_type_1")
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "time_period",
                        (
                            None,
                            str(
                                enum_value(WidgetTimePeriodType3Type1, self.time_period, "time_period_type_3_type_1")
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.aggregation_function, Unset):
            if self.aggregation_function is None:
                files.append(("aggregation_function", (None, b"", "text/plain")))
            elif isinstance(self.aggregation_function, WidgetAggregationFunctionType1):
                files.append(
                    (
                        "aggregation_function",
                        (
                            None,
                            str(
                                enum_value(
                                    WidgetAggregationFunctionType1,
                                    self.aggregation_function,
                                    "aggregation_function_type_1",
                                )
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )
            elif isinstance(self.aggregation_function, WidgetAggregationFunctionType2Type1):
                files.append(
                    (
                        "aggregation_function",
                        (
                            None,
                            str(
                                enum_value(
                                    WidgetAggregationFunctionType2Type1,
                                    self.aggregation_function,
                                    "aggregation_function_type_2_type_1",
                                )
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "aggregation_function",
                        (
                            None,
                            str(
                                enum_value(
                                    WidgetAggregationFunctionType3Type1,
                                    self.aggregation_function,
                                    "aggregation_function_type_3_type_1",
                                )
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.group_by, Unset):
            if isinstance(self.group_by, Any):
                files.append(("group_by", (None, form_text(self.group_by, "group_by"), "text/plain")))
            else:
                files.append(("group_by", (None, b"", "text/plain")))

        if not isinstance(self.metadata, Unset):
            if isinstance(self.metadata, Any):
                files.append(("metadata", (None, form_text(self.metadata, "metadata"), "text/plain")))
            else:
                files.append(("metadata", (None, b"", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

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
            _field = "chart_type"
            try:
                chart_type: Any = src_dict["chart_type"]
                chart_type = (
                    WidgetChartType._value2member_map_.get(chart_type) or WidgetChartType(chart_type)
                    if type(chart_type) is str
                    else checked(chart_type, (WidgetChartType,))
                )
            except FIELD_ERRORS as _error:
                chart_type, _found = tolerated(src_dict, "chart_type", _error, _found, "WidgetChartType")

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

            _field = "dashboard"
            try:
                if "dashboard" in src_dict:
                    dashboard: Any = src_dict["dashboard"]
                    _present += 1
                    if dashboard is not None:
                        if type(dashboard) is not int:
                            dashboard = checked(dashboard, (int, type(None)))
                else:
                    dashboard = UNSET
            except FIELD_ERRORS as _error:
                dashboard, _found = tolerated(src_dict, "dashboard", _error, _found, "int | None")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if name is not None:
                        if type(name) is not str:
                            name = checked(name, (str, type(None)))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "None | str")

            _field = "filters"
            try:
                if "filters" in src_dict:
                    filters: Any = src_dict["filters"]
                    _present += 1
                    if filters is not None:
                        filters = WidgetFiltersType0.from_dict(filters)
                else:
                    filters = UNSET
            except FIELD_ERRORS as _error:
                filters, _found = tolerated(src_dict, "filters", _error, _found, "None | WidgetFiltersType0")

            _field = "effective_filters"
            try:
                if "effective_filters" in src_dict:
                    effective_filters: Any = src_dict["effective_filters"]
                    _present += 1
                    effective_filters = WidgetEffectiveFilters.from_dict(effective_filters)
                else:
                    effective_filters = UNSET
            except FIELD_ERRORS as _error:
                effective_filters, _found = tolerated(
                    src_dict, "effective_filters", _error, _found, "WidgetEffectiveFilters"
                )

            _field = "data_type"
            try:

                def _parse_data_type(
                    data: object,
                ) -> None | Unset | WidgetDataTypeType1 | WidgetDataTypeType2Type1 | WidgetDataTypeType3Type1:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        data_type_type_1 = WidgetDataTypeType1(data)

                        return data_type_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        data_type_type_2_type_1 = WidgetDataTypeType2Type1(data)

                        return data_type_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        data_type_type_3_type_1 = WidgetDataTypeType3Type1(data)

                        return data_type_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None | Unset | WidgetDataTypeType1 | WidgetDataTypeType2Type1 | WidgetDataTypeType3Type1, data
                    )

                data_type = _parse_data_type(src_dict.get("data_type", UNSET))

                if not isinstance(
                    data_type,
                    (type(None), WidgetDataTypeType1, WidgetDataTypeType2Type1, WidgetDataTypeType3Type1, Unset),
                ):
                    expect(
                        data_type,
                        (type(None), WidgetDataTypeType1, WidgetDataTypeType2Type1, WidgetDataTypeType3Type1, Unset),
                    )
                if data_type is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                data_type, _found = tolerated(
                    src_dict,
                    "data_type",
                    _error,
                    _found,
                    "None | WidgetDataTypeType1 | WidgetDataTypeType2Type1 | WidgetDataTypeType3Type1",
                )

            _field = "field"
            try:
                if "field" in src_dict:
                    field: Any = src_dict["field"]
                    _present += 1
                    if type(field) is not str:
                        field = checked(field, (str,))
                else:
                    field = UNSET
            except FIELD_ERRORS as _error:
                field, _found = tolerated(src_dict, "field", _error, _found, "str")

            _field = "metric"
            try:
                if "metric" in src_dict:
                    metric: Any = src_dict["metric"]
                    _present += 1
                    if metric is not None:
                        if type(metric) is not int:
                            metric = checked(metric, (int, type(None)))
                else:
                    metric = UNSET
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int | None")

            _field = "metric_name"
            try:
                if "metric_name" in src_dict:
                    metric_name: Any = src_dict["metric_name"]
                    _present += 1
                    if type(metric_name) is not str:
                        metric_name = checked(metric_name, (str,))
                else:
                    metric_name = UNSET
            except FIELD_ERRORS as _error:
                metric_name, _found = tolerated(src_dict, "metric_name", _error, _found, "str")

            _field = "time_period"
            try:

                def _parse_time_period(
                    data: object,
                ) -> None | Unset | WidgetTimePeriodType1 | WidgetTimePeriodType2Type1 | WidgetTimePeriodType3Type1:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        time_period_type_1 = WidgetTimePeriodType1(data)

                        return time_period_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        time_period_type_2_type_1 = WidgetTimePeriodType2Type1(data)

                        return time_period_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        time_period_type_3_type_1 = WidgetTimePeriodType3Type1(data)

                        return time_period_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None | Unset | WidgetTimePeriodType1 | WidgetTimePeriodType2Type1 | WidgetTimePeriodType3Type1,
                        data,
                    )

                time_period = _parse_time_period(src_dict.get("time_period", UNSET))

                if not isinstance(
                    time_period,
                    (type(None), WidgetTimePeriodType1, WidgetTimePeriodType2Type1, WidgetTimePeriodType3Type1, Unset),
                ):
                    expect(
                        time_period,
                        (
                            type(None),
                            WidgetTimePeriodType1,
                            WidgetTimePeriodType2Type1,
                            WidgetTimePeriodType3Type1,
                            Unset,
                        ),
                    )
                if time_period is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                time_period, _found = tolerated(
                    src_dict,
                    "time_period",
                    _error,
                    _found,
                    "None | WidgetTimePeriodType1 | WidgetTimePeriodType2Type1 | WidgetTimePeriodType3Type1",
                )

            _field = "aggregation_function"
            try:

                def _parse_aggregation_function(
                    data: object,
                ) -> (
                    None
                    | Unset
                    | WidgetAggregationFunctionType1
                    | WidgetAggregationFunctionType2Type1
                    | WidgetAggregationFunctionType3Type1
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        aggregation_function_type_1 = WidgetAggregationFunctionType1(data)

                        return aggregation_function_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        aggregation_function_type_2_type_1 = WidgetAggregationFunctionType2Type1(data)

                        return aggregation_function_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        aggregation_function_type_3_type_1 = WidgetAggregationFunctionType3Type1(data)

                        return aggregation_function_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None
                        | Unset
                        | WidgetAggregationFunctionType1
                        | WidgetAggregationFunctionType2Type1
                        | WidgetAggregationFunctionType3Type1,
                        data,
                    )

                aggregation_function = _parse_aggregation_function(src_dict.get("aggregation_function", UNSET))

                if not isinstance(
                    aggregation_function,
                    (
                        type(None),
                        WidgetAggregationFunctionType1,
                        WidgetAggregationFunctionType2Type1,
                        WidgetAggregationFunctionType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        aggregation_function,
                        (
                            type(None),
                            WidgetAggregationFunctionType1,
                            WidgetAggregationFunctionType2Type1,
                            WidgetAggregationFunctionType3Type1,
                            Unset,
                        ),
                    )
                if aggregation_function is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                aggregation_function, _found = tolerated(
                    src_dict,
                    "aggregation_function",
                    _error,
                    _found,
                    "None | WidgetAggregationFunctionType1 | WidgetAggregationFunctionType2Type1 | WidgetAggregationFunctionType3Type1",
                )

            _field = "group_by"
            try:
                if "group_by" in src_dict:
                    group_by: Any = src_dict["group_by"]
                    _present += 1

                else:
                    group_by = UNSET
            except FIELD_ERRORS as _error:
                group_by, _found = tolerated(src_dict, "group_by", _error, _found, "Any | None")

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1

                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "Any | None")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if created_at is not None:
                        if type(created_at) is str:
                            try:
                                created_at = fromisoformat(created_at)
                            except ValueError:
                                created_at = parse_datetime(created_at)
                        else:
                            created_at = checked(created_at, (datetime.datetime, type(None)))
                            _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime | None")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if updated_at is not None:
                        if type(updated_at) is str:
                            try:
                                updated_at = fromisoformat(updated_at)
                            except ValueError:
                                updated_at = parse_datetime(updated_at)
                        else:
                            updated_at = checked(updated_at, (datetime.datetime, type(None)))
                            _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime | None")
                _updated_at_text = updated_at

            _instance = cls(
                chart_type=chart_type,
                id=id,
                dashboard=dashboard,
                name=name,
                filters=filters,
                effective_filters=effective_filters,
                data_type=data_type,
                field=field,
                metric=metric,
                metric_name=metric_name,
                time_period=time_period,
                aggregation_function=aggregation_function,
                group_by=group_by,
                metadata=metadata,
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
    global _imports_pending, WidgetEffectiveFilters, WidgetFiltersType0  # noqa: PLW0603
    from ..models.widget_effective_filters import WidgetEffectiveFilters  # noqa: PLC0415
    from ..models.widget_filters_type_0 import WidgetFiltersType0  # noqa: PLC0415

    _imports_pending = False
