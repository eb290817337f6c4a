from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project",
        "metric",
        "enabled",
        "pass_conditions",
        "triage_failure_limit",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "project": self.project,
            "metric": self.metric,
            "enabled": self.enabled,
        }
        if not isinstance(self.pass_conditions, Unset):
            field_dict["pass_conditions"] = self.pass_conditions
        if not isinstance(self.triage_failure_limit, Unset):
            field_dict["triage_failure_limit"] = self.triage_failure_limit
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
            _present = 3
            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "metric"
            try:
                metric: Any = src_dict["metric"]
                if type(metric) is not int:
                    metric = checked(metric, (int,))
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

            _field = "enabled"
            try:
                enabled: Any = src_dict["enabled"]
                if type(enabled) is not bool:
                    enabled = checked(enabled, (bool,))
            except FIELD_ERRORS as _error:
                enabled, _found = tolerated(src_dict, "enabled", _error, _found, "bool")

            _field = "pass_conditions"
            try:
                if "pass_conditions" in src_dict:
                    pass_conditions: Any = src_dict["pass_conditions"]
                    _present += 1

                else:
                    pass_conditions = UNSET
            except FIELD_ERRORS as _error:
                pass_conditions, _found = tolerated(src_dict, "pass_conditions", _error, _found, "Any | None")

            _field = "triage_failure_limit"
            try:
                if "triage_failure_limit" in src_dict:
                    triage_failure_limit: Any = src_dict["triage_failure_limit"]
                    _present += 1
                    if triage_failure_limit is not None:
                        if type(triage_failure_limit) is not int:
                            triage_failure_limit = checked(triage_failure_limit, (int, type(None)))
                else:
                    triage_failure_limit = UNSET
            except FIELD_ERRORS as _error:
                triage_failure_limit, _found = tolerated(src_dict, "triage_failure_limit", _error, _found, "int | None")

            _instance = cls(
                project=project,
                metric=metric,
                enabled=enabled,
                pass_conditions=pass_conditions,
                triage_failure_limit=triage_failure_limit,
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
