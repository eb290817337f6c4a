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
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_effective_filters import WidgetEffectiveFilters
    from ..models.widget_filters_type_0 import WidgetFiltersType0


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.widget_filters_type_0 import WidgetFiltersType0  # noqa: PLC0415

        _response = not building_request()
        chart_type = self.chart_type.value

        id = self.id

        dashboard: int | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = self.dashboard

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, WidgetFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        effective_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_filters, Unset):
            effective_filters = self.effective_filters.to_dict()

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, WidgetDataTypeType1):
            data_type = self.data_type.value
        elif isinstance(self.data_type, WidgetDataTypeType2Type1):
            data_type = self.data_type.value
        elif isinstance(self.data_type, WidgetDataTypeType3Type1):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        field = self.field

        metric: int | None | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

        metric_name = self.metric_name

        time_period: None | str | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        elif isinstance(self.time_period, WidgetTimePeriodType1):
            time_period = self.time_period.value
        elif isinstance(self.time_period, WidgetTimePeriodType2Type1):
            time_period = self.time_period.value
        elif isinstance(self.time_period, WidgetTimePeriodType3Type1):
            time_period = self.time_period.value
        else:
            time_period = self.time_period

        aggregation_function: None | str | Unset
        if isinstance(self.aggregation_function, Unset):
            aggregation_function = UNSET
        elif isinstance(self.aggregation_function, WidgetAggregationFunctionType1):
            aggregation_function = self.aggregation_function.value
        elif isinstance(self.aggregation_function, WidgetAggregationFunctionType2Type1):
            aggregation_function = self.aggregation_function.value
        elif isinstance(self.aggregation_function, WidgetAggregationFunctionType3Type1):
            aggregation_function = self.aggregation_function.value
        else:
            aggregation_function = self.aggregation_function

        group_by: Any | None | Unset
        if isinstance(self.group_by, Unset):
            group_by = UNSET
        else:
            group_by = self.group_by

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chart_type": chart_type,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if name is not UNSET:
            field_dict["name"] = name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if effective_filters is not UNSET and _response:
            field_dict["effective_filters"] = effective_filters
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if field is not UNSET:
            field_dict["field"] = field
        if metric is not UNSET:
            field_dict["metric"] = metric
        if metric_name is not UNSET and _response:
            field_dict["metric_name"] = metric_name
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if aggregation_function is not UNSET:
            field_dict["aggregation_function"] = aggregation_function
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        from ..models.widget_filters_type_0 import WidgetFiltersType0  # noqa: PLC0415

        files: types.RequestFiles = []

        files.append(("chart_type", (None, str(self.chart_type.value).encode(), "text/plain")))

        if not isinstance(self.dashboard, Unset):
            if isinstance(self.dashboard, int):
                files.append(("dashboard", (None, str(self.dashboard).encode(), "text/plain")))
            else:
                files.append(("dashboard", (None, str(self.dashboard).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.filters, Unset):
            if isinstance(self.filters, WidgetFiltersType0):
                files.append(("filters", (None, json.dumps(self.filters.to_dict()).encode(), "application/json")))
            else:
                files.append(("filters", (None, str(self.filters).encode(), "text/plain")))

        if not isinstance(self.data_type, Unset):
            if self.data_type is None:
                files.append(("data_type", (None, str(self.data_type).encode(), "text/plain")))
            elif isinstance(self.data_type, WidgetDataTypeType1):
                files.append(("data_type", (None, str(self.data_type.value).encode(), "text/plain")))
            elif isinstance(self.data_type, WidgetDataTypeType2Type1):
                files.append(("data_type", (None, str(self.data_type.value).encode(), "text/plain")))
            else:
                files.append(("data_type", (None, str(self.data_type.value).encode(), "text/plain")))

        if not isinstance(self.field, Unset):
            files.append(("field", (None, str(self.field).encode(), "text/plain")))

        if not isinstance(self.metric, Unset):
            if isinstance(self.metric, int):
                files.append(("metric", (None, str(self.metric).encode(), "text/plain")))
            else:
                files.append(("metric", (None, str(self.metric).encode(), "text/plain")))

        if not isinstance(self.time_period, Unset):
            if self.time_period is None:
                files.append(("time_period", (None, str(self.time_period).encode(), "text/plain")))
            elif isinstance(self.time_period, WidgetTimePeriodType1):
                files.append(("time_period", (None, str(self.time_period.value).encode(), "text/plain")))
            elif isinstance(self.time_period, WidgetTimePeriodType2Type1):
                files.append(("time_period", (None, str(self.time_period.value).encode(), "text/plain")))
            else:
                files.append(("time_period", (None, str(self.time_period.value).encode(), "text/plain")))

        if not isinstance(self.aggregation_function, Unset):
            if self.aggregation_function is None:
                files.append(("aggregation_function", (None, str(self.aggregation_function).encode(), "text/plain")))
            elif isinstance(self.aggregation_function, WidgetAggregationFunctionType1):
                files.append(
                    ("aggregation_function", (None, str(self.aggregation_function.value).encode(), "text/plain"))
                )
            elif isinstance(self.aggregation_function, WidgetAggregationFunctionType2Type1):
                files.append(
                    ("aggregation_function", (None, str(self.aggregation_function.value).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("aggregation_function", (None, str(self.aggregation_function.value).encode(), "text/plain"))
                )

        if not isinstance(self.group_by, Unset):
            if isinstance(self.group_by, Any):
                files.append(("group_by", (None, str(self.group_by).encode(), "text/plain")))
            else:
                files.append(("group_by", (None, str(self.group_by).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            if isinstance(self.metadata, Any):
                files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))
            else:
                files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_effective_filters import WidgetEffectiveFilters  # noqa: PLC0415
        from ..models.widget_filters_type_0 import WidgetFiltersType0  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "chart_type"
            chart_type = WidgetChartType(d.pop("chart_type"))

            if not isinstance(chart_type, (WidgetChartType,)):
                expect(chart_type, (WidgetChartType,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "dashboard"

            def _parse_dashboard(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            dashboard = _parse_dashboard(d.pop("dashboard", UNSET))

            if not isinstance(dashboard, (int, type(None), Unset)) or isinstance(dashboard, bool):
                expect(dashboard, (int, type(None), Unset))

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

            if not isinstance(name, (str, type(None), Unset)):
                expect(name, (str, type(None), Unset))

            _field = "filters"

            def _parse_filters(data: object) -> None | Unset | WidgetFiltersType0:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_type_0 = WidgetFiltersType0.from_dict(data)

                    return filters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | Unset | WidgetFiltersType0, data)

            filters = _parse_filters(d.pop("filters", UNSET))

            if not isinstance(filters, (WidgetFiltersType0, type(None), Unset)):
                expect(filters, (WidgetFiltersType0, type(None), Unset))

            _field = "effective_filters"
            _effective_filters = d.pop("effective_filters", UNSET)
            effective_filters: WidgetEffectiveFilters | Unset
            if isinstance(_effective_filters, Unset):
                effective_filters = UNSET
            else:
                effective_filters = WidgetEffectiveFilters.from_dict(_effective_filters)

            if not isinstance(effective_filters, (WidgetEffectiveFilters, Unset)):
                expect(effective_filters, (WidgetEffectiveFilters, Unset))

            _field = "data_type"

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

            data_type = _parse_data_type(d.pop("data_type", UNSET))

            if not isinstance(
                data_type, (type(None), WidgetDataTypeType1, WidgetDataTypeType2Type1, WidgetDataTypeType3Type1, Unset)
            ):
                expect(
                    data_type,
                    (type(None), WidgetDataTypeType1, WidgetDataTypeType2Type1, WidgetDataTypeType3Type1, Unset),
                )

            _field = "field"
            field = d.pop("field", UNSET)
            if not isinstance(field, (str, Unset)):
                expect(field, (str, Unset))

            _field = "metric"

            def _parse_metric(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            metric = _parse_metric(d.pop("metric", UNSET))

            if not isinstance(metric, (int, type(None), Unset)) or isinstance(metric, bool):
                expect(metric, (int, type(None), Unset))

            _field = "metric_name"
            metric_name = d.pop("metric_name", UNSET)
            if not isinstance(metric_name, (str, Unset)):
                expect(metric_name, (str, Unset))

            _field = "time_period"

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
                    None | Unset | WidgetTimePeriodType1 | WidgetTimePeriodType2Type1 | WidgetTimePeriodType3Type1, data
                )

            time_period = _parse_time_period(d.pop("time_period", UNSET))

            if not isinstance(
                time_period,
                (type(None), WidgetTimePeriodType1, WidgetTimePeriodType2Type1, WidgetTimePeriodType3Type1, Unset),
            ):
                expect(
                    time_period,
                    (type(None), WidgetTimePeriodType1, WidgetTimePeriodType2Type1, WidgetTimePeriodType3Type1, Unset),
                )

            _field = "aggregation_function"

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

            aggregation_function = _parse_aggregation_function(d.pop("aggregation_function", UNSET))

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

            _field = "group_by"

            def _parse_group_by(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            group_by = _parse_group_by(d.pop("group_by", UNSET))

            _field = "metadata"

            def _parse_metadata(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = parse_datetime(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            if not isinstance(created_at, (datetime.datetime, type(None), Unset)):
                expect(created_at, (datetime.datetime, type(None), Unset))

            _field = "updated_at"

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = parse_datetime(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

            if not isinstance(updated_at, (datetime.datetime, type(None), Unset)):
                expect(updated_at, (datetime.datetime, type(None), Unset))

            widget = cls(
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

            widget.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return widget

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
