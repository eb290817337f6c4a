from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioImprovementSessionCreate")


@_attrs_define
class ScenarioImprovementSessionCreate:
    id: int | Unset = UNSET
    project: int | None | Unset = UNSET
    scenario_ids: Any | Unset = UNSET
    """ List of scenario IDs being improved in this session """
    title: str | Unset = UNSET
    """ Title for the session (auto-generated from first user message) """
    scenario_selection: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        scenario_ids = self.scenario_ids

        title = self.title

        scenario_selection = self.scenario_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if scenario_ids is not UNSET and _response:
            field_dict["scenario_ids"] = scenario_ids
        if title is not UNSET:
            field_dict["title"] = title
        if scenario_selection is not UNSET:
            field_dict["scenario_selection"] = scenario_selection

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.scenario_selection, Unset):
            files.append(("scenario_selection", (None, str(self.scenario_selection).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "project"

            def _parse_project(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project = _parse_project(d.pop("project", UNSET))

            if not isinstance(project, (int, type(None), Unset)) or isinstance(project, bool):
                expect(project, (int, type(None), Unset))

            _field = "scenario_ids"
            scenario_ids = d.pop("scenario_ids", UNSET)

            _field = "title"
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, Unset)):
                expect(title, (str, Unset))

            _field = "scenario_selection"
            scenario_selection = d.pop("scenario_selection", UNSET)

            scenario_improvement_session_create = cls(
                id=id,
                project=project,
                scenario_ids=scenario_ids,
                title=title,
                scenario_selection=scenario_selection,
            )

            scenario_improvement_session_create.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_improvement_session_create

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
