from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_critical_metric_category_priority import PatchedCriticalMetricCategoryPriority
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "metric",
        "agent",
        "category",
        "priority",
        "result",
        "run",
        "call_log",
    }
)

T = TypeVar("T", bound="PatchedCriticalMetricCategory")


@_attrs_define
class PatchedCriticalMetricCategory:
    id: int | Unset = UNSET
    metric: int | Unset = UNSET
    agent: int | None | Unset = UNSET
    category: str | Unset = UNSET
    priority: PatchedCriticalMetricCategoryPriority | Unset = UNSET
    """ * `critical` - Critical
    * `non-critical` - Non Critical
    * `not_a_bug` - Not A Bug """
    result: int | Unset = UNSET
    run: int | Unset = UNSET
    call_log: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.metric, Unset) and _response:
            field_dict["metric"] = self.metric
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.category, Unset) and _response:
            field_dict["category"] = self.category
        if not isinstance(self.priority, Unset):
            field_dict["priority"] = (
                self.priority._value_
                if type(self.priority) is PatchedCriticalMetricCategoryPriority
                else enum_value(PatchedCriticalMetricCategoryPriority, self.priority, "priority", self)
            )
        if not isinstance(self.result, Unset):
            field_dict["result"] = self.result
        if not isinstance(self.run, Unset):
            field_dict["run"] = self.run
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
                        str(enum_value(PatchedCriticalMetricCategoryPriority, self.priority, "priority")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.result, Unset):
            files.append(("result", (None, str(self.result).encode(), "text/plain")))

        if not isinstance(self.run, Unset):
            files.append(("run", (None, str(self.run).encode(), "text/plain")))

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

            _field = "metric"
            try:
                if "metric" in src_dict:
                    metric: Any = src_dict["metric"]
                    _present += 1
                    if type(metric) is not int:
                        metric = checked(metric, (int,))
                else:
                    metric = UNSET
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if agent is not None:
                        if type(agent) is not int:
                            agent = checked(agent, (int, type(None)))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int | None")

            _field = "category"
            try:
                if "category" in src_dict:
                    category: Any = src_dict["category"]
                    _present += 1
                    if type(category) is not str:
                        category = checked(category, (str,))
                else:
                    category = UNSET
            except FIELD_ERRORS as _error:
                category, _found = tolerated(src_dict, "category", _error, _found, "str")

            _field = "priority"
            try:
                if "priority" in src_dict:
                    priority: Any = src_dict["priority"]
                    _present += 1
                    priority = (
                        PatchedCriticalMetricCategoryPriority._value2member_map_.get(priority)
                        or PatchedCriticalMetricCategoryPriority(priority)
                        if type(priority) is str
                        else checked(priority, (PatchedCriticalMetricCategoryPriority,))
                    )
                else:
                    priority = UNSET
            except FIELD_ERRORS as _error:
                priority, _found = tolerated(
                    src_dict, "priority", _error, _found, "PatchedCriticalMetricCategoryPriority"
                )

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

            _field = "run"
            try:
                if "run" in src_dict:
                    run: Any = src_dict["run"]
                    _present += 1
                    if type(run) is not int:
                        run = checked(run, (int,))
                else:
                    run = UNSET
            except FIELD_ERRORS as _error:
                run, _found = tolerated(src_dict, "run", _error, _found, "int")

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
                metric=metric,
                agent=agent,
                category=category,
                priority=priority,
                result=result,
                run=run,
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
