from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_preview_data import MetricPreviewData


_PROPERTIES: frozenset[str] = frozenset(
    {
        "metric_data",
        "agent_id",
        "project_id",
        "call_log_ids",
        "run_ids",
    }
)

T = TypeVar("T", bound="MetricPreview")


@_attrs_define
class MetricPreview:
    metric_data: MetricPreviewData
    """ Metric configuration to evaluate """
    agent_id: int | Unset = UNSET
    """ Agent ID - all call logs/runs must belong to this agent """
    project_id: int | Unset = UNSET
    """ Project ID - all call logs/runs must belong to this project """
    call_log_ids: list[int] | Unset = UNSET
    """ List of call log IDs to evaluate (maximum 10, required if run_ids not provided) """
    run_ids: list[int] | Unset = UNSET
    """ List of run IDs to evaluate (maximum 10, required if call_log_ids not provided) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "metric_data": self.metric_data.to_dict()
            if type(self.metric_data) is MetricPreviewData
            else written(self.metric_data, "metric_data", self),
        }
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.call_log_ids, Unset):
            field_dict["call_log_ids"] = self.call_log_ids
        if not isinstance(self.run_ids, Unset):
            field_dict["run_ids"] = self.run_ids
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "metric_data"
            try:
                metric_data: Any = src_dict["metric_data"]
                metric_data = MetricPreviewData.from_dict(metric_data)
            except FIELD_ERRORS as _error:
                metric_data, _found = tolerated(src_dict, "metric_data", _error, _found, "MetricPreviewData")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if type(agent_id) is not int:
                        agent_id = checked(agent_id, (int,))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "project_id"
            try:
                if "project_id" in src_dict:
                    project_id: Any = src_dict["project_id"]
                    _present += 1
                    if type(project_id) is not int:
                        project_id = checked(project_id, (int,))
                else:
                    project_id = UNSET
            except FIELD_ERRORS as _error:
                project_id, _found = tolerated(src_dict, "project_id", _error, _found, "int")

            _field = "call_log_ids"
            try:
                if "call_log_ids" in src_dict:
                    call_log_ids: Any = src_dict["call_log_ids"]
                    _present += 1
                    if type(call_log_ids) is not list:
                        call_log_ids = checked(call_log_ids, (list,))
                    for _item in call_log_ids:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    call_log_ids = UNSET
            except FIELD_ERRORS as _error:
                call_log_ids, _found = tolerated(
                    src_dict, "call_log_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "run_ids"
            try:
                if "run_ids" in src_dict:
                    run_ids: Any = src_dict["run_ids"]
                    _present += 1
                    if type(run_ids) is not list:
                        run_ids = checked(run_ids, (list,))
                    for _item in run_ids:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    run_ids = UNSET
            except FIELD_ERRORS as _error:
                run_ids, _found = tolerated(
                    src_dict, "run_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _instance = cls(
                metric_data=metric_data,
                agent_id=agent_id,
                project_id=project_id,
                call_log_ids=call_log_ids,
                run_ids=run_ids,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, MetricPreviewData  # noqa: PLW0603
    from ..models.metric_preview_data import MetricPreviewData  # noqa: PLC0415

    _imports_pending = False
