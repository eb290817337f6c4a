from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.critical_metric_scenario_priority import CriticalMetricScenarioPriority
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="CriticalMetricScenario")


@_attrs_define
class CriticalMetricScenario:
    id: int | Unset = UNSET
    scenario: str | Unset = UNSET
    """ Name of the scenario """
    priority: CriticalMetricScenarioPriority | Unset = UNSET
    """ Priority of the Critical Metric Scenario

    * `critical` - Critical
    * `non-critical` - Non Critical
    * `not_a_bug` - Not A Bug """
    result: int | Unset = UNSET
    call_log: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        scenario = self.scenario

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        result = self.result

        call_log = self.call_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if scenario is not UNSET and _response:
            field_dict["scenario"] = scenario
        if priority is not UNSET:
            field_dict["priority"] = priority
        if result is not UNSET:
            field_dict["result"] = result
        if call_log is not UNSET:
            field_dict["call_log"] = call_log

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.priority, Unset):
            files.append(("priority", (None, str(self.priority.value).encode(), "text/plain")))

        if not isinstance(self.result, Unset):
            files.append(("result", (None, str(self.result).encode(), "text/plain")))

        if not isinstance(self.call_log, Unset):
            files.append(("call_log", (None, str(self.call_log).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "scenario"
            scenario = d.pop("scenario", UNSET)
            if not isinstance(scenario, (str, Unset)):
                expect(scenario, (str, Unset))

            _field = "priority"
            _priority = d.pop("priority", UNSET)
            priority: CriticalMetricScenarioPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = CriticalMetricScenarioPriority(_priority)

            if not isinstance(priority, (CriticalMetricScenarioPriority, Unset)):
                expect(priority, (CriticalMetricScenarioPriority, Unset))

            _field = "result"
            result = d.pop("result", UNSET)
            if not isinstance(result, (int, Unset)) or isinstance(result, bool):
                expect(result, (int, Unset))

            _field = "call_log"
            call_log = d.pop("call_log", UNSET)
            if not isinstance(call_log, (int, Unset)) or isinstance(call_log, bool):
                expect(call_log, (int, Unset))

            critical_metric_scenario = cls(
                id=id,
                scenario=scenario,
                priority=priority,
                result=result,
                call_log=call_log,
            )

            critical_metric_scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return critical_metric_scenario

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
