from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenariosBulkDeleteRequest")


@_attrs_define
class ScenariosBulkDeleteRequest:
    scenarios: list[int]
    """ List of evaluator (scenario) IDs to soft-delete. """
    agent_id: int | Unset = UNSET
    """ Scope the permission check to a specific agent. Either this or project_id is required. """
    project_id: int | Unset = UNSET
    """ Scope the permission check to a specific project. Either this or agent_id is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenarios = self.scenarios

        agent_id = self.agent_id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarios": scenarios,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for scenarios_item_element in self.scenarios:
            files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios"))

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

            scenarios_bulk_delete_request = cls(
                scenarios=scenarios,
                agent_id=agent_id,
                project_id=project_id,
            )

            scenarios_bulk_delete_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_bulk_delete_request

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
