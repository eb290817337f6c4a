from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_agent_history_history_type import AIAgentHistoryHistoryType
from ..models.ai_agent_history_language import AIAgentHistoryLanguage
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_inline import UserInline


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _response = not building_request()
        history_date = self.history_date.isoformat().replace("+00:00", "Z")

        history_type = self.history_type.value

        agent_name = self.agent_name

        history_id = self.history_id

        history_change_reason: None | str | Unset
        if isinstance(self.history_change_reason, Unset):
            history_change_reason = UNSET
        else:
            history_change_reason = self.history_change_reason

        history_user: dict[str, Any] | None | Unset
        if isinstance(self.history_user, Unset):
            history_user = UNSET
        elif isinstance(self.history_user, UserInline):
            history_user = self.history_user.to_dict()
        else:
            history_user = self.history_user

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        id = self.id

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        description = self.description

        mock_tools = self.mock_tools

        dynamic_variables = self.dynamic_variables

        knowledge_base_files = self.knowledge_base_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_date": history_date,
                "history_type": history_type,
                "agent_name": agent_name,
            }
        )
        if history_id is not UNSET and _response:
            field_dict["history_id"] = history_id
        if history_change_reason is not UNSET:
            field_dict["history_change_reason"] = history_change_reason
        if history_user is not UNSET and _response:
            field_dict["history_user"] = history_user
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if id is not UNSET:
            field_dict["id"] = id
        if language is not UNSET:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description
        if mock_tools is not UNSET and _response:
            field_dict["mock_tools"] = mock_tools
        if dynamic_variables is not UNSET and _response:
            field_dict["dynamic_variables"] = dynamic_variables
        if knowledge_base_files is not UNSET and _response:
            field_dict["knowledge_base_files"] = knowledge_base_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_inline import UserInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "history_date"
            history_date = parse_datetime(d.pop("history_date"))

            if not isinstance(history_date, (datetime.datetime,)):
                expect(history_date, (datetime.datetime,))

            _field = "history_type"
            history_type = AIAgentHistoryHistoryType(d.pop("history_type"))

            if not isinstance(history_type, (AIAgentHistoryHistoryType,)):
                expect(history_type, (AIAgentHistoryHistoryType,))

            _field = "agent_name"
            agent_name = d.pop("agent_name")
            if not isinstance(agent_name, (str,)):
                expect(agent_name, (str,))

            _field = "history_id"
            history_id = d.pop("history_id", UNSET)
            if not isinstance(history_id, (int, Unset)) or isinstance(history_id, bool):
                expect(history_id, (int, Unset))

            _field = "history_change_reason"

            def _parse_history_change_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            history_change_reason = _parse_history_change_reason(d.pop("history_change_reason", UNSET))

            if not isinstance(history_change_reason, (str, type(None), Unset)):
                expect(history_change_reason, (str, type(None), Unset))

            _field = "history_user"

            def _parse_history_user(data: object) -> None | Unset | UserInline:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    history_user_type_0 = UserInline.from_dict(data)

                    return history_user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | Unset | UserInline, data)

            history_user = _parse_history_user(d.pop("history_user", UNSET))

            if not isinstance(history_user, (UserInline, type(None), Unset)):
                expect(history_user, (UserInline, type(None), Unset))

            _field = "version_id"

            def _parse_version_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_id = _parse_version_id(d.pop("version_id", UNSET))

            if not isinstance(version_id, (str, type(None), Unset)):
                expect(version_id, (str, type(None), Unset))

            _field = "version_name"

            def _parse_version_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            version_name = _parse_version_name(d.pop("version_name", UNSET))

            if not isinstance(version_name, (str, type(None), Unset)):
                expect(version_name, (str, type(None), Unset))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "language"
            _language = d.pop("language", UNSET)
            language: AIAgentHistoryLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = AIAgentHistoryLanguage(_language)

            if not isinstance(language, (AIAgentHistoryLanguage, Unset)):
                expect(language, (AIAgentHistoryLanguage, Unset))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "mock_tools"
            mock_tools = d.pop("mock_tools", UNSET)
            if not isinstance(mock_tools, (str, Unset)):
                expect(mock_tools, (str, Unset))

            _field = "dynamic_variables"
            dynamic_variables = d.pop("dynamic_variables", UNSET)
            if not isinstance(dynamic_variables, (str, Unset)):
                expect(dynamic_variables, (str, Unset))

            _field = "knowledge_base_files"
            knowledge_base_files = d.pop("knowledge_base_files", UNSET)
            if not isinstance(knowledge_base_files, (str, Unset)):
                expect(knowledge_base_files, (str, Unset))

            ai_agent_history = cls(
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

            ai_agent_history.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return ai_agent_history

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
