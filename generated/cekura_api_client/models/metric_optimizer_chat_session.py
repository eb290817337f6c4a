from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_optimizer_chat_session_status import MetricOptimizerChatSessionStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "metric",
        "project",
        "agent",
        "status",
        "conversation_history",
        "proposal",
        "regression_results",
        "active_progress",
        "test_set_ids",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.metric, Unset) and _response:
            field_dict["metric"] = self.metric
        if not isinstance(self.project, Unset) and _response:
            field_dict["project"] = self.project
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is MetricOptimizerChatSessionStatus
                else enum_value(MetricOptimizerChatSessionStatus, self.status, "status", self)
            )
        if not isinstance(self.conversation_history, Unset) and _response:
            field_dict["conversation_history"] = self.conversation_history
        if not isinstance(self.proposal, Unset) and _response:
            field_dict["proposal"] = self.proposal
        if not isinstance(self.regression_results, Unset) and _response:
            field_dict["regression_results"] = self.regression_results
        if not isinstance(self.active_progress, Unset) and _response:
            field_dict["active_progress"] = self.active_progress
        if not isinstance(self.test_set_ids, Unset) and _response:
            field_dict["test_set_ids"] = self.test_set_ids
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

            _field = "metric"
            try:
                if "metric" in src_dict:
                    metric: Any = src_dict["metric"]
                    _present += 1
                    if type(metric) is not int:
                        metric = checked(metric, (int,))
                else:
                    metric = UNSET
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

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

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        MetricOptimizerChatSessionStatus._value2member_map_.get(status)
                        or MetricOptimizerChatSessionStatus(status)
                        if type(status) is str
                        else checked(status, (MetricOptimizerChatSessionStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "MetricOptimizerChatSessionStatus")

            _field = "conversation_history"
            try:
                if "conversation_history" in src_dict:
                    conversation_history: Any = src_dict["conversation_history"]
                    _present += 1

                else:
                    conversation_history = UNSET
            except FIELD_ERRORS as _error:
                conversation_history, _found = tolerated(src_dict, "conversation_history", _error, _found, "Any")

            _field = "proposal"
            try:
                if "proposal" in src_dict:
                    proposal: Any = src_dict["proposal"]
                    _present += 1

                else:
                    proposal = UNSET
            except FIELD_ERRORS as _error:
                proposal, _found = tolerated(src_dict, "proposal", _error, _found, "Any")

            _field = "regression_results"
            try:
                if "regression_results" in src_dict:
                    regression_results: Any = src_dict["regression_results"]
                    _present += 1

                else:
                    regression_results = UNSET
            except FIELD_ERRORS as _error:
                regression_results, _found = tolerated(src_dict, "regression_results", _error, _found, "Any")

            _field = "active_progress"
            try:
                if "active_progress" in src_dict:
                    active_progress: Any = src_dict["active_progress"]
                    _present += 1

                else:
                    active_progress = UNSET
            except FIELD_ERRORS as _error:
                active_progress, _found = tolerated(src_dict, "active_progress", _error, _found, "Any")

            _field = "test_set_ids"
            try:
                if "test_set_ids" in src_dict:
                    test_set_ids: Any = src_dict["test_set_ids"]
                    _present += 1

                else:
                    test_set_ids = UNSET
            except FIELD_ERRORS as _error:
                test_set_ids, _found = tolerated(src_dict, "test_set_ids", _error, _found, "Any")

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
