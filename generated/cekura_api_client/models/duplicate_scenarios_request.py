from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project",
        "copy_to_project",
        "scenarios",
        "scenario_agent",
        "folder_path",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "project": self.project,
            "copy_to_project": self.copy_to_project,
            "scenarios": self.scenarios,
        }
        if not isinstance(self.scenario_agent, Unset):
            field_dict["scenario_agent"] = self.scenario_agent
        if not isinstance(self.folder_path, Unset):
            field_dict["folder_path"] = self.folder_path
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "copy_to_project"
            try:
                copy_to_project: Any = src_dict["copy_to_project"]
                if type(copy_to_project) is not int:
                    copy_to_project = checked(copy_to_project, (int,))
            except FIELD_ERRORS as _error:
                copy_to_project, _found = tolerated(src_dict, "copy_to_project", _error, _found, "int")

            _field = "scenarios"
            try:
                scenarios: Any = src_dict["scenarios"]
                if type(scenarios) is not list:
                    scenarios = checked(scenarios, (list,))
                for _item in scenarios:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict, "scenarios", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "scenario_agent"
            try:
                if "scenario_agent" in src_dict:
                    scenario_agent: Any = src_dict["scenario_agent"]
                    _present += 1
                    if type(scenario_agent) is not int:
                        scenario_agent = checked(scenario_agent, (int,))
                else:
                    scenario_agent = UNSET
            except FIELD_ERRORS as _error:
                scenario_agent, _found = tolerated(src_dict, "scenario_agent", _error, _found, "int")

            _field = "folder_path"
            try:
                if "folder_path" in src_dict:
                    folder_path: Any = src_dict["folder_path"]
                    _present += 1
                    if type(folder_path) is not str:
                        folder_path = checked(folder_path, (str,))
                else:
                    folder_path = UNSET
            except FIELD_ERRORS as _error:
                folder_path, _found = tolerated(src_dict, "folder_path", _error, _found, "str")

            _instance = cls(
                project=project,
                copy_to_project=copy_to_project,
                scenarios=scenarios,
                scenario_agent=scenario_agent,
                folder_path=folder_path,
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
