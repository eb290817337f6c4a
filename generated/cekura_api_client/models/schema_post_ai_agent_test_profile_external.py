from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_post_ai_agent_test_profile_external_information import (
        SchemaPostAIAgentTestProfileExternalInformation,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "agent",
        "project",
        "information",
    }
)

T = TypeVar("T", bound="SchemaPostAIAgentTestProfileExternal")


@_attrs_define
class SchemaPostAIAgentTestProfileExternal:
    name: str
    """ Name of the test profile """
    agent: int | None | Unset = UNSET
    """ ID of the agent. Either agent or project must be provided. """
    project: int | None | Unset = UNSET
    """ ID of the project. Either agent or project must be provided. """
    information: SchemaPostAIAgentTestProfileExternalInformation | Unset = UNSET
    """ Test profile information. Use the sectioned shape — `main_agent_variables` (sent to the agent under test as
    dynamic variables at call time) and `testing_agent_variables` (persona/context used by the simulated caller, not
    sent to the agent). Legacy flat dicts (no section keys) are still accepted and delivered to both sides for
    backward compatibility. Example: {"main_agent_variables": {"user_id": "U-42"}, "testing_agent_variables":
    {"customer_name": "John Doe"}}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "name": self.name,
        }
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.information, Unset):
            field_dict["information"] = self.information.to_dict()
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.information, Unset):
            files.append(("information", (None, json.dumps(self.information.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "name"
            name: Any = src_dict["name"]
            if type(name) is not str:
                name = checked(name, (str,))

            _field = "agent"
            if "agent" in src_dict:
                agent: Any = src_dict["agent"]
                _present += 1
                if agent is not None:
                    if type(agent) is not int:
                        agent = checked(agent, (int, type(None)))
            else:
                agent = UNSET

            _field = "project"
            if "project" in src_dict:
                project: Any = src_dict["project"]
                _present += 1
                if project is not None:
                    if type(project) is not int:
                        project = checked(project, (int, type(None)))
            else:
                project = UNSET

            _field = "information"
            if "information" in src_dict:
                information: Any = src_dict["information"]
                _present += 1
                information = SchemaPostAIAgentTestProfileExternalInformation.from_dict(information)
            else:
                information = UNSET

            _instance = cls(
                name=name,
                agent=agent,
                project=project,
                information=information,
            )
            if len(src_dict) != _present:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
    global _imports_pending, SchemaPostAIAgentTestProfileExternalInformation  # noqa: PLW0603
    from ..models.schema_post_ai_agent_test_profile_external_information import (
        SchemaPostAIAgentTestProfileExternalInformation,  # noqa: PLC0415
    )

    _imports_pending = False
