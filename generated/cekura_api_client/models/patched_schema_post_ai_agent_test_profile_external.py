from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_schema_post_ai_agent_test_profile_external_information import (
        PatchedSchemaPostAIAgentTestProfileExternalInformation,
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

    def to_dict(self) -> dict[str, Any]:
        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        name = self.name

        information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.information, Unset):
            information = self.information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name
        if information is not UNSET:
            field_dict["information"] = information

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

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

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.information, Unset):
            files.append(("information", (None, json.dumps(self.information.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_schema_post_ai_agent_test_profile_external_information import (
            PatchedSchemaPostAIAgentTestProfileExternalInformation,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent"

            def _parse_agent(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            agent = _parse_agent(d.pop("agent", UNSET))

            if not isinstance(agent, (int, type(None), Unset)) or isinstance(agent, bool):
                expect(agent, (int, type(None), Unset))

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

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "information"
            _information = d.pop("information", UNSET)
            information: PatchedSchemaPostAIAgentTestProfileExternalInformation | Unset
            if isinstance(_information, Unset):
                information = UNSET
            else:
                information = PatchedSchemaPostAIAgentTestProfileExternalInformation.from_dict(_information)

            if not isinstance(information, (PatchedSchemaPostAIAgentTestProfileExternalInformation, Unset)):
                expect(information, (PatchedSchemaPostAIAgentTestProfileExternalInformation, Unset))

            patched_schema_post_ai_agent_test_profile_external = cls(
                agent=agent,
                project=project,
                name=name,
                information=information,
            )

            patched_schema_post_ai_agent_test_profile_external.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_schema_post_ai_agent_test_profile_external

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
