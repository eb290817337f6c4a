from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsightMetricConfig")


@_attrs_define
class InsightMetricConfig:
    """Request body for ``POST /metric-failure-mode-insights/metric-config/``."""

    project: int
    """ Project the metric belongs to. """
    metric: int
    """ Metric to enable or disable insights for. """
    enabled: bool
    """ Turn insights on or off for this metric. While on, each analysed failure consumes credits. """
    pass_conditions: Any | None | Unset = UNSET
    """ What counts as a passing call, as {"operator": "and", "conditions": [{"field", "op", "value"}]}. Calls that
    don't satisfy it are the failures insights investigate. Omit when enabling to accept the metric's default
    threshold. """
    triage_failure_limit: int | None | Unset = UNSET
    """ Maximum failed calls Insights analyses for this metric each day. Omit to keep the current limit; send null
    to analyse every failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        metric = self.metric

        enabled = self.enabled

        pass_conditions: Any | None | Unset
        if isinstance(self.pass_conditions, Unset):
            pass_conditions = UNSET
        else:
            pass_conditions = self.pass_conditions

        triage_failure_limit: int | None | Unset
        if isinstance(self.triage_failure_limit, Unset):
            triage_failure_limit = UNSET
        else:
            triage_failure_limit = self.triage_failure_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "metric": metric,
                "enabled": enabled,
            }
        )
        if pass_conditions is not UNSET:
            field_dict["pass_conditions"] = pass_conditions
        if triage_failure_limit is not UNSET:
            field_dict["triage_failure_limit"] = triage_failure_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "metric"
            metric = d.pop("metric")
            if not isinstance(metric, (int,)) or isinstance(metric, bool):
                expect(metric, (int,))

            _field = "enabled"
            enabled = d.pop("enabled")
            if not isinstance(enabled, (bool,)):
                expect(enabled, (bool,))

            _field = "pass_conditions"

            def _parse_pass_conditions(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            pass_conditions = _parse_pass_conditions(d.pop("pass_conditions", UNSET))

            _field = "triage_failure_limit"

            def _parse_triage_failure_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            triage_failure_limit = _parse_triage_failure_limit(d.pop("triage_failure_limit", UNSET))

            if not isinstance(triage_failure_limit, (int, type(None), Unset)) or isinstance(triage_failure_limit, bool):
                expect(triage_failure_limit, (int, type(None), Unset))

            insight_metric_config = cls(
                project=project,
                metric=metric,
                enabled=enabled,
                pass_conditions=pass_conditions,
                triage_failure_limit=triage_failure_limit,
            )

            insight_metric_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return insight_metric_config

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
