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

    def to_dict(self) -> dict[str, Any]:
        runs = self.runs

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        agent = self.agent

        project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runs": runs,
                "metrics": metrics,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("runs", (None, str(self.runs).encode(), "text/plain")))

        for metrics_item_element in self.metrics:
            files.append(("metrics", (None, json.dumps(metrics_item_element.to_dict()).encode(), "application/json")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_with_feedback import MetricWithFeedback  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "runs"
            runs = d.pop("runs")

            _field = "metrics"
            metrics = []
            _metrics = d.pop("metrics")
            for metrics_item_data in _metrics:
                metrics_item = MetricWithFeedback.from_dict(metrics_item_data)

                metrics.append(metrics_item)

            if not isinstance(metrics, (list,)):
                expect(metrics, (list,))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

            create_from_runs_request = cls(
                runs=runs,
                metrics=metrics,
                agent=agent,
                project=project,
            )

            create_from_runs_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return create_from_runs_request

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
