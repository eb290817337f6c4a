from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_agent_list_language import AIAgentListLanguage
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIAgentList")


@_attrs_define
class AIAgentList:
    agent_name: str
    """ Name of the AI agent.
    Example: `"Customer Service Bot"` or `"Sales Assistant"` """
    organization: int
    id: int | Unset = UNSET
    project: int | None | Unset = UNSET
    contact_number: str | Unset = UNSET
    """
    Phone number assigned to this agent for calls (must start with + followed by digits, min 8 chars)
    Example: `"+1234567890"`
     """
    inbound: bool | None | Unset = UNSET
    """ Whether this agent handles inbound calls.
    - If true, our agent will call you on above number.
    - If false, your agent will have to call our agent.

    Example: `true` or `false`
     """
    language: AIAgentListLanguage | Unset = UNSET
    """ Primary language for this agent.
    Example: `"en"` or `"es"`

    * `af` - Afrikaans
    * `ar` - Arabic
    * `bn` - Bengali
    * `bg` - Bulgarian
    * `zh` - Chinese Simplified
    * `cs` - Czech
    * `da` - Danish
    * `nl` - Dutch
    * `en` - English
    * `et` - Estonian
    * `fi` - Finnish
    * `fr` - French
    * `de` - German
    * `el` - Greek
    * `gu` - Gujarati
    * `hi` - Hindi
    * `he` - Hebrew
    * `hu` - Hungarian
    * `id` - Indonesian
    * `it` - Italian
    * `ja` - Japanese
    * `kn` - Kannada
    * `ko` - Korean
    * `ms` - Malay
    * `ml` - Malayalam
    * `mr` - Marathi
    * `multi` - Multilingual
    * `no` - Norwegian
    * `pl` - Polish
    * `pa` - Punjabi
    * `pt` - Portuguese
    * `ro` - Romanian
    * `ru` - Russian
    * `sk` - Slovak
    * `es` - Spanish
    * `sv` - Swedish
    * `th` - Thai
    * `tr` - Turkish
    * `tl` - Tagalog
    * `ta` - Tamil
    * `te` - Telugu
    * `uk` - Ukrainian
    * `vi` - Vietnamese """
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    agent_gives_first_message: bool | None | Unset = UNSET
    """ Whether the main agent (not the testing agent) will give the first message. True = agent speaks first
    (testing agent won't generate a first message). False = testing agent speaks first (first message will be
    generated). None = preference not yet set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        agent_name = self.agent_name

        organization = self.organization

        id = self.id

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        contact_number = self.contact_number

        inbound: bool | None | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        else:
            inbound = self.inbound

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        agent_gives_first_message: bool | None | Unset
        if isinstance(self.agent_gives_first_message, Unset):
            agent_gives_first_message = UNSET
        else:
            agent_gives_first_message = self.agent_gives_first_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_name": agent_name,
                "organization": organization,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if contact_number is not UNSET:
            field_dict["contact_number"] = contact_number
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if language is not UNSET:
            field_dict["language"] = language
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if agent_gives_first_message is not UNSET:
            field_dict["agent_gives_first_message"] = agent_gives_first_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent_name"
            agent_name = d.pop("agent_name")
            if not isinstance(agent_name, (str,)):
                expect(agent_name, (str,))

            _field = "organization"
            organization = d.pop("organization")
            if not isinstance(organization, (int,)) or isinstance(organization, bool):
                expect(organization, (int,))

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

            _field = "contact_number"
            contact_number = d.pop("contact_number", UNSET)
            if not isinstance(contact_number, (str, Unset)):
                expect(contact_number, (str, Unset))

            _field = "inbound"

            def _parse_inbound(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            inbound = _parse_inbound(d.pop("inbound", UNSET))

            if not isinstance(inbound, (bool, type(None), Unset)):
                expect(inbound, (bool, type(None), Unset))

            _field = "language"
            _language = d.pop("language", UNSET)
            language: AIAgentListLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = AIAgentListLanguage(_language)

            if not isinstance(language, (AIAgentListLanguage, Unset)):
                expect(language, (AIAgentListLanguage, Unset))

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

            _field = "agent_gives_first_message"

            def _parse_agent_gives_first_message(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            agent_gives_first_message = _parse_agent_gives_first_message(d.pop("agent_gives_first_message", UNSET))

            if not isinstance(agent_gives_first_message, (bool, type(None), Unset)):
                expect(agent_gives_first_message, (bool, type(None), Unset))

            ai_agent_list = cls(
                agent_name=agent_name,
                organization=organization,
                id=id,
                project=project,
                contact_number=contact_number,
                inbound=inbound,
                language=language,
                created_at=created_at,
                updated_at=updated_at,
                agent_gives_first_message=agent_gives_first_message,
            )

            ai_agent_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return ai_agent_list

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
