from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.agent_improvement_session_slack_notification_status import AgentImprovementSessionSlackNotificationStatus
from ..models.agent_improvement_session_source import AgentImprovementSessionSource
from ..models.agent_improvement_session_stage_status_type_1 import AgentImprovementSessionStageStatusType1
from ..models.agent_improvement_session_stage_status_type_2_type_1 import AgentImprovementSessionStageStatusType2Type1
from ..models.agent_improvement_session_stage_status_type_3_type_1 import AgentImprovementSessionStageStatusType3Type1
from ..models.agent_improvement_session_stage_type_1 import AgentImprovementSessionStageType1
from ..models.agent_improvement_session_stage_type_2_type_1 import AgentImprovementSessionStageType2Type1
from ..models.agent_improvement_session_stage_type_3_type_1 import AgentImprovementSessionStageType3Type1
from ..models.agent_improvement_session_status import AgentImprovementSessionStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_improvement_session_clone_state import AgentImprovementSessionCloneState
    from ..models.agent_improvement_session_promotion_summary_type_0 import AgentImprovementSessionPromotionSummaryType0
    from ..models.agent_improvement_session_proposal_summary_type_0 import AgentImprovementSessionProposalSummaryType0
    from ..models.agent_improvement_session_user_guidance_item import AgentImprovementSessionUserGuidanceItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "project",
        "agent",
        "agent_name",
        "provider",
        "source",
        "insights",
        "call_log_ids",
        "run_ids",
        "scenario_ids",
        "status",
        "stage",
        "stage_status",
        "stage_started_at",
        "stage_history",
        "baseline_result",
        "baseline_source_result",
        "verify_result",
        "metric_delta",
        "proposal_summary",
        "iteration",
        "iteration_history",
        "failing_scenario_ids",
        "rounds_since_improvement",
        "best_iteration",
        "best_score",
        "pending_question",
        "question_answers",
        "user_guidance",
        "parent_session",
        "conversation_id",
        "message_id",
        "error_message",
        "summary_json",
        "slack_notification_status",
        "routed_to",
        "slack_channel_id",
        "slack_message_ts",
        "slack_message_text",
        "slack_error",
        "promoted_at",
        "promoted_by",
        "promoted_by_email",
        "promotion_summary",
        "clone_state",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="AgentImprovementSession")


@_attrs_define
class AgentImprovementSession:
    """Read view of an Improve-Agent session — what the frontend polls to
    track progress. `provider_key` and other secrets are never serialized.
    The raw `proposal` (full prompt bodies + applied diff values) stays
    server-side; the API exposes a trimmed `proposal_summary` instead.

    """

    id: int | Unset = UNSET
    project: int | Unset = UNSET
    agent: int | None | Unset = UNSET
    agent_name: str | Unset = ""
    provider: str | Unset = UNSET
    source: AgentImprovementSessionSource | Unset = UNSET
    """ * `call_log` - Call Log
    * `scenario` - Scenario
    * `run` - Run """
    insights: Any | Unset = UNSET
    call_log_ids: Any | Unset = UNSET
    run_ids: Any | Unset = UNSET
    scenario_ids: Any | Unset = UNSET
    status: AgentImprovementSessionStatus | Unset = UNSET
    """ * `pending` - Pending
    * `running` - Running
    * `succeeded` - Succeeded
    * `failed` - Failed
    * `no_improvement` - No Improvement
    * `cancelled` - Cancelled """
    stage: (
        AgentImprovementSessionStageType1
        | AgentImprovementSessionStageType2Type1
        | AgentImprovementSessionStageType3Type1
        | None
        | Unset
    ) = UNSET
    """ * `setup` - Setup
    * `scenario_generation` - Scenario Generation
    * `baseline_run` - Baseline Run
    * `propose` - Propose
    * `apply` - Apply
    * `verify_run` - Verify Run
    * `finalize` - Finalize """
    stage_status: (
        AgentImprovementSessionStageStatusType1
        | AgentImprovementSessionStageStatusType2Type1
        | AgentImprovementSessionStageStatusType3Type1
        | None
        | Unset
    ) = UNSET
    """ * `running` - Running
    * `waiting` - Waiting
    * `waiting_input` - Waiting Input
    * `done` - Done
    * `failed` - Failed """
    stage_started_at: datetime.datetime | None | Unset = UNSET
    stage_history: Any | Unset = UNSET
    baseline_result: int | None | Unset = UNSET
    baseline_source_result: int | None | Unset = UNSET
    verify_result: int | None | Unset = UNSET
    metric_delta: Any | None | Unset = UNSET
    proposal_summary: AgentImprovementSessionProposalSummaryType0 | None | Unset = UNSET
    iteration: int | Unset = UNSET
    iteration_history: Any | Unset = UNSET
    failing_scenario_ids: Any | Unset = UNSET
    rounds_since_improvement: int | Unset = UNSET
    best_iteration: int | None | Unset = UNSET
    best_score: float | None | Unset = UNSET
    pending_question: Any | None | Unset = UNSET
    question_answers: Any | Unset = UNSET
    user_guidance: list[AgentImprovementSessionUserGuidanceItem] | Unset = UNSET
    parent_session: int | None | Unset = UNSET
    conversation_id: None | Unset | UUID = UNSET
    message_id: None | Unset | UUID = UNSET
    error_message: str | Unset = UNSET
    summary_json: Any | Unset = UNSET
    slack_notification_status: AgentImprovementSessionSlackNotificationStatus | Unset = UNSET
    """ * `not_attempted` - Not Attempted
    * `sending` - Sending
    * `sent` - Sent
    * `skipped_no_channel` - Skipped No Channel
    * `failed` - Failed """
    routed_to: str | Unset = UNSET
    slack_channel_id: str | Unset = UNSET
    slack_message_ts: str | Unset = UNSET
    slack_message_text: str | Unset = UNSET
    slack_error: str | Unset = UNSET
    promoted_at: datetime.datetime | None | Unset = UNSET
    promoted_by: int | None | Unset = UNSET
    promoted_by_email: str | Unset = ""
    promotion_summary: AgentImprovementSessionPromotionSummaryType0 | None | Unset = UNSET
    clone_state: AgentImprovementSessionCloneState | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, AgentImprovementSessionStageType1):
            stage = enum_value(AgentImprovementSessionStageType1, self.stage, "stage")
        elif isinstance(self.stage, AgentImprovementSessionStageType2Type1):
            stage = enum_value(AgentImprovementSessionStageType2Type1, self.stage, "stage")
        elif isinstance(self.stage, AgentImprovementSessionStageType3Type1):
            stage = enum_value(AgentImprovementSessionStageType3Type1, self.stage, "stage")
        else:
            stage = self.stage

        stage_status: None | str | Unset
        if isinstance(self.stage_status, Unset):
            stage_status = UNSET
        elif isinstance(self.stage_status, AgentImprovementSessionStageStatusType1):
            stage_status = enum_value(AgentImprovementSessionStageStatusType1, self.stage_status, "stage_status")
        elif isinstance(self.stage_status, AgentImprovementSessionStageStatusType2Type1):
            stage_status = enum_value(AgentImprovementSessionStageStatusType2Type1, self.stage_status, "stage_status")
        elif isinstance(self.stage_status, AgentImprovementSessionStageStatusType3Type1):
            stage_status = enum_value(AgentImprovementSessionStageStatusType3Type1, self.stage_status, "stage_status")
        else:
            stage_status = self.stage_status

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        elif isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        elif isinstance(self.message_id, UUID):
            message_id = str(self.message_id)
        else:
            message_id = self.message_id

        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.project, Unset) and _response:
            field_dict["project"] = self.project
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.provider, Unset) and _response:
            field_dict["provider"] = self.provider
        if not isinstance(self.source, Unset) and _response:
            field_dict["source"] = (
                self.source._value_
                if type(self.source) is AgentImprovementSessionSource
                else enum_value(AgentImprovementSessionSource, self.source, "source", self)
            )
        if not isinstance(self.insights, Unset) and _response:
            field_dict["insights"] = self.insights
        if not isinstance(self.call_log_ids, Unset) and _response:
            field_dict["call_log_ids"] = self.call_log_ids
        if not isinstance(self.run_ids, Unset) and _response:
            field_dict["run_ids"] = self.run_ids
        if not isinstance(self.scenario_ids, Unset) and _response:
            field_dict["scenario_ids"] = self.scenario_ids
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is AgentImprovementSessionStatus
                else enum_value(AgentImprovementSessionStatus, self.status, "status", self)
            )
        if stage is not UNSET and _response:
            field_dict["stage"] = stage
        if stage_status is not UNSET and _response:
            field_dict["stage_status"] = stage_status
        if not isinstance(self.stage_started_at, Unset) and _response:
            field_dict["stage_started_at"] = (
                _wire[1]
                if _wire is not None and self.stage_started_at is _wire[0]
                else None
                if self.stage_started_at is None
                else self.stage_started_at.isoformat().replace("+00:00", "Z")
                if type(self.stage_started_at) is datetime.datetime
                else iso_datetime(self.stage_started_at, "stage_started_at", self)
            )
        if not isinstance(self.stage_history, Unset) and _response:
            field_dict["stage_history"] = self.stage_history
        if not isinstance(self.baseline_result, Unset) and _response:
            field_dict["baseline_result"] = self.baseline_result
        if not isinstance(self.baseline_source_result, Unset) and _response:
            field_dict["baseline_source_result"] = self.baseline_source_result
        if not isinstance(self.verify_result, Unset) and _response:
            field_dict["verify_result"] = self.verify_result
        if not isinstance(self.metric_delta, Unset) and _response:
            field_dict["metric_delta"] = self.metric_delta
        if not isinstance(self.proposal_summary, Unset) and _response:
            field_dict["proposal_summary"] = (
                None
                if self.proposal_summary is None
                else self.proposal_summary.to_dict()
                if type(self.proposal_summary) is AgentImprovementSessionProposalSummaryType0
                else written(self.proposal_summary, "proposal_summary", self)
            )
        if not isinstance(self.iteration, Unset) and _response:
            field_dict["iteration"] = self.iteration
        if not isinstance(self.iteration_history, Unset) and _response:
            field_dict["iteration_history"] = self.iteration_history
        if not isinstance(self.failing_scenario_ids, Unset) and _response:
            field_dict["failing_scenario_ids"] = self.failing_scenario_ids
        if not isinstance(self.rounds_since_improvement, Unset) and _response:
            field_dict["rounds_since_improvement"] = self.rounds_since_improvement
        if not isinstance(self.best_iteration, Unset) and _response:
            field_dict["best_iteration"] = self.best_iteration
        if not isinstance(self.best_score, Unset) and _response:
            field_dict["best_score"] = self.best_score
        if not isinstance(self.pending_question, Unset) and _response:
            field_dict["pending_question"] = self.pending_question
        if not isinstance(self.question_answers, Unset) and _response:
            field_dict["question_answers"] = self.question_answers
        if not isinstance(self.user_guidance, Unset) and _response:
            field_dict["user_guidance"] = (
                [
                    element.to_dict()
                    if type(element) is AgentImprovementSessionUserGuidanceItem
                    else written(element, "user_guidance", self)
                    for element in self.user_guidance
                ]
                if type(self.user_guidance) is list
                else written(self.user_guidance, "user_guidance", self)
            )
        if not isinstance(self.parent_session, Unset) and _response:
            field_dict["parent_session"] = self.parent_session
        if conversation_id is not UNSET and _response:
            field_dict["conversation_id"] = conversation_id
        if message_id is not UNSET and _response:
            field_dict["message_id"] = message_id
        if not isinstance(self.error_message, Unset) and _response:
            field_dict["error_message"] = self.error_message
        if not isinstance(self.summary_json, Unset) and _response:
            field_dict["summary_json"] = self.summary_json
        if not isinstance(self.slack_notification_status, Unset) and _response:
            field_dict["slack_notification_status"] = (
                self.slack_notification_status._value_
                if type(self.slack_notification_status) is AgentImprovementSessionSlackNotificationStatus
                else enum_value(
                    AgentImprovementSessionSlackNotificationStatus,
                    self.slack_notification_status,
                    "slack_notification_status",
                    self,
                )
            )
        if not isinstance(self.routed_to, Unset) and _response:
            field_dict["routed_to"] = self.routed_to
        if not isinstance(self.slack_channel_id, Unset) and _response:
            field_dict["slack_channel_id"] = self.slack_channel_id
        if not isinstance(self.slack_message_ts, Unset) and _response:
            field_dict["slack_message_ts"] = self.slack_message_ts
        if not isinstance(self.slack_message_text, Unset) and _response:
            field_dict["slack_message_text"] = self.slack_message_text
        if not isinstance(self.slack_error, Unset) and _response:
            field_dict["slack_error"] = self.slack_error
        if not isinstance(self.promoted_at, Unset) and _response:
            field_dict["promoted_at"] = (
                _wire[3]
                if _wire is not None and self.promoted_at is _wire[2]
                else None
                if self.promoted_at is None
                else self.promoted_at.isoformat().replace("+00:00", "Z")
                if type(self.promoted_at) is datetime.datetime
                else iso_datetime(self.promoted_at, "promoted_at", self)
            )
        if not isinstance(self.promoted_by, Unset) and _response:
            field_dict["promoted_by"] = self.promoted_by
        if not isinstance(self.promoted_by_email, Unset) and _response:
            field_dict["promoted_by_email"] = self.promoted_by_email
        if not isinstance(self.promotion_summary, Unset) and _response:
            field_dict["promotion_summary"] = (
                None
                if self.promotion_summary is None
                else self.promotion_summary.to_dict()
                if type(self.promotion_summary) is AgentImprovementSessionPromotionSummaryType0
                else written(self.promotion_summary, "promotion_summary", self)
            )
        if not isinstance(self.clone_state, Unset) and _response:
            field_dict["clone_state"] = (
                self.clone_state.to_dict()
                if type(self.clone_state) is AgentImprovementSessionCloneState
                else written(self.clone_state, "clone_state", self)
            )
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[5]
                if _wire is not None and self.created_at is _wire[4]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[7]
                if _wire is not None and self.updated_at is _wire[6]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

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
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if agent is not None:
                        if type(agent) is not int:
                            agent = checked(agent, (int, type(None)))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int | None")

            _field = "agent_name"
            try:
                if "agent_name" in src_dict:
                    agent_name: Any = src_dict["agent_name"]
                    _present += 1
                    if type(agent_name) is not str:
                        agent_name = checked(agent_name, (str,))
                else:
                    agent_name = UNSET
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "provider"
            try:
                if "provider" in src_dict:
                    provider: Any = src_dict["provider"]
                    _present += 1
                    if type(provider) is not str:
                        provider = checked(provider, (str,))
                else:
                    provider = UNSET
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(src_dict, "provider", _error, _found, "str")

            _field = "source"
            try:
                if "source" in src_dict:
                    source: Any = src_dict["source"]
                    _present += 1
                    source = (
                        AgentImprovementSessionSource._value2member_map_.get(source)
                        or AgentImprovementSessionSource(source)
                        if type(source) is str
                        else checked(source, (AgentImprovementSessionSource,))
                    )
                else:
                    source = UNSET
            except FIELD_ERRORS as _error:
                source, _found = tolerated(src_dict, "source", _error, _found, "AgentImprovementSessionSource")

            _field = "insights"
            try:
                if "insights" in src_dict:
                    insights: Any = src_dict["insights"]
                    _present += 1

                else:
                    insights = UNSET
            except FIELD_ERRORS as _error:
                insights, _found = tolerated(src_dict, "insights", _error, _found, "Any")

            _field = "call_log_ids"
            try:
                if "call_log_ids" in src_dict:
                    call_log_ids: Any = src_dict["call_log_ids"]
                    _present += 1

                else:
                    call_log_ids = UNSET
            except FIELD_ERRORS as _error:
                call_log_ids, _found = tolerated(src_dict, "call_log_ids", _error, _found, "Any")

            _field = "run_ids"
            try:
                if "run_ids" in src_dict:
                    run_ids: Any = src_dict["run_ids"]
                    _present += 1

                else:
                    run_ids = UNSET
            except FIELD_ERRORS as _error:
                run_ids, _found = tolerated(src_dict, "run_ids", _error, _found, "Any")

            _field = "scenario_ids"
            try:
                if "scenario_ids" in src_dict:
                    scenario_ids: Any = src_dict["scenario_ids"]
                    _present += 1

                else:
                    scenario_ids = UNSET
            except FIELD_ERRORS as _error:
                scenario_ids, _found = tolerated(src_dict, "scenario_ids", _error, _found, "Any")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        AgentImprovementSessionStatus._value2member_map_.get(status)
                        or AgentImprovementSessionStatus(status)
                        if type(status) is str
                        else checked(status, (AgentImprovementSessionStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "AgentImprovementSessionStatus")

            _field = "stage"
            try:

                def _parse_stage(
                    data: object,
                ) -> (
                    AgentImprovementSessionStageType1
                    | AgentImprovementSessionStageType2Type1
                    | AgentImprovementSessionStageType3Type1
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stage_type_1 = AgentImprovementSessionStageType1(data)

                        return stage_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stage_type_2_type_1 = AgentImprovementSessionStageType2Type1(data)

                        return stage_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stage_type_3_type_1 = AgentImprovementSessionStageType3Type1(data)

                        return stage_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        AgentImprovementSessionStageType1
                        | AgentImprovementSessionStageType2Type1
                        | AgentImprovementSessionStageType3Type1
                        | None
                        | Unset,
                        data,
                    )

                stage = _parse_stage(src_dict.get("stage", UNSET))

                if not isinstance(
                    stage,
                    (
                        type(None),
                        AgentImprovementSessionStageType1,
                        AgentImprovementSessionStageType2Type1,
                        AgentImprovementSessionStageType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        stage,
                        (
                            type(None),
                            AgentImprovementSessionStageType1,
                            AgentImprovementSessionStageType2Type1,
                            AgentImprovementSessionStageType3Type1,
                            Unset,
                        ),
                    )
                if stage is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                stage, _found = tolerated(
                    src_dict,
                    "stage",
                    _error,
                    _found,
                    "AgentImprovementSessionStageType1 | AgentImprovementSessionStageType2Type1 | AgentImprovementSessionStageType3Type1 | None",
                )

            _field = "stage_status"
            try:

                def _parse_stage_status(
                    data: object,
                ) -> (
                    AgentImprovementSessionStageStatusType1
                    | AgentImprovementSessionStageStatusType2Type1
                    | AgentImprovementSessionStageStatusType3Type1
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stage_status_type_1 = AgentImprovementSessionStageStatusType1(data)

                        return stage_status_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stage_status_type_2_type_1 = AgentImprovementSessionStageStatusType2Type1(data)

                        return stage_status_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        stage_status_type_3_type_1 = AgentImprovementSessionStageStatusType3Type1(data)

                        return stage_status_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        AgentImprovementSessionStageStatusType1
                        | AgentImprovementSessionStageStatusType2Type1
                        | AgentImprovementSessionStageStatusType3Type1
                        | None
                        | Unset,
                        data,
                    )

                stage_status = _parse_stage_status(src_dict.get("stage_status", UNSET))

                if not isinstance(
                    stage_status,
                    (
                        type(None),
                        AgentImprovementSessionStageStatusType1,
                        AgentImprovementSessionStageStatusType2Type1,
                        AgentImprovementSessionStageStatusType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        stage_status,
                        (
                            type(None),
                            AgentImprovementSessionStageStatusType1,
                            AgentImprovementSessionStageStatusType2Type1,
                            AgentImprovementSessionStageStatusType3Type1,
                            Unset,
                        ),
                    )
                if stage_status is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                stage_status, _found = tolerated(
                    src_dict,
                    "stage_status",
                    _error,
                    _found,
                    "AgentImprovementSessionStageStatusType1 | AgentImprovementSessionStageStatusType2Type1 | AgentImprovementSessionStageStatusType3Type1 | None",
                )

            _field = "stage_started_at"
            try:
                if "stage_started_at" in src_dict:
                    stage_started_at: Any = src_dict["stage_started_at"]
                    _stage_started_at_text = stage_started_at
                    _present += 1
                    if stage_started_at is not None:
                        if type(stage_started_at) is str:
                            try:
                                stage_started_at = fromisoformat(stage_started_at)
                            except ValueError:
                                stage_started_at = parse_datetime(stage_started_at)
                        else:
                            stage_started_at = checked(stage_started_at, (datetime.datetime, type(None)))
                            _stage_started_at_text = stage_started_at.isoformat().replace("+00:00", "Z")
                else:
                    stage_started_at = _stage_started_at_text = UNSET
            except FIELD_ERRORS as _error:
                stage_started_at, _found = tolerated(
                    src_dict, "stage_started_at", _error, _found, "datetime.datetime | None"
                )
                _stage_started_at_text = stage_started_at

            _field = "stage_history"
            try:
                if "stage_history" in src_dict:
                    stage_history: Any = src_dict["stage_history"]
                    _present += 1

                else:
                    stage_history = UNSET
            except FIELD_ERRORS as _error:
                stage_history, _found = tolerated(src_dict, "stage_history", _error, _found, "Any")

            _field = "baseline_result"
            try:
                if "baseline_result" in src_dict:
                    baseline_result: Any = src_dict["baseline_result"]
                    _present += 1
                    if baseline_result is not None:
                        if type(baseline_result) is not int:
                            baseline_result = checked(baseline_result, (int, type(None)))
                else:
                    baseline_result = UNSET
            except FIELD_ERRORS as _error:
                baseline_result, _found = tolerated(src_dict, "baseline_result", _error, _found, "int | None")

            _field = "baseline_source_result"
            try:
                if "baseline_source_result" in src_dict:
                    baseline_source_result: Any = src_dict["baseline_source_result"]
                    _present += 1
                    if baseline_source_result is not None:
                        if type(baseline_source_result) is not int:
                            baseline_source_result = checked(baseline_source_result, (int, type(None)))
                else:
                    baseline_source_result = UNSET
            except FIELD_ERRORS as _error:
                baseline_source_result, _found = tolerated(
                    src_dict, "baseline_source_result", _error, _found, "int | None"
                )

            _field = "verify_result"
            try:
                if "verify_result" in src_dict:
                    verify_result: Any = src_dict["verify_result"]
                    _present += 1
                    if verify_result is not None:
                        if type(verify_result) is not int:
                            verify_result = checked(verify_result, (int, type(None)))
                else:
                    verify_result = UNSET
            except FIELD_ERRORS as _error:
                verify_result, _found = tolerated(src_dict, "verify_result", _error, _found, "int | None")

            _field = "metric_delta"
            try:
                if "metric_delta" in src_dict:
                    metric_delta: Any = src_dict["metric_delta"]
                    _present += 1

                else:
                    metric_delta = UNSET
            except FIELD_ERRORS as _error:
                metric_delta, _found = tolerated(src_dict, "metric_delta", _error, _found, "Any | None")

            _field = "proposal_summary"
            try:
                if "proposal_summary" in src_dict:
                    proposal_summary: Any = src_dict["proposal_summary"]
                    _present += 1
                    if proposal_summary is not None:
                        proposal_summary = AgentImprovementSessionProposalSummaryType0.from_dict(proposal_summary)
                else:
                    proposal_summary = UNSET
            except FIELD_ERRORS as _error:
                proposal_summary, _found = tolerated(
                    src_dict, "proposal_summary", _error, _found, "AgentImprovementSessionProposalSummaryType0 | None"
                )

            _field = "iteration"
            try:
                if "iteration" in src_dict:
                    iteration: Any = src_dict["iteration"]
                    _present += 1
                    if type(iteration) is not int:
                        iteration = checked(iteration, (int,))
                else:
                    iteration = UNSET
            except FIELD_ERRORS as _error:
                iteration, _found = tolerated(src_dict, "iteration", _error, _found, "int")

            _field = "iteration_history"
            try:
                if "iteration_history" in src_dict:
                    iteration_history: Any = src_dict["iteration_history"]
                    _present += 1

                else:
                    iteration_history = UNSET
            except FIELD_ERRORS as _error:
                iteration_history, _found = tolerated(src_dict, "iteration_history", _error, _found, "Any")

            _field = "failing_scenario_ids"
            try:
                if "failing_scenario_ids" in src_dict:
                    failing_scenario_ids: Any = src_dict["failing_scenario_ids"]
                    _present += 1

                else:
                    failing_scenario_ids = UNSET
            except FIELD_ERRORS as _error:
                failing_scenario_ids, _found = tolerated(src_dict, "failing_scenario_ids", _error, _found, "Any")

            _field = "rounds_since_improvement"
            try:
                if "rounds_since_improvement" in src_dict:
                    rounds_since_improvement: Any = src_dict["rounds_since_improvement"]
                    _present += 1
                    if type(rounds_since_improvement) is not int:
                        rounds_since_improvement = checked(rounds_since_improvement, (int,))
                else:
                    rounds_since_improvement = UNSET
            except FIELD_ERRORS as _error:
                rounds_since_improvement, _found = tolerated(
                    src_dict, "rounds_since_improvement", _error, _found, "int"
                )

            _field = "best_iteration"
            try:
                if "best_iteration" in src_dict:
                    best_iteration: Any = src_dict["best_iteration"]
                    _present += 1
                    if best_iteration is not None:
                        if type(best_iteration) is not int:
                            best_iteration = checked(best_iteration, (int, type(None)))
                else:
                    best_iteration = UNSET
            except FIELD_ERRORS as _error:
                best_iteration, _found = tolerated(src_dict, "best_iteration", _error, _found, "int | None")

            _field = "best_score"
            try:
                if "best_score" in src_dict:
                    best_score: Any = src_dict["best_score"]
                    _present += 1
                    if best_score is not None:
                        if type(best_score) is not float:
                            best_score = checked(best_score, (float, int, type(None)))
                else:
                    best_score = UNSET
            except FIELD_ERRORS as _error:
                best_score, _found = tolerated(src_dict, "best_score", _error, _found, "float | None")

            _field = "pending_question"
            try:
                if "pending_question" in src_dict:
                    pending_question: Any = src_dict["pending_question"]
                    _present += 1

                else:
                    pending_question = UNSET
            except FIELD_ERRORS as _error:
                pending_question, _found = tolerated(src_dict, "pending_question", _error, _found, "Any | None")

            _field = "question_answers"
            try:
                if "question_answers" in src_dict:
                    question_answers: Any = src_dict["question_answers"]
                    _present += 1

                else:
                    question_answers = UNSET
            except FIELD_ERRORS as _error:
                question_answers, _found = tolerated(src_dict, "question_answers", _error, _found, "Any")

            _field = "user_guidance"
            try:
                if "user_guidance" in src_dict:
                    user_guidance: Any = src_dict["user_guidance"]
                    _present += 1
                    if type(user_guidance) is not list:
                        user_guidance = checked(user_guidance, (list,))
                    user_guidance = [
                        AgentImprovementSessionUserGuidanceItem.from_dict(element) for element in user_guidance
                    ]

                else:
                    user_guidance = UNSET
            except FIELD_ERRORS as _error:
                user_guidance, _found = tolerated(
                    src_dict,
                    "user_guidance",
                    _error,
                    _found,
                    "list[AgentImprovementSessionUserGuidanceItem]",
                    lambda element: AgentImprovementSessionUserGuidanceItem.from_dict(element),
                )

            _field = "parent_session"
            try:
                if "parent_session" in src_dict:
                    parent_session: Any = src_dict["parent_session"]
                    _present += 1
                    if parent_session is not None:
                        if type(parent_session) is not int:
                            parent_session = checked(parent_session, (int, type(None)))
                else:
                    parent_session = UNSET
            except FIELD_ERRORS as _error:
                parent_session, _found = tolerated(src_dict, "parent_session", _error, _found, "int | None")

            _field = "conversation_id"
            try:

                def _parse_conversation_id(data: object) -> None | Unset | UUID:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        conversation_id_type_0 = UUID(data)

                        return conversation_id_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | Unset | UUID, data)

                conversation_id = _parse_conversation_id(src_dict.get("conversation_id", UNSET))

                if not isinstance(conversation_id, (UUID, type(None), Unset)):
                    expect(conversation_id, (UUID, type(None), Unset))
                if conversation_id is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                conversation_id, _found = tolerated(src_dict, "conversation_id", _error, _found, "None | UUID")

            _field = "message_id"
            try:

                def _parse_message_id(data: object) -> None | Unset | UUID:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        message_id_type_0 = UUID(data)

                        return message_id_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | Unset | UUID, data)

                message_id = _parse_message_id(src_dict.get("message_id", UNSET))

                if not isinstance(message_id, (UUID, type(None), Unset)):
                    expect(message_id, (UUID, type(None), Unset))
                if message_id is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                message_id, _found = tolerated(src_dict, "message_id", _error, _found, "None | UUID")

            _field = "error_message"
            try:
                if "error_message" in src_dict:
                    error_message: Any = src_dict["error_message"]
                    _present += 1
                    if type(error_message) is not str:
                        error_message = checked(error_message, (str,))
                else:
                    error_message = UNSET
            except FIELD_ERRORS as _error:
                error_message, _found = tolerated(src_dict, "error_message", _error, _found, "str")

            _field = "summary_json"
            try:
                if "summary_json" in src_dict:
                    summary_json: Any = src_dict["summary_json"]
                    _present += 1

                else:
                    summary_json = UNSET
            except FIELD_ERRORS as _error:
                summary_json, _found = tolerated(src_dict, "summary_json", _error, _found, "Any")

            _field = "slack_notification_status"
            try:
                if "slack_notification_status" in src_dict:
                    slack_notification_status: Any = src_dict["slack_notification_status"]
                    _present += 1
                    slack_notification_status = (
                        AgentImprovementSessionSlackNotificationStatus._value2member_map_.get(slack_notification_status)
                        or AgentImprovementSessionSlackNotificationStatus(slack_notification_status)
                        if type(slack_notification_status) is str
                        else checked(slack_notification_status, (AgentImprovementSessionSlackNotificationStatus,))
                    )
                else:
                    slack_notification_status = UNSET
            except FIELD_ERRORS as _error:
                slack_notification_status, _found = tolerated(
                    src_dict,
                    "slack_notification_status",
                    _error,
                    _found,
                    "AgentImprovementSessionSlackNotificationStatus",
                )

            _field = "routed_to"
            try:
                if "routed_to" in src_dict:
                    routed_to: Any = src_dict["routed_to"]
                    _present += 1
                    if type(routed_to) is not str:
                        routed_to = checked(routed_to, (str,))
                else:
                    routed_to = UNSET
            except FIELD_ERRORS as _error:
                routed_to, _found = tolerated(src_dict, "routed_to", _error, _found, "str")

            _field = "slack_channel_id"
            try:
                if "slack_channel_id" in src_dict:
                    slack_channel_id: Any = src_dict["slack_channel_id"]
                    _present += 1
                    if type(slack_channel_id) is not str:
                        slack_channel_id = checked(slack_channel_id, (str,))
                else:
                    slack_channel_id = UNSET
            except FIELD_ERRORS as _error:
                slack_channel_id, _found = tolerated(src_dict, "slack_channel_id", _error, _found, "str")

            _field = "slack_message_ts"
            try:
                if "slack_message_ts" in src_dict:
                    slack_message_ts: Any = src_dict["slack_message_ts"]
                    _present += 1
                    if type(slack_message_ts) is not str:
                        slack_message_ts = checked(slack_message_ts, (str,))
                else:
                    slack_message_ts = UNSET
            except FIELD_ERRORS as _error:
                slack_message_ts, _found = tolerated(src_dict, "slack_message_ts", _error, _found, "str")

            _field = "slack_message_text"
            try:
                if "slack_message_text" in src_dict:
                    slack_message_text: Any = src_dict["slack_message_text"]
                    _present += 1
                    if type(slack_message_text) is not str:
                        slack_message_text = checked(slack_message_text, (str,))
                else:
                    slack_message_text = UNSET
            except FIELD_ERRORS as _error:
                slack_message_text, _found = tolerated(src_dict, "slack_message_text", _error, _found, "str")

            _field = "slack_error"
            try:
                if "slack_error" in src_dict:
                    slack_error: Any = src_dict["slack_error"]
                    _present += 1
                    if type(slack_error) is not str:
                        slack_error = checked(slack_error, (str,))
                else:
                    slack_error = UNSET
            except FIELD_ERRORS as _error:
                slack_error, _found = tolerated(src_dict, "slack_error", _error, _found, "str")

            _field = "promoted_at"
            try:
                if "promoted_at" in src_dict:
                    promoted_at: Any = src_dict["promoted_at"]
                    _promoted_at_text = promoted_at
                    _present += 1
                    if promoted_at is not None:
                        if type(promoted_at) is str:
                            try:
                                promoted_at = fromisoformat(promoted_at)
                            except ValueError:
                                promoted_at = parse_datetime(promoted_at)
                        else:
                            promoted_at = checked(promoted_at, (datetime.datetime, type(None)))
                            _promoted_at_text = promoted_at.isoformat().replace("+00:00", "Z")
                else:
                    promoted_at = _promoted_at_text = UNSET
            except FIELD_ERRORS as _error:
                promoted_at, _found = tolerated(src_dict, "promoted_at", _error, _found, "datetime.datetime | None")
                _promoted_at_text = promoted_at

            _field = "promoted_by"
            try:
                if "promoted_by" in src_dict:
                    promoted_by: Any = src_dict["promoted_by"]
                    _present += 1
                    if promoted_by is not None:
                        if type(promoted_by) is not int:
                            promoted_by = checked(promoted_by, (int, type(None)))
                else:
                    promoted_by = UNSET
            except FIELD_ERRORS as _error:
                promoted_by, _found = tolerated(src_dict, "promoted_by", _error, _found, "int | None")

            _field = "promoted_by_email"
            try:
                if "promoted_by_email" in src_dict:
                    promoted_by_email: Any = src_dict["promoted_by_email"]
                    _present += 1
                    if type(promoted_by_email) is not str:
                        promoted_by_email = checked(promoted_by_email, (str,))
                else:
                    promoted_by_email = UNSET
            except FIELD_ERRORS as _error:
                promoted_by_email, _found = tolerated(src_dict, "promoted_by_email", _error, _found, "str")

            _field = "promotion_summary"
            try:
                if "promotion_summary" in src_dict:
                    promotion_summary: Any = src_dict["promotion_summary"]
                    _present += 1
                    if promotion_summary is not None:
                        promotion_summary = AgentImprovementSessionPromotionSummaryType0.from_dict(promotion_summary)
                else:
                    promotion_summary = UNSET
            except FIELD_ERRORS as _error:
                promotion_summary, _found = tolerated(
                    src_dict, "promotion_summary", _error, _found, "AgentImprovementSessionPromotionSummaryType0 | None"
                )

            _field = "clone_state"
            try:
                if "clone_state" in src_dict:
                    clone_state: Any = src_dict["clone_state"]
                    _present += 1
                    clone_state = AgentImprovementSessionCloneState.from_dict(clone_state)
                else:
                    clone_state = UNSET
            except FIELD_ERRORS as _error:
                clone_state, _found = tolerated(
                    src_dict, "clone_state", _error, _found, "AgentImprovementSessionCloneState"
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

            _instance = cls(
                id=id,
                project=project,
                agent=agent,
                agent_name=agent_name,
                provider=provider,
                source=source,
                insights=insights,
                call_log_ids=call_log_ids,
                run_ids=run_ids,
                scenario_ids=scenario_ids,
                status=status,
                stage=stage,
                stage_status=stage_status,
                stage_started_at=stage_started_at,
                stage_history=stage_history,
                baseline_result=baseline_result,
                baseline_source_result=baseline_source_result,
                verify_result=verify_result,
                metric_delta=metric_delta,
                proposal_summary=proposal_summary,
                iteration=iteration,
                iteration_history=iteration_history,
                failing_scenario_ids=failing_scenario_ids,
                rounds_since_improvement=rounds_since_improvement,
                best_iteration=best_iteration,
                best_score=best_score,
                pending_question=pending_question,
                question_answers=question_answers,
                user_guidance=user_guidance,
                parent_session=parent_session,
                conversation_id=conversation_id,
                message_id=message_id,
                error_message=error_message,
                summary_json=summary_json,
                slack_notification_status=slack_notification_status,
                routed_to=routed_to,
                slack_channel_id=slack_channel_id,
                slack_message_ts=slack_message_ts,
                slack_message_text=slack_message_text,
                slack_error=slack_error,
                promoted_at=promoted_at,
                promoted_by=promoted_by,
                promoted_by_email=promoted_by_email,
                promotion_summary=promotion_summary,
                clone_state=clone_state,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                stage_started_at,
                _stage_started_at_text,
                promoted_at,
                _promoted_at_text,
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
    global _imports_pending, AgentImprovementSessionCloneState, AgentImprovementSessionPromotionSummaryType0, AgentImprovementSessionProposalSummaryType0, AgentImprovementSessionUserGuidanceItem  # noqa: PLW0603
    from ..models.agent_improvement_session_clone_state import AgentImprovementSessionCloneState  # noqa: PLC0415
    from ..models.agent_improvement_session_promotion_summary_type_0 import AgentImprovementSessionPromotionSummaryType0  # noqa: PLC0415
    from ..models.agent_improvement_session_proposal_summary_type_0 import AgentImprovementSessionProposalSummaryType0  # noqa: PLC0415
    from ..models.agent_improvement_session_user_guidance_item import AgentImprovementSessionUserGuidanceItem  # noqa: PLC0415

    _imports_pending = False
