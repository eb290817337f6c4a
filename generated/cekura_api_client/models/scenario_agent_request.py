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
    from ..models.conversation_context_item import ConversationContextItem
    from ..models.scenario_agent_request_agent_selections import ScenarioAgentRequestAgentSelections
    from ..models.scenario_agent_request_pending_tool_calls_type_0_item import (
        ScenarioAgentRequestPendingToolCallsType0Item,
    )
    from ..models.scenario_agent_request_updated_scenarios_item import ScenarioAgentRequestUpdatedScenariosItem


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

    def to_dict(self) -> dict[str, Any]:
        user_message = self.user_message

        agent_id: int | None | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        session_id: int | None | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        context: list[dict[str, Any]] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, list):
            context = []
            for context_type_0_item_data in self.context:
                context_type_0_item = context_type_0_item_data.to_dict()
                context.append(context_type_0_item)

        else:
            context = self.context

        num_scenarios = self.num_scenarios

        knowledge_base: list[int] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = self.knowledge_base

        scenarios: Any | None | Unset
        if isinstance(self.scenarios, Unset):
            scenarios = UNSET
        else:
            scenarios = self.scenarios

        apply_changes = self.apply_changes

        updated_scenarios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updated_scenarios, Unset):
            updated_scenarios = []
            for updated_scenarios_item_data in self.updated_scenarios:
                updated_scenarios_item = updated_scenarios_item_data.to_dict()
                updated_scenarios.append(updated_scenarios_item)

        agent_selections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_selections, Unset):
            agent_selections = self.agent_selections.to_dict()

        agent_resolution_response = self.agent_resolution_response

        scenarios_needing_agent: list[int] | Unset = UNSET
        if not isinstance(self.scenarios_needing_agent, Unset):
            scenarios_needing_agent = self.scenarios_needing_agent

        pending_tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.pending_tool_calls, Unset):
            pending_tool_calls = UNSET
        elif isinstance(self.pending_tool_calls, list):
            pending_tool_calls = []
            for pending_tool_calls_type_0_item_data in self.pending_tool_calls:
                pending_tool_calls_type_0_item = pending_tool_calls_type_0_item_data.to_dict()
                pending_tool_calls.append(pending_tool_calls_type_0_item)

        else:
            pending_tool_calls = self.pending_tool_calls

        tool_ids: list[str] | Unset = UNSET
        if not isinstance(self.tool_ids, Unset):
            tool_ids = self.tool_ids

        inbound_phone_numbers: list[int] | Unset = UNSET
        if not isinstance(self.inbound_phone_numbers, Unset):
            inbound_phone_numbers = self.inbound_phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_message is not UNSET:
            field_dict["user_message"] = user_message
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if context is not UNSET:
            field_dict["context"] = context
        if num_scenarios is not UNSET:
            field_dict["num_scenarios"] = num_scenarios
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if apply_changes is not UNSET:
            field_dict["apply_changes"] = apply_changes
        if updated_scenarios is not UNSET:
            field_dict["updated_scenarios"] = updated_scenarios
        if agent_selections is not UNSET:
            field_dict["agent_selections"] = agent_selections
        if agent_resolution_response is not UNSET:
            field_dict["agent_resolution_response"] = agent_resolution_response
        if scenarios_needing_agent is not UNSET:
            field_dict["scenarios_needing_agent"] = scenarios_needing_agent
        if pending_tool_calls is not UNSET:
            field_dict["pending_tool_calls"] = pending_tool_calls
        if tool_ids is not UNSET:
            field_dict["tool_ids"] = tool_ids
        if inbound_phone_numbers is not UNSET:
            field_dict["inbound_phone_numbers"] = inbound_phone_numbers

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.user_message, Unset):
            files.append(("user_message", (None, str(self.user_message).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            if isinstance(self.agent_id, int):
                files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))
            else:
                files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.project_id, Unset):
            if isinstance(self.project_id, int):
                files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))
            else:
                files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.session_id, Unset):
            if isinstance(self.session_id, int):
                files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))
            else:
                files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))

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
                files.append(("context", (None, str(self.context).encode(), "text/plain")))

        if not isinstance(self.num_scenarios, Unset):
            files.append(("num_scenarios", (None, str(self.num_scenarios).encode(), "text/plain")))

        if not isinstance(self.knowledge_base, Unset):
            for knowledge_base_item_element in self.knowledge_base:
                files.append(("knowledge_base", (None, str(knowledge_base_item_element).encode(), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            if isinstance(self.scenarios, Any):
                files.append(("scenarios", (None, str(self.scenarios).encode(), "text/plain")))
            else:
                files.append(("scenarios", (None, str(self.scenarios).encode(), "text/plain")))

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
                files.append(("pending_tool_calls", (None, str(self.pending_tool_calls).encode(), "text/plain")))

        if not isinstance(self.tool_ids, Unset):
            for tool_ids_item_element in self.tool_ids:
                files.append(("tool_ids", (None, str(tool_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.inbound_phone_numbers, Unset):
            for inbound_phone_numbers_item_element in self.inbound_phone_numbers:
                files.append(
                    ("inbound_phone_numbers", (None, str(inbound_phone_numbers_item_element).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_context_item import ConversationContextItem  # noqa: PLC0415
        from ..models.scenario_agent_request_agent_selections import ScenarioAgentRequestAgentSelections  # noqa: PLC0415
        from ..models.scenario_agent_request_pending_tool_calls_type_0_item import (
            ScenarioAgentRequestPendingToolCallsType0Item,  # noqa: PLC0415
        )
        from ..models.scenario_agent_request_updated_scenarios_item import ScenarioAgentRequestUpdatedScenariosItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "user_message"
            user_message = d.pop("user_message", UNSET)
            if not isinstance(user_message, (str, Unset)):
                expect(user_message, (str, Unset))

            _field = "agent_id"

            def _parse_agent_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

            if not isinstance(agent_id, (int, type(None), Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, type(None), Unset))

            _field = "project_id"

            def _parse_project_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project_id = _parse_project_id(d.pop("project_id", UNSET))

            if not isinstance(project_id, (int, type(None), Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, type(None), Unset))

            _field = "session_id"

            def _parse_session_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            session_id = _parse_session_id(d.pop("session_id", UNSET))

            if not isinstance(session_id, (int, type(None), Unset)) or isinstance(session_id, bool):
                expect(session_id, (int, type(None), Unset))

            _field = "context"

            def _parse_context(data: object) -> list[ConversationContextItem] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    context_type_0 = []
                    _context_type_0 = data
                    for context_type_0_item_data in _context_type_0:
                        context_type_0_item = ConversationContextItem.from_dict(context_type_0_item_data)

                        context_type_0.append(context_type_0_item)

                    return context_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ConversationContextItem] | None | Unset, data)

            context = _parse_context(d.pop("context", UNSET))

            if not isinstance(context, (list, type(None), Unset)):
                expect(context, (list, type(None), Unset))

            _field = "num_scenarios"
            num_scenarios = d.pop("num_scenarios", UNSET)
            if not isinstance(num_scenarios, (int, Unset)) or isinstance(num_scenarios, bool):
                expect(num_scenarios, (int, Unset))

            _field = "knowledge_base"
            knowledge_base = cast(list[int], d.pop("knowledge_base", UNSET))

            if not isinstance(knowledge_base, (list, Unset)):
                expect(knowledge_base, (list, Unset))

            _field = "scenarios"

            def _parse_scenarios(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            scenarios = _parse_scenarios(d.pop("scenarios", UNSET))

            _field = "apply_changes"
            apply_changes = d.pop("apply_changes", UNSET)
            if not isinstance(apply_changes, (bool, Unset)):
                expect(apply_changes, (bool, Unset))

            _field = "updated_scenarios"
            _updated_scenarios = d.pop("updated_scenarios", UNSET)
            updated_scenarios: list[ScenarioAgentRequestUpdatedScenariosItem] | Unset = UNSET
            if _updated_scenarios is not UNSET:
                updated_scenarios = []
                for updated_scenarios_item_data in _updated_scenarios:
                    updated_scenarios_item = ScenarioAgentRequestUpdatedScenariosItem.from_dict(
                        updated_scenarios_item_data
                    )

                    updated_scenarios.append(updated_scenarios_item)

            if not isinstance(updated_scenarios, (list, Unset)):
                expect(updated_scenarios, (list, Unset))

            _field = "agent_selections"
            _agent_selections = d.pop("agent_selections", UNSET)
            agent_selections: ScenarioAgentRequestAgentSelections | Unset
            if isinstance(_agent_selections, Unset):
                agent_selections = UNSET
            else:
                agent_selections = ScenarioAgentRequestAgentSelections.from_dict(_agent_selections)

            if not isinstance(agent_selections, (ScenarioAgentRequestAgentSelections, Unset)):
                expect(agent_selections, (ScenarioAgentRequestAgentSelections, Unset))

            _field = "agent_resolution_response"
            agent_resolution_response = d.pop("agent_resolution_response", UNSET)
            if not isinstance(agent_resolution_response, (str, Unset)):
                expect(agent_resolution_response, (str, Unset))

            _field = "scenarios_needing_agent"
            scenarios_needing_agent = cast(list[int], d.pop("scenarios_needing_agent", UNSET))

            if not isinstance(scenarios_needing_agent, (list, Unset)):
                expect(scenarios_needing_agent, (list, Unset))

            _field = "pending_tool_calls"

            def _parse_pending_tool_calls(
                data: object,
            ) -> list[ScenarioAgentRequestPendingToolCallsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    pending_tool_calls_type_0 = []
                    _pending_tool_calls_type_0 = data
                    for pending_tool_calls_type_0_item_data in _pending_tool_calls_type_0:
                        pending_tool_calls_type_0_item = ScenarioAgentRequestPendingToolCallsType0Item.from_dict(
                            pending_tool_calls_type_0_item_data
                        )

                        pending_tool_calls_type_0.append(pending_tool_calls_type_0_item)

                    return pending_tool_calls_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ScenarioAgentRequestPendingToolCallsType0Item] | None | Unset, data)

            pending_tool_calls = _parse_pending_tool_calls(d.pop("pending_tool_calls", UNSET))

            if not isinstance(pending_tool_calls, (list, type(None), Unset)):
                expect(pending_tool_calls, (list, type(None), Unset))

            _field = "tool_ids"
            tool_ids = cast(list[str], d.pop("tool_ids", UNSET))

            if not isinstance(tool_ids, (list, Unset)):
                expect(tool_ids, (list, Unset))

            _field = "inbound_phone_numbers"
            inbound_phone_numbers = cast(list[int], d.pop("inbound_phone_numbers", UNSET))

            if not isinstance(inbound_phone_numbers, (list, Unset)):
                expect(inbound_phone_numbers, (list, Unset))

            scenario_agent_request = cls(
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

            scenario_agent_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_agent_request

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
