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
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_improvement_session_clone_state import AgentImprovementSessionCloneState
    from ..models.agent_improvement_session_promotion_summary_type_0 import AgentImprovementSessionPromotionSummaryType0
    from ..models.agent_improvement_session_proposal_summary_type_0 import AgentImprovementSessionProposalSummaryType0
    from ..models.agent_improvement_session_user_guidance_item import AgentImprovementSessionUserGuidanceItem


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_improvement_session_promotion_summary_type_0 import (
            AgentImprovementSessionPromotionSummaryType0,  # noqa: PLC0415
        )
        from ..models.agent_improvement_session_proposal_summary_type_0 import (
            AgentImprovementSessionProposalSummaryType0,  # noqa: PLC0415
        )

        _response = not building_request()
        id = self.id

        project = self.project

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        agent_name = self.agent_name

        provider = self.provider

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        insights = self.insights

        call_log_ids = self.call_log_ids

        run_ids = self.run_ids

        scenario_ids = self.scenario_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, AgentImprovementSessionStageType1):
            stage = self.stage.value
        elif isinstance(self.stage, AgentImprovementSessionStageType2Type1):
            stage = self.stage.value
        elif isinstance(self.stage, AgentImprovementSessionStageType3Type1):
            stage = self.stage.value
        else:
            stage = self.stage

        stage_status: None | str | Unset
        if isinstance(self.stage_status, Unset):
            stage_status = UNSET
        elif isinstance(self.stage_status, AgentImprovementSessionStageStatusType1):
            stage_status = self.stage_status.value
        elif isinstance(self.stage_status, AgentImprovementSessionStageStatusType2Type1):
            stage_status = self.stage_status.value
        elif isinstance(self.stage_status, AgentImprovementSessionStageStatusType3Type1):
            stage_status = self.stage_status.value
        else:
            stage_status = self.stage_status

        stage_started_at: None | str | Unset
        if isinstance(self.stage_started_at, Unset):
            stage_started_at = UNSET
        elif isinstance(self.stage_started_at, datetime.datetime):
            stage_started_at = self.stage_started_at.isoformat().replace("+00:00", "Z")
        else:
            stage_started_at = self.stage_started_at

        stage_history = self.stage_history

        baseline_result: int | None | Unset
        if isinstance(self.baseline_result, Unset):
            baseline_result = UNSET
        else:
            baseline_result = self.baseline_result

        baseline_source_result: int | None | Unset
        if isinstance(self.baseline_source_result, Unset):
            baseline_source_result = UNSET
        else:
            baseline_source_result = self.baseline_source_result

        verify_result: int | None | Unset
        if isinstance(self.verify_result, Unset):
            verify_result = UNSET
        else:
            verify_result = self.verify_result

        metric_delta: Any | None | Unset
        if isinstance(self.metric_delta, Unset):
            metric_delta = UNSET
        else:
            metric_delta = self.metric_delta

        proposal_summary: dict[str, Any] | None | Unset
        if isinstance(self.proposal_summary, Unset):
            proposal_summary = UNSET
        elif isinstance(self.proposal_summary, AgentImprovementSessionProposalSummaryType0):
            proposal_summary = self.proposal_summary.to_dict()
        else:
            proposal_summary = self.proposal_summary

        iteration = self.iteration

        iteration_history = self.iteration_history

        failing_scenario_ids = self.failing_scenario_ids

        rounds_since_improvement = self.rounds_since_improvement

        best_iteration: int | None | Unset
        if isinstance(self.best_iteration, Unset):
            best_iteration = UNSET
        else:
            best_iteration = self.best_iteration

        best_score: float | None | Unset
        if isinstance(self.best_score, Unset):
            best_score = UNSET
        else:
            best_score = self.best_score

        pending_question: Any | None | Unset
        if isinstance(self.pending_question, Unset):
            pending_question = UNSET
        else:
            pending_question = self.pending_question

        question_answers = self.question_answers

        user_guidance: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_guidance, Unset):
            user_guidance = []
            for user_guidance_item_data in self.user_guidance:
                user_guidance_item = user_guidance_item_data.to_dict()
                user_guidance.append(user_guidance_item)

        parent_session: int | None | Unset
        if isinstance(self.parent_session, Unset):
            parent_session = UNSET
        else:
            parent_session = self.parent_session

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

        error_message = self.error_message

        summary_json = self.summary_json

        slack_notification_status: str | Unset = UNSET
        if not isinstance(self.slack_notification_status, Unset):
            slack_notification_status = self.slack_notification_status.value

        routed_to = self.routed_to

        slack_channel_id = self.slack_channel_id

        slack_message_ts = self.slack_message_ts

        slack_message_text = self.slack_message_text

        slack_error = self.slack_error

        promoted_at: None | str | Unset
        if isinstance(self.promoted_at, Unset):
            promoted_at = UNSET
        elif isinstance(self.promoted_at, datetime.datetime):
            promoted_at = self.promoted_at.isoformat().replace("+00:00", "Z")
        else:
            promoted_at = self.promoted_at

        promoted_by: int | None | Unset
        if isinstance(self.promoted_by, Unset):
            promoted_by = UNSET
        else:
            promoted_by = self.promoted_by

        promoted_by_email = self.promoted_by_email

        promotion_summary: dict[str, Any] | None | Unset
        if isinstance(self.promotion_summary, Unset):
            promotion_summary = UNSET
        elif isinstance(self.promotion_summary, AgentImprovementSessionPromotionSummaryType0):
            promotion_summary = self.promotion_summary.to_dict()
        else:
            promotion_summary = self.promotion_summary

        clone_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clone_state, Unset):
            clone_state = self.clone_state.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if project is not UNSET and _response:
            field_dict["project"] = project
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if provider is not UNSET and _response:
            field_dict["provider"] = provider
        if source is not UNSET and _response:
            field_dict["source"] = source
        if insights is not UNSET and _response:
            field_dict["insights"] = insights
        if call_log_ids is not UNSET and _response:
            field_dict["call_log_ids"] = call_log_ids
        if run_ids is not UNSET and _response:
            field_dict["run_ids"] = run_ids
        if scenario_ids is not UNSET and _response:
            field_dict["scenario_ids"] = scenario_ids
        if status is not UNSET and _response:
            field_dict["status"] = status
        if stage is not UNSET and _response:
            field_dict["stage"] = stage
        if stage_status is not UNSET and _response:
            field_dict["stage_status"] = stage_status
        if stage_started_at is not UNSET and _response:
            field_dict["stage_started_at"] = stage_started_at
        if stage_history is not UNSET and _response:
            field_dict["stage_history"] = stage_history
        if baseline_result is not UNSET and _response:
            field_dict["baseline_result"] = baseline_result
        if baseline_source_result is not UNSET and _response:
            field_dict["baseline_source_result"] = baseline_source_result
        if verify_result is not UNSET and _response:
            field_dict["verify_result"] = verify_result
        if metric_delta is not UNSET and _response:
            field_dict["metric_delta"] = metric_delta
        if proposal_summary is not UNSET and _response:
            field_dict["proposal_summary"] = proposal_summary
        if iteration is not UNSET and _response:
            field_dict["iteration"] = iteration
        if iteration_history is not UNSET and _response:
            field_dict["iteration_history"] = iteration_history
        if failing_scenario_ids is not UNSET and _response:
            field_dict["failing_scenario_ids"] = failing_scenario_ids
        if rounds_since_improvement is not UNSET and _response:
            field_dict["rounds_since_improvement"] = rounds_since_improvement
        if best_iteration is not UNSET and _response:
            field_dict["best_iteration"] = best_iteration
        if best_score is not UNSET and _response:
            field_dict["best_score"] = best_score
        if pending_question is not UNSET and _response:
            field_dict["pending_question"] = pending_question
        if question_answers is not UNSET and _response:
            field_dict["question_answers"] = question_answers
        if user_guidance is not UNSET and _response:
            field_dict["user_guidance"] = user_guidance
        if parent_session is not UNSET and _response:
            field_dict["parent_session"] = parent_session
        if conversation_id is not UNSET and _response:
            field_dict["conversation_id"] = conversation_id
        if message_id is not UNSET and _response:
            field_dict["message_id"] = message_id
        if error_message is not UNSET and _response:
            field_dict["error_message"] = error_message
        if summary_json is not UNSET and _response:
            field_dict["summary_json"] = summary_json
        if slack_notification_status is not UNSET and _response:
            field_dict["slack_notification_status"] = slack_notification_status
        if routed_to is not UNSET and _response:
            field_dict["routed_to"] = routed_to
        if slack_channel_id is not UNSET and _response:
            field_dict["slack_channel_id"] = slack_channel_id
        if slack_message_ts is not UNSET and _response:
            field_dict["slack_message_ts"] = slack_message_ts
        if slack_message_text is not UNSET and _response:
            field_dict["slack_message_text"] = slack_message_text
        if slack_error is not UNSET and _response:
            field_dict["slack_error"] = slack_error
        if promoted_at is not UNSET and _response:
            field_dict["promoted_at"] = promoted_at
        if promoted_by is not UNSET and _response:
            field_dict["promoted_by"] = promoted_by
        if promoted_by_email is not UNSET and _response:
            field_dict["promoted_by_email"] = promoted_by_email
        if promotion_summary is not UNSET and _response:
            field_dict["promotion_summary"] = promotion_summary
        if clone_state is not UNSET and _response:
            field_dict["clone_state"] = clone_state
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_improvement_session_clone_state import AgentImprovementSessionCloneState  # noqa: PLC0415
        from ..models.agent_improvement_session_promotion_summary_type_0 import (
            AgentImprovementSessionPromotionSummaryType0,  # noqa: PLC0415
        )
        from ..models.agent_improvement_session_proposal_summary_type_0 import (
            AgentImprovementSessionProposalSummaryType0,  # noqa: PLC0415
        )
        from ..models.agent_improvement_session_user_guidance_item import AgentImprovementSessionUserGuidanceItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

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

            _field = "provider"
            provider = d.pop("provider", UNSET)
            if not isinstance(provider, (str, Unset)):
                expect(provider, (str, Unset))

            _field = "source"
            _source = d.pop("source", UNSET)
            source: AgentImprovementSessionSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = AgentImprovementSessionSource(_source)

            if not isinstance(source, (AgentImprovementSessionSource, Unset)):
                expect(source, (AgentImprovementSessionSource, Unset))

            _field = "insights"
            insights = d.pop("insights", UNSET)

            _field = "call_log_ids"
            call_log_ids = d.pop("call_log_ids", UNSET)

            _field = "run_ids"
            run_ids = d.pop("run_ids", UNSET)

            _field = "scenario_ids"
            scenario_ids = d.pop("scenario_ids", UNSET)

            _field = "status"
            _status = d.pop("status", UNSET)
            status: AgentImprovementSessionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AgentImprovementSessionStatus(_status)

            if not isinstance(status, (AgentImprovementSessionStatus, Unset)):
                expect(status, (AgentImprovementSessionStatus, Unset))

            _field = "stage"

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

            stage = _parse_stage(d.pop("stage", UNSET))

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

            _field = "stage_status"

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

            stage_status = _parse_stage_status(d.pop("stage_status", UNSET))

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

            _field = "stage_started_at"

            def _parse_stage_started_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stage_started_at_type_0 = parse_datetime(data)

                    return stage_started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            stage_started_at = _parse_stage_started_at(d.pop("stage_started_at", UNSET))

            if not isinstance(stage_started_at, (datetime.datetime, type(None), Unset)):
                expect(stage_started_at, (datetime.datetime, type(None), Unset))

            _field = "stage_history"
            stage_history = d.pop("stage_history", UNSET)

            _field = "baseline_result"

            def _parse_baseline_result(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            baseline_result = _parse_baseline_result(d.pop("baseline_result", UNSET))

            if not isinstance(baseline_result, (int, type(None), Unset)) or isinstance(baseline_result, bool):
                expect(baseline_result, (int, type(None), Unset))

            _field = "baseline_source_result"

            def _parse_baseline_source_result(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            baseline_source_result = _parse_baseline_source_result(d.pop("baseline_source_result", UNSET))

            if not isinstance(baseline_source_result, (int, type(None), Unset)) or isinstance(
                baseline_source_result, bool
            ):
                expect(baseline_source_result, (int, type(None), Unset))

            _field = "verify_result"

            def _parse_verify_result(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            verify_result = _parse_verify_result(d.pop("verify_result", UNSET))

            if not isinstance(verify_result, (int, type(None), Unset)) or isinstance(verify_result, bool):
                expect(verify_result, (int, type(None), Unset))

            _field = "metric_delta"

            def _parse_metric_delta(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            metric_delta = _parse_metric_delta(d.pop("metric_delta", UNSET))

            _field = "proposal_summary"

            def _parse_proposal_summary(data: object) -> AgentImprovementSessionProposalSummaryType0 | None | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    proposal_summary_type_0 = AgentImprovementSessionProposalSummaryType0.from_dict(data)

                    return proposal_summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(AgentImprovementSessionProposalSummaryType0 | None | Unset, data)

            proposal_summary = _parse_proposal_summary(d.pop("proposal_summary", UNSET))

            if not isinstance(proposal_summary, (AgentImprovementSessionProposalSummaryType0, type(None), Unset)):
                expect(proposal_summary, (AgentImprovementSessionProposalSummaryType0, type(None), Unset))

            _field = "iteration"
            iteration = d.pop("iteration", UNSET)
            if not isinstance(iteration, (int, Unset)) or isinstance(iteration, bool):
                expect(iteration, (int, Unset))

            _field = "iteration_history"
            iteration_history = d.pop("iteration_history", UNSET)

            _field = "failing_scenario_ids"
            failing_scenario_ids = d.pop("failing_scenario_ids", UNSET)

            _field = "rounds_since_improvement"
            rounds_since_improvement = d.pop("rounds_since_improvement", UNSET)
            if not isinstance(rounds_since_improvement, (int, Unset)) or isinstance(rounds_since_improvement, bool):
                expect(rounds_since_improvement, (int, Unset))

            _field = "best_iteration"

            def _parse_best_iteration(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            best_iteration = _parse_best_iteration(d.pop("best_iteration", UNSET))

            if not isinstance(best_iteration, (int, type(None), Unset)) or isinstance(best_iteration, bool):
                expect(best_iteration, (int, type(None), Unset))

            _field = "best_score"

            def _parse_best_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            best_score = _parse_best_score(d.pop("best_score", UNSET))

            if not isinstance(best_score, (float, int, type(None), Unset)) or isinstance(best_score, bool):
                expect(best_score, (float, int, type(None), Unset))

            _field = "pending_question"

            def _parse_pending_question(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            pending_question = _parse_pending_question(d.pop("pending_question", UNSET))

            _field = "question_answers"
            question_answers = d.pop("question_answers", UNSET)

            _field = "user_guidance"
            _user_guidance = d.pop("user_guidance", UNSET)
            user_guidance: list[AgentImprovementSessionUserGuidanceItem] | Unset = UNSET
            if _user_guidance is not UNSET:
                user_guidance = []
                for user_guidance_item_data in _user_guidance:
                    user_guidance_item = AgentImprovementSessionUserGuidanceItem.from_dict(user_guidance_item_data)

                    user_guidance.append(user_guidance_item)

            if not isinstance(user_guidance, (list, Unset)):
                expect(user_guidance, (list, Unset))

            _field = "parent_session"

            def _parse_parent_session(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            parent_session = _parse_parent_session(d.pop("parent_session", UNSET))

            if not isinstance(parent_session, (int, type(None), Unset)) or isinstance(parent_session, bool):
                expect(parent_session, (int, type(None), Unset))

            _field = "conversation_id"

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

            conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

            if not isinstance(conversation_id, (UUID, type(None), Unset)):
                expect(conversation_id, (UUID, type(None), Unset))

            _field = "message_id"

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

            message_id = _parse_message_id(d.pop("message_id", UNSET))

            if not isinstance(message_id, (UUID, type(None), Unset)):
                expect(message_id, (UUID, type(None), Unset))

            _field = "error_message"
            error_message = d.pop("error_message", UNSET)
            if not isinstance(error_message, (str, Unset)):
                expect(error_message, (str, Unset))

            _field = "summary_json"
            summary_json = d.pop("summary_json", UNSET)

            _field = "slack_notification_status"
            _slack_notification_status = d.pop("slack_notification_status", UNSET)
            slack_notification_status: AgentImprovementSessionSlackNotificationStatus | Unset
            if isinstance(_slack_notification_status, Unset):
                slack_notification_status = UNSET
            else:
                slack_notification_status = AgentImprovementSessionSlackNotificationStatus(_slack_notification_status)

            if not isinstance(slack_notification_status, (AgentImprovementSessionSlackNotificationStatus, Unset)):
                expect(slack_notification_status, (AgentImprovementSessionSlackNotificationStatus, Unset))

            _field = "routed_to"
            routed_to = d.pop("routed_to", UNSET)
            if not isinstance(routed_to, (str, Unset)):
                expect(routed_to, (str, Unset))

            _field = "slack_channel_id"
            slack_channel_id = d.pop("slack_channel_id", UNSET)
            if not isinstance(slack_channel_id, (str, Unset)):
                expect(slack_channel_id, (str, Unset))

            _field = "slack_message_ts"
            slack_message_ts = d.pop("slack_message_ts", UNSET)
            if not isinstance(slack_message_ts, (str, Unset)):
                expect(slack_message_ts, (str, Unset))

            _field = "slack_message_text"
            slack_message_text = d.pop("slack_message_text", UNSET)
            if not isinstance(slack_message_text, (str, Unset)):
                expect(slack_message_text, (str, Unset))

            _field = "slack_error"
            slack_error = d.pop("slack_error", UNSET)
            if not isinstance(slack_error, (str, Unset)):
                expect(slack_error, (str, Unset))

            _field = "promoted_at"

            def _parse_promoted_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    promoted_at_type_0 = parse_datetime(data)

                    return promoted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            promoted_at = _parse_promoted_at(d.pop("promoted_at", UNSET))

            if not isinstance(promoted_at, (datetime.datetime, type(None), Unset)):
                expect(promoted_at, (datetime.datetime, type(None), Unset))

            _field = "promoted_by"

            def _parse_promoted_by(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            promoted_by = _parse_promoted_by(d.pop("promoted_by", UNSET))

            if not isinstance(promoted_by, (int, type(None), Unset)) or isinstance(promoted_by, bool):
                expect(promoted_by, (int, type(None), Unset))

            _field = "promoted_by_email"
            promoted_by_email = d.pop("promoted_by_email", UNSET)
            if not isinstance(promoted_by_email, (str, Unset)):
                expect(promoted_by_email, (str, Unset))

            _field = "promotion_summary"

            def _parse_promotion_summary(data: object) -> AgentImprovementSessionPromotionSummaryType0 | None | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    promotion_summary_type_0 = AgentImprovementSessionPromotionSummaryType0.from_dict(data)

                    return promotion_summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(AgentImprovementSessionPromotionSummaryType0 | None | Unset, data)

            promotion_summary = _parse_promotion_summary(d.pop("promotion_summary", UNSET))

            if not isinstance(promotion_summary, (AgentImprovementSessionPromotionSummaryType0, type(None), Unset)):
                expect(promotion_summary, (AgentImprovementSessionPromotionSummaryType0, type(None), Unset))

            _field = "clone_state"
            _clone_state = d.pop("clone_state", UNSET)
            clone_state: AgentImprovementSessionCloneState | Unset
            if isinstance(_clone_state, Unset):
                clone_state = UNSET
            else:
                clone_state = AgentImprovementSessionCloneState.from_dict(_clone_state)

            if not isinstance(clone_state, (AgentImprovementSessionCloneState, Unset)):
                expect(clone_state, (AgentImprovementSessionCloneState, Unset))

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

            agent_improvement_session = cls(
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

            agent_improvement_session.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_improvement_session

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
