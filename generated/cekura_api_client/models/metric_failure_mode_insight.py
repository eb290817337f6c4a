from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_failure_mode_insight_status import MetricFailureModeInsightStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "project",
        "metric",
        "predefined_metric",
        "metric_name",
        "is_triage",
        "window_start",
        "window_end",
        "num_calls_analyzed",
        "total_failures_in_window",
        "status",
        "headline",
        "overall_status_emoji",
        "failure_modes",
        "error_message",
        "duration_seconds",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.project, Unset) and _response:
            field_dict["project"] = self.project
        if not isinstance(self.metric, Unset) and _response:
            field_dict["metric"] = self.metric
        if not isinstance(self.predefined_metric, Unset) and _response:
            field_dict["predefined_metric"] = self.predefined_metric
        if not isinstance(self.metric_name, Unset) and _response:
            field_dict["metric_name"] = self.metric_name
        if not isinstance(self.is_triage, Unset) and _response:
            field_dict["is_triage"] = self.is_triage
        if not isinstance(self.window_start, Unset) and _response:
            field_dict["window_start"] = (
                _wire[1]
                if _wire is not None and self.window_start is _wire[0]
                else self.window_start.isoformat().replace("+00:00", "Z")
                if type(self.window_start) is datetime.datetime
                else iso_datetime(self.window_start, "window_start", self)
            )
        if not isinstance(self.window_end, Unset) and _response:
            field_dict["window_end"] = (
                _wire[3]
                if _wire is not None and self.window_end is _wire[2]
                else self.window_end.isoformat().replace("+00:00", "Z")
                if type(self.window_end) is datetime.datetime
                else iso_datetime(self.window_end, "window_end", self)
            )
        if not isinstance(self.num_calls_analyzed, Unset) and _response:
            field_dict["num_calls_analyzed"] = self.num_calls_analyzed
        if not isinstance(self.total_failures_in_window, Unset) and _response:
            field_dict["total_failures_in_window"] = self.total_failures_in_window
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is MetricFailureModeInsightStatus
                else enum_value(MetricFailureModeInsightStatus, self.status, "status", self)
            )
        if not isinstance(self.headline, Unset) and _response:
            field_dict["headline"] = self.headline
        if not isinstance(self.overall_status_emoji, Unset) and _response:
            field_dict["overall_status_emoji"] = self.overall_status_emoji
        if not isinstance(self.failure_modes, Unset) and _response:
            field_dict["failure_modes"] = self.failure_modes
        if not isinstance(self.error_message, Unset) and _response:
            field_dict["error_message"] = self.error_message
        if not isinstance(self.duration_seconds, Unset) and _response:
            field_dict["duration_seconds"] = self.duration_seconds
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[5]
                if _wire is not None and self.created_at is _wire[4]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[7]
                if _wire is not None and self.updated_at is _wire[6]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
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

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

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

            _field = "predefined_metric"
            try:
                if "predefined_metric" in src_dict:
                    predefined_metric: Any = src_dict["predefined_metric"]
                    _present += 1
                    if predefined_metric is not None:
                        if type(predefined_metric) is not int:
                            predefined_metric = checked(predefined_metric, (int, type(None)))
                else:
                    predefined_metric = UNSET
            except FIELD_ERRORS as _error:
                predefined_metric, _found = tolerated(src_dict, "predefined_metric", _error, _found, "int | None")

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

            _field = "is_triage"
            try:
                if "is_triage" in src_dict:
                    is_triage: Any = src_dict["is_triage"]
                    _present += 1
                    if type(is_triage) is not bool:
                        is_triage = checked(is_triage, (bool,))
                else:
                    is_triage = UNSET
            except FIELD_ERRORS as _error:
                is_triage, _found = tolerated(src_dict, "is_triage", _error, _found, "bool")

            _field = "window_start"
            try:
                if "window_start" in src_dict:
                    window_start: Any = src_dict["window_start"]
                    _window_start_text = window_start
                    _present += 1
                    if type(window_start) is str:
                        try:
                            window_start = fromisoformat(window_start)
                        except ValueError:
                            window_start = parse_datetime(window_start)
                    else:
                        window_start = checked(window_start, (datetime.datetime,))
                        _window_start_text = window_start.isoformat().replace("+00:00", "Z")
                else:
                    window_start = _window_start_text = UNSET
            except FIELD_ERRORS as _error:
                window_start, _found = tolerated(src_dict, "window_start", _error, _found, "datetime.datetime")
                _window_start_text = window_start

            _field = "window_end"
            try:
                if "window_end" in src_dict:
                    window_end: Any = src_dict["window_end"]
                    _window_end_text = window_end
                    _present += 1
                    if type(window_end) is str:
                        try:
                            window_end = fromisoformat(window_end)
                        except ValueError:
                            window_end = parse_datetime(window_end)
                    else:
                        window_end = checked(window_end, (datetime.datetime,))
                        _window_end_text = window_end.isoformat().replace("+00:00", "Z")
                else:
                    window_end = _window_end_text = UNSET
            except FIELD_ERRORS as _error:
                window_end, _found = tolerated(src_dict, "window_end", _error, _found, "datetime.datetime")
                _window_end_text = window_end

            _field = "num_calls_analyzed"
            try:
                if "num_calls_analyzed" in src_dict:
                    num_calls_analyzed: Any = src_dict["num_calls_analyzed"]
                    _present += 1
                    if type(num_calls_analyzed) is not int:
                        num_calls_analyzed = checked(num_calls_analyzed, (int,))
                else:
                    num_calls_analyzed = UNSET
            except FIELD_ERRORS as _error:
                num_calls_analyzed, _found = tolerated(src_dict, "num_calls_analyzed", _error, _found, "int")

            _field = "total_failures_in_window"
            try:
                if "total_failures_in_window" in src_dict:
                    total_failures_in_window: Any = src_dict["total_failures_in_window"]
                    _present += 1
                    if type(total_failures_in_window) is not int:
                        total_failures_in_window = checked(total_failures_in_window, (int,))
                else:
                    total_failures_in_window = UNSET
            except FIELD_ERRORS as _error:
                total_failures_in_window, _found = tolerated(
                    src_dict, "total_failures_in_window", _error, _found, "int"
                )

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        MetricFailureModeInsightStatus._value2member_map_.get(status)
                        or MetricFailureModeInsightStatus(status)
                        if type(status) is str
                        else checked(status, (MetricFailureModeInsightStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "MetricFailureModeInsightStatus")

            _field = "headline"
            try:
                if "headline" in src_dict:
                    headline: Any = src_dict["headline"]
                    _present += 1
                    if type(headline) is not str:
                        headline = checked(headline, (str,))
                else:
                    headline = UNSET
            except FIELD_ERRORS as _error:
                headline, _found = tolerated(src_dict, "headline", _error, _found, "str")

            _field = "overall_status_emoji"
            try:
                if "overall_status_emoji" in src_dict:
                    overall_status_emoji: Any = src_dict["overall_status_emoji"]
                    _present += 1
                    if type(overall_status_emoji) is not str:
                        overall_status_emoji = checked(overall_status_emoji, (str,))
                else:
                    overall_status_emoji = UNSET
            except FIELD_ERRORS as _error:
                overall_status_emoji, _found = tolerated(src_dict, "overall_status_emoji", _error, _found, "str")

            _field = "failure_modes"
            try:
                if "failure_modes" in src_dict:
                    failure_modes: Any = src_dict["failure_modes"]
                    _present += 1

                else:
                    failure_modes = UNSET
            except FIELD_ERRORS as _error:
                failure_modes, _found = tolerated(src_dict, "failure_modes", _error, _found, "Any")

            _field = "error_message"
            try:
                if "error_message" in src_dict:
                    error_message: Any = src_dict["error_message"]
                    _present += 1
                    if type(error_message) is not str:
                        error_message = checked(error_message, (str,))
                else:
                    error_message = UNSET
            except FIELD_ERRORS as _error:
                error_message, _found = tolerated(src_dict, "error_message", _error, _found, "str")

            _field = "duration_seconds"
            try:
                if "duration_seconds" in src_dict:
                    duration_seconds: Any = src_dict["duration_seconds"]
                    _present += 1
                    if duration_seconds is not None:
                        if type(duration_seconds) is not float:
                            duration_seconds = checked(duration_seconds, (float, int, type(None)))
                else:
                    duration_seconds = UNSET
            except FIELD_ERRORS as _error:
                duration_seconds, _found = tolerated(src_dict, "duration_seconds", _error, _found, "float | None")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
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
            _instance._wire_text = (
                window_start,
                _window_start_text,
                window_end,
                _window_end_text,
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
