from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_agent_history_history_type import AIAgentHistoryHistoryType
from ..models.ai_agent_history_language import AIAgentHistoryLanguage
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "history_date",
        "history_type",
        "agent_name",
        "history_id",
        "history_change_reason",
        "history_user",
        "version_id",
        "version_name",
        "id",
        "language",
        "description",
        "mock_tools",
        "dynamic_variables",
        "knowledge_base_files",
    }
)

T = TypeVar("T", bound="AIAgentHistory")


@_attrs_define
class AIAgentHistory:
    """A single AIAgent version: versioned concrete fields + resolved related collections.

    Manifests store child ``history_id`` lists (tools/dynamic vars) and uploaded-file ids
    (kb). The values are resolved on read. Use ``build_context()`` to batch the resolution
    across a page of records and pass it as the serializer context (avoids N+1).

    """

    history_date: datetime.datetime
    history_type: AIAgentHistoryHistoryType
    """ * `+` - Created
    * `~` - Changed
    * `-` - Deleted """
    agent_name: str
    """ Name of the AI agent.
    Example: `"Customer Service Bot"` or `"Sales Assistant"` """
    history_id: int | Unset = UNSET
    history_change_reason: None | str | Unset = UNSET
    history_user: None | Unset | UserInline = UNSET
    version_id: None | str | Unset = UNSET
    version_name: None | str | Unset = UNSET
    id: int | Unset = UNSET
    language: AIAgentHistoryLanguage | Unset = UNSET
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
    description: str | Unset = UNSET
    """ Description of the agent's purpose and capabilities.
    Example: `"AI agent for handling customer support inquiries and resolving technical issues"` """
    mock_tools: str | Unset = UNSET
    dynamic_variables: str | Unset = UNSET
    knowledge_base_files: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "history_date": _wire[1]
            if _wire is not None and self.history_date is _wire[0]
            else self.history_date.isoformat().replace("+00:00", "Z")
            if type(self.history_date) is datetime.datetime
            else iso_datetime(self.history_date, "history_date", self),
            "history_type": self.history_type._value_
            if type(self.history_type) is AIAgentHistoryHistoryType
            else enum_value(AIAgentHistoryHistoryType, self.history_type, "history_type", self),
            "agent_name": self.agent_name,
        }
        if not isinstance(self.history_id, Unset) and _response:
            field_dict["history_id"] = self.history_id
        if not isinstance(self.history_change_reason, Unset):
            field_dict["history_change_reason"] = self.history_change_reason
        if not isinstance(self.history_user, Unset) and _response:
            field_dict["history_user"] = (
                None
                if self.history_user is None
                else self.history_user.to_dict()
                if type(self.history_user) is UserInline
                else written(self.history_user, "history_user", self)
            )
        if not isinstance(self.version_id, Unset):
            field_dict["version_id"] = self.version_id
        if not isinstance(self.version_name, Unset):
            field_dict["version_name"] = self.version_name
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.language, Unset):
            field_dict["language"] = (
                self.language._value_
                if type(self.language) is AIAgentHistoryLanguage
                else enum_value(AIAgentHistoryLanguage, self.language, "language", self)
            )
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.mock_tools, Unset) and _response:
            field_dict["mock_tools"] = self.mock_tools
        if not isinstance(self.dynamic_variables, Unset) and _response:
            field_dict["dynamic_variables"] = self.dynamic_variables
        if not isinstance(self.knowledge_base_files, Unset) and _response:
            field_dict["knowledge_base_files"] = self.knowledge_base_files
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "history_date"
            try:
                history_date: Any = src_dict["history_date"]
                _history_date_text = history_date
                if type(history_date) is str:
                    try:
                        history_date = fromisoformat(history_date)
                    except ValueError:
                        history_date = parse_datetime(history_date)
                else:
                    history_date = checked(history_date, (datetime.datetime,))
                    _history_date_text = history_date.isoformat().replace("+00:00", "Z")
            except FIELD_ERRORS as _error:
                history_date, _found = tolerated(src_dict, "history_date", _error, _found, "datetime.datetime")
                _history_date_text = history_date

            _field = "history_type"
            try:
                history_type: Any = src_dict["history_type"]
                history_type = (
                    AIAgentHistoryHistoryType._value2member_map_.get(history_type)
                    or AIAgentHistoryHistoryType(history_type)
                    if type(history_type) is str
                    else checked(history_type, (AIAgentHistoryHistoryType,))
                )
            except FIELD_ERRORS as _error:
                history_type, _found = tolerated(src_dict, "history_type", _error, _found, "AIAgentHistoryHistoryType")

            _field = "agent_name"
            try:
                agent_name: Any = src_dict["agent_name"]
                if type(agent_name) is not str:
                    agent_name = checked(agent_name, (str,))
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "history_id"
            try:
                if "history_id" in src_dict:
                    history_id: Any = src_dict["history_id"]
                    _present += 1
                    if type(history_id) is not int:
                        history_id = checked(history_id, (int,))
                else:
                    history_id = UNSET
            except FIELD_ERRORS as _error:
                history_id, _found = tolerated(src_dict, "history_id", _error, _found, "int")

            _field = "history_change_reason"
            try:
                if "history_change_reason" in src_dict:
                    history_change_reason: Any = src_dict["history_change_reason"]
                    _present += 1
                    if history_change_reason is not None:
                        if type(history_change_reason) is not str:
                            history_change_reason = checked(history_change_reason, (str, type(None)))
                else:
                    history_change_reason = UNSET
            except FIELD_ERRORS as _error:
                history_change_reason, _found = tolerated(
                    src_dict, "history_change_reason", _error, _found, "None | str"
                )

            _field = "history_user"
            try:
                if "history_user" in src_dict:
                    history_user: Any = src_dict["history_user"]
                    _present += 1
                    if history_user is not None:
                        history_user = UserInline.from_dict(history_user)
                else:
                    history_user = UNSET
            except FIELD_ERRORS as _error:
                history_user, _found = tolerated(src_dict, "history_user", _error, _found, "None | UserInline")

            _field = "version_id"
            try:
                if "version_id" in src_dict:
                    version_id: Any = src_dict["version_id"]
                    _present += 1
                    if version_id is not None:
                        if type(version_id) is not str:
                            version_id = checked(version_id, (str, type(None)))
                else:
                    version_id = UNSET
            except FIELD_ERRORS as _error:
                version_id, _found = tolerated(src_dict, "version_id", _error, _found, "None | str")

            _field = "version_name"
            try:
                if "version_name" in src_dict:
                    version_name: Any = src_dict["version_name"]
                    _present += 1
                    if version_name is not None:
                        if type(version_name) is not str:
                            version_name = checked(version_name, (str, type(None)))
                else:
                    version_name = UNSET
            except FIELD_ERRORS as _error:
                version_name, _found = tolerated(src_dict, "version_name", _error, _found, "None | str")

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

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    language = (
                        AIAgentHistoryLanguage._value2member_map_.get(language) or AIAgentHistoryLanguage(language)
                        if type(language) is str
                        else checked(language, (AIAgentHistoryLanguage,))
                    )
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(src_dict, "language", _error, _found, "AIAgentHistoryLanguage")

            _field = "description"
            try:
                if "description" in src_dict:
                    description: Any = src_dict["description"]
                    _present += 1
                    if type(description) is not str:
                        description = checked(description, (str,))
                else:
                    description = UNSET
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "mock_tools"
            try:
                if "mock_tools" in src_dict:
                    mock_tools: Any = src_dict["mock_tools"]
                    _present += 1
                    if type(mock_tools) is not str:
                        mock_tools = checked(mock_tools, (str,))
                else:
                    mock_tools = UNSET
            except FIELD_ERRORS as _error:
                mock_tools, _found = tolerated(src_dict, "mock_tools", _error, _found, "str")

            _field = "dynamic_variables"
            try:
                if "dynamic_variables" in src_dict:
                    dynamic_variables: Any = src_dict["dynamic_variables"]
                    _present += 1
                    if type(dynamic_variables) is not str:
                        dynamic_variables = checked(dynamic_variables, (str,))
                else:
                    dynamic_variables = UNSET
            except FIELD_ERRORS as _error:
                dynamic_variables, _found = tolerated(src_dict, "dynamic_variables", _error, _found, "str")

            _field = "knowledge_base_files"
            try:
                if "knowledge_base_files" in src_dict:
                    knowledge_base_files: Any = src_dict["knowledge_base_files"]
                    _present += 1
                    if type(knowledge_base_files) is not str:
                        knowledge_base_files = checked(knowledge_base_files, (str,))
                else:
                    knowledge_base_files = UNSET
            except FIELD_ERRORS as _error:
                knowledge_base_files, _found = tolerated(src_dict, "knowledge_base_files", _error, _found, "str")

            _instance = cls(
                history_date=history_date,
                history_type=history_type,
                agent_name=agent_name,
                history_id=history_id,
                history_change_reason=history_change_reason,
                history_user=history_user,
                version_id=version_id,
                version_name=version_name,
                id=id,
                language=language,
                description=description,
                mock_tools=mock_tools,
                dynamic_variables=dynamic_variables,
                knowledge_base_files=knowledge_base_files,
            )
            _instance._wire_text = (
                history_date,
                _history_date_text,
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
    global _imports_pending, UserInline  # noqa: PLW0603
    from ..models.user_inline import UserInline  # noqa: PLC0415

    _imports_pending = False
