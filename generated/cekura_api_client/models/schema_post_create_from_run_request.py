from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_with_feedback import MetricWithFeedback


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

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        project = self.project

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "metrics": metrics,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name

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
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_with_feedback import MetricWithFeedback  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "run_id"
            run_id = d.pop("run_id")
            if not isinstance(run_id, (int,)) or isinstance(run_id, bool):
                expect(run_id, (int,))

            _field = "metrics"
            metrics = []
            _metrics = d.pop("metrics")
            for metrics_item_data in _metrics:
                metrics_item = MetricWithFeedback.from_dict(metrics_item_data)

                metrics.append(metrics_item)

            if not isinstance(metrics, (list,)):
                expect(metrics, (list,))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            schema_post_create_from_run_request = cls(
                run_id=run_id,
                metrics=metrics,
                project=project,
                name=name,
            )

            schema_post_create_from_run_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_post_create_from_run_request

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
