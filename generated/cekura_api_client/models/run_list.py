from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_list_evaluation_status import RunListEvaluationStatus
from ..models.run_list_status import RunListStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_list_expected_outcome import RunListExpectedOutcome
    from ..models.run_list_metadata import RunListMetadata


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "provider_call_id",
        "trace_id",
        "scenario",
        "scenario_name",
        "personality",
        "personality_name",
        "result_id",
        "agent",
        "agent_name",
        "duration",
        "status",
        "evaluation_status",
        "expected_outcome",
        "success",
        "timestamp",
        "executed_at",
        "metadata",
        "outbound_number",
        "inbound_number",
        "critical_categories",
        "metrics",
        "error_message",
        "run_as_text",
        "test_profile_name",
        "agent_number",
        "run_type",
        "agent_version",
        "outbound_dial_window_opens_at",
        "outbound_dial_window_seconds",
        "outbound_dial_window_closes_at",
    }
)

T = TypeVar("T", bound="RunList")


@_attrs_define
class RunList:
    """Adds outbound dial-window fields read from cekura_metadata."""

    id: int | Unset = UNSET
    provider_call_id: str | Unset = UNSET
    """
    Call ID from the Assistant provider
    Example: `call_abc123`
     """
    trace_id: str | Unset = UNSET
    """ OpenTelemetry trace ID (32-char hex). Set when OTel tracing is enabled. """
    scenario: int | None | Unset = UNSET
    scenario_name: str | Unset = "Scenario Deleted"
    personality: int | None | Unset = UNSET
    personality_name: str | Unset = UNSET
    result_id: int | Unset = UNSET
    agent: int | Unset = UNSET
    agent_name: str | Unset = UNSET
    duration: str | Unset = UNSET
    status: RunListStatus | Unset = UNSET
    """ * `running` - Running
    * `completed` - Completed
    * `failed` - Failed
    * `pending` - Pending
    * `in_progress` - In Progress
    * `evaluating` - Evaluating
    * `in_queue` - In Queue
    * `timeout` - Timeout
    * `cancelled` - Cancelled
    * `scaling_up` - Scaling Up """
    evaluation_status: RunListEvaluationStatus | Unset = UNSET
    """ * `success` - Success
    * `failure` - Failure
    * `reviewed_success` - Reviewed Success
    * `reviewed_failure` - Reviewed Failure """
    expected_outcome: RunListExpectedOutcome | Unset = UNSET
    """ Expected-outcome evaluation. Supports key selection — `?ql={expected_outcome{score}}` omits the explanation
    and alignment arrays. """
    success: bool | Unset = UNSET
    """ Whether this run passed its quality evaluation. false means either the call failed to connect or an
    evaluation check did not pass. Check `error_message` for connection failures and `evaluation` for check results.
    """
    timestamp: datetime.datetime | Unset = UNSET
    executed_at: datetime.datetime | None | Unset = UNSET
    metadata: RunListMetadata | Unset = UNSET
    """ Provider call metadata. Supports key selection — `?ql={metadata{ended_reason,ringing_duration}}` returns
    only those keys instead of the full provider payload. """
    outbound_number: str | Unset = UNSET
    inbound_number: str | Unset = UNSET
    critical_categories: str | Unset = UNSET
    metrics: str | Unset = UNSET
    error_message: str | Unset = UNSET
    run_as_text: bool | Unset = UNSET
    test_profile_name: str | Unset = UNSET
    agent_number: None | str | Unset = UNSET
    """
    Override the phone number from which the agent under test receives the call during outbound runs.
    This allows overriding the default agent contact number for testing purposes.
    Example: `+1234567890`
     """
    run_type: None | str | Unset = UNSET
    """ Run Execution Type """
    agent_version: str | Unset = UNSET
    """ The agent version (history record) this run's result ran against, or null. """
    outbound_dial_window_opens_at: str | Unset = UNSET
    """ ISO timestamp when the outbound dial window opened. Null until the run reaches pending/waiting-for-call. """
    outbound_dial_window_seconds: str | Unset = UNSET
    """ Duration of the outbound dial window in seconds. """
    outbound_dial_window_closes_at: str | Unset = UNSET
    """ ISO timestamp when the outbound dial window closes. Null until the window opens. """
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
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.provider_call_id, Unset):
            field_dict["provider_call_id"] = self.provider_call_id
        if not isinstance(self.trace_id, Unset):
            field_dict["trace_id"] = self.trace_id
        if not isinstance(self.scenario, Unset):
            field_dict["scenario"] = self.scenario
        if not isinstance(self.scenario_name, Unset) and _response:
            field_dict["scenario_name"] = self.scenario_name
        if not isinstance(self.personality, Unset) and _response:
            field_dict["personality"] = self.personality
        if not isinstance(self.personality_name, Unset) and _response:
            field_dict["personality_name"] = self.personality_name
        if not isinstance(self.result_id, Unset) and _response:
            field_dict["result_id"] = self.result_id
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.duration, Unset) and _response:
            field_dict["duration"] = self.duration
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is RunListStatus
                else enum_value(RunListStatus, self.status, "status", self)
            )
        if not isinstance(self.evaluation_status, Unset) and _response:
            field_dict["evaluation_status"] = (
                self.evaluation_status._value_
                if type(self.evaluation_status) is RunListEvaluationStatus
                else enum_value(RunListEvaluationStatus, self.evaluation_status, "evaluation_status", self)
            )
        if not isinstance(self.expected_outcome, Unset) and _response:
            field_dict["expected_outcome"] = (
                self.expected_outcome.to_dict()
                if type(self.expected_outcome) is RunListExpectedOutcome
                else written(self.expected_outcome, "expected_outcome", self)
            )
        if not isinstance(self.success, Unset):
            field_dict["success"] = self.success
        if not isinstance(self.timestamp, Unset) and _response:
            field_dict["timestamp"] = (
                _wire[1]
                if _wire is not None and self.timestamp is _wire[0]
                else self.timestamp.isoformat().replace("+00:00", "Z")
                if type(self.timestamp) is datetime.datetime
                else iso_datetime(self.timestamp, "timestamp", self)
            )
        if not isinstance(self.executed_at, Unset):
            field_dict["executed_at"] = (
                _wire[3]
                if _wire is not None and self.executed_at is _wire[2]
                else None
                if self.executed_at is None
                else self.executed_at.isoformat().replace("+00:00", "Z")
                if type(self.executed_at) is datetime.datetime
                else iso_datetime(self.executed_at, "executed_at", self)
            )
        if not isinstance(self.metadata, Unset) and _response:
            field_dict["metadata"] = (
                self.metadata.to_dict()
                if type(self.metadata) is RunListMetadata
                else written(self.metadata, "metadata", self)
            )
        if not isinstance(self.outbound_number, Unset) and _response:
            field_dict["outbound_number"] = self.outbound_number
        if not isinstance(self.inbound_number, Unset) and _response:
            field_dict["inbound_number"] = self.inbound_number
        if not isinstance(self.critical_categories, Unset) and _response:
            field_dict["critical_categories"] = self.critical_categories
        if not isinstance(self.metrics, Unset) and _response:
            field_dict["metrics"] = self.metrics
        if not isinstance(self.error_message, Unset):
            field_dict["error_message"] = self.error_message
        if not isinstance(self.run_as_text, Unset) and _response:
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.test_profile_name, Unset) and _response:
            field_dict["test_profile_name"] = self.test_profile_name
        if not isinstance(self.agent_number, Unset) and _response:
            field_dict["agent_number"] = self.agent_number
        if not isinstance(self.run_type, Unset) and _response:
            field_dict["run_type"] = self.run_type
        if not isinstance(self.agent_version, Unset) and _response:
            field_dict["agent_version"] = self.agent_version
        if not isinstance(self.outbound_dial_window_opens_at, Unset) and _response:
            field_dict["outbound_dial_window_opens_at"] = self.outbound_dial_window_opens_at
        if not isinstance(self.outbound_dial_window_seconds, Unset) and _response:
            field_dict["outbound_dial_window_seconds"] = self.outbound_dial_window_seconds
        if not isinstance(self.outbound_dial_window_closes_at, Unset) and _response:
            field_dict["outbound_dial_window_closes_at"] = self.outbound_dial_window_closes_at
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

            _field = "provider_call_id"
            try:
                if "provider_call_id" in src_dict:
                    provider_call_id: Any = src_dict["provider_call_id"]
                    _present += 1
                    if type(provider_call_id) is not str:
                        provider_call_id = checked(provider_call_id, (str,))
                else:
                    provider_call_id = UNSET
            except FIELD_ERRORS as _error:
                provider_call_id, _found = tolerated(src_dict, "provider_call_id", _error, _found, "str")

            _field = "trace_id"
            try:
                if "trace_id" in src_dict:
                    trace_id: Any = src_dict["trace_id"]
                    _present += 1
                    if type(trace_id) is not str:
                        trace_id = checked(trace_id, (str,))
                else:
                    trace_id = UNSET
            except FIELD_ERRORS as _error:
                trace_id, _found = tolerated(src_dict, "trace_id", _error, _found, "str")

            _field = "scenario"
            try:
                if "scenario" in src_dict:
                    scenario: Any = src_dict["scenario"]
                    _present += 1
                    if scenario is not None:
                        if type(scenario) is not int:
                            scenario = checked(scenario, (int, type(None)))
                else:
                    scenario = UNSET
            except FIELD_ERRORS as _error:
                scenario, _found = tolerated(src_dict, "scenario", _error, _found, "int | None")

            _field = "scenario_name"
            try:
                if "scenario_name" in src_dict:
                    scenario_name: Any = src_dict["scenario_name"]
                    _present += 1
                    if type(scenario_name) is not str:
                        scenario_name = checked(scenario_name, (str,))
                else:
                    scenario_name = UNSET
            except FIELD_ERRORS as _error:
                scenario_name, _found = tolerated(src_dict, "scenario_name", _error, _found, "str")

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if personality is not None:
                        if type(personality) is not int:
                            personality = checked(personality, (int, type(None)))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int | None")

            _field = "personality_name"
            try:
                if "personality_name" in src_dict:
                    personality_name: Any = src_dict["personality_name"]
                    _present += 1
                    if type(personality_name) is not str:
                        personality_name = checked(personality_name, (str,))
                else:
                    personality_name = UNSET
            except FIELD_ERRORS as _error:
                personality_name, _found = tolerated(src_dict, "personality_name", _error, _found, "str")

            _field = "result_id"
            try:
                if "result_id" in src_dict:
                    result_id: Any = src_dict["result_id"]
                    _present += 1
                    if type(result_id) is not int:
                        result_id = checked(result_id, (int,))
                else:
                    result_id = UNSET
            except FIELD_ERRORS as _error:
                result_id, _found = tolerated(src_dict, "result_id", _error, _found, "int")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

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

            _field = "duration"
            try:
                if "duration" in src_dict:
                    duration: Any = src_dict["duration"]
                    _present += 1
                    if type(duration) is not str:
                        duration = checked(duration, (str,))
                else:
                    duration = UNSET
            except FIELD_ERRORS as _error:
                duration, _found = tolerated(src_dict, "duration", _error, _found, "str")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        RunListStatus._value2member_map_.get(status) or RunListStatus(status)
                        if type(status) is str
                        else checked(status, (RunListStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "RunListStatus")

            _field = "evaluation_status"
            try:
                if "evaluation_status" in src_dict:
                    evaluation_status: Any = src_dict["evaluation_status"]
                    _present += 1
                    evaluation_status = (
                        RunListEvaluationStatus._value2member_map_.get(evaluation_status)
                        or RunListEvaluationStatus(evaluation_status)
                        if type(evaluation_status) is str
                        else checked(evaluation_status, (RunListEvaluationStatus,))
                    )
                else:
                    evaluation_status = UNSET
            except FIELD_ERRORS as _error:
                evaluation_status, _found = tolerated(
                    src_dict, "evaluation_status", _error, _found, "RunListEvaluationStatus"
                )

            _field = "expected_outcome"
            try:
                if "expected_outcome" in src_dict:
                    expected_outcome: Any = src_dict["expected_outcome"]
                    _present += 1
                    expected_outcome = RunListExpectedOutcome.from_dict(expected_outcome)
                else:
                    expected_outcome = UNSET
            except FIELD_ERRORS as _error:
                expected_outcome, _found = tolerated(
                    src_dict, "expected_outcome", _error, _found, "RunListExpectedOutcome"
                )

            _field = "success"
            try:
                if "success" in src_dict:
                    success: Any = src_dict["success"]
                    _present += 1
                    if type(success) is not bool:
                        success = checked(success, (bool,))
                else:
                    success = UNSET
            except FIELD_ERRORS as _error:
                success, _found = tolerated(src_dict, "success", _error, _found, "bool")

            _field = "timestamp"
            try:
                if "timestamp" in src_dict:
                    timestamp: Any = src_dict["timestamp"]
                    _timestamp_text = timestamp
                    _present += 1
                    if type(timestamp) is str:
                        try:
                            timestamp = fromisoformat(timestamp)
                        except ValueError:
                            timestamp = parse_datetime(timestamp)
                    else:
                        timestamp = checked(timestamp, (datetime.datetime,))
                        _timestamp_text = timestamp.isoformat().replace("+00:00", "Z")
                else:
                    timestamp = _timestamp_text = UNSET
            except FIELD_ERRORS as _error:
                timestamp, _found = tolerated(src_dict, "timestamp", _error, _found, "datetime.datetime")
                _timestamp_text = timestamp

            _field = "executed_at"
            try:
                if "executed_at" in src_dict:
                    executed_at: Any = src_dict["executed_at"]
                    _executed_at_text = executed_at
                    _present += 1
                    if executed_at is not None:
                        if type(executed_at) is str:
                            try:
                                executed_at = fromisoformat(executed_at)
                            except ValueError:
                                executed_at = parse_datetime(executed_at)
                        else:
                            executed_at = checked(executed_at, (datetime.datetime, type(None)))
                            _executed_at_text = executed_at.isoformat().replace("+00:00", "Z")
                else:
                    executed_at = _executed_at_text = UNSET
            except FIELD_ERRORS as _error:
                executed_at, _found = tolerated(src_dict, "executed_at", _error, _found, "datetime.datetime | None")
                _executed_at_text = executed_at

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1
                    metadata = RunListMetadata.from_dict(metadata)
                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "RunListMetadata")

            _field = "outbound_number"
            try:
                if "outbound_number" in src_dict:
                    outbound_number: Any = src_dict["outbound_number"]
                    _present += 1
                    if type(outbound_number) is not str:
                        outbound_number = checked(outbound_number, (str,))
                else:
                    outbound_number = UNSET
            except FIELD_ERRORS as _error:
                outbound_number, _found = tolerated(src_dict, "outbound_number", _error, _found, "str")

            _field = "inbound_number"
            try:
                if "inbound_number" in src_dict:
                    inbound_number: Any = src_dict["inbound_number"]
                    _present += 1
                    if type(inbound_number) is not str:
                        inbound_number = checked(inbound_number, (str,))
                else:
                    inbound_number = UNSET
            except FIELD_ERRORS as _error:
                inbound_number, _found = tolerated(src_dict, "inbound_number", _error, _found, "str")

            _field = "critical_categories"
            try:
                if "critical_categories" in src_dict:
                    critical_categories: Any = src_dict["critical_categories"]
                    _present += 1
                    if type(critical_categories) is not str:
                        critical_categories = checked(critical_categories, (str,))
                else:
                    critical_categories = UNSET
            except FIELD_ERRORS as _error:
                critical_categories, _found = tolerated(src_dict, "critical_categories", _error, _found, "str")

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1
                    if type(metrics) is not str:
                        metrics = checked(metrics, (str,))
                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(src_dict, "metrics", _error, _found, "str")

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

            _field = "run_as_text"
            try:
                if "run_as_text" in src_dict:
                    run_as_text: Any = src_dict["run_as_text"]
                    _present += 1
                    if type(run_as_text) is not bool:
                        run_as_text = checked(run_as_text, (bool,))
                else:
                    run_as_text = UNSET
            except FIELD_ERRORS as _error:
                run_as_text, _found = tolerated(src_dict, "run_as_text", _error, _found, "bool")

            _field = "test_profile_name"
            try:
                if "test_profile_name" in src_dict:
                    test_profile_name: Any = src_dict["test_profile_name"]
                    _present += 1
                    if type(test_profile_name) is not str:
                        test_profile_name = checked(test_profile_name, (str,))
                else:
                    test_profile_name = UNSET
            except FIELD_ERRORS as _error:
                test_profile_name, _found = tolerated(src_dict, "test_profile_name", _error, _found, "str")

            _field = "agent_number"
            try:
                if "agent_number" in src_dict:
                    agent_number: Any = src_dict["agent_number"]
                    _present += 1
                    if agent_number is not None:
                        if type(agent_number) is not str:
                            agent_number = checked(agent_number, (str, type(None)))
                else:
                    agent_number = UNSET
            except FIELD_ERRORS as _error:
                agent_number, _found = tolerated(src_dict, "agent_number", _error, _found, "None | str")

            _field = "run_type"
            try:
                if "run_type" in src_dict:
                    run_type: Any = src_dict["run_type"]
                    _present += 1
                    if run_type is not None:
                        if type(run_type) is not str:
                            run_type = checked(run_type, (str, type(None)))
                else:
                    run_type = UNSET
            except FIELD_ERRORS as _error:
                run_type, _found = tolerated(src_dict, "run_type", _error, _found, "None | str")

            _field = "agent_version"
            try:
                if "agent_version" in src_dict:
                    agent_version: Any = src_dict["agent_version"]
                    _present += 1
                    if type(agent_version) is not str:
                        agent_version = checked(agent_version, (str,))
                else:
                    agent_version = UNSET
            except FIELD_ERRORS as _error:
                agent_version, _found = tolerated(src_dict, "agent_version", _error, _found, "str")

            _field = "outbound_dial_window_opens_at"
            try:
                if "outbound_dial_window_opens_at" in src_dict:
                    outbound_dial_window_opens_at: Any = src_dict["outbound_dial_window_opens_at"]
                    _present += 1
                    if type(outbound_dial_window_opens_at) is not str:
                        outbound_dial_window_opens_at = checked(outbound_dial_window_opens_at, (str,))
                else:
                    outbound_dial_window_opens_at = UNSET
            except FIELD_ERRORS as _error:
                outbound_dial_window_opens_at, _found = tolerated(
                    src_dict, "outbound_dial_window_opens_at", _error, _found, "str"
                )

            _field = "outbound_dial_window_seconds"
            try:
                if "outbound_dial_window_seconds" in src_dict:
                    outbound_dial_window_seconds: Any = src_dict["outbound_dial_window_seconds"]
                    _present += 1
                    if type(outbound_dial_window_seconds) is not str:
                        outbound_dial_window_seconds = checked(outbound_dial_window_seconds, (str,))
                else:
                    outbound_dial_window_seconds = UNSET
            except FIELD_ERRORS as _error:
                outbound_dial_window_seconds, _found = tolerated(
                    src_dict, "outbound_dial_window_seconds", _error, _found, "str"
                )

            _field = "outbound_dial_window_closes_at"
            try:
                if "outbound_dial_window_closes_at" in src_dict:
                    outbound_dial_window_closes_at: Any = src_dict["outbound_dial_window_closes_at"]
                    _present += 1
                    if type(outbound_dial_window_closes_at) is not str:
                        outbound_dial_window_closes_at = checked(outbound_dial_window_closes_at, (str,))
                else:
                    outbound_dial_window_closes_at = UNSET
            except FIELD_ERRORS as _error:
                outbound_dial_window_closes_at, _found = tolerated(
                    src_dict, "outbound_dial_window_closes_at", _error, _found, "str"
                )

            _instance = cls(
                id=id,
                provider_call_id=provider_call_id,
                trace_id=trace_id,
                scenario=scenario,
                scenario_name=scenario_name,
                personality=personality,
                personality_name=personality_name,
                result_id=result_id,
                agent=agent,
                agent_name=agent_name,
                duration=duration,
                status=status,
                evaluation_status=evaluation_status,
                expected_outcome=expected_outcome,
                success=success,
                timestamp=timestamp,
                executed_at=executed_at,
                metadata=metadata,
                outbound_number=outbound_number,
                inbound_number=inbound_number,
                critical_categories=critical_categories,
                metrics=metrics,
                error_message=error_message,
                run_as_text=run_as_text,
                test_profile_name=test_profile_name,
                agent_number=agent_number,
                run_type=run_type,
                agent_version=agent_version,
                outbound_dial_window_opens_at=outbound_dial_window_opens_at,
                outbound_dial_window_seconds=outbound_dial_window_seconds,
                outbound_dial_window_closes_at=outbound_dial_window_closes_at,
            )
            _instance._wire_text = (
                timestamp,
                _timestamp_text,
                executed_at,
                _executed_at_text,
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
    global _imports_pending, RunListExpectedOutcome, RunListMetadata  # noqa: PLW0603
    from ..models.run_list_expected_outcome import RunListExpectedOutcome  # noqa: PLC0415
    from ..models.run_list_metadata import RunListMetadata  # noqa: PLC0415

    _imports_pending = False
