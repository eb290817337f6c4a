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
    from ..models.conversation_context_item import ConversationContextItem
    from ..models.scenario_agent_request_agent_selections import ScenarioAgentRequestAgentSelections
    from ..models.scenario_agent_request_pending_tool_calls_type_0_item import (
        ScenarioAgentRequestPendingToolCallsType0Item,
    )
    from ..models.scenario_agent_request_updated_scenarios_item import ScenarioAgentRequestUpdatedScenariosItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "user_message",
        "agent_id",
        "project_id",
        "session_id",
        "context",
        "num_scenarios",
        "knowledge_base",
        "scenarios",
        "apply_changes",
        "updated_scenarios",
        "agent_selections",
        "agent_resolution_response",
        "scenarios_needing_agent",
        "pending_tool_calls",
        "tool_ids",
        "inbound_phone_numbers",
    }
)

T = TypeVar("T", bound="ScenarioAgentRequest")


@_attrs_define
class ScenarioAgentRequest:
    """Create or improve evaluator scenarios using AI by providing natural-language
    feedback. This endpoint does not improve the target AI agent itself.

    Provide evaluator IDs and your improvement request, and the AI will suggest changes.

    """

    user_message: str | Unset = ""
    """ Evaluator-scenario request (e.g., 'Make these scenario instructions more detailed'). Do not use for agent
    prompt/config improvements. """
    agent_id: int | None | Unset = UNSET
    """ Agent ID - optional, automatically inferred from evaluators if not provided """
    project_id: int | None | Unset = UNSET
    """ Project ID - optional, automatically inferred from evaluators if not provided """
    session_id: int | None | Unset = UNSET
    """ Session ID for tracking - automatically created if not provided """
    context: list[ConversationContextItem] | None | Unset = UNSET
    """
    Conversation history for multi-turn improvements. Allows iterative refinement without sessions.

    Example:
    ```json
    [
       {
          "role": "user",
          "content": "Add DTMF tool to all evaluators"
       },
       {
          "role": "assistant",
          "content": "Added DTMF tool to 3 evaluators"
       },
       {
          "role": "user",
          "content": "Make the instructions more detailed"
       },
       {
          "role": "assistant",
          "content": "Updated instructions to be more detailed for 3 evaluators"
       }
    ]
    ```
     """
    num_scenarios: int | Unset = 1
    """ Number of scenarios to generate in clarify mode """
    knowledge_base: list[int] | Unset = UNSET
    """ Knowledge Base file IDs for additional context in clarify mode """
    scenarios: Any | None | Unset = UNSET
    """ Evaluator IDs to improve. Pass as a list of integers `[101, 102]`, a single integer `101`, or the string
    `"all"` to improve all evaluators for the agent. Do not pass IDs as a JSON-stringified list — pass them as a
    native array. """
    apply_changes: bool | Unset = False
    """ Set to true to apply the AI-suggested changes to your evaluators """
    updated_scenarios: list[ScenarioAgentRequestUpdatedScenariosItem] | Unset = UNSET
    """ AI-suggested changes from previous response - use with apply_changes=true to apply them """
    agent_selections: ScenarioAgentRequestAgentSelections | Unset = UNSET
    """ Structured agent selections: maps scenario_id (as string key) to agent_id. Use this instead of
    agent_resolution_response. """
    agent_resolution_response: str | Unset = ""
    """ Deprecated: use agent_selections instead """
    scenarios_needing_agent: list[int] | Unset = UNSET
    """ Evaluator IDs that required agent selection """
    pending_tool_calls: list[ScenarioAgentRequestPendingToolCallsType0Item] | None | Unset = UNSET
    """ Tool calls held from a previous agent-clarification response """
    tool_ids: list[str] | Unset = UNSET
    """ Tools that will be enabled on the generated evaluators (validated up front) """
    inbound_phone_numbers: list[int] | Unset = UNSET
    """ Inbound numbers that will be attached to the generated evaluators (validated up front) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.user_message, Unset):
            field_dict["user_message"] = self.user_message
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.session_id, Unset):
            field_dict["session_id"] = self.session_id
        if not isinstance(self.context, Unset):
            field_dict["context"] = (
                None
                if self.context is None
                else [
                    element.to_dict() if type(element) is ConversationContextItem else written(element, "context", self)
                    for element in self.context
                ]
                if type(self.context) is list
                else written(self.context, "context", self)
            )
        if not isinstance(self.num_scenarios, Unset):
            field_dict["num_scenarios"] = self.num_scenarios
        if not isinstance(self.knowledge_base, Unset):
            field_dict["knowledge_base"] = self.knowledge_base
        if not isinstance(self.scenarios, Unset):
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.apply_changes, Unset):
            field_dict["apply_changes"] = self.apply_changes
        if not isinstance(self.updated_scenarios, Unset):
            field_dict["updated_scenarios"] = (
                [
                    element.to_dict()
                    if type(element) is ScenarioAgentRequestUpdatedScenariosItem
                    else written(element, "updated_scenarios", self)
                    for element in self.updated_scenarios
                ]
                if type(self.updated_scenarios) is list
                else written(self.updated_scenarios, "updated_scenarios", self)
            )
        if not isinstance(self.agent_selections, Unset):
            field_dict["agent_selections"] = (
                self.agent_selections.to_dict()
                if type(self.agent_selections) is ScenarioAgentRequestAgentSelections
                else written(self.agent_selections, "agent_selections", self)
            )
        if not isinstance(self.agent_resolution_response, Unset):
            field_dict["agent_resolution_response"] = self.agent_resolution_response
        if not isinstance(self.scenarios_needing_agent, Unset):
            field_dict["scenarios_needing_agent"] = self.scenarios_needing_agent
        if not isinstance(self.pending_tool_calls, Unset):
            field_dict["pending_tool_calls"] = (
                None
                if self.pending_tool_calls is None
                else [
                    element.to_dict()
                    if type(element) is ScenarioAgentRequestPendingToolCallsType0Item
                    else written(element, "pending_tool_calls", self)
                    for element in self.pending_tool_calls
                ]
                if type(self.pending_tool_calls) is list
                else written(self.pending_tool_calls, "pending_tool_calls", self)
            )
        if not isinstance(self.tool_ids, Unset):
            field_dict["tool_ids"] = self.tool_ids
        if not isinstance(self.inbound_phone_numbers, Unset):
            field_dict["inbound_phone_numbers"] = self.inbound_phone_numbers
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.user_message, Unset):
            files.append(("user_message", (None, str(self.user_message).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            if isinstance(self.agent_id, int):
                files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))
            else:
                files.append(("agent_id", (None, b"", "text/plain")))

        if not isinstance(self.project_id, Unset):
            if isinstance(self.project_id, int):
                files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))
            else:
                files.append(("project_id", (None, b"", "text/plain")))

        if not isinstance(self.session_id, Unset):
            if isinstance(self.session_id, int):
                files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))
            else:
                files.append(("session_id", (None, b"", "text/plain")))

        if not isinstance(self.context, Unset):
            if isinstance(self.context, list):
                for context_type_0_item_element in self.context:
                    files.append(
                        (
                            "context",
                            (None, json.dumps(context_type_0_item_element.to_dict()).encode(), "application/json"),
                        )
                    )
            else:
                files.append(("context", (None, b"", "text/plain")))

        if not isinstance(self.num_scenarios, Unset):
            files.append(("num_scenarios", (None, str(self.num_scenarios).encode(), "text/plain")))

        if not isinstance(self.knowledge_base, Unset):
            for knowledge_base_item_element in self.knowledge_base:
                files.append(("knowledge_base", (None, str(knowledge_base_item_element).encode(), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            if isinstance(self.scenarios, Any):
                files.append(("scenarios", (None, form_text(self.scenarios, "scenarios"), "text/plain")))
            else:
                files.append(("scenarios", (None, b"", "text/plain")))

        if not isinstance(self.apply_changes, Unset):
            files.append(("apply_changes", (None, str(self.apply_changes).encode(), "text/plain")))

        if not isinstance(self.updated_scenarios, Unset):
            for updated_scenarios_item_element in self.updated_scenarios:
                files.append(
                    (
                        "updated_scenarios",
                        (None, json.dumps(updated_scenarios_item_element.to_dict()).encode(), "application/json"),
                    )
                )

        if not isinstance(self.agent_selections, Unset):
            files.append(
                ("agent_selections", (None, json.dumps(self.agent_selections.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.agent_resolution_response, Unset):
            files.append(
                ("agent_resolution_response", (None, str(self.agent_resolution_response).encode(), "text/plain"))
            )

        if not isinstance(self.scenarios_needing_agent, Unset):
            for scenarios_needing_agent_item_element in self.scenarios_needing_agent:
                files.append(
                    (
                        "scenarios_needing_agent",
                        (None, str(scenarios_needing_agent_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.pending_tool_calls, Unset):
            if isinstance(self.pending_tool_calls, list):
                for pending_tool_calls_type_0_item_element in self.pending_tool_calls:
                    files.append(
                        (
                            "pending_tool_calls",
                            (
                                None,
                                json.dumps(pending_tool_calls_type_0_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
            else:
                files.append(("pending_tool_calls", (None, b"", "text/plain")))

        if not isinstance(self.tool_ids, Unset):
            for tool_ids_item_element in self.tool_ids:
                files.append(("tool_ids", (None, str(tool_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_numbers, Unset):
            for inbound_phone_numbers_item_element in self.inbound_phone_numbers:
                files.append(
                    ("inbound_phone_numbers", (None, str(inbound_phone_numbers_item_element).encode(), "text/plain"))
                )

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
            _field = "user_message"
            try:
                if "user_message" in src_dict:
                    user_message: Any = src_dict["user_message"]
                    _present += 1
                    if type(user_message) is not str:
                        user_message = checked(user_message, (str,))
                else:
                    user_message = UNSET
            except FIELD_ERRORS as _error:
                user_message, _found = tolerated(src_dict, "user_message", _error, _found, "str")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if agent_id is not None:
                        if type(agent_id) is not int:
                            agent_id = checked(agent_id, (int, type(None)))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int | None")

            _field = "project_id"
            try:
                if "project_id" in src_dict:
                    project_id: Any = src_dict["project_id"]
                    _present += 1
                    if project_id is not None:
                        if type(project_id) is not int:
                            project_id = checked(project_id, (int, type(None)))
                else:
                    project_id = UNSET
            except FIELD_ERRORS as _error:
                project_id, _found = tolerated(src_dict, "project_id", _error, _found, "int | None")

            _field = "session_id"
            try:
                if "session_id" in src_dict:
                    session_id: Any = src_dict["session_id"]
                    _present += 1
                    if session_id is not None:
                        if type(session_id) is not int:
                            session_id = checked(session_id, (int, type(None)))
                else:
                    session_id = UNSET
            except FIELD_ERRORS as _error:
                session_id, _found = tolerated(src_dict, "session_id", _error, _found, "int | None")

            _field = "context"
            try:
                if "context" in src_dict:
                    context: Any = src_dict["context"]
                    _present += 1
                    if context is not None:
                        if type(context) is not list:
                            context = checked(context, (list, type(None)))
                        context = [ConversationContextItem.from_dict(element) for element in context]
                else:
                    context = UNSET
            except FIELD_ERRORS as _error:
                context, _found = tolerated(
                    src_dict,
                    "context",
                    _error,
                    _found,
                    "list[ConversationContextItem] | None",
                    lambda element: ConversationContextItem.from_dict(element),
                )

            _field = "num_scenarios"
            try:
                if "num_scenarios" in src_dict:
                    num_scenarios: Any = src_dict["num_scenarios"]
                    _present += 1
                    if type(num_scenarios) is not int:
                        num_scenarios = checked(num_scenarios, (int,))
                else:
                    num_scenarios = UNSET
            except FIELD_ERRORS as _error:
                num_scenarios, _found = tolerated(src_dict, "num_scenarios", _error, _found, "int")

            _field = "knowledge_base"
            try:
                if "knowledge_base" in src_dict:
                    knowledge_base: Any = src_dict["knowledge_base"]
                    _present += 1
                    if type(knowledge_base) is not list:
                        knowledge_base = checked(knowledge_base, (list,))
                    for _item in knowledge_base:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    knowledge_base = UNSET
            except FIELD_ERRORS as _error:
                knowledge_base, _found = tolerated(
                    src_dict, "knowledge_base", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1

                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(src_dict, "scenarios", _error, _found, "Any | None")

            _field = "apply_changes"
            try:
                if "apply_changes" in src_dict:
                    apply_changes: Any = src_dict["apply_changes"]
                    _present += 1
                    if type(apply_changes) is not bool:
                        apply_changes = checked(apply_changes, (bool,))
                else:
                    apply_changes = UNSET
            except FIELD_ERRORS as _error:
                apply_changes, _found = tolerated(src_dict, "apply_changes", _error, _found, "bool")

            _field = "updated_scenarios"
            try:
                if "updated_scenarios" in src_dict:
                    updated_scenarios: Any = src_dict["updated_scenarios"]
                    _present += 1
                    if type(updated_scenarios) is not list:
                        updated_scenarios = checked(updated_scenarios, (list,))
                    updated_scenarios = [
                        ScenarioAgentRequestUpdatedScenariosItem.from_dict(element) for element in updated_scenarios
                    ]

                else:
                    updated_scenarios = UNSET
            except FIELD_ERRORS as _error:
                updated_scenarios, _found = tolerated(
                    src_dict,
                    "updated_scenarios",
                    _error,
                    _found,
                    "list[ScenarioAgentRequestUpdatedScenariosItem]",
                    lambda element: ScenarioAgentRequestUpdatedScenariosItem.from_dict(element),
                )

            _field = "agent_selections"
            try:
                if "agent_selections" in src_dict:
                    agent_selections: Any = src_dict["agent_selections"]
                    _present += 1
                    agent_selections = ScenarioAgentRequestAgentSelections.from_dict(agent_selections)
                else:
                    agent_selections = UNSET
            except FIELD_ERRORS as _error:
                agent_selections, _found = tolerated(
                    src_dict, "agent_selections", _error, _found, "ScenarioAgentRequestAgentSelections"
                )

            _field = "agent_resolution_response"
            try:
                if "agent_resolution_response" in src_dict:
                    agent_resolution_response: Any = src_dict["agent_resolution_response"]
                    _present += 1
                    if type(agent_resolution_response) is not str:
                        agent_resolution_response = checked(agent_resolution_response, (str,))
                else:
                    agent_resolution_response = UNSET
            except FIELD_ERRORS as _error:
                agent_resolution_response, _found = tolerated(
                    src_dict, "agent_resolution_response", _error, _found, "str"
                )

            _field = "scenarios_needing_agent"
            try:
                if "scenarios_needing_agent" in src_dict:
                    scenarios_needing_agent: Any = src_dict["scenarios_needing_agent"]
                    _present += 1
                    if type(scenarios_needing_agent) is not list:
                        scenarios_needing_agent = checked(scenarios_needing_agent, (list,))
                    for _item in scenarios_needing_agent:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    scenarios_needing_agent = UNSET
            except FIELD_ERRORS as _error:
                scenarios_needing_agent, _found = tolerated(
                    src_dict,
                    "scenarios_needing_agent",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

            _field = "pending_tool_calls"
            try:
                if "pending_tool_calls" in src_dict:
                    pending_tool_calls: Any = src_dict["pending_tool_calls"]
                    _present += 1
                    if pending_tool_calls is not None:
                        if type(pending_tool_calls) is not list:
                            pending_tool_calls = checked(pending_tool_calls, (list, type(None)))
                        pending_tool_calls = [
                            ScenarioAgentRequestPendingToolCallsType0Item.from_dict(element)
                            for element in pending_tool_calls
                        ]
                else:
                    pending_tool_calls = UNSET
            except FIELD_ERRORS as _error:
                pending_tool_calls, _found = tolerated(
                    src_dict,
                    "pending_tool_calls",
                    _error,
                    _found,
                    "list[ScenarioAgentRequestPendingToolCallsType0Item] | None",
                    lambda element: ScenarioAgentRequestPendingToolCallsType0Item.from_dict(element),
                )

            _field = "tool_ids"
            try:
                if "tool_ids" in src_dict:
                    tool_ids: Any = src_dict["tool_ids"]
                    _present += 1
                    if type(tool_ids) is not list:
                        tool_ids = checked(tool_ids, (list,))
                    for _item in tool_ids:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    tool_ids = UNSET
            except FIELD_ERRORS as _error:
                tool_ids, _found = tolerated(
                    src_dict, "tool_ids", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "inbound_phone_numbers"
            try:
                if "inbound_phone_numbers" in src_dict:
                    inbound_phone_numbers: Any = src_dict["inbound_phone_numbers"]
                    _present += 1
                    if type(inbound_phone_numbers) is not list:
                        inbound_phone_numbers = checked(inbound_phone_numbers, (list,))
                    for _item in inbound_phone_numbers:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    inbound_phone_numbers = UNSET
            except FIELD_ERRORS as _error:
                inbound_phone_numbers, _found = tolerated(
                    src_dict,
                    "inbound_phone_numbers",
                    _error,
                    _found,
                    "list[int]",
                    lambda element: checked(element, (int,)),
                )

            _instance = cls(
                user_message=user_message,
                agent_id=agent_id,
                project_id=project_id,
                session_id=session_id,
                context=context,
                num_scenarios=num_scenarios,
                knowledge_base=knowledge_base,
                scenarios=scenarios,
                apply_changes=apply_changes,
                updated_scenarios=updated_scenarios,
                agent_selections=agent_selections,
                agent_resolution_response=agent_resolution_response,
                scenarios_needing_agent=scenarios_needing_agent,
                pending_tool_calls=pending_tool_calls,
                tool_ids=tool_ids,
                inbound_phone_numbers=inbound_phone_numbers,
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
    global _imports_pending, ConversationContextItem, ScenarioAgentRequestAgentSelections, ScenarioAgentRequestPendingToolCallsType0Item, ScenarioAgentRequestUpdatedScenariosItem  # noqa: PLW0603
    from ..models.conversation_context_item import ConversationContextItem  # noqa: PLC0415
    from ..models.scenario_agent_request_agent_selections import ScenarioAgentRequestAgentSelections  # noqa: PLC0415
    from ..models.scenario_agent_request_pending_tool_calls_type_0_item import (
        ScenarioAgentRequestPendingToolCallsType0Item,  # noqa: PLC0415
    )
    from ..models.scenario_agent_request_updated_scenarios_item import ScenarioAgentRequestUpdatedScenariosItem  # noqa: PLC0415

    _imports_pending = False
