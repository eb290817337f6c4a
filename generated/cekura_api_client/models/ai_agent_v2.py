from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_agent_v2_language import AIAgentV2Language
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_dynamic_variable_read import AgentDynamicVariableRead
    from ..models.agent_mock_tool_read import AgentMockToolRead
    from ..models.agent_provider import AgentProvider
    from ..models.agent_telephony import AgentTelephony
    from ..models.knowledge_base_file import KnowledgeBaseFile


T = TypeVar("T", bound="AIAgentV2")


@_attrs_define
class AIAgentV2:
    description: str
    """
    A detailed description of what this agent does and how it should interact
    Example:
    ```text
    AI agent for handling customer support inquiries and resolving technical issues
    ```
     """
    id: int | Unset = UNSET
    """ Agent ID.
    Example: `2142` """
    name: str | Unset = UNSET
    """ Agent name. Optional when configure_from_provider is set — it's fetched from the provider. """
    project: int | Unset = UNSET
    """ The project this agent belongs to """
    language: AIAgentV2Language | Unset = AIAgentV2Language.EN
    """
    The primary language this agent uses for communication (e.g. 'en' for English)


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
    telephony: AgentTelephony | Unset = UNSET
    """ Phone / SIP / websocket voice channel configuration for the agent. """
    provider: AgentProvider | Unset = UNSET
    agent_speaks_first: bool | None | Unset = UNSET
    """ True = agent speaks first; False = test user speaks first; null = auto-detect. """
    predefined_metrics: Any | Unset = UNSET
    """ predefined metrics to use for the agent """
    knowledge_base_files: list[KnowledgeBaseFile] | Unset = UNSET
    """ Knowledge base files attached to the agent. """
    enabled_personalities: list[int] | Unset = UNSET
    """
    Personality profiles enabled for this agent
    Example: `[1, 2, 3]`
     """
    webhook_url: str | Unset = UNSET
    """ Webhook URL for this agent. When set, overrides the project-level webhook URL for events from this agent.
    """
    webhook_secret: str | Unset = UNSET
    """ Secret sent in X-CEKURA-SECRET header. Applies when agent webhook_url is set. Write-only — never returned in
    API responses. Use `webhook_secret_configured` to check whether one is set. """
    webhook_secret_configured: str | Unset = UNSET
    mock_tools: list[AgentMockToolRead] | Unset = UNSET
    """ Mock tools registered on the agent, each with its mock data and runtime access (served_via). """
    mock_tools_enabled: bool | Unset = UNSET
    """ Whether mock tools should be selected by default when configuring a run. """
    mock_tools_provider: None | str | Unset = UNSET
    """ Provider the mock tools were fetched from (vapi, retell, elevenlabs, custom). Null until auto-fetch has been
    run. """
    dynamic_variables: list[AgentDynamicVariableRead] | Unset = UNSET
    """ Dynamic variable definitions for the agent, ordered by name. """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the agent was created
    Example: `"2021-01-01T00:00:00Z"`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the agent was last updated
    Example: `"2021-01-01T00:00:00Z"`
     """
    email_id: None | str | Unset = UNSET
    """ Email address this agent receives at. When set, enables email-based test runs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        description = self.description

        id = self.id

        name = self.name

        project = self.project

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        telephony: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telephony, Unset):
            telephony = self.telephony.to_dict()

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        agent_speaks_first: bool | None | Unset
        if isinstance(self.agent_speaks_first, Unset):
            agent_speaks_first = UNSET
        else:
            agent_speaks_first = self.agent_speaks_first

        predefined_metrics = self.predefined_metrics

        knowledge_base_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_base_files, Unset):
            knowledge_base_files = []
            for knowledge_base_files_item_data in self.knowledge_base_files:
                knowledge_base_files_item = knowledge_base_files_item_data.to_dict()
                knowledge_base_files.append(knowledge_base_files_item)

        enabled_personalities: list[int] | Unset = UNSET
        if not isinstance(self.enabled_personalities, Unset):
            enabled_personalities = self.enabled_personalities

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        webhook_secret_configured = self.webhook_secret_configured

        mock_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mock_tools, Unset):
            mock_tools = []
            for mock_tools_item_data in self.mock_tools:
                mock_tools_item = mock_tools_item_data.to_dict()
                mock_tools.append(mock_tools_item)

        mock_tools_enabled = self.mock_tools_enabled

        mock_tools_provider: None | str | Unset
        if isinstance(self.mock_tools_provider, Unset):
            mock_tools_provider = UNSET
        else:
            mock_tools_provider = self.mock_tools_provider

        dynamic_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = []
            for dynamic_variables_item_data in self.dynamic_variables:
                dynamic_variables_item = dynamic_variables_item_data.to_dict()
                dynamic_variables.append(dynamic_variables_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        email_id: None | str | Unset
        if isinstance(self.email_id, Unset):
            email_id = UNSET
        else:
            email_id = self.email_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project is not UNSET:
            field_dict["project"] = project
        if language is not UNSET:
            field_dict["language"] = language
        if telephony is not UNSET and _response:
            field_dict["telephony"] = telephony
        if provider is not UNSET and _response:
            field_dict["provider"] = provider
        if agent_speaks_first is not UNSET:
            field_dict["agent_speaks_first"] = agent_speaks_first
        if predefined_metrics is not UNSET:
            field_dict["predefined_metrics"] = predefined_metrics
        if knowledge_base_files is not UNSET and _response:
            field_dict["knowledge_base_files"] = knowledge_base_files
        if enabled_personalities is not UNSET and _response:
            field_dict["enabled_personalities"] = enabled_personalities
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if webhook_secret_configured is not UNSET and _response:
            field_dict["webhook_secret_configured"] = webhook_secret_configured
        if mock_tools is not UNSET and _response:
            field_dict["mock_tools"] = mock_tools
        if mock_tools_enabled is not UNSET:
            field_dict["mock_tools_enabled"] = mock_tools_enabled
        if mock_tools_provider is not UNSET and _response:
            field_dict["mock_tools_provider"] = mock_tools_provider
        if dynamic_variables is not UNSET and _response:
            field_dict["dynamic_variables"] = dynamic_variables
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if email_id is not UNSET:
            field_dict["email_id"] = email_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_dynamic_variable_read import AgentDynamicVariableRead  # noqa: PLC0415
        from ..models.agent_mock_tool_read import AgentMockToolRead  # noqa: PLC0415
        from ..models.agent_provider import AgentProvider  # noqa: PLC0415
        from ..models.agent_telephony import AgentTelephony  # noqa: PLC0415
        from ..models.knowledge_base_file import KnowledgeBaseFile  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "description"
            description = d.pop("description")
            if not isinstance(description, (str,)):
                expect(description, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

            _field = "language"
            _language = d.pop("language", UNSET)
            language: AIAgentV2Language | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = AIAgentV2Language(_language)

            if not isinstance(language, (AIAgentV2Language, Unset)):
                expect(language, (AIAgentV2Language, Unset))

            _field = "telephony"
            _telephony = d.pop("telephony", UNSET)
            telephony: AgentTelephony | Unset
            if isinstance(_telephony, Unset):
                telephony = UNSET
            else:
                telephony = AgentTelephony.from_dict(_telephony)

            if not isinstance(telephony, (AgentTelephony, Unset)):
                expect(telephony, (AgentTelephony, Unset))

            _field = "provider"
            _provider = d.pop("provider", UNSET)
            provider: AgentProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = AgentProvider.from_dict(_provider)

            if not isinstance(provider, (AgentProvider, Unset)):
                expect(provider, (AgentProvider, Unset))

            _field = "agent_speaks_first"

            def _parse_agent_speaks_first(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            agent_speaks_first = _parse_agent_speaks_first(d.pop("agent_speaks_first", UNSET))

            if not isinstance(agent_speaks_first, (bool, type(None), Unset)):
                expect(agent_speaks_first, (bool, type(None), Unset))

            _field = "predefined_metrics"
            predefined_metrics = d.pop("predefined_metrics", UNSET)

            _field = "knowledge_base_files"
            _knowledge_base_files = d.pop("knowledge_base_files", UNSET)
            knowledge_base_files: list[KnowledgeBaseFile] | Unset = UNSET
            if _knowledge_base_files is not UNSET:
                knowledge_base_files = []
                for knowledge_base_files_item_data in _knowledge_base_files:
                    knowledge_base_files_item = KnowledgeBaseFile.from_dict(knowledge_base_files_item_data)

                    knowledge_base_files.append(knowledge_base_files_item)

            if not isinstance(knowledge_base_files, (list, Unset)):
                expect(knowledge_base_files, (list, Unset))

            _field = "enabled_personalities"
            enabled_personalities = cast(list[int], d.pop("enabled_personalities", UNSET))

            if not isinstance(enabled_personalities, (list, Unset)):
                expect(enabled_personalities, (list, Unset))

            _field = "webhook_url"
            webhook_url = d.pop("webhook_url", UNSET)
            if not isinstance(webhook_url, (str, Unset)):
                expect(webhook_url, (str, Unset))

            _field = "webhook_secret"
            webhook_secret = d.pop("webhook_secret", UNSET)
            if not isinstance(webhook_secret, (str, Unset)):
                expect(webhook_secret, (str, Unset))

            _field = "webhook_secret_configured"
            webhook_secret_configured = d.pop("webhook_secret_configured", UNSET)
            if not isinstance(webhook_secret_configured, (str, Unset)):
                expect(webhook_secret_configured, (str, Unset))

            _field = "mock_tools"
            _mock_tools = d.pop("mock_tools", UNSET)
            mock_tools: list[AgentMockToolRead] | Unset = UNSET
            if _mock_tools is not UNSET:
                mock_tools = []
                for mock_tools_item_data in _mock_tools:
                    mock_tools_item = AgentMockToolRead.from_dict(mock_tools_item_data)

                    mock_tools.append(mock_tools_item)

            if not isinstance(mock_tools, (list, Unset)):
                expect(mock_tools, (list, Unset))

            _field = "mock_tools_enabled"
            mock_tools_enabled = d.pop("mock_tools_enabled", UNSET)
            if not isinstance(mock_tools_enabled, (bool, Unset)):
                expect(mock_tools_enabled, (bool, Unset))

            _field = "mock_tools_provider"

            def _parse_mock_tools_provider(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            mock_tools_provider = _parse_mock_tools_provider(d.pop("mock_tools_provider", UNSET))

            if not isinstance(mock_tools_provider, (str, type(None), Unset)):
                expect(mock_tools_provider, (str, type(None), Unset))

            _field = "dynamic_variables"
            _dynamic_variables = d.pop("dynamic_variables", UNSET)
            dynamic_variables: list[AgentDynamicVariableRead] | Unset = UNSET
            if _dynamic_variables is not UNSET:
                dynamic_variables = []
                for dynamic_variables_item_data in _dynamic_variables:
                    dynamic_variables_item = AgentDynamicVariableRead.from_dict(dynamic_variables_item_data)

                    dynamic_variables.append(dynamic_variables_item)

            if not isinstance(dynamic_variables, (list, Unset)):
                expect(dynamic_variables, (list, Unset))

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

            _field = "email_id"

            def _parse_email_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email_id = _parse_email_id(d.pop("email_id", UNSET))

            if not isinstance(email_id, (str, type(None), Unset)):
                expect(email_id, (str, type(None), Unset))

            ai_agent_v2 = cls(
                description=description,
                id=id,
                name=name,
                project=project,
                language=language,
                telephony=telephony,
                provider=provider,
                agent_speaks_first=agent_speaks_first,
                predefined_metrics=predefined_metrics,
                knowledge_base_files=knowledge_base_files,
                enabled_personalities=enabled_personalities,
                webhook_url=webhook_url,
                webhook_secret=webhook_secret,
                webhook_secret_configured=webhook_secret_configured,
                mock_tools=mock_tools,
                mock_tools_enabled=mock_tools_enabled,
                mock_tools_provider=mock_tools_provider,
                dynamic_variables=dynamic_variables,
                created_at=created_at,
                updated_at=updated_at,
                email_id=email_id,
            )

            ai_agent_v2.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return ai_agent_v2

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
