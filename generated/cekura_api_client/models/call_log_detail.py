from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.call_log_detail_status import CallLogDetailStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_log_critical_categories import CallLogCriticalCategories
    from ..models.call_log_detail_dynamic_variables import CallLogDetailDynamicVariables
    from ..models.call_log_detail_metadata import CallLogDetailMetadata
    from ..models.call_log_transcript_object import CallLogTranscriptObject
    from ..models.evaluation import Evaluation


_PROPERTIES: frozenset[str] = frozenset(
    {
        "call_id",
        "id",
        "duration",
        "voice_recording_url",
        "critical_categories",
        "transcript_object",
        "status",
        "agent_id",
        "agent_name",
        "evaluation",
        "metadata",
        "dynamic_variables",
        "testing_channel_index",
        "timestamp",
        "success",
        "is_reviewed",
        "feedback",
        "rubric",
        "transcript",
        "call_ended_reason",
        "dropoff_point",
        "topic",
        "customer_number",
        "user_generated_transcript",
        "error_message",
        "created_at",
        "updated_at",
        "trace_id",
        "agent",
        "project",
    }
)

T = TypeVar("T", bound="CallLogDetail")


@_attrs_define
class CallLogDetail:
    call_id: str
    """ Unique identifier for the call.
    Example:
    - `"call_abc123xyz"`
    - `"stereo_audio_session_456"` """
    id: int | Unset = UNSET
    duration: str | Unset = UNSET
    """ Call duration in minutes in MM:SS format.
    Example: `01:10` """
    voice_recording_url: str | Unset = UNSET
    """ URL to access the voice recording.
    Example: `"https://storage.example.com/recordings/call_123_20240315.mp3"` """
    critical_categories: list[CallLogCriticalCategories] | Unset = UNSET
    """ Critical categories from call evaluation """
    transcript_object: list[CallLogTranscriptObject] | Unset = UNSET
    """ Structured transcript data with timestamps.
    Example:
    ```json
    [
        {
            "role": "Testing Agent",
            "content": "Hello",
            "start_time": 1.2,
            "end_time": 1.8
        },
        {
            "role": "Main Agent",
            "content": "Hello, how can I help you today?",
            "start_time": 1.8,
            "end_time": 2.5
        }
    ]` """
    status: CallLogDetailStatus | Unset = UNSET
    """ * `success` - Success
    * `failure` - Failure
    * `reviewed_success` - Reviewed Success
    * `reviewed_failure` - Reviewed Failure """
    agent_id: str | Unset = UNSET
    """ Agent ID.
    Example: `2142` """
    agent_name: str | Unset = UNSET
    """ Agent name """
    evaluation: Evaluation | Unset = UNSET
    """ Evaluation results for the call.
    Example:
    ```json
    {
        "metrics": [
            {
                "id": 35,
                "name": "Instruction Follow",
                "type": "binary",
                "score": 0,
                "explanation": ["Agent failed to follow the opening script", "Missed key product information"],
                "vocera_defined_metric_code": "5dedc41b",
                "function_name": "check_critical_deviations",
                "extra": {
                    "categories": [
                        {
                            "category_id": 5,
                            "category": "Script Adherence Issue",
                            "deviation": "Agent deviated from required script",
                            "priority": "critical"
                        }
                    ]
                }
            },
            {
                "id": 18,
                "name": "Customer Satisfaction",
                "type": "binary",
                "score": 5,
                "explanation": ["Customer expressed satisfaction with service"]
            }
        ]
    }
    ``` """
    metadata: CallLogDetailMetadata | Unset = UNSET
    """ Additional call metadata.
    Example:
    ```json
    {
        "ended_reason": "customer-ended-call",
        "ringing_duration": 3.941,
        "call_type": "inbound"
    }
    ``` """
    dynamic_variables: CallLogDetailDynamicVariables | Unset = UNSET
    """ Dynamic Variables used in the call.
    Example:
    ```json
    {
        "customer_name": "John Doe",
        "order_id": "ORD-12345",
        "product_type": "premium"
    }
    ``` """
    testing_channel_index: int | None | Unset = UNSET
    """ The channel index of the testing agent in the audio recording """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the call occurred.
    Example: `2024-03-15T10:15:45Z` """
    success: bool | None | Unset = UNSET
    """ Whether the call was successful.
    Example: `true` or `false` """
    is_reviewed: bool | Unset = UNSET
    """ Whether the call has been reviewed.
    Example: `true` or `false` """
    feedback: str | Unset = UNSET
    """ Feedback about the call.
    Example: `"Great Call"` """
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
    call_ended_reason: str | Unset = UNSET
    """ Reason why the call ended.
    Example:
    - `"customer-ended-call"`
    - `"agent-ended-call"`
     """
    dropoff_point: str | Unset = UNSET
    """ Point in conversation where user disengaged.
    Example: `"end of conversation as no queries remaining"` """
    topic: str | Unset = UNSET
    """ Topic of the call.
    Example:
    - `"product_inquiry"`
    - `"technical_support"`
     """
    customer_number: str | Unset = UNSET
    """ Customer's phone number or identifier.
    Example:
    - `"+1234567890"`
    - `"customer_abc123"`
     """
    user_generated_transcript: Any | None | Unset = UNSET
    """ Manually created or corrected transcript data.
    Example:
    ```json
    [
        {
            "role": "Testing Agent",
            "content": "I need help with my order",
            "timestamp": "00:15"
        }
    ]` """
    error_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    trace_id: str | Unset = UNSET
    """ OpenTelemetry trace ID (32-char hex). Set when OTel tracing is enabled. """
    agent: int | None | Unset = UNSET
    """ Agent ID """
    project: int | None | Unset = UNSET
    """ Project ID (denormalized from agent for query performance) """
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
            "call_id": self.call_id,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.duration, Unset) and _response:
            field_dict["duration"] = self.duration
        if not isinstance(self.voice_recording_url, Unset) and _response:
            field_dict["voice_recording_url"] = self.voice_recording_url
        if not isinstance(self.critical_categories, Unset) and _response:
            field_dict["critical_categories"] = (
                [
                    element.to_dict()
                    if type(element) is CallLogCriticalCategories
                    else written(element, "critical_categories", self)
                    for element in self.critical_categories
                ]
                if type(self.critical_categories) is list
                else written(self.critical_categories, "critical_categories", self)
            )
        if not isinstance(self.transcript_object, Unset) and _response:
            field_dict["transcript_object"] = (
                [
                    element.to_dict()
                    if type(element) is CallLogTranscriptObject
                    else written(element, "transcript_object", self)
                    for element in self.transcript_object
                ]
                if type(self.transcript_object) is list
                else written(self.transcript_object, "transcript_object", self)
            )
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is CallLogDetailStatus
                else enum_value(CallLogDetailStatus, self.status, "status", self)
            )
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.evaluation, Unset) and _response:
            field_dict["evaluation"] = (
                self.evaluation.to_dict()
                if type(self.evaluation) is Evaluation
                else written(self.evaluation, "evaluation", self)
            )
        if not isinstance(self.metadata, Unset) and _response:
            field_dict["metadata"] = (
                self.metadata.to_dict()
                if type(self.metadata) is CallLogDetailMetadata
                else written(self.metadata, "metadata", self)
            )
        if not isinstance(self.dynamic_variables, Unset) and _response:
            field_dict["dynamic_variables"] = (
                self.dynamic_variables.to_dict()
                if type(self.dynamic_variables) is CallLogDetailDynamicVariables
                else written(self.dynamic_variables, "dynamic_variables", self)
            )
        if not isinstance(self.testing_channel_index, Unset) and _response:
            field_dict["testing_channel_index"] = self.testing_channel_index
        if not isinstance(self.timestamp, Unset):
            field_dict["timestamp"] = (
                _wire[1]
                if _wire is not None and self.timestamp is _wire[0]
                else self.timestamp.isoformat().replace("+00:00", "Z")
                if type(self.timestamp) is datetime.datetime
                else iso_datetime(self.timestamp, "timestamp", self)
            )
        if not isinstance(self.success, Unset):
            field_dict["success"] = self.success
        if not isinstance(self.is_reviewed, Unset):
            field_dict["is_reviewed"] = self.is_reviewed
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.rubric, Unset):
            field_dict["rubric"] = self.rubric
        if not isinstance(self.transcript, Unset):
            field_dict["transcript"] = self.transcript
        if not isinstance(self.call_ended_reason, Unset):
            field_dict["call_ended_reason"] = self.call_ended_reason
        if not isinstance(self.dropoff_point, Unset):
            field_dict["dropoff_point"] = self.dropoff_point
        if not isinstance(self.topic, Unset):
            field_dict["topic"] = self.topic
        if not isinstance(self.customer_number, Unset):
            field_dict["customer_number"] = self.customer_number
        if not isinstance(self.user_generated_transcript, Unset):
            field_dict["user_generated_transcript"] = self.user_generated_transcript
        if not isinstance(self.error_message, Unset):
            field_dict["error_message"] = self.error_message
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[3]
                if _wire is not None and self.created_at is _wire[2]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[5]
                if _wire is not None and self.updated_at is _wire[4]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if not isinstance(self.trace_id, Unset):
            field_dict["trace_id"] = self.trace_id
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("call_id", (None, str(self.call_id).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(
                ("status", (None, str(enum_value(CallLogDetailStatus, self.status, "status")).encode(), "text/plain"))
            )

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.timestamp, Unset):
            files.append(("timestamp", (None, iso_datetime(self.timestamp, "timestamp").encode(), "text/plain")))

        if not isinstance(self.success, Unset):
            if isinstance(self.success, bool):
                files.append(("success", (None, str(self.success).encode(), "text/plain")))
            else:
                files.append(("success", (None, b"", "text/plain")))

        if not isinstance(self.is_reviewed, Unset):
            files.append(("is_reviewed", (None, str(self.is_reviewed).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.rubric, Unset):
            if isinstance(self.rubric, Any):
                files.append(("rubric", (None, form_text(self.rubric, "rubric"), "text/plain")))
            else:
                files.append(("rubric", (None, b"", "text/plain")))

        if not isinstance(self.transcript, Unset):
            files.append(("transcript", (None, str(self.transcript).encode(), "text/plain")))

        if not isinstance(self.call_ended_reason, Unset):
            files.append(("call_ended_reason", (None, str(self.call_ended_reason).encode(), "text/plain")))

        if not isinstance(self.dropoff_point, Unset):
            files.append(("dropoff_point", (None, str(self.dropoff_point).encode(), "text/plain")))

        if not isinstance(self.topic, Unset):
            files.append(("topic", (None, str(self.topic).encode(), "text/plain")))

        if not isinstance(self.customer_number, Unset):
            files.append(("customer_number", (None, str(self.customer_number).encode(), "text/plain")))

        if not isinstance(self.user_generated_transcript, Unset):
            if isinstance(self.user_generated_transcript, Any):
                files.append(
                    (
                        "user_generated_transcript",
                        (None, form_text(self.user_generated_transcript, "user_generated_transcript"), "text/plain"),
                    )
                )
            else:
                files.append(("user_generated_transcript", (None, b"", "text/plain")))

        if not isinstance(self.error_message, Unset):
            if isinstance(self.error_message, str):
                files.append(("error_message", (None, str(self.error_message).encode(), "text/plain")))
            else:
                files.append(("error_message", (None, b"", "text/plain")))

        if not isinstance(self.trace_id, Unset):
            files.append(("trace_id", (None, str(self.trace_id).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, b"", "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

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
            _field = "call_id"
            try:
                call_id: Any = src_dict["call_id"]
                if type(call_id) is not str:
                    call_id = checked(call_id, (str,))
            except FIELD_ERRORS as _error:
                call_id, _found = tolerated(src_dict, "call_id", _error, _found, "str")

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

            _field = "critical_categories"
            try:
                if "critical_categories" in src_dict:
                    critical_categories: Any = src_dict["critical_categories"]
                    _present += 1
                    if type(critical_categories) is not list:
                        critical_categories = checked(critical_categories, (list,))
                    critical_categories = [
                        CallLogCriticalCategories.from_dict(element) for element in critical_categories
                    ]

                else:
                    critical_categories = UNSET
            except FIELD_ERRORS as _error:
                critical_categories, _found = tolerated(
                    src_dict,
                    "critical_categories",
                    _error,
                    _found,
                    "list[CallLogCriticalCategories]",
                    lambda element: CallLogCriticalCategories.from_dict(element),
                )

            _field = "transcript_object"
            try:
                if "transcript_object" in src_dict:
                    transcript_object: Any = src_dict["transcript_object"]
                    _present += 1
                    if type(transcript_object) is not list:
                        transcript_object = checked(transcript_object, (list,))
                    transcript_object = [CallLogTranscriptObject.from_dict(element) for element in transcript_object]

                else:
                    transcript_object = UNSET
            except FIELD_ERRORS as _error:
                transcript_object, _found = tolerated(
                    src_dict,
                    "transcript_object",
                    _error,
                    _found,
                    "list[CallLogTranscriptObject]",
                    lambda element: CallLogTranscriptObject.from_dict(element),
                )

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        CallLogDetailStatus._value2member_map_.get(status) or CallLogDetailStatus(status)
                        if type(status) is str
                        else checked(status, (CallLogDetailStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "CallLogDetailStatus")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if type(agent_id) is not str:
                        agent_id = checked(agent_id, (str,))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "str")

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

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1
                    metadata = CallLogDetailMetadata.from_dict(metadata)
                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "CallLogDetailMetadata")

            _field = "dynamic_variables"
            try:
                if "dynamic_variables" in src_dict:
                    dynamic_variables: Any = src_dict["dynamic_variables"]
                    _present += 1
                    dynamic_variables = CallLogDetailDynamicVariables.from_dict(dynamic_variables)
                else:
                    dynamic_variables = UNSET
            except FIELD_ERRORS as _error:
                dynamic_variables, _found = tolerated(
                    src_dict, "dynamic_variables", _error, _found, "CallLogDetailDynamicVariables"
                )

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

            _field = "success"
            try:
                if "success" in src_dict:
                    success: Any = src_dict["success"]
                    _present += 1
                    if success is not None:
                        if type(success) is not bool:
                            success = checked(success, (bool, type(None)))
                else:
                    success = UNSET
            except FIELD_ERRORS as _error:
                success, _found = tolerated(src_dict, "success", _error, _found, "bool | None")

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

            _field = "call_ended_reason"
            try:
                if "call_ended_reason" in src_dict:
                    call_ended_reason: Any = src_dict["call_ended_reason"]
                    _present += 1
                    if type(call_ended_reason) is not str:
                        call_ended_reason = checked(call_ended_reason, (str,))
                else:
                    call_ended_reason = UNSET
            except FIELD_ERRORS as _error:
                call_ended_reason, _found = tolerated(src_dict, "call_ended_reason", _error, _found, "str")

            _field = "dropoff_point"
            try:
                if "dropoff_point" in src_dict:
                    dropoff_point: Any = src_dict["dropoff_point"]
                    _present += 1
                    if type(dropoff_point) is not str:
                        dropoff_point = checked(dropoff_point, (str,))
                else:
                    dropoff_point = UNSET
            except FIELD_ERRORS as _error:
                dropoff_point, _found = tolerated(src_dict, "dropoff_point", _error, _found, "str")

            _field = "topic"
            try:
                if "topic" in src_dict:
                    topic: Any = src_dict["topic"]
                    _present += 1
                    if type(topic) is not str:
                        topic = checked(topic, (str,))
                else:
                    topic = UNSET
            except FIELD_ERRORS as _error:
                topic, _found = tolerated(src_dict, "topic", _error, _found, "str")

            _field = "customer_number"
            try:
                if "customer_number" in src_dict:
                    customer_number: Any = src_dict["customer_number"]
                    _present += 1
                    if type(customer_number) is not str:
                        customer_number = checked(customer_number, (str,))
                else:
                    customer_number = UNSET
            except FIELD_ERRORS as _error:
                customer_number, _found = tolerated(src_dict, "customer_number", _error, _found, "str")

            _field = "user_generated_transcript"
            try:
                if "user_generated_transcript" in src_dict:
                    user_generated_transcript: Any = src_dict["user_generated_transcript"]
                    _present += 1

                else:
                    user_generated_transcript = UNSET
            except FIELD_ERRORS as _error:
                user_generated_transcript, _found = tolerated(
                    src_dict, "user_generated_transcript", _error, _found, "Any | None"
                )

            _field = "error_message"
            try:
                if "error_message" in src_dict:
                    error_message: Any = src_dict["error_message"]
                    _present += 1
                    if error_message is not None:
                        if type(error_message) is not str:
                            error_message = checked(error_message, (str, type(None)))
                else:
                    error_message = UNSET
            except FIELD_ERRORS as _error:
                error_message, _found = tolerated(src_dict, "error_message", _error, _found, "None | str")

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

            _instance = cls(
                call_id=call_id,
                id=id,
                duration=duration,
                voice_recording_url=voice_recording_url,
                critical_categories=critical_categories,
                transcript_object=transcript_object,
                status=status,
                agent_id=agent_id,
                agent_name=agent_name,
                evaluation=evaluation,
                metadata=metadata,
                dynamic_variables=dynamic_variables,
                testing_channel_index=testing_channel_index,
                timestamp=timestamp,
                success=success,
                is_reviewed=is_reviewed,
                feedback=feedback,
                rubric=rubric,
                transcript=transcript,
                call_ended_reason=call_ended_reason,
                dropoff_point=dropoff_point,
                topic=topic,
                customer_number=customer_number,
                user_generated_transcript=user_generated_transcript,
                error_message=error_message,
                created_at=created_at,
                updated_at=updated_at,
                trace_id=trace_id,
                agent=agent,
                project=project,
            )
            _instance._wire_text = (
                timestamp,
                _timestamp_text,
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
    global _imports_pending, CallLogCriticalCategories, CallLogDetailDynamicVariables, CallLogDetailMetadata, CallLogTranscriptObject, Evaluation  # noqa: PLW0603
    from ..models.call_log_critical_categories import CallLogCriticalCategories  # noqa: PLC0415
    from ..models.call_log_detail_dynamic_variables import CallLogDetailDynamicVariables  # noqa: PLC0415
    from ..models.call_log_detail_metadata import CallLogDetailMetadata  # noqa: PLC0415
    from ..models.call_log_transcript_object import CallLogTranscriptObject  # noqa: PLC0415
    from ..models.evaluation import Evaluation  # noqa: PLC0415

    _imports_pending = False
