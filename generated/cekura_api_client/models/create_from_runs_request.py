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
    from ..models.metric_with_feedback import MetricWithFeedback


_PROPERTIES: frozenset[str] = frozenset(
    {
        "runs",
        "metrics",
        "agent",
        "project",
    }
)

T = TypeVar("T", bound="CreateFromRunsRequest")


@_attrs_define
class CreateFromRunsRequest:
    runs: Any
    """ Can be 'all', a positive integer (number of runs), or a list of run IDs """
    metrics: list[MetricWithFeedback]
    """ List of metrics with optional notes to include in the test set """
    agent: int | Unset = UNSET
    """ ID of the agent that owns the runs """
    project: int | Unset = UNSET
    """ ID of the project that owns the runs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "runs": self.runs,
            "metrics": [
                element.to_dict() if type(element) is MetricWithFeedback else written(element, "metrics", self)
                for element in self.metrics
            ]
            if type(self.metrics) is list
            else written(self.metrics, "metrics", self),
        }
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("runs", (None, form_text(self.runs, "runs"), "text/plain")))

        for metrics_item_element in self.metrics:
            files.append(("metrics", (None, json.dumps(metrics_item_element.to_dict()).encode(), "application/json")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

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
            _present = 2
            _field = "runs"
            try:
                runs: Any = src_dict["runs"]

            except FIELD_ERRORS as _error:
                runs, _found = tolerated(src_dict, "runs", _error, _found, "Any")

            _field = "metrics"
            try:
                metrics: Any = src_dict["metrics"]
                if type(metrics) is not list:
                    metrics = checked(metrics, (list,))
                metrics = [MetricWithFeedback.from_dict(element) for element in metrics]

            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(
                    src_dict,
                    "metrics",
                    _error,
                    _found,
                    "list[MetricWithFeedback]",
                    lambda element: MetricWithFeedback.from_dict(element),
                )

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _instance = cls(
                runs=runs,
                metrics=metrics,
                agent=agent,
                project=project,
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
    global _imports_pending, MetricWithFeedback  # noqa: PLW0603
    from ..models.metric_with_feedback import MetricWithFeedback  # noqa: PLC0415

    _imports_pending = False
