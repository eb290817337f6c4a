from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.critical_metric_scenario_priority import CriticalMetricScenarioPriority
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "scenario",
        "priority",
        "result",
        "call_log",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.scenario, Unset) and _response:
            field_dict["scenario"] = self.scenario
        if not isinstance(self.priority, Unset):
            field_dict["priority"] = (
                self.priority._value_
                if type(self.priority) is CriticalMetricScenarioPriority
                else enum_value(CriticalMetricScenarioPriority, self.priority, "priority", self)
            )
        if not isinstance(self.result, Unset):
            field_dict["result"] = self.result
        if not isinstance(self.call_log, Unset):
            field_dict["call_log"] = self.call_log
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.priority, Unset):
            files.append(
                (
                    "priority",
                    (
                        None,
                        str(enum_value(CriticalMetricScenarioPriority, self.priority, "priority")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.result, Unset):
            files.append(("result", (None, str(self.result).encode(), "text/plain")))

        if not isinstance(self.call_log, Unset):
            files.append(("call_log", (None, str(self.call_log).encode(), "text/plain")))

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

            _field = "scenario"
            try:
                if "scenario" in src_dict:
                    scenario: Any = src_dict["scenario"]
                    _present += 1
                    if type(scenario) is not str:
                        scenario = checked(scenario, (str,))
                else:
                    scenario = UNSET
            except FIELD_ERRORS as _error:
                scenario, _found = tolerated(src_dict, "scenario", _error, _found, "str")

            _field = "priority"
            try:
                if "priority" in src_dict:
                    priority: Any = src_dict["priority"]
                    _present += 1
                    priority = (
                        CriticalMetricScenarioPriority._value2member_map_.get(priority)
                        or CriticalMetricScenarioPriority(priority)
                        if type(priority) is str
                        else checked(priority, (CriticalMetricScenarioPriority,))
                    )
                else:
                    priority = UNSET
            except FIELD_ERRORS as _error:
                priority, _found = tolerated(src_dict, "priority", _error, _found, "CriticalMetricScenarioPriority")

            _field = "result"
            try:
                if "result" in src_dict:
                    result: Any = src_dict["result"]
                    _present += 1
                    if type(result) is not int:
                        result = checked(result, (int,))
                else:
                    result = UNSET
            except FIELD_ERRORS as _error:
                result, _found = tolerated(src_dict, "result", _error, _found, "int")

            _field = "call_log"
            try:
                if "call_log" in src_dict:
                    call_log: Any = src_dict["call_log"]
                    _present += 1
                    if type(call_log) is not int:
                        call_log = checked(call_log, (int,))
                else:
                    call_log = UNSET
            except FIELD_ERRORS as _error:
                call_log, _found = tolerated(src_dict, "call_log", _error, _found, "int")

            _instance = cls(
                id=id,
                scenario=scenario,
                priority=priority,
                result=result,
                call_log=call_log,
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
