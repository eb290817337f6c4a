from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_critical_metric_category_priority import PatchedCriticalMetricCategoryPriority
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        metric = self.metric

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        category = self.category

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        result = self.result

        run = self.run

        call_log = self.call_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if metric is not UNSET and _response:
            field_dict["metric"] = metric
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if category is not UNSET and _response:
            field_dict["category"] = category
        if priority is not UNSET:
            field_dict["priority"] = priority
        if result is not UNSET:
            field_dict["result"] = result
        if run is not UNSET:
            field_dict["run"] = run
        if call_log is not UNSET:
            field_dict["call_log"] = call_log

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.priority, Unset):
            files.append(("priority", (None, str(self.priority.value).encode(), "text/plain")))

        if not isinstance(self.result, Unset):
            files.append(("result", (None, str(self.result).encode(), "text/plain")))

        if not isinstance(self.run, Unset):
            files.append(("run", (None, str(self.run).encode(), "text/plain")))

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

            _field = "metric"
            metric = d.pop("metric", UNSET)
            if not isinstance(metric, (int, Unset)) or isinstance(metric, bool):
                expect(metric, (int, Unset))

            _field = "agent"

            def _parse_agent(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            agent = _parse_agent(d.pop("agent", UNSET))

            if not isinstance(agent, (int, type(None), Unset)) or isinstance(agent, bool):
                expect(agent, (int, type(None), Unset))

            _field = "category"
            category = d.pop("category", UNSET)
            if not isinstance(category, (str, Unset)):
                expect(category, (str, Unset))

            _field = "priority"
            _priority = d.pop("priority", UNSET)
            priority: PatchedCriticalMetricCategoryPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = PatchedCriticalMetricCategoryPriority(_priority)

            if not isinstance(priority, (PatchedCriticalMetricCategoryPriority, Unset)):
                expect(priority, (PatchedCriticalMetricCategoryPriority, Unset))

            _field = "result"
            result = d.pop("result", UNSET)
            if not isinstance(result, (int, Unset)) or isinstance(result, bool):
                expect(result, (int, Unset))

            _field = "run"
            run = d.pop("run", UNSET)
            if not isinstance(run, (int, Unset)) or isinstance(run, bool):
                expect(run, (int, Unset))

            _field = "call_log"
            call_log = d.pop("call_log", UNSET)
            if not isinstance(call_log, (int, Unset)) or isinstance(call_log, bool):
                expect(call_log, (int, Unset))

            patched_critical_metric_category = cls(
                id=id,
                metric=metric,
                agent=agent,
                category=category,
                priority=priority,
                result=result,
                run=run,
                call_log=call_log,
            )

            patched_critical_metric_category.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_critical_metric_category

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
