from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIAgentTestProfile")


@_attrs_define
class AIAgentTestProfile:
    name: str
    id: int | Unset = UNSET
    project: int | None | Unset = UNSET
    agent: int | None | Unset = UNSET
    agent_name: str | Unset = UNSET
    """
    Name of the agent associated with this test profile
    Example: `"Customer Support Agent"`
     """
    information: Any | Unset = UNSET
    """
    Variables for the test profile, split by which agent receives them.
    ```json
    {
        "main_agent_variables": {"user_id": "U-123"},
        "testing_agent_variables": {"user_name": "John Doe", "user_email": "john.doe@example.com"}
    }
    ```
    `main_agent_variables` are sent to the agent under test as dynamic variables. `testing_agent_variables` shape
    the simulated caller's persona. A legacy flat dict (no section keys) is accepted for backward compatibility and
    is sent to both agents.

    Keys in `main_agent_variables` starting with `X-` are additionally sent as custom SIP headers (SIP runs) or
    connection headers (WebSocket runs) to the agent under test. For SIP runs this is the only way to pass custom
    headers; `X-Run-Id`, `X-Scenario-Id`, and `X-Result-Id` are reserved and always set by Cekura.
     """
    created_by: int | Unset = UNSET
    """ ID of the user who created this test profile """
    last_updated_by: int | Unset = UNSET
    """ ID of the user who last updated this test profile """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the test profile was created """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the test profile was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        id = self.id

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        agent_name = self.agent_name

        information = self.information

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if agent is not UNSET:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if information is not UNSET:
            field_dict["information"] = information
        if created_by is not UNSET and _response:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET and _response:
            field_dict["last_updated_by"] = last_updated_by
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.information, Unset):
            files.append(("information", (None, str(self.information).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

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

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "information"
            information = d.pop("information", UNSET)

            _field = "created_by"
            created_by = d.pop("created_by", UNSET)
            if not isinstance(created_by, (int, Unset)) or isinstance(created_by, bool):
                expect(created_by, (int, Unset))

            _field = "last_updated_by"
            last_updated_by = d.pop("last_updated_by", UNSET)
            if not isinstance(last_updated_by, (int, Unset)) or isinstance(last_updated_by, bool):
                expect(last_updated_by, (int, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            ai_agent_test_profile = cls(
                name=name,
                id=id,
                project=project,
                agent=agent,
                agent_name=agent_name,
                information=information,
                created_by=created_by,
                last_updated_by=last_updated_by,
                created_at=created_at,
                updated_at=updated_at,
            )

            ai_agent_test_profile.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return ai_agent_test_profile

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
