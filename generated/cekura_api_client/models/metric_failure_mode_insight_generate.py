from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project",
        "metric_name",
        "metric",
        "predefined_metric",
        "window_days",
        "max_calls",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "project": self.project,
            "metric_name": self.metric_name,
        }
        if not isinstance(self.metric, Unset):
            field_dict["metric"] = self.metric
        if not isinstance(self.predefined_metric, Unset):
            field_dict["predefined_metric"] = self.predefined_metric
        if not isinstance(self.window_days, Unset):
            field_dict["window_days"] = self.window_days
        if not isinstance(self.max_calls, Unset):
            field_dict["max_calls"] = self.max_calls
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("metric_name", (None, str(self.metric_name).encode(), "text/plain")))

        if not isinstance(self.metric, Unset):
            if isinstance(self.metric, int):
                files.append(("metric", (None, str(self.metric).encode(), "text/plain")))
            else:
                files.append(("metric", (None, b"", "text/plain")))

        if not isinstance(self.predefined_metric, Unset):
            if isinstance(self.predefined_metric, int):
                files.append(("predefined_metric", (None, str(self.predefined_metric).encode(), "text/plain")))
            else:
                files.append(("predefined_metric", (None, b"", "text/plain")))

        if not isinstance(self.window_days, Unset):
            files.append(("window_days", (None, str(self.window_days).encode(), "text/plain")))

        if not isinstance(self.max_calls, Unset):
            if isinstance(self.max_calls, int):
                files.append(("max_calls", (None, str(self.max_calls).encode(), "text/plain")))
            else:
                files.append(("max_calls", (None, b"", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "metric_name"
            try:
                metric_name: Any = src_dict["metric_name"]
                if type(metric_name) is not str:
                    metric_name = checked(metric_name, (str,))
            except FIELD_ERRORS as _error:
                metric_name, _found = tolerated(src_dict, "metric_name", _error, _found, "str")

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

            _field = "window_days"
            try:
                if "window_days" in src_dict:
                    window_days: Any = src_dict["window_days"]
                    _present += 1
                    if type(window_days) is not int:
                        window_days = checked(window_days, (int,))
                else:
                    window_days = UNSET
            except FIELD_ERRORS as _error:
                window_days, _found = tolerated(src_dict, "window_days", _error, _found, "int")

            _field = "max_calls"
            try:
                if "max_calls" in src_dict:
                    max_calls: Any = src_dict["max_calls"]
                    _present += 1
                    if max_calls is not None:
                        if type(max_calls) is not int:
                            max_calls = checked(max_calls, (int, type(None)))
                else:
                    max_calls = UNSET
            except FIELD_ERRORS as _error:
                max_calls, _found = tolerated(src_dict, "max_calls", _error, _found, "int | None")

            _instance = cls(
                project=project,
                metric_name=metric_name,
                metric=metric,
                predefined_metric=predefined_metric,
                window_days=window_days,
                max_calls=max_calls,
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
