from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateScenariosRequest")


@_attrs_define
class DuplicateScenariosRequest:
    project: int
    """ Project ID containing the source evaluators. """
    copy_to_project: int
    """ Destination project ID in the same organization. """
    scenarios: list[int]
    """ IDs of the evaluators to duplicate. """
    scenario_agent: int | Unset = UNSET
    """ Optional destination agent ID. It must belong to the destination project. """
    folder_path: str | Unset = UNSET
    """ Destination folder path. Created when it does not already exist. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        copy_to_project = self.copy_to_project

        scenarios = self.scenarios

        scenario_agent = self.scenario_agent

        folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "copy_to_project": copy_to_project,
                "scenarios": scenarios,
            }
        )
        if scenario_agent is not UNSET:
            field_dict["scenario_agent"] = scenario_agent
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("copy_to_project", (None, str(self.copy_to_project).encode(), "text/plain")))

        for scenarios_item_element in self.scenarios:
            files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        if not isinstance(self.scenario_agent, Unset):
            files.append(("scenario_agent", (None, str(self.scenario_agent).encode(), "text/plain")))

        if not isinstance(self.folder_path, Unset):
            files.append(("folder_path", (None, str(self.folder_path).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "copy_to_project"
            copy_to_project = d.pop("copy_to_project")
            if not isinstance(copy_to_project, (int,)) or isinstance(copy_to_project, bool):
                expect(copy_to_project, (int,))

            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios"))

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "scenario_agent"
            scenario_agent = d.pop("scenario_agent", UNSET)
            if not isinstance(scenario_agent, (int, Unset)) or isinstance(scenario_agent, bool):
                expect(scenario_agent, (int, Unset))

            _field = "folder_path"
            folder_path = d.pop("folder_path", UNSET)
            if not isinstance(folder_path, (str, Unset)):
                expect(folder_path, (str, Unset))

            duplicate_scenarios_request = cls(
                project=project,
                copy_to_project=copy_to_project,
                scenarios=scenarios,
                scenario_agent=scenario_agent,
                folder_path=folder_path,
            )

            duplicate_scenarios_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return duplicate_scenarios_request

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
