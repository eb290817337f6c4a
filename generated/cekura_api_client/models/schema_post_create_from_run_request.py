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
        "run_id",
        "metrics",
        "project",
        "name",
    }
)

T = TypeVar("T", bound="SchemaPostCreateFromRunRequest")


@_attrs_define
class SchemaPostCreateFromRunRequest:
    run_id: int
    """ ID of the run to create test set from """
    metrics: list[MetricWithFeedback]
    """ List of metrics with optional notes to include in the test set """
    project: int | Unset = UNSET
    """ ID of the project that owns the run """
    name: str | Unset = ""
    """ Optional name for the test set. If not provided, run ID will be used """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "run_id": self.run_id,
            "metrics": [
                element.to_dict() if type(element) is MetricWithFeedback else written(element, "metrics", self)
                for element in self.metrics
            ]
            if type(self.metrics) is list
            else written(self.metrics, "metrics", self),
        }
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("run_id", (None, str(self.run_id).encode(), "text/plain")))

        for metrics_item_element in self.metrics:
            files.append(("metrics", (None, json.dumps(metrics_item_element.to_dict()).encode(), "application/json")))

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

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
            _field = "run_id"
            try:
                run_id: Any = src_dict["run_id"]
                if type(run_id) is not int:
                    run_id = checked(run_id, (int,))
            except FIELD_ERRORS as _error:
                run_id, _found = tolerated(src_dict, "run_id", _error, _found, "int")

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

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _instance = cls(
                run_id=run_id,
                metrics=metrics,
                project=project,
                name=name,
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
