from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.bulk_agent_assignment_mode import BulkAgentAssignmentMode
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="BulkAgentAssignment")


@_attrs_define
class BulkAgentAssignment:
    project_id: int
    """ Project ID for permission checks and validation """
    metric_ids: list[int]
    """ List of metric IDs to update """
    agent_ids: list[int]
    """ List of agent IDs to enable or disable """
    mode: BulkAgentAssignmentMode
    """ Mode: 'enable' to add agents, 'disable' to remove agents

    * `enable` - enable
    * `disable` - disable """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        metric_ids = self.metric_ids

        agent_ids = self.agent_ids

        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "metric_ids": metric_ids,
                "agent_ids": agent_ids,
                "mode": mode,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        for metric_ids_item_element in self.metric_ids:
            files.append(("metric_ids", (None, str(metric_ids_item_element).encode(), "text/plain")))

        for agent_ids_item_element in self.agent_ids:
            files.append(("agent_ids", (None, str(agent_ids_item_element).encode(), "text/plain")))

        files.append(("mode", (None, str(self.mode.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project_id"
            project_id = d.pop("project_id")
            if not isinstance(project_id, (int,)) or isinstance(project_id, bool):
                expect(project_id, (int,))

            _field = "metric_ids"
            metric_ids = cast(list[int], d.pop("metric_ids"))

            if not isinstance(metric_ids, (list,)):
                expect(metric_ids, (list,))

            _field = "agent_ids"
            agent_ids = cast(list[int], d.pop("agent_ids"))

            if not isinstance(agent_ids, (list,)):
                expect(agent_ids, (list,))

            _field = "mode"
            mode = BulkAgentAssignmentMode(d.pop("mode"))

            if not isinstance(mode, (BulkAgentAssignmentMode,)):
                expect(mode, (BulkAgentAssignmentMode,))

            bulk_agent_assignment = cls(
                project_id=project_id,
                metric_ids=metric_ids,
                agent_ids=agent_ids,
                mode=mode,
            )

            bulk_agent_assignment.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_agent_assignment

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
