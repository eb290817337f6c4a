from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "project",
        "scenario_ids",
        "title",
        "scenario_selection",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.scenario_ids, Unset) and _response:
            field_dict["scenario_ids"] = self.scenario_ids
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        if not isinstance(self.scenario_selection, Unset):
            field_dict["scenario_selection"] = self.scenario_selection
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.scenario_selection, Unset):
            files.append(
                ("scenario_selection", (None, form_text(self.scenario_selection, "scenario_selection"), "text/plain"))
            )

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
            _present = 0
            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if project is not None:
                        if type(project) is not int:
                            project = checked(project, (int, type(None)))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int | None")

            _field = "scenario_ids"
            try:
                if "scenario_ids" in src_dict:
                    scenario_ids: Any = src_dict["scenario_ids"]
                    _present += 1

                else:
                    scenario_ids = UNSET
            except FIELD_ERRORS as _error:
                scenario_ids, _found = tolerated(src_dict, "scenario_ids", _error, _found, "Any")

            _field = "title"
            try:
                if "title" in src_dict:
                    title: Any = src_dict["title"]
                    _present += 1
                    if type(title) is not str:
                        title = checked(title, (str,))
                else:
                    title = UNSET
            except FIELD_ERRORS as _error:
                title, _found = tolerated(src_dict, "title", _error, _found, "str")

            _field = "scenario_selection"
            try:
                if "scenario_selection" in src_dict:
                    scenario_selection: Any = src_dict["scenario_selection"]
                    _present += 1

                else:
                    scenario_selection = UNSET
            except FIELD_ERRORS as _error:
                scenario_selection, _found = tolerated(src_dict, "scenario_selection", _error, _found, "Any")

            _instance = cls(
                id=id,
                project=project,
                scenario_ids=scenario_ids,
                title=title,
                scenario_selection=scenario_selection,
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
