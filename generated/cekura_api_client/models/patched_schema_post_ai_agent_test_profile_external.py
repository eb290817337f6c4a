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
    from ..models.patched_schema_post_ai_agent_test_profile_external_information import (
        PatchedSchemaPostAIAgentTestProfileExternalInformation,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent",
        "project",
        "name",
        "information",
    }
)

T = TypeVar("T", bound="PatchedSchemaPostAIAgentTestProfileExternal")


@_attrs_define
class PatchedSchemaPostAIAgentTestProfileExternal:
    agent: int | None | Unset = UNSET
    """ ID of the agent. Either agent or project must be provided. """
    project: int | None | Unset = UNSET
    """ ID of the project. Either agent or project must be provided. """
    name: str | Unset = UNSET
    """ Name of the test profile """
    information: PatchedSchemaPostAIAgentTestProfileExternalInformation | Unset = UNSET
    """ Test profile information. Use the sectioned shape — `main_agent_variables` (sent to the agent under test as
    dynamic variables at call time) and `testing_agent_variables` (persona/context used by the simulated caller, not
    sent to the agent). Legacy flat dicts (no section keys) are still accepted and delivered to both sides for
    backward compatibility. Example: {"main_agent_variables": {"user_id": "U-42"}, "testing_agent_variables":
    {"customer_name": "John Doe"}}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.information, Unset):
            field_dict["information"] = (
                self.information.to_dict()
                if type(self.information) is PatchedSchemaPostAIAgentTestProfileExternalInformation
                else written(self.information, "information", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, b"", "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.information, Unset):
            files.append(("information", (None, json.dumps(self.information.to_dict()).encode(), "application/json")))

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
            _present = 0
            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if agent is not None:
                        if type(agent) is not int:
                            agent = checked(agent, (int, type(None)))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int | None")

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

            _field = "information"
            try:
                if "information" in src_dict:
                    information: Any = src_dict["information"]
                    _present += 1
                    information = PatchedSchemaPostAIAgentTestProfileExternalInformation.from_dict(information)
                else:
                    information = UNSET
            except FIELD_ERRORS as _error:
                information, _found = tolerated(
                    src_dict, "information", _error, _found, "PatchedSchemaPostAIAgentTestProfileExternalInformation"
                )

            _instance = cls(
                agent=agent,
                project=project,
                name=name,
                information=information,
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
    global _imports_pending, PatchedSchemaPostAIAgentTestProfileExternalInformation  # noqa: PLW0603
    from ..models.patched_schema_post_ai_agent_test_profile_external_information import (
        PatchedSchemaPostAIAgentTestProfileExternalInformation,  # noqa: PLC0415
    )

    _imports_pending = False
