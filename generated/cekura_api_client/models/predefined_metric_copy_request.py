from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PredefinedMetricCopyRequest")


@_attrs_define
class PredefinedMetricCopyRequest:
    predefined_metric_ids: list[int] | Unset = UNSET
    """ IDs of the predefined metrics to attach. Get these from the predefined metrics list. """
    metric_codes: list[str] | Unset = UNSET
    """ Codes of the predefined metrics to attach. Provide this or predefined_metric_ids. """
    project_id: int | Unset = UNSET
    """ Project to attach the metrics to. Provide either project_id or agent_id, not both. """
    agent_id: int | Unset = UNSET
    """ Agent to attach the metrics to. Provide either project_id or agent_id, not both. """
    scenarios: list[int] | Unset = UNSET
    """ Optional scenario IDs to scope the metrics to (max 1000). Omit to apply across the target. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predefined_metric_ids: list[int] | Unset = UNSET
        if not isinstance(self.predefined_metric_ids, Unset):
            predefined_metric_ids = self.predefined_metric_ids

        metric_codes: list[str] | Unset = UNSET
        if not isinstance(self.metric_codes, Unset):
            metric_codes = self.metric_codes

        project_id = self.project_id

        agent_id = self.agent_id

        scenarios: list[int] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = self.scenarios

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if predefined_metric_ids is not UNSET:
            field_dict["predefined_metric_ids"] = predefined_metric_ids
        if metric_codes is not UNSET:
            field_dict["metric_codes"] = metric_codes
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.predefined_metric_ids, Unset):
            for predefined_metric_ids_item_element in self.predefined_metric_ids:
                files.append(
                    ("predefined_metric_ids", (None, str(predefined_metric_ids_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.metric_codes, Unset):
            for metric_codes_item_element in self.metric_codes:
                files.append(("metric_codes", (None, str(metric_codes_item_element).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            for scenarios_item_element in self.scenarios:
                files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "predefined_metric_ids"
            predefined_metric_ids = cast(list[int], d.pop("predefined_metric_ids", UNSET))

            if not isinstance(predefined_metric_ids, (list, Unset)):
                expect(predefined_metric_ids, (list, Unset))

            _field = "metric_codes"
            metric_codes = cast(list[str], d.pop("metric_codes", UNSET))

            if not isinstance(metric_codes, (list, Unset)):
                expect(metric_codes, (list, Unset))

            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios", UNSET))

            if not isinstance(scenarios, (list, Unset)):
                expect(scenarios, (list, Unset))

            predefined_metric_copy_request = cls(
                predefined_metric_ids=predefined_metric_ids,
                metric_codes=metric_codes,
                project_id=project_id,
                agent_id=agent_id,
                scenarios=scenarios,
            )

            predefined_metric_copy_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return predefined_metric_copy_request

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
