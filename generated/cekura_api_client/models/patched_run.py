from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_run_evaluation_status import PatchedRunEvaluationStatus
from ..models.patched_run_status import PatchedRunStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation import Evaluation
    from ..models.expected_outcome import ExpectedOutcome
    from ..models.patched_run_generated_mock_tool_entries_item import PatchedRunGeneratedMockToolEntriesItem
    from ..models.run_list_critical_categories import RunListCriticalCategories
    from ..models.run_list_transcript_object import RunListTranscriptObject
    from ..models.test_profile_data import TestProfileData


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "provider_call_id",
        "trace_id",
        "scenario",
        "scenario_name",
        "scenario_type",
        "personality",
        "personality_name",
        "agent",
        "agent_name",
        "agent_version",
        "result_id",
        "result_name",
        "expected_outcome_prompt",
        "expected_outcome",
        "evaluation",
        "rubric",
        "transcript",
        "transcript_object",
        "duration",
        "voice_recording_url",
        "email_id",
        "status",
        "evaluation_status",
        "metadata",
        "success",
        "is_reviewed",
        "feedback",
        "timestamp",
        "executed_at",
        "outbound_number",
        "inbound_number",
        "critical_categories",
        "error_message",
        "scenario_instructions",
        "run_as_text",
        "test_profile_data",
        "generated_mock_tool_entries",
        "mocked_tool_names",
        "provider_call_details",
        "agent_number",
        "testing_channel_index",
        "run_type",
        "outbound_dial_window_opens_at",
        "outbound_dial_window_seconds",
        "outbound_dial_window_closes_at",
    }
)

T = TypeVar("T", bound="PatchedRun")


@_attrs_define
class PatchedRun:
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
    scenario_type: str | Unset = UNSET
    """ Type of the run's scenario (e.g. instruction, conditional_actions), null if the scenario was deleted """
    personality: int | None | Unset = UNSET
    """ Personality this run belongs to """
    personality_name: str | Unset = UNSET
    """ Name of the personality this run belongs to """
    agent: int | Unset = UNSET
    """ ID of the agent associated with this run """
    agent_name: str | Unset = UNSET
    """ Name of the agent associated with this run """
    agent_version: ExpectedOutcome | Unset = UNSET
    """ The agent version (history record) this run's result ran against, or null. """
    result_id: int | Unset = UNSET
    result_name: str | Unset = UNSET
    """ Name of the result this run belongs to """
    expected_outcome_prompt: str | Unset = UNSET
    expected_outcome: str | Unset = UNSET
    evaluation: Evaluation | Unset = UNSET
    """ Run Evaluation """
    rubric: Any | None | Unset = UNSET
    """
    Detailed rubric evaluation data
    Example:
    ```json
    [
        {
            "metric_id": 100,
            "metric_name": "Call Quality",
            "value": 5,
            "explanation": ["The response was accurate"],
            "passed": true,
            "conditions": "score gte 5",
            "expected_conditions": {"operator": "and", "conditions": [{"field": "score", "op": "gte", "value": 5}]}
        }
    ]
    ```
     """
    transcript: str | Unset = UNSET
    """ Full text transcript of the call.
    Example:
    ```text
    [00:01] Testing Agent: Hello.
    [00:02] Main Agent: Hello, how can I help you today?
    [00:03] Testing Agent: Well, I mean, sure. What time exactly are we talking about here
    [00:04] Main Agent: 6 PM.
    [00:05] Testing Agent: Great. I'll book that for you. Just a sec.
    [00:06] Main Agent: Okay.
    ```
     """
    transcript_object: list[RunListTranscriptObject] | Unset = UNSET
    """ Transcript object """
    duration: str | Unset = UNSET
    """ Duration of the run in MM:SS format """
    voice_recording_url: str | Unset = UNSET
    """ URL to access the voice recording of this run """
    email_id: None | str | Unset = UNSET
    status: PatchedRunStatus | Unset = UNSET
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
    evaluation_status: PatchedRunEvaluationStatus | Unset = UNSET
    """ * `success` - Success
    * `failure` - Failure
    * `reviewed_success` - Reviewed Success
    * `reviewed_failure` - Reviewed Failure """
    metadata: Any | Unset = UNSET
    success: bool | Unset = UNSET
    """ Whether this run passed its quality evaluation. false means either the call failed to connect or an
    evaluation check did not pass. Check `error_message` for connection failures and `evaluation` for check results.
    """
    is_reviewed: bool | Unset = UNSET
    """ Whether the call has been reviewed.
    Example: `true` or `false` """
    feedback: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    executed_at: datetime.datetime | None | Unset = UNSET
    outbound_number: str | Unset = UNSET
    """ Phone number used to make the outbound call for this run """
    inbound_number: str | Unset = UNSET
    """ Phone number used to receive the inbound call for this run """
    critical_categories: list[RunListCriticalCategories] | Unset = UNSET
    """ List of critical evaluation categories and their results for this run """
    error_message: str | Unset = UNSET
    scenario_instructions: str | Unset = UNSET
    run_as_text: bool | Unset = UNSET
    test_profile_data: None | TestProfileData | Unset = UNSET
    """ Test Profile """
    generated_mock_tool_entries: list[PatchedRunGeneratedMockToolEntriesItem] | Unset = UNSET
    """ Expected mock tool calls for this run's evaluator. Each entry has shape {tool_id, tool_name, new_entry:
    {input, output}}. """
    mocked_tool_names: list[str] | Unset = UNSET
    """ Tool names that were mock-enabled for this run's result. Function calls in the transcript matching these
    names were served by Cekura mocks. Empty if no tools were mocked. """
    provider_call_details: Any | Unset = UNSET
    """
    Details of the call from the provider
     """
    agent_number: None | str | Unset = UNSET
    """ Phone number of the agent (only for voice inbound calls) """
    testing_channel_index: int | None | Unset = UNSET
    """ The channel index of the testing agent in the audio recording """
    run_type: None | str | Unset = UNSET
    """ Run Execution Type """
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
        if not isinstance(self.provider_call_id, Unset) and _response:
            field_dict["provider_call_id"] = self.provider_call_id
        if not isinstance(self.trace_id, Unset):
            field_dict["trace_id"] = self.trace_id
        if not isinstance(self.scenario, Unset) and _response:
            field_dict["scenario"] = self.scenario
        if not isinstance(self.scenario_name, Unset) and _response:
            field_dict["scenario_name"] = self.scenario_name
        if not isinstance(self.scenario_type, Unset) and _response:
            field_dict["scenario_type"] = self.scenario_type
        if not isinstance(self.personality, Unset) and _response:
            field_dict["personality"] = self.personality
        if not isinstance(self.personality_name, Unset) and _response:
            field_dict["personality_name"] = self.personality_name
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.agent_version, Unset) and _response:
            field_dict["agent_version"] = (
                self.agent_version.to_dict()
                if type(self.agent_version) is ExpectedOutcome
                else written(self.agent_version, "agent_version", self)
            )
        if not isinstance(self.result_id, Unset) and _response:
            field_dict["result_id"] = self.result_id
        if not isinstance(self.result_name, Unset) and _response:
            field_dict["result_name"] = self.result_name
        if not isinstance(self.expected_outcome_prompt, Unset) and _response:
            field_dict["expected_outcome_prompt"] = self.expected_outcome_prompt
        if not isinstance(self.expected_outcome, Unset) and _response:
            field_dict["expected_outcome"] = self.expected_outcome
        if not isinstance(self.evaluation, Unset) and _response:
            field_dict["evaluation"] = (
                self.evaluation.to_dict()
                if type(self.evaluation) is Evaluation
                else written(self.evaluation, "evaluation", self)
            )
        if not isinstance(self.rubric, Unset) and _response:
            field_dict["rubric"] = self.rubric
        if not isinstance(self.transcript, Unset) and _response:
            field_dict["transcript"] = self.transcript
        if not isinstance(self.transcript_object, Unset) and _response:
            field_dict["transcript_object"] = (
                [
                    element.to_dict()
                    if type(element) is RunListTranscriptObject
                    else written(element, "transcript_object", self)
                    for element in self.transcript_object
                ]
                if type(self.transcript_object) is list
                else written(self.transcript_object, "transcript_object", self)
            )
        if not isinstance(self.duration, Unset) and _response:
            field_dict["duration"] = self.duration
        if not isinstance(self.voice_recording_url, Unset) and _response:
            field_dict["voice_recording_url"] = self.voice_recording_url
        if not isinstance(self.email_id, Unset) and _response:
            field_dict["email_id"] = self.email_id
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is PatchedRunStatus
                else enum_value(PatchedRunStatus, self.status, "status", self)
            )
        if not isinstance(self.evaluation_status, Unset):
            field_dict["evaluation_status"] = (
                self.evaluation_status._value_
                if type(self.evaluation_status) is PatchedRunEvaluationStatus
                else enum_value(PatchedRunEvaluationStatus, self.evaluation_status, "evaluation_status", self)
            )
        if not isinstance(self.metadata, Unset) and _response:
            field_dict["metadata"] = self.metadata
        if not isinstance(self.success, Unset):
            field_dict["success"] = self.success
        if not isinstance(self.is_reviewed, Unset):
            field_dict["is_reviewed"] = self.is_reviewed
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.timestamp, Unset) and _response:
            field_dict["timestamp"] = (
                _wire[1]
                if _wire is not None and self.timestamp is _wire[0]
                else self.timestamp.isoformat().replace("+00:00", "Z")
                if type(self.timestamp) is datetime.datetime
                else iso_datetime(self.timestamp, "timestamp", self)
            )
        if not isinstance(self.executed_at, Unset) and _response:
            field_dict["executed_at"] = (
                _wire[3]
                if _wire is not None and self.executed_at is _wire[2]
                else None
                if self.executed_at is None
                else self.executed_at.isoformat().replace("+00:00", "Z")
                if type(self.executed_at) is datetime.datetime
                else iso_datetime(self.executed_at, "executed_at", self)
            )
        if not isinstance(self.outbound_number, Unset) and _response:
            field_dict["outbound_number"] = self.outbound_number
        if not isinstance(self.inbound_number, Unset) and _response:
            field_dict["inbound_number"] = self.inbound_number
        if not isinstance(self.critical_categories, Unset) and _response:
            field_dict["critical_categories"] = (
                [
                    element.to_dict()
                    if type(element) is RunListCriticalCategories
                    else written(element, "critical_categories", self)
                    for element in self.critical_categories
                ]
                if type(self.critical_categories) is list
                else written(self.critical_categories, "critical_categories", self)
            )
        if not isinstance(self.error_message, Unset):
            field_dict["error_message"] = self.error_message
        if not isinstance(self.scenario_instructions, Unset):
            field_dict["scenario_instructions"] = self.scenario_instructions
        if not isinstance(self.run_as_text, Unset) and _response:
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.test_profile_data, Unset) and _response:
            field_dict["test_profile_data"] = (
                None
                if self.test_profile_data is None
                else self.test_profile_data.to_dict()
                if type(self.test_profile_data) is TestProfileData
                else written(self.test_profile_data, "test_profile_data", self)
            )
        if not isinstance(self.generated_mock_tool_entries, Unset) and _response:
            field_dict["generated_mock_tool_entries"] = (
                [
                    element.to_dict()
                    if type(element) is PatchedRunGeneratedMockToolEntriesItem
                    else written(element, "generated_mock_tool_entries", self)
                    for element in self.generated_mock_tool_entries
                ]
                if type(self.generated_mock_tool_entries) is list
                else written(self.generated_mock_tool_entries, "generated_mock_tool_entries", self)
            )
        if not isinstance(self.mocked_tool_names, Unset) and _response:
            field_dict["mocked_tool_names"] = self.mocked_tool_names
        if not isinstance(self.provider_call_details, Unset) and _response:
            field_dict["provider_call_details"] = self.provider_call_details
        if not isinstance(self.agent_number, Unset) and _response:
            field_dict["agent_number"] = self.agent_number
        if not isinstance(self.testing_channel_index, Unset) and _response:
            field_dict["testing_channel_index"] = self.testing_channel_index
        if not isinstance(self.run_type, Unset) and _response:
            field_dict["run_type"] = self.run_type
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.trace_id, Unset):
            files.append(("trace_id", (None, str(self.trace_id).encode(), "text/plain")))

        if not isinstance(self.evaluation_status, Unset):
            files.append(
                (
                    "evaluation_status",
                    (
                        None,
                        str(
                            enum_value(PatchedRunEvaluationStatus, self.evaluation_status, "evaluation_status")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.success, Unset):
            files.append(("success", (None, str(self.success).encode(), "text/plain")))

        if not isinstance(self.is_reviewed, Unset):
            files.append(("is_reviewed", (None, str(self.is_reviewed).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.error_message, Unset):
            files.append(("error_message", (None, str(self.error_message).encode(), "text/plain")))

        if not isinstance(self.scenario_instructions, Unset):
            files.append(("scenario_instructions", (None, str(self.scenario_instructions).encode(), "text/plain")))

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

            _field = "scenario_type"
            try:
                if "scenario_type" in src_dict:
                    scenario_type: Any = src_dict["scenario_type"]
                    _present += 1
                    if type(scenario_type) is not str:
                        scenario_type = checked(scenario_type, (str,))
                else:
                    scenario_type = UNSET
            except FIELD_ERRORS as _error:
                scenario_type, _found = tolerated(src_dict, "scenario_type", _error, _found, "str")

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

            _field = "agent_version"
            try:
                if "agent_version" in src_dict:
                    agent_version: Any = src_dict["agent_version"]
                    _present += 1
                    agent_version = ExpectedOutcome.from_dict(agent_version)
                else:
                    agent_version = UNSET
            except FIELD_ERRORS as _error:
                agent_version, _found = tolerated(src_dict, "agent_version", _error, _found, "ExpectedOutcome")

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

            _field = "result_name"
            try:
                if "result_name" in src_dict:
                    result_name: Any = src_dict["result_name"]
                    _present += 1
                    if type(result_name) is not str:
                        result_name = checked(result_name, (str,))
                else:
                    result_name = UNSET
            except FIELD_ERRORS as _error:
                result_name, _found = tolerated(src_dict, "result_name", _error, _found, "str")

            _field = "expected_outcome_prompt"
            try:
                if "expected_outcome_prompt" in src_dict:
                    expected_outcome_prompt: Any = src_dict["expected_outcome_prompt"]
                    _present += 1
                    if type(expected_outcome_prompt) is not str:
                        expected_outcome_prompt = checked(expected_outcome_prompt, (str,))
                else:
                    expected_outcome_prompt = UNSET
            except FIELD_ERRORS as _error:
                expected_outcome_prompt, _found = tolerated(src_dict, "expected_outcome_prompt", _error, _found, "str")

            _field = "expected_outcome"
            try:
                if "expected_outcome" in src_dict:
                    expected_outcome: Any = src_dict["expected_outcome"]
                    _present += 1
                    if type(expected_outcome) is not str:
                        expected_outcome = checked(expected_outcome, (str,))
                else:
                    expected_outcome = UNSET
            except FIELD_ERRORS as _error:
                expected_outcome, _found = tolerated(src_dict, "expected_outcome", _error, _found, "str")

            _field = "evaluation"
            try:
                if "evaluation" in src_dict:
                    evaluation: Any = src_dict["evaluation"]
                    _present += 1
                    evaluation = Evaluation.from_dict(evaluation)
                else:
                    evaluation = UNSET
            except FIELD_ERRORS as _error:
                evaluation, _found = tolerated(src_dict, "evaluation", _error, _found, "Evaluation")

            _field = "rubric"
            try:
                if "rubric" in src_dict:
                    rubric: Any = src_dict["rubric"]
                    _present += 1

                else:
                    rubric = UNSET
            except FIELD_ERRORS as _error:
                rubric, _found = tolerated(src_dict, "rubric", _error, _found, "Any | None")

            _field = "transcript"
            try:
                if "transcript" in src_dict:
                    transcript: Any = src_dict["transcript"]
                    _present += 1
                    if type(transcript) is not str:
                        transcript = checked(transcript, (str,))
                else:
                    transcript = UNSET
            except FIELD_ERRORS as _error:
                transcript, _found = tolerated(src_dict, "transcript", _error, _found, "str")

            _field = "transcript_object"
            try:
                if "transcript_object" in src_dict:
                    transcript_object: Any = src_dict["transcript_object"]
                    _present += 1
                    if type(transcript_object) is not list:
                        transcript_object = checked(transcript_object, (list,))
                    transcript_object = [RunListTranscriptObject.from_dict(element) for element in transcript_object]

                else:
                    transcript_object = UNSET
            except FIELD_ERRORS as _error:
                transcript_object, _found = tolerated(
                    src_dict,
                    "transcript_object",
                    _error,
                    _found,
                    "list[RunListTranscriptObject]",
                    lambda element: RunListTranscriptObject.from_dict(element),
                )

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

            _field = "voice_recording_url"
            try:
                if "voice_recording_url" in src_dict:
                    voice_recording_url: Any = src_dict["voice_recording_url"]
                    _present += 1
                    if type(voice_recording_url) is not str:
                        voice_recording_url = checked(voice_recording_url, (str,))
                else:
                    voice_recording_url = UNSET
            except FIELD_ERRORS as _error:
                voice_recording_url, _found = tolerated(src_dict, "voice_recording_url", _error, _found, "str")

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

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        PatchedRunStatus._value2member_map_.get(status) or PatchedRunStatus(status)
                        if type(status) is str
                        else checked(status, (PatchedRunStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "PatchedRunStatus")

            _field = "evaluation_status"
            try:
                if "evaluation_status" in src_dict:
                    evaluation_status: Any = src_dict["evaluation_status"]
                    _present += 1
                    evaluation_status = (
                        PatchedRunEvaluationStatus._value2member_map_.get(evaluation_status)
                        or PatchedRunEvaluationStatus(evaluation_status)
                        if type(evaluation_status) is str
                        else checked(evaluation_status, (PatchedRunEvaluationStatus,))
                    )
                else:
                    evaluation_status = UNSET
            except FIELD_ERRORS as _error:
                evaluation_status, _found = tolerated(
                    src_dict, "evaluation_status", _error, _found, "PatchedRunEvaluationStatus"
                )

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1

                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "Any")

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

            _field = "is_reviewed"
            try:
                if "is_reviewed" in src_dict:
                    is_reviewed: Any = src_dict["is_reviewed"]
                    _present += 1
                    if type(is_reviewed) is not bool:
                        is_reviewed = checked(is_reviewed, (bool,))
                else:
                    is_reviewed = UNSET
            except FIELD_ERRORS as _error:
                is_reviewed, _found = tolerated(src_dict, "is_reviewed", _error, _found, "bool")

            _field = "feedback"
            try:
                if "feedback" in src_dict:
                    feedback: Any = src_dict["feedback"]
                    _present += 1
                    if type(feedback) is not str:
                        feedback = checked(feedback, (str,))
                else:
                    feedback = UNSET
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "str")

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
                    if type(critical_categories) is not list:
                        critical_categories = checked(critical_categories, (list,))
                    critical_categories = [
                        RunListCriticalCategories.from_dict(element) for element in critical_categories
                    ]

                else:
                    critical_categories = UNSET
            except FIELD_ERRORS as _error:
                critical_categories, _found = tolerated(
                    src_dict,
                    "critical_categories",
                    _error,
                    _found,
                    "list[RunListCriticalCategories]",
                    lambda element: RunListCriticalCategories.from_dict(element),
                )

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

            _field = "scenario_instructions"
            try:
                if "scenario_instructions" in src_dict:
                    scenario_instructions: Any = src_dict["scenario_instructions"]
                    _present += 1
                    if type(scenario_instructions) is not str:
                        scenario_instructions = checked(scenario_instructions, (str,))
                else:
                    scenario_instructions = UNSET
            except FIELD_ERRORS as _error:
                scenario_instructions, _found = tolerated(src_dict, "scenario_instructions", _error, _found, "str")

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

            _field = "test_profile_data"
            try:
                if "test_profile_data" in src_dict:
                    test_profile_data: Any = src_dict["test_profile_data"]
                    _present += 1
                    if test_profile_data is not None:
                        test_profile_data = TestProfileData.from_dict(test_profile_data)
                else:
                    test_profile_data = UNSET
            except FIELD_ERRORS as _error:
                test_profile_data, _found = tolerated(
                    src_dict, "test_profile_data", _error, _found, "None | TestProfileData"
                )

            _field = "generated_mock_tool_entries"
            try:
                if "generated_mock_tool_entries" in src_dict:
                    generated_mock_tool_entries: Any = src_dict["generated_mock_tool_entries"]
                    _present += 1
                    if type(generated_mock_tool_entries) is not list:
                        generated_mock_tool_entries = checked(generated_mock_tool_entries, (list,))
                    generated_mock_tool_entries = [
                        PatchedRunGeneratedMockToolEntriesItem.from_dict(element)
                        for element in generated_mock_tool_entries
                    ]

                else:
                    generated_mock_tool_entries = UNSET
            except FIELD_ERRORS as _error:
                generated_mock_tool_entries, _found = tolerated(
                    src_dict,
                    "generated_mock_tool_entries",
                    _error,
                    _found,
                    "list[PatchedRunGeneratedMockToolEntriesItem]",
                    lambda element: PatchedRunGeneratedMockToolEntriesItem.from_dict(element),
                )

            _field = "mocked_tool_names"
            try:
                if "mocked_tool_names" in src_dict:
                    mocked_tool_names: Any = src_dict["mocked_tool_names"]
                    _present += 1
                    if type(mocked_tool_names) is not list:
                        mocked_tool_names = checked(mocked_tool_names, (list,))
                    for _item in mocked_tool_names:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    mocked_tool_names = UNSET
            except FIELD_ERRORS as _error:
                mocked_tool_names, _found = tolerated(
                    src_dict, "mocked_tool_names", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "provider_call_details"
            try:
                if "provider_call_details" in src_dict:
                    provider_call_details: Any = src_dict["provider_call_details"]
                    _present += 1

                else:
                    provider_call_details = UNSET
            except FIELD_ERRORS as _error:
                provider_call_details, _found = tolerated(src_dict, "provider_call_details", _error, _found, "Any")

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

            _field = "testing_channel_index"
            try:
                if "testing_channel_index" in src_dict:
                    testing_channel_index: Any = src_dict["testing_channel_index"]
                    _present += 1
                    if testing_channel_index is not None:
                        if type(testing_channel_index) is not int:
                            testing_channel_index = checked(testing_channel_index, (int, type(None)))
                else:
                    testing_channel_index = UNSET
            except FIELD_ERRORS as _error:
                testing_channel_index, _found = tolerated(
                    src_dict, "testing_channel_index", _error, _found, "int | None"
                )

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
                scenario_type=scenario_type,
                personality=personality,
                personality_name=personality_name,
                agent=agent,
                agent_name=agent_name,
                agent_version=agent_version,
                result_id=result_id,
                result_name=result_name,
                expected_outcome_prompt=expected_outcome_prompt,
                expected_outcome=expected_outcome,
                evaluation=evaluation,
                rubric=rubric,
                transcript=transcript,
                transcript_object=transcript_object,
                duration=duration,
                voice_recording_url=voice_recording_url,
                email_id=email_id,
                status=status,
                evaluation_status=evaluation_status,
                metadata=metadata,
                success=success,
                is_reviewed=is_reviewed,
                feedback=feedback,
                timestamp=timestamp,
                executed_at=executed_at,
                outbound_number=outbound_number,
                inbound_number=inbound_number,
                critical_categories=critical_categories,
                error_message=error_message,
                scenario_instructions=scenario_instructions,
                run_as_text=run_as_text,
                test_profile_data=test_profile_data,
                generated_mock_tool_entries=generated_mock_tool_entries,
                mocked_tool_names=mocked_tool_names,
                provider_call_details=provider_call_details,
                agent_number=agent_number,
                testing_channel_index=testing_channel_index,
                run_type=run_type,
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
    global _imports_pending, Evaluation, ExpectedOutcome, PatchedRunGeneratedMockToolEntriesItem, RunListCriticalCategories, RunListTranscriptObject, TestProfileData  # noqa: PLW0603
    from ..models.evaluation import Evaluation  # noqa: PLC0415
    from ..models.expected_outcome import ExpectedOutcome  # noqa: PLC0415
    from ..models.patched_run_generated_mock_tool_entries_item import PatchedRunGeneratedMockToolEntriesItem  # noqa: PLC0415
    from ..models.run_list_critical_categories import RunListCriticalCategories  # noqa: PLC0415
    from ..models.run_list_transcript_object import RunListTranscriptObject  # noqa: PLC0415
    from ..models.test_profile_data import TestProfileData  # noqa: PLC0415

    _imports_pending = False
