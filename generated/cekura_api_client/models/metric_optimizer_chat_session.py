from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_optimizer_chat_session_status import MetricOptimizerChatSessionStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricOptimizerChatSession")


@_attrs_define
class MetricOptimizerChatSession:
    """Read-only serializer for the post-optimization review chat session."""

    id: int | Unset = UNSET
    metric: int | Unset = UNSET
    project: int | None | Unset = UNSET
    agent: int | None | Unset = UNSET
    status: MetricOptimizerChatSessionStatus | Unset = UNSET
    """ * `awaiting_user` - Awaiting User
    * `agent_running` - Agent Running
    * `regression_running` - Regression Running
    * `reoptimizing` - Reoptimizing
    * `completed` - Completed
    * `cancelled` - Cancelled
    * `failed` - Failed """
    conversation_history: Any | Unset = UNSET
    """ [{role, content, timestamp, message_type?, payload?, questions?}] """
    proposal: Any | Unset = UNSET
    """ Snapshot of the latest process_feedbacks output (the optimized proposal) """
    regression_results: Any | Unset = UNSET
    """ Latest regression check: {samples: [...], summary: {...}, run_at} """
    active_progress: Any | Unset = UNSET
    """ In-flight progress ids: {chat_turn?, regression?, reoptimize?} """
    test_set_ids: Any | Unset = UNSET
    """ Eval-set test_set ids for the optimization run; grows when samples are added """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        metric = self.metric

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        conversation_history = self.conversation_history

        proposal = self.proposal

        regression_results = self.regression_results

        active_progress = self.active_progress

        test_set_ids = self.test_set_ids

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
        if metric is not UNSET and _response:
            field_dict["metric"] = metric
        if project is not UNSET and _response:
            field_dict["project"] = project
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if status is not UNSET and _response:
            field_dict["status"] = status
        if conversation_history is not UNSET and _response:
            field_dict["conversation_history"] = conversation_history
        if proposal is not UNSET and _response:
            field_dict["proposal"] = proposal
        if regression_results is not UNSET and _response:
            field_dict["regression_results"] = regression_results
        if active_progress is not UNSET and _response:
            field_dict["active_progress"] = active_progress
        if test_set_ids is not UNSET and _response:
            field_dict["test_set_ids"] = test_set_ids
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "metric"
            metric = d.pop("metric", UNSET)
            if not isinstance(metric, (int, Unset)) or isinstance(metric, bool):
                expect(metric, (int, Unset))

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

            _field = "status"
            _status = d.pop("status", UNSET)
            status: MetricOptimizerChatSessionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = MetricOptimizerChatSessionStatus(_status)

            if not isinstance(status, (MetricOptimizerChatSessionStatus, Unset)):
                expect(status, (MetricOptimizerChatSessionStatus, Unset))

            _field = "conversation_history"
            conversation_history = d.pop("conversation_history", UNSET)

            _field = "proposal"
            proposal = d.pop("proposal", UNSET)

            _field = "regression_results"
            regression_results = d.pop("regression_results", UNSET)

            _field = "active_progress"
            active_progress = d.pop("active_progress", UNSET)

            _field = "test_set_ids"
            test_set_ids = d.pop("test_set_ids", UNSET)

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

            metric_optimizer_chat_session = cls(
                id=id,
                metric=metric,
                project=project,
                agent=agent,
                status=status,
                conversation_history=conversation_history,
                proposal=proposal,
                regression_results=regression_results,
                active_progress=active_progress,
                test_set_ids=test_set_ids,
                created_at=created_at,
                updated_at=updated_at,
            )

            metric_optimizer_chat_session.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_optimizer_chat_session

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
