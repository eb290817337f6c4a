from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_agent_list_language import AIAgentListLanguage
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_name",
        "organization",
        "id",
        "project",
        "contact_number",
        "inbound",
        "language",
        "created_at",
        "updated_at",
        "agent_gives_first_message",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "agent_name": self.agent_name,
            "organization": self.organization,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.contact_number, Unset):
            field_dict["contact_number"] = self.contact_number
        if not isinstance(self.inbound, Unset):
            field_dict["inbound"] = self.inbound
        if not isinstance(self.language, Unset):
            field_dict["language"] = (
                self.language._value_
                if type(self.language) is AIAgentListLanguage
                else enum_value(AIAgentListLanguage, self.language, "language", self)
            )
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if not isinstance(self.agent_gives_first_message, Unset):
            field_dict["agent_gives_first_message"] = self.agent_gives_first_message
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "agent_name"
            try:
                agent_name: Any = src_dict["agent_name"]
                if type(agent_name) is not str:
                    agent_name = checked(agent_name, (str,))
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "organization"
            try:
                organization: Any = src_dict["organization"]
                if type(organization) is not int:
                    organization = checked(organization, (int,))
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int")

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

            _field = "contact_number"
            try:
                if "contact_number" in src_dict:
                    contact_number: Any = src_dict["contact_number"]
                    _present += 1
                    if type(contact_number) is not str:
                        contact_number = checked(contact_number, (str,))
                else:
                    contact_number = UNSET
            except FIELD_ERRORS as _error:
                contact_number, _found = tolerated(src_dict, "contact_number", _error, _found, "str")

            _field = "inbound"
            try:
                if "inbound" in src_dict:
                    inbound: Any = src_dict["inbound"]
                    _present += 1
                    if inbound is not None:
                        if type(inbound) is not bool:
                            inbound = checked(inbound, (bool, type(None)))
                else:
                    inbound = UNSET
            except FIELD_ERRORS as _error:
                inbound, _found = tolerated(src_dict, "inbound", _error, _found, "bool | None")

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    language = (
                        AIAgentListLanguage._value2member_map_.get(language) or AIAgentListLanguage(language)
                        if type(language) is str
                        else checked(language, (AIAgentListLanguage,))
                    )
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(src_dict, "language", _error, _found, "AIAgentListLanguage")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _field = "agent_gives_first_message"
            try:
                if "agent_gives_first_message" in src_dict:
                    agent_gives_first_message: Any = src_dict["agent_gives_first_message"]
                    _present += 1
                    if agent_gives_first_message is not None:
                        if type(agent_gives_first_message) is not bool:
                            agent_gives_first_message = checked(agent_gives_first_message, (bool, type(None)))
                else:
                    agent_gives_first_message = UNSET
            except FIELD_ERRORS as _error:
                agent_gives_first_message, _found = tolerated(
                    src_dict, "agent_gives_first_message", _error, _found, "bool | None"
                )

            _instance = cls(
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
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
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
