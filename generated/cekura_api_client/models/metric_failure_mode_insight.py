from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_failure_mode_insight_status import MetricFailureModeInsightStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricFailureModeInsight")


@_attrs_define
class MetricFailureModeInsight:
    """Insight row exposed to the Observability → Insights UI."""

    id: int | Unset = UNSET
    project: int | Unset = UNSET
    metric: int | None | Unset = UNSET
    predefined_metric: int | None | Unset = UNSET
    metric_name: str | Unset = UNSET
    is_triage: bool | Unset = UNSET
    """ Derived live from the metric's current Insights opt-in + failure
    criteria (not persisted) — the FE renders a metric's insight card only
    when this is true. """
    window_start: datetime.datetime | Unset = UNSET
    window_end: datetime.datetime | Unset = UNSET
    num_calls_analyzed: int | Unset = UNSET
    total_failures_in_window: int | Unset = UNSET
    status: MetricFailureModeInsightStatus | Unset = UNSET
    """ * `pending` - Pending
    * `running` - Running
    * `succeeded` - Succeeded
    * `failed` - Failed
    * `skipped_no_failures` - Skipped No Failures """
    headline: str | Unset = UNSET
    overall_status_emoji: str | Unset = UNSET
    failure_modes: Any | Unset = UNSET
    error_message: str | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        project = self.project

        metric: int | None | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

        predefined_metric: int | None | Unset
        if isinstance(self.predefined_metric, Unset):
            predefined_metric = UNSET
        else:
            predefined_metric = self.predefined_metric

        metric_name = self.metric_name

        is_triage = self.is_triage

        window_start: str | Unset = UNSET
        if not isinstance(self.window_start, Unset):
            window_start = self.window_start.isoformat().replace("+00:00", "Z")

        window_end: str | Unset = UNSET
        if not isinstance(self.window_end, Unset):
            window_end = self.window_end.isoformat().replace("+00:00", "Z")

        num_calls_analyzed = self.num_calls_analyzed

        total_failures_in_window = self.total_failures_in_window

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        headline = self.headline

        overall_status_emoji = self.overall_status_emoji

        failure_modes = self.failure_modes

        error_message = self.error_message

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if project is not UNSET and _response:
            field_dict["project"] = project
        if metric is not UNSET and _response:
            field_dict["metric"] = metric
        if predefined_metric is not UNSET and _response:
            field_dict["predefined_metric"] = predefined_metric
        if metric_name is not UNSET and _response:
            field_dict["metric_name"] = metric_name
        if is_triage is not UNSET and _response:
            field_dict["is_triage"] = is_triage
        if window_start is not UNSET and _response:
            field_dict["window_start"] = window_start
        if window_end is not UNSET and _response:
            field_dict["window_end"] = window_end
        if num_calls_analyzed is not UNSET and _response:
            field_dict["num_calls_analyzed"] = num_calls_analyzed
        if total_failures_in_window is not UNSET and _response:
            field_dict["total_failures_in_window"] = total_failures_in_window
        if status is not UNSET and _response:
            field_dict["status"] = status
        if headline is not UNSET and _response:
            field_dict["headline"] = headline
        if overall_status_emoji is not UNSET and _response:
            field_dict["overall_status_emoji"] = overall_status_emoji
        if failure_modes is not UNSET and _response:
            field_dict["failure_modes"] = failure_modes
        if error_message is not UNSET and _response:
            field_dict["error_message"] = error_message
        if duration_seconds is not UNSET and _response:
            field_dict["duration_seconds"] = duration_seconds
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

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

            _field = "predefined_metric"

            def _parse_predefined_metric(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            predefined_metric = _parse_predefined_metric(d.pop("predefined_metric", UNSET))

            if not isinstance(predefined_metric, (int, type(None), Unset)) or isinstance(predefined_metric, bool):
                expect(predefined_metric, (int, type(None), Unset))

            _field = "metric_name"
            metric_name = d.pop("metric_name", UNSET)
            if not isinstance(metric_name, (str, Unset)):
                expect(metric_name, (str, Unset))

            _field = "is_triage"
            is_triage = d.pop("is_triage", UNSET)
            if not isinstance(is_triage, (bool, Unset)):
                expect(is_triage, (bool, Unset))

            _field = "window_start"
            _window_start = d.pop("window_start", UNSET)
            window_start: datetime.datetime | Unset
            if isinstance(_window_start, Unset):
                window_start = UNSET
            else:
                window_start = parse_datetime(_window_start)

            if not isinstance(window_start, (datetime.datetime, Unset)):
                expect(window_start, (datetime.datetime, Unset))

            _field = "window_end"
            _window_end = d.pop("window_end", UNSET)
            window_end: datetime.datetime | Unset
            if isinstance(_window_end, Unset):
                window_end = UNSET
            else:
                window_end = parse_datetime(_window_end)

            if not isinstance(window_end, (datetime.datetime, Unset)):
                expect(window_end, (datetime.datetime, Unset))

            _field = "num_calls_analyzed"
            num_calls_analyzed = d.pop("num_calls_analyzed", UNSET)
            if not isinstance(num_calls_analyzed, (int, Unset)) or isinstance(num_calls_analyzed, bool):
                expect(num_calls_analyzed, (int, Unset))

            _field = "total_failures_in_window"
            total_failures_in_window = d.pop("total_failures_in_window", UNSET)
            if not isinstance(total_failures_in_window, (int, Unset)) or isinstance(total_failures_in_window, bool):
                expect(total_failures_in_window, (int, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: MetricFailureModeInsightStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = MetricFailureModeInsightStatus(_status)

            if not isinstance(status, (MetricFailureModeInsightStatus, Unset)):
                expect(status, (MetricFailureModeInsightStatus, Unset))

            _field = "headline"
            headline = d.pop("headline", UNSET)
            if not isinstance(headline, (str, Unset)):
                expect(headline, (str, Unset))

            _field = "overall_status_emoji"
            overall_status_emoji = d.pop("overall_status_emoji", UNSET)
            if not isinstance(overall_status_emoji, (str, Unset)):
                expect(overall_status_emoji, (str, Unset))

            _field = "failure_modes"
            failure_modes = d.pop("failure_modes", UNSET)

            _field = "error_message"
            error_message = d.pop("error_message", UNSET)
            if not isinstance(error_message, (str, Unset)):
                expect(error_message, (str, Unset))

            _field = "duration_seconds"

            def _parse_duration_seconds(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

            if not isinstance(duration_seconds, (float, int, type(None), Unset)) or isinstance(duration_seconds, bool):
                expect(duration_seconds, (float, int, type(None), Unset))

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

            metric_failure_mode_insight = cls(
                id=id,
                project=project,
                metric=metric,
                predefined_metric=predefined_metric,
                metric_name=metric_name,
                is_triage=is_triage,
                window_start=window_start,
                window_end=window_end,
                num_calls_analyzed=num_calls_analyzed,
                total_failures_in_window=total_failures_in_window,
                status=status,
                headline=headline,
                overall_status_emoji=overall_status_emoji,
                failure_modes=failure_modes,
                error_message=error_message,
                duration_seconds=duration_seconds,
                created_at=created_at,
                updated_at=updated_at,
            )

            metric_failure_mode_insight.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_failure_mode_insight

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
