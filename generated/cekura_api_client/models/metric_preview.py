from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_preview_data import MetricPreviewData


T = TypeVar("T", bound="MetricPreview")


@_attrs_define
class MetricPreview:
    metric_data: MetricPreviewData
    agent_id: int | Unset = UNSET
    """ Agent ID - all call logs/runs must belong to this agent """
    project_id: int | Unset = UNSET
    """ Project ID - all call logs/runs must belong to this project """
    call_log_ids: list[int] | Unset = UNSET
    """ List of call log IDs to evaluate (maximum 10, required if run_ids not provided) """
    run_ids: list[int] | Unset = UNSET
    """ List of run IDs to evaluate (maximum 10, required if call_log_ids not provided) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_data = self.metric_data.to_dict()

        agent_id = self.agent_id

        project_id = self.project_id

        call_log_ids: list[int] | Unset = UNSET
        if not isinstance(self.call_log_ids, Unset):
            call_log_ids = self.call_log_ids

        run_ids: list[int] | Unset = UNSET
        if not isinstance(self.run_ids, Unset):
            run_ids = self.run_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_data": metric_data,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if call_log_ids is not UNSET:
            field_dict["call_log_ids"] = call_log_ids
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_data", (None, json.dumps(self.metric_data.to_dict()).encode(), "application/json")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.call_log_ids, Unset):
            for call_log_ids_item_element in self.call_log_ids:
                files.append(("call_log_ids", (None, str(call_log_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.run_ids, Unset):
            for run_ids_item_element in self.run_ids:
                files.append(("run_ids", (None, str(run_ids_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_preview_data import MetricPreviewData  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metric_data"
            metric_data = MetricPreviewData.from_dict(d.pop("metric_data"))

            if not isinstance(metric_data, (MetricPreviewData,)):
                expect(metric_data, (MetricPreviewData,))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

            _field = "call_log_ids"
            call_log_ids = cast(list[int], d.pop("call_log_ids", UNSET))

            if not isinstance(call_log_ids, (list, Unset)):
                expect(call_log_ids, (list, Unset))

            _field = "run_ids"
            run_ids = cast(list[int], d.pop("run_ids", UNSET))

            if not isinstance(run_ids, (list, Unset)):
                expect(run_ids, (list, Unset))

            metric_preview = cls(
                metric_data=metric_data,
                agent_id=agent_id,
                project_id=project_id,
                call_log_ids=call_log_ids,
                run_ids=run_ids,
            )

            metric_preview.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_preview

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
