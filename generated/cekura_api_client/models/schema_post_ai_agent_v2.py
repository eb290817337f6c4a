from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_ai_agent_v2_language import SchemaPostAIAgentV2Language
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_dynamic_variable_write import AgentDynamicVariableWrite
    from ..models.agent_knowledge_base_file_write import AgentKnowledgeBaseFileWrite
    from ..models.agent_mock_tool_write import AgentMockToolWrite
    from ..models.agent_telephony import AgentTelephony
    from ..models.schema_agent_provider_create import SchemaAgentProviderCreate


_PROPERTIES: frozenset[str] = frozenset(
    {
        "description",
        "id",
        "name",
        "project",
        "language",
        "telephony",
        "provider",
        "agent_speaks_first",
        "predefined_metrics",
        "knowledge_base_files",
        "enabled_personalities",
        "webhook_url",
        "webhook_secret",
        "webhook_secret_configured",
        "mock_tools",
        "mock_tools_enabled",
        "mock_tools_provider",
        "dynamic_variables",
        "created_at",
        "updated_at",
        "email_id",
    }
)

T = TypeVar("T", bound="SchemaPostAIAgentV2")


@_attrs_define
class SchemaPostAIAgentV2:
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
    language: SchemaPostAIAgentV2Language | Unset = SchemaPostAIAgentV2Language.EN
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
    provider: SchemaAgentProviderCreate | Unset = UNSET
    """ AI platform integration. Nested credentials replace the flat {provider}_api_key fields. """
    agent_speaks_first: bool | None | Unset = UNSET
    """ True = agent speaks first; False = test user speaks first; null = auto-detect. """
    predefined_metrics: Any | Unset = UNSET
    """ predefined metrics to use for the agent """
    knowledge_base_files: list[AgentKnowledgeBaseFileWrite] | Unset = UNSET
    """ Full desired set of knowledge base files. Reference existing by `id`; add new ones with `file_name` +
    `content_base64`. Omitted existing files are deleted. """
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
    mock_tools: list[AgentMockToolWrite] | Unset = UNSET
    """ Full desired set of mock tools. Items with `id` (or a matching `name`) update existing tools; items without
    create new ones. Omitted existing tools are deleted. """
    mock_tools_enabled: bool | Unset = UNSET
    """ Whether mock tools should be selected by default when configuring a run. """
    mock_tools_provider: None | str | Unset = UNSET
    """ Provider the mock tools were fetched from (vapi, retell, elevenlabs, custom). Null until auto-fetch has been
    run. """
    dynamic_variables: list[AgentDynamicVariableWrite] | Unset = UNSET
    """ Full desired set of dynamic variable definitions, matched by name. Omitted existing variables are deleted.
    """
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
            "description": self.description,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.language, Unset):
            field_dict["language"] = (
                self.language._value_
                if type(self.language) is SchemaPostAIAgentV2Language
                else enum_value(SchemaPostAIAgentV2Language, self.language, "language", self)
            )
        if not isinstance(self.telephony, Unset):
            field_dict["telephony"] = (
                self.telephony.to_dict()
                if type(self.telephony) is AgentTelephony
                else written(self.telephony, "telephony", self)
            )
        if not isinstance(self.provider, Unset):
            field_dict["provider"] = (
                self.provider.to_dict()
                if type(self.provider) is SchemaAgentProviderCreate
                else written(self.provider, "provider", self)
            )
        if not isinstance(self.agent_speaks_first, Unset):
            field_dict["agent_speaks_first"] = self.agent_speaks_first
        if not isinstance(self.predefined_metrics, Unset):
            field_dict["predefined_metrics"] = self.predefined_metrics
        if not isinstance(self.knowledge_base_files, Unset):
            field_dict["knowledge_base_files"] = (
                [
                    element.to_dict()
                    if type(element) is AgentKnowledgeBaseFileWrite
                    else written(element, "knowledge_base_files", self)
                    for element in self.knowledge_base_files
                ]
                if type(self.knowledge_base_files) is list
                else written(self.knowledge_base_files, "knowledge_base_files", self)
            )
        if not isinstance(self.enabled_personalities, Unset) and _response:
            field_dict["enabled_personalities"] = self.enabled_personalities
        if not isinstance(self.webhook_url, Unset):
            field_dict["webhook_url"] = self.webhook_url
        if not isinstance(self.webhook_secret, Unset):
            field_dict["webhook_secret"] = self.webhook_secret
        if not isinstance(self.webhook_secret_configured, Unset) and _response:
            field_dict["webhook_secret_configured"] = self.webhook_secret_configured
        if not isinstance(self.mock_tools, Unset):
            field_dict["mock_tools"] = (
                [
                    element.to_dict() if type(element) is AgentMockToolWrite else written(element, "mock_tools", self)
                    for element in self.mock_tools
                ]
                if type(self.mock_tools) is list
                else written(self.mock_tools, "mock_tools", self)
            )
        if not isinstance(self.mock_tools_enabled, Unset):
            field_dict["mock_tools_enabled"] = self.mock_tools_enabled
        if not isinstance(self.mock_tools_provider, Unset) and _response:
            field_dict["mock_tools_provider"] = self.mock_tools_provider
        if not isinstance(self.dynamic_variables, Unset):
            field_dict["dynamic_variables"] = (
                [
                    element.to_dict()
                    if type(element) is AgentDynamicVariableWrite
                    else written(element, "dynamic_variables", self)
                    for element in self.dynamic_variables
                ]
                if type(self.dynamic_variables) is list
                else written(self.dynamic_variables, "dynamic_variables", self)
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
        if not isinstance(self.email_id, Unset):
            field_dict["email_id"] = self.email_id
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(
                (
                    "language",
                    (
                        None,
                        str(enum_value(SchemaPostAIAgentV2Language, self.language, "language")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.telephony, Unset):
            files.append(("telephony", (None, json.dumps(self.telephony.to_dict()).encode(), "application/json")))

        if not isinstance(self.provider, Unset):
            files.append(("provider", (None, json.dumps(self.provider.to_dict()).encode(), "application/json")))

        if not isinstance(self.agent_speaks_first, Unset):
            if isinstance(self.agent_speaks_first, bool):
                files.append(("agent_speaks_first", (None, str(self.agent_speaks_first).encode(), "text/plain")))
            else:
                files.append(("agent_speaks_first", (None, b"", "text/plain")))

        if not isinstance(self.predefined_metrics, Unset):
            files.append(
                ("predefined_metrics", (None, form_text(self.predefined_metrics, "predefined_metrics"), "text/plain"))
            )

        if not isinstance(self.knowledge_base_files, Unset):
            for knowledge_base_files_item_element in self.knowledge_base_files:
                files.append(
                    (
                        "knowledge_base_files",
                        (None, json.dumps(knowledge_base_files_item_element.to_dict()).encode(), "application/json"),
                    )
                )

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.webhook_secret, Unset):
            files.append(("webhook_secret", (None, str(self.webhook_secret).encode(), "text/plain")))

        if not isinstance(self.mock_tools, Unset):
            for mock_tools_item_element in self.mock_tools:
                files.append(
                    ("mock_tools", (None, json.dumps(mock_tools_item_element.to_dict()).encode(), "application/json"))
                )

        if not isinstance(self.mock_tools_enabled, Unset):
            files.append(("mock_tools_enabled", (None, str(self.mock_tools_enabled).encode(), "text/plain")))

        if not isinstance(self.dynamic_variables, Unset):
            for dynamic_variables_item_element in self.dynamic_variables:
                files.append(
                    (
                        "dynamic_variables",
                        (None, json.dumps(dynamic_variables_item_element.to_dict()).encode(), "application/json"),
                    )
                )

        if not isinstance(self.email_id, Unset):
            if isinstance(self.email_id, str):
                files.append(("email_id", (None, str(self.email_id).encode(), "text/plain")))
            else:
                files.append(("email_id", (None, b"", "text/plain")))

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
            _present = 1
            _field = "description"
            try:
                description: Any = src_dict["description"]
                if type(description) is not str:
                    description = checked(description, (str,))
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

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

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    language = (
                        SchemaPostAIAgentV2Language._value2member_map_.get(language)
                        or SchemaPostAIAgentV2Language(language)
                        if type(language) is str
                        else checked(language, (SchemaPostAIAgentV2Language,))
                    )
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(src_dict, "language", _error, _found, "SchemaPostAIAgentV2Language")

            _field = "telephony"
            try:
                if "telephony" in src_dict:
                    telephony: Any = src_dict["telephony"]
                    _present += 1
                    telephony = AgentTelephony.from_dict(telephony)
                else:
                    telephony = UNSET
            except FIELD_ERRORS as _error:
                telephony, _found = tolerated(src_dict, "telephony", _error, _found, "AgentTelephony")

            _field = "provider"
            try:
                if "provider" in src_dict:
                    provider: Any = src_dict["provider"]
                    _present += 1
                    provider = SchemaAgentProviderCreate.from_dict(provider)
                else:
                    provider = UNSET
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(src_dict, "provider", _error, _found, "SchemaAgentProviderCreate")

            _field = "agent_speaks_first"
            try:
                if "agent_speaks_first" in src_dict:
                    agent_speaks_first: Any = src_dict["agent_speaks_first"]
                    _present += 1
                    if agent_speaks_first is not None:
                        if type(agent_speaks_first) is not bool:
                            agent_speaks_first = checked(agent_speaks_first, (bool, type(None)))
                else:
                    agent_speaks_first = UNSET
            except FIELD_ERRORS as _error:
                agent_speaks_first, _found = tolerated(src_dict, "agent_speaks_first", _error, _found, "bool | None")

            _field = "predefined_metrics"
            try:
                if "predefined_metrics" in src_dict:
                    predefined_metrics: Any = src_dict["predefined_metrics"]
                    _present += 1

                else:
                    predefined_metrics = UNSET
            except FIELD_ERRORS as _error:
                predefined_metrics, _found = tolerated(src_dict, "predefined_metrics", _error, _found, "Any")

            _field = "knowledge_base_files"
            try:
                if "knowledge_base_files" in src_dict:
                    knowledge_base_files: Any = src_dict["knowledge_base_files"]
                    _present += 1
                    if type(knowledge_base_files) is not list:
                        knowledge_base_files = checked(knowledge_base_files, (list,))
                    knowledge_base_files = [
                        AgentKnowledgeBaseFileWrite.from_dict(element) for element in knowledge_base_files
                    ]

                else:
                    knowledge_base_files = UNSET
            except FIELD_ERRORS as _error:
                knowledge_base_files, _found = tolerated(
                    src_dict,
                    "knowledge_base_files",
                    _error,
                    _found,
                    "list[AgentKnowledgeBaseFileWrite]",
                    lambda element: AgentKnowledgeBaseFileWrite.from_dict(element),
                )

            _field = "enabled_personalities"
            try:
                if "enabled_personalities" in src_dict:
                    enabled_personalities: Any = src_dict["enabled_personalities"]
                    _present += 1
                    if type(enabled_personalities) is not list:
                        enabled_personalities = checked(enabled_personalities, (list,))
                    for _item in enabled_personalities:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    enabled_personalities = UNSET
            except FIELD_ERRORS as _error:
                enabled_personalities, _found = tolerated(
                    src_dict,
                    "enabled_personalities",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

            _field = "webhook_url"
            try:
                if "webhook_url" in src_dict:
                    webhook_url: Any = src_dict["webhook_url"]
                    _present += 1
                    if type(webhook_url) is not str:
                        webhook_url = checked(webhook_url, (str,))
                else:
                    webhook_url = UNSET
            except FIELD_ERRORS as _error:
                webhook_url, _found = tolerated(src_dict, "webhook_url", _error, _found, "str")

            _field = "webhook_secret"
            try:
                if "webhook_secret" in src_dict:
                    webhook_secret: Any = src_dict["webhook_secret"]
                    _present += 1
                    if type(webhook_secret) is not str:
                        webhook_secret = checked(webhook_secret, (str,))
                else:
                    webhook_secret = UNSET
            except FIELD_ERRORS as _error:
                webhook_secret, _found = tolerated(src_dict, "webhook_secret", _error, _found, "str")

            _field = "webhook_secret_configured"
            try:
                if "webhook_secret_configured" in src_dict:
                    webhook_secret_configured: Any = src_dict["webhook_secret_configured"]
                    _present += 1
                    if type(webhook_secret_configured) is not str:
                        webhook_secret_configured = checked(webhook_secret_configured, (str,))
                else:
                    webhook_secret_configured = UNSET
            except FIELD_ERRORS as _error:
                webhook_secret_configured, _found = tolerated(
                    src_dict, "webhook_secret_configured", _error, _found, "str"
                )

            _field = "mock_tools"
            try:
                if "mock_tools" in src_dict:
                    mock_tools: Any = src_dict["mock_tools"]
                    _present += 1
                    if type(mock_tools) is not list:
                        mock_tools = checked(mock_tools, (list,))
                    mock_tools = [AgentMockToolWrite.from_dict(element) for element in mock_tools]

                else:
                    mock_tools = UNSET
            except FIELD_ERRORS as _error:
                mock_tools, _found = tolerated(
                    src_dict,
                    "mock_tools",
                    _error,
                    _found,
                    "list[AgentMockToolWrite]",
                    lambda element: AgentMockToolWrite.from_dict(element),
                )

            _field = "mock_tools_enabled"
            try:
                if "mock_tools_enabled" in src_dict:
                    mock_tools_enabled: Any = src_dict["mock_tools_enabled"]
                    _present += 1
                    if type(mock_tools_enabled) is not bool:
                        mock_tools_enabled = checked(mock_tools_enabled, (bool,))
                else:
                    mock_tools_enabled = UNSET
            except FIELD_ERRORS as _error:
                mock_tools_enabled, _found = tolerated(src_dict, "mock_tools_enabled", _error, _found, "bool")

            _field = "mock_tools_provider"
            try:
                if "mock_tools_provider" in src_dict:
                    mock_tools_provider: Any = src_dict["mock_tools_provider"]
                    _present += 1
                    if mock_tools_provider is not None:
                        if type(mock_tools_provider) is not str:
                            mock_tools_provider = checked(mock_tools_provider, (str, type(None)))
                else:
                    mock_tools_provider = UNSET
            except FIELD_ERRORS as _error:
                mock_tools_provider, _found = tolerated(src_dict, "mock_tools_provider", _error, _found, "None | str")

            _field = "dynamic_variables"
            try:
                if "dynamic_variables" in src_dict:
                    dynamic_variables: Any = src_dict["dynamic_variables"]
                    _present += 1
                    if type(dynamic_variables) is not list:
                        dynamic_variables = checked(dynamic_variables, (list,))
                    dynamic_variables = [AgentDynamicVariableWrite.from_dict(element) for element in dynamic_variables]

                else:
                    dynamic_variables = UNSET
            except FIELD_ERRORS as _error:
                dynamic_variables, _found = tolerated(
                    src_dict,
                    "dynamic_variables",
                    _error,
                    _found,
                    "list[AgentDynamicVariableWrite]",
                    lambda element: AgentDynamicVariableWrite.from_dict(element),
                )

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

            _field = "email_id"
            try:
                if "email_id" in src_dict:
                    email_id: Any = src_dict["email_id"]
                    _present += 1
                    if email_id is not None:
                        if type(email_id) is not str:
                            email_id = checked(email_id, (str, type(None)))
                else:
                    email_id = UNSET
            except FIELD_ERRORS as _error:
                email_id, _found = tolerated(src_dict, "email_id", _error, _found, "None | str")

            _instance = cls(
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, AgentDynamicVariableWrite, AgentKnowledgeBaseFileWrite, AgentMockToolWrite, AgentTelephony, SchemaAgentProviderCreate  # noqa: PLW0603
    from ..models.agent_dynamic_variable_write import AgentDynamicVariableWrite  # noqa: PLC0415
    from ..models.agent_knowledge_base_file_write import AgentKnowledgeBaseFileWrite  # noqa: PLC0415
    from ..models.agent_mock_tool_write import AgentMockToolWrite  # noqa: PLC0415
    from ..models.agent_telephony import AgentTelephony  # noqa: PLC0415
    from ..models.schema_agent_provider_create import SchemaAgentProviderCreate  # noqa: PLC0415

    _imports_pending = False
