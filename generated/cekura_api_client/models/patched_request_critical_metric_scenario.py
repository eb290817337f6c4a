from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_request_critical_metric_scenario_priority import PatchedRequestCriticalMetricScenarioPriority
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedRequestCriticalMetricScenario")


@_attrs_define
class PatchedRequestCriticalMetricScenario:
    priority: PatchedRequestCriticalMetricScenarioPriority | Unset = UNSET
    """ Priority of the Critical Metric Scenario

    * `critical` - Critical
    * `non-critical` - Non Critical
    * `not_a_bug` - Not A Bug """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.priority, Unset):
            files.append(("priority", (None, str(self.priority.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "priority"
            _priority = d.pop("priority", UNSET)
            priority: PatchedRequestCriticalMetricScenarioPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = PatchedRequestCriticalMetricScenarioPriority(_priority)

            if not isinstance(priority, (PatchedRequestCriticalMetricScenarioPriority, Unset)):
                expect(priority, (PatchedRequestCriticalMetricScenarioPriority, Unset))

            patched_request_critical_metric_scenario = cls(
                priority=priority,
            )

            patched_request_critical_metric_scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_request_critical_metric_scenario

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
