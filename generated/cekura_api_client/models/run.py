from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.run_evaluation_status import RunEvaluationStatus
from ..models.run_status import RunStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation import Evaluation
    from ..models.expected_outcome import ExpectedOutcome
    from ..models.run_generated_mock_tool_entries_item import RunGeneratedMockToolEntriesItem
    from ..models.run_list_critical_categories import RunListCriticalCategories
    from ..models.run_list_transcript_object import RunListTranscriptObject
    from ..models.test_profile_data import TestProfileData


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
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
    result_id: int | Unset = UNSET
    result_name: str | Unset = UNSET
    """ Name of the result this run belongs to """
    expected_outcome_prompt: str | Unset = UNSET
    expected_outcome: str | Unset = UNSET
    evaluation: Evaluation | Unset = UNSET
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
    status: RunStatus | Unset = UNSET
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
    evaluation_status: RunEvaluationStatus | Unset = UNSET
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
    generated_mock_tool_entries: list[RunGeneratedMockToolEntriesItem] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_profile_data import TestProfileData  # noqa: PLC0415

        _response = not building_request()
        id = self.id

        provider_call_id = self.provider_call_id

        trace_id = self.trace_id

        scenario: int | None | Unset
        if isinstance(self.scenario, Unset):
            scenario = UNSET
        else:
            scenario = self.scenario

        scenario_name = self.scenario_name

        scenario_type = self.scenario_type

        personality: int | None | Unset
        if isinstance(self.personality, Unset):
            personality = UNSET
        else:
            personality = self.personality

        personality_name = self.personality_name

        agent = self.agent

        agent_name = self.agent_name

        agent_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_version, Unset):
            agent_version = self.agent_version.to_dict()

        result_id = self.result_id

        result_name = self.result_name

        expected_outcome_prompt = self.expected_outcome_prompt

        expected_outcome = self.expected_outcome

        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict()

        rubric: Any | None | Unset
        if isinstance(self.rubric, Unset):
            rubric = UNSET
        else:
            rubric = self.rubric

        transcript = self.transcript

        transcript_object: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcript_object, Unset):
            transcript_object = []
            for transcript_object_item_data in self.transcript_object:
                transcript_object_item = transcript_object_item_data.to_dict()
                transcript_object.append(transcript_object_item)

        duration = self.duration

        voice_recording_url = self.voice_recording_url

        email_id: None | str | Unset
        if isinstance(self.email_id, Unset):
            email_id = UNSET
        else:
            email_id = self.email_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        evaluation_status: str | Unset = UNSET
        if not isinstance(self.evaluation_status, Unset):
            evaluation_status = self.evaluation_status.value

        metadata = self.metadata

        success = self.success

        is_reviewed = self.is_reviewed

        feedback = self.feedback

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        elif isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat().replace("+00:00", "Z")
        else:
            executed_at = self.executed_at

        outbound_number = self.outbound_number

        inbound_number = self.inbound_number

        critical_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.critical_categories, Unset):
            critical_categories = []
            for critical_categories_item_data in self.critical_categories:
                critical_categories_item = critical_categories_item_data.to_dict()
                critical_categories.append(critical_categories_item)

        error_message = self.error_message

        scenario_instructions = self.scenario_instructions

        run_as_text = self.run_as_text

        test_profile_data: dict[str, Any] | None | Unset
        if isinstance(self.test_profile_data, Unset):
            test_profile_data = UNSET
        elif isinstance(self.test_profile_data, TestProfileData):
            test_profile_data = self.test_profile_data.to_dict()
        else:
            test_profile_data = self.test_profile_data

        generated_mock_tool_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generated_mock_tool_entries, Unset):
            generated_mock_tool_entries = []
            for generated_mock_tool_entries_item_data in self.generated_mock_tool_entries:
                generated_mock_tool_entries_item = generated_mock_tool_entries_item_data.to_dict()
                generated_mock_tool_entries.append(generated_mock_tool_entries_item)

        mocked_tool_names: list[str] | Unset = UNSET
        if not isinstance(self.mocked_tool_names, Unset):
            mocked_tool_names = self.mocked_tool_names

        provider_call_details = self.provider_call_details

        agent_number: None | str | Unset
        if isinstance(self.agent_number, Unset):
            agent_number = UNSET
        else:
            agent_number = self.agent_number

        testing_channel_index: int | None | Unset
        if isinstance(self.testing_channel_index, Unset):
            testing_channel_index = UNSET
        else:
            testing_channel_index = self.testing_channel_index

        run_type: None | str | Unset
        if isinstance(self.run_type, Unset):
            run_type = UNSET
        else:
            run_type = self.run_type

        outbound_dial_window_opens_at = self.outbound_dial_window_opens_at

        outbound_dial_window_seconds = self.outbound_dial_window_seconds

        outbound_dial_window_closes_at = self.outbound_dial_window_closes_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if provider_call_id is not UNSET and _response:
            field_dict["provider_call_id"] = provider_call_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if scenario is not UNSET and _response:
            field_dict["scenario"] = scenario
        if scenario_name is not UNSET and _response:
            field_dict["scenario_name"] = scenario_name
        if scenario_type is not UNSET and _response:
            field_dict["scenario_type"] = scenario_type
        if personality is not UNSET and _response:
            field_dict["personality"] = personality
        if personality_name is not UNSET and _response:
            field_dict["personality_name"] = personality_name
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if agent_version is not UNSET and _response:
            field_dict["agent_version"] = agent_version
        if result_id is not UNSET and _response:
            field_dict["result_id"] = result_id
        if result_name is not UNSET and _response:
            field_dict["result_name"] = result_name
        if expected_outcome_prompt is not UNSET and _response:
            field_dict["expected_outcome_prompt"] = expected_outcome_prompt
        if expected_outcome is not UNSET and _response:
            field_dict["expected_outcome"] = expected_outcome
        if evaluation is not UNSET and _response:
            field_dict["evaluation"] = evaluation
        if rubric is not UNSET and _response:
            field_dict["rubric"] = rubric
        if transcript is not UNSET and _response:
            field_dict["transcript"] = transcript
        if transcript_object is not UNSET and _response:
            field_dict["transcript_object"] = transcript_object
        if duration is not UNSET and _response:
            field_dict["duration"] = duration
        if voice_recording_url is not UNSET and _response:
            field_dict["voice_recording_url"] = voice_recording_url
        if email_id is not UNSET and _response:
            field_dict["email_id"] = email_id
        if status is not UNSET and _response:
            field_dict["status"] = status
        if evaluation_status is not UNSET:
            field_dict["evaluation_status"] = evaluation_status
        if metadata is not UNSET and _response:
            field_dict["metadata"] = metadata
        if success is not UNSET:
            field_dict["success"] = success
        if is_reviewed is not UNSET:
            field_dict["is_reviewed"] = is_reviewed
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if timestamp is not UNSET and _response:
            field_dict["timestamp"] = timestamp
        if executed_at is not UNSET and _response:
            field_dict["executed_at"] = executed_at
        if outbound_number is not UNSET and _response:
            field_dict["outbound_number"] = outbound_number
        if inbound_number is not UNSET and _response:
            field_dict["inbound_number"] = inbound_number
        if critical_categories is not UNSET and _response:
            field_dict["critical_categories"] = critical_categories
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if scenario_instructions is not UNSET:
            field_dict["scenario_instructions"] = scenario_instructions
        if run_as_text is not UNSET and _response:
            field_dict["run_as_text"] = run_as_text
        if test_profile_data is not UNSET and _response:
            field_dict["test_profile_data"] = test_profile_data
        if generated_mock_tool_entries is not UNSET and _response:
            field_dict["generated_mock_tool_entries"] = generated_mock_tool_entries
        if mocked_tool_names is not UNSET and _response:
            field_dict["mocked_tool_names"] = mocked_tool_names
        if provider_call_details is not UNSET and _response:
            field_dict["provider_call_details"] = provider_call_details
        if agent_number is not UNSET and _response:
            field_dict["agent_number"] = agent_number
        if testing_channel_index is not UNSET and _response:
            field_dict["testing_channel_index"] = testing_channel_index
        if run_type is not UNSET and _response:
            field_dict["run_type"] = run_type
        if outbound_dial_window_opens_at is not UNSET and _response:
            field_dict["outbound_dial_window_opens_at"] = outbound_dial_window_opens_at
        if outbound_dial_window_seconds is not UNSET and _response:
            field_dict["outbound_dial_window_seconds"] = outbound_dial_window_seconds
        if outbound_dial_window_closes_at is not UNSET and _response:
            field_dict["outbound_dial_window_closes_at"] = outbound_dial_window_closes_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.trace_id, Unset):
            files.append(("trace_id", (None, str(self.trace_id).encode(), "text/plain")))

        if not isinstance(self.evaluation_status, Unset):
            files.append(("evaluation_status", (None, str(self.evaluation_status.value).encode(), "text/plain")))

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
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation import Evaluation  # noqa: PLC0415
        from ..models.expected_outcome import ExpectedOutcome  # noqa: PLC0415
        from ..models.run_generated_mock_tool_entries_item import RunGeneratedMockToolEntriesItem  # noqa: PLC0415
        from ..models.run_list_critical_categories import RunListCriticalCategories  # noqa: PLC0415
        from ..models.run_list_transcript_object import RunListTranscriptObject  # noqa: PLC0415
        from ..models.test_profile_data import TestProfileData  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "provider_call_id"
            provider_call_id = d.pop("provider_call_id", UNSET)
            if not isinstance(provider_call_id, (str, Unset)):
                expect(provider_call_id, (str, Unset))

            _field = "trace_id"
            trace_id = d.pop("trace_id", UNSET)
            if not isinstance(trace_id, (str, Unset)):
                expect(trace_id, (str, Unset))

            _field = "scenario"

            def _parse_scenario(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            scenario = _parse_scenario(d.pop("scenario", UNSET))

            if not isinstance(scenario, (int, type(None), Unset)) or isinstance(scenario, bool):
                expect(scenario, (int, type(None), Unset))

            _field = "scenario_name"
            scenario_name = d.pop("scenario_name", UNSET)
            if not isinstance(scenario_name, (str, Unset)):
                expect(scenario_name, (str, Unset))

            _field = "scenario_type"
            scenario_type = d.pop("scenario_type", UNSET)
            if not isinstance(scenario_type, (str, Unset)):
                expect(scenario_type, (str, Unset))

            _field = "personality"

            def _parse_personality(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            personality = _parse_personality(d.pop("personality", UNSET))

            if not isinstance(personality, (int, type(None), Unset)) or isinstance(personality, bool):
                expect(personality, (int, type(None), Unset))

            _field = "personality_name"
            personality_name = d.pop("personality_name", UNSET)
            if not isinstance(personality_name, (str, Unset)):
                expect(personality_name, (str, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "agent_version"
            _agent_version = d.pop("agent_version", UNSET)
            agent_version: ExpectedOutcome | Unset
            if isinstance(_agent_version, Unset):
                agent_version = UNSET
            else:
                agent_version = ExpectedOutcome.from_dict(_agent_version)

            if not isinstance(agent_version, (ExpectedOutcome, Unset)):
                expect(agent_version, (ExpectedOutcome, Unset))

            _field = "result_id"
            result_id = d.pop("result_id", UNSET)
            if not isinstance(result_id, (int, Unset)) or isinstance(result_id, bool):
                expect(result_id, (int, Unset))

            _field = "result_name"
            result_name = d.pop("result_name", UNSET)
            if not isinstance(result_name, (str, Unset)):
                expect(result_name, (str, Unset))

            _field = "expected_outcome_prompt"
            expected_outcome_prompt = d.pop("expected_outcome_prompt", UNSET)
            if not isinstance(expected_outcome_prompt, (str, Unset)):
                expect(expected_outcome_prompt, (str, Unset))

            _field = "expected_outcome"
            expected_outcome = d.pop("expected_outcome", UNSET)
            if not isinstance(expected_outcome, (str, Unset)):
                expect(expected_outcome, (str, Unset))

            _field = "evaluation"
            _evaluation = d.pop("evaluation", UNSET)
            evaluation: Evaluation | Unset
            if isinstance(_evaluation, Unset):
                evaluation = UNSET
            else:
                evaluation = Evaluation.from_dict(_evaluation)

            if not isinstance(evaluation, (Evaluation, Unset)):
                expect(evaluation, (Evaluation, Unset))

            _field = "rubric"

            def _parse_rubric(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            rubric = _parse_rubric(d.pop("rubric", UNSET))

            _field = "transcript"
            transcript = d.pop("transcript", UNSET)
            if not isinstance(transcript, (str, Unset)):
                expect(transcript, (str, Unset))

            _field = "transcript_object"
            _transcript_object = d.pop("transcript_object", UNSET)
            transcript_object: list[RunListTranscriptObject] | Unset = UNSET
            if _transcript_object is not UNSET:
                transcript_object = []
                for transcript_object_item_data in _transcript_object:
                    transcript_object_item = RunListTranscriptObject.from_dict(transcript_object_item_data)

                    transcript_object.append(transcript_object_item)

            if not isinstance(transcript_object, (list, Unset)):
                expect(transcript_object, (list, Unset))

            _field = "duration"
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (str, Unset)):
                expect(duration, (str, Unset))

            _field = "voice_recording_url"
            voice_recording_url = d.pop("voice_recording_url", UNSET)
            if not isinstance(voice_recording_url, (str, Unset)):
                expect(voice_recording_url, (str, Unset))

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

            _field = "status"
            _status = d.pop("status", UNSET)
            status: RunStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RunStatus(_status)

            if not isinstance(status, (RunStatus, Unset)):
                expect(status, (RunStatus, Unset))

            _field = "evaluation_status"
            _evaluation_status = d.pop("evaluation_status", UNSET)
            evaluation_status: RunEvaluationStatus | Unset
            if isinstance(_evaluation_status, Unset):
                evaluation_status = UNSET
            else:
                evaluation_status = RunEvaluationStatus(_evaluation_status)

            if not isinstance(evaluation_status, (RunEvaluationStatus, Unset)):
                expect(evaluation_status, (RunEvaluationStatus, Unset))

            _field = "metadata"
            metadata = d.pop("metadata", UNSET)

            _field = "success"
            success = d.pop("success", UNSET)
            if not isinstance(success, (bool, Unset)):
                expect(success, (bool, Unset))

            _field = "is_reviewed"
            is_reviewed = d.pop("is_reviewed", UNSET)
            if not isinstance(is_reviewed, (bool, Unset)):
                expect(is_reviewed, (bool, Unset))

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

            _field = "executed_at"

            def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    executed_at_type_0 = parse_datetime(data)

                    return executed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            executed_at = _parse_executed_at(d.pop("executed_at", UNSET))

            if not isinstance(executed_at, (datetime.datetime, type(None), Unset)):
                expect(executed_at, (datetime.datetime, type(None), Unset))

            _field = "outbound_number"
            outbound_number = d.pop("outbound_number", UNSET)
            if not isinstance(outbound_number, (str, Unset)):
                expect(outbound_number, (str, Unset))

            _field = "inbound_number"
            inbound_number = d.pop("inbound_number", UNSET)
            if not isinstance(inbound_number, (str, Unset)):
                expect(inbound_number, (str, Unset))

            _field = "critical_categories"
            _critical_categories = d.pop("critical_categories", UNSET)
            critical_categories: list[RunListCriticalCategories] | Unset = UNSET
            if _critical_categories is not UNSET:
                critical_categories = []
                for critical_categories_item_data in _critical_categories:
                    critical_categories_item = RunListCriticalCategories.from_dict(critical_categories_item_data)

                    critical_categories.append(critical_categories_item)

            if not isinstance(critical_categories, (list, Unset)):
                expect(critical_categories, (list, Unset))

            _field = "error_message"
            error_message = d.pop("error_message", UNSET)
            if not isinstance(error_message, (str, Unset)):
                expect(error_message, (str, Unset))

            _field = "scenario_instructions"
            scenario_instructions = d.pop("scenario_instructions", UNSET)
            if not isinstance(scenario_instructions, (str, Unset)):
                expect(scenario_instructions, (str, Unset))

            _field = "run_as_text"
            run_as_text = d.pop("run_as_text", UNSET)
            if not isinstance(run_as_text, (bool, Unset)):
                expect(run_as_text, (bool, Unset))

            _field = "test_profile_data"

            def _parse_test_profile_data(data: object) -> None | TestProfileData | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    test_profile_data_type_0 = TestProfileData.from_dict(data)

                    return test_profile_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | TestProfileData | Unset, data)

            test_profile_data = _parse_test_profile_data(d.pop("test_profile_data", UNSET))

            if not isinstance(test_profile_data, (TestProfileData, type(None), Unset)):
                expect(test_profile_data, (TestProfileData, type(None), Unset))

            _field = "generated_mock_tool_entries"
            _generated_mock_tool_entries = d.pop("generated_mock_tool_entries", UNSET)
            generated_mock_tool_entries: list[RunGeneratedMockToolEntriesItem] | Unset = UNSET
            if _generated_mock_tool_entries is not UNSET:
                generated_mock_tool_entries = []
                for generated_mock_tool_entries_item_data in _generated_mock_tool_entries:
                    generated_mock_tool_entries_item = RunGeneratedMockToolEntriesItem.from_dict(
                        generated_mock_tool_entries_item_data
                    )

                    generated_mock_tool_entries.append(generated_mock_tool_entries_item)

            if not isinstance(generated_mock_tool_entries, (list, Unset)):
                expect(generated_mock_tool_entries, (list, Unset))

            _field = "mocked_tool_names"
            mocked_tool_names = cast(list[str], d.pop("mocked_tool_names", UNSET))

            if not isinstance(mocked_tool_names, (list, Unset)):
                expect(mocked_tool_names, (list, Unset))

            _field = "provider_call_details"
            provider_call_details = d.pop("provider_call_details", UNSET)

            _field = "agent_number"

            def _parse_agent_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agent_number = _parse_agent_number(d.pop("agent_number", UNSET))

            if not isinstance(agent_number, (str, type(None), Unset)):
                expect(agent_number, (str, type(None), Unset))

            _field = "testing_channel_index"

            def _parse_testing_channel_index(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            testing_channel_index = _parse_testing_channel_index(d.pop("testing_channel_index", UNSET))

            if not isinstance(testing_channel_index, (int, type(None), Unset)) or isinstance(
                testing_channel_index, bool
            ):
                expect(testing_channel_index, (int, type(None), Unset))

            _field = "run_type"

            def _parse_run_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            run_type = _parse_run_type(d.pop("run_type", UNSET))

            if not isinstance(run_type, (str, type(None), Unset)):
                expect(run_type, (str, type(None), Unset))

            _field = "outbound_dial_window_opens_at"
            outbound_dial_window_opens_at = d.pop("outbound_dial_window_opens_at", UNSET)
            if not isinstance(outbound_dial_window_opens_at, (str, Unset)):
                expect(outbound_dial_window_opens_at, (str, Unset))

            _field = "outbound_dial_window_seconds"
            outbound_dial_window_seconds = d.pop("outbound_dial_window_seconds", UNSET)
            if not isinstance(outbound_dial_window_seconds, (str, Unset)):
                expect(outbound_dial_window_seconds, (str, Unset))

            _field = "outbound_dial_window_closes_at"
            outbound_dial_window_closes_at = d.pop("outbound_dial_window_closes_at", UNSET)
            if not isinstance(outbound_dial_window_closes_at, (str, Unset)):
                expect(outbound_dial_window_closes_at, (str, Unset))

            run = cls(
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

            run.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run

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
