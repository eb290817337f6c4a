from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricFailureModeInsightGenerate")


@_attrs_define
class MetricFailureModeInsightGenerate:
    """Request body for ``POST /metric-failure-mode-insights/generate/``."""

    project: int
    """ Project ID to generate insights for. """
    metric_name: str
    """ Metric display name — must match call_log.evaluation.metrics[].name. """
    metric: int | None | Unset = UNSET
    """ Custom Metric ID (omit for predefined metric). """
    predefined_metric: int | None | Unset = UNSET
    """ PredefinedMetric ID (omit for custom metric). """
    window_days: int | Unset = 1
    """ Deprecated — audits now always use the last 24 hours. """
    max_calls: int | None | Unset = UNSET
    """ Upper-bound ceiling on failing calls fed to the agent. Omit to audit every failing call in the 24h window up
    to 500. If the window exceeds the cap a random sample is taken. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        metric_name = self.metric_name

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

        window_days = self.window_days

        max_calls: int | None | Unset
        if isinstance(self.max_calls, Unset):
            max_calls = UNSET
        else:
            max_calls = self.max_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "metric_name": metric_name,
            }
        )
        if metric is not UNSET:
            field_dict["metric"] = metric
        if predefined_metric is not UNSET:
            field_dict["predefined_metric"] = predefined_metric
        if window_days is not UNSET:
            field_dict["window_days"] = window_days
        if max_calls is not UNSET:
            field_dict["max_calls"] = max_calls

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("metric_name", (None, str(self.metric_name).encode(), "text/plain")))

        if not isinstance(self.metric, Unset):
            if isinstance(self.metric, int):
                files.append(("metric", (None, str(self.metric).encode(), "text/plain")))
            else:
                files.append(("metric", (None, str(self.metric).encode(), "text/plain")))

        if not isinstance(self.predefined_metric, Unset):
            if isinstance(self.predefined_metric, int):
                files.append(("predefined_metric", (None, str(self.predefined_metric).encode(), "text/plain")))
            else:
                files.append(("predefined_metric", (None, str(self.predefined_metric).encode(), "text/plain")))

        if not isinstance(self.window_days, Unset):
            files.append(("window_days", (None, str(self.window_days).encode(), "text/plain")))

        if not isinstance(self.max_calls, Unset):
            if isinstance(self.max_calls, int):
                files.append(("max_calls", (None, str(self.max_calls).encode(), "text/plain")))
            else:
                files.append(("max_calls", (None, str(self.max_calls).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "metric_name"
            metric_name = d.pop("metric_name")
            if not isinstance(metric_name, (str,)):
                expect(metric_name, (str,))

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

            _field = "window_days"
            window_days = d.pop("window_days", UNSET)
            if not isinstance(window_days, (int, Unset)) or isinstance(window_days, bool):
                expect(window_days, (int, Unset))

            _field = "max_calls"

            def _parse_max_calls(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_calls = _parse_max_calls(d.pop("max_calls", UNSET))

            if not isinstance(max_calls, (int, type(None), Unset)) or isinstance(max_calls, bool):
                expect(max_calls, (int, type(None), Unset))

            metric_failure_mode_insight_generate = cls(
                project=project,
                metric_name=metric_name,
                metric=metric,
                predefined_metric=predefined_metric,
                window_days=window_days,
                max_calls=max_calls,
            )

            metric_failure_mode_insight_generate.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_failure_mode_insight_generate

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
