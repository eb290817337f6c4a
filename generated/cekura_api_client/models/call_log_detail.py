from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.call_log_detail_status import CallLogDetailStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_log_critical_categories import CallLogCriticalCategories
    from ..models.call_log_detail_dynamic_variables import CallLogDetailDynamicVariables
    from ..models.call_log_detail_metadata import CallLogDetailMetadata
    from ..models.call_log_transcript_object import CallLogTranscriptObject
    from ..models.evaluation import Evaluation


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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        call_id = self.call_id

        id = self.id

        duration = self.duration

        voice_recording_url = self.voice_recording_url

        critical_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.critical_categories, Unset):
            critical_categories = []
            for critical_categories_item_data in self.critical_categories:
                critical_categories_item = critical_categories_item_data.to_dict()
                critical_categories.append(critical_categories_item)

        transcript_object: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcript_object, Unset):
            transcript_object = []
            for transcript_object_item_data in self.transcript_object:
                transcript_object_item = transcript_object_item_data.to_dict()
                transcript_object.append(transcript_object_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        agent_id = self.agent_id

        agent_name = self.agent_name

        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        testing_channel_index: int | None | Unset
        if isinstance(self.testing_channel_index, Unset):
            testing_channel_index = UNSET
        else:
            testing_channel_index = self.testing_channel_index

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        is_reviewed = self.is_reviewed

        feedback = self.feedback

        rubric: Any | None | Unset
        if isinstance(self.rubric, Unset):
            rubric = UNSET
        else:
            rubric = self.rubric

        transcript = self.transcript

        call_ended_reason = self.call_ended_reason

        dropoff_point = self.dropoff_point

        topic = self.topic

        customer_number = self.customer_number

        user_generated_transcript: Any | None | Unset
        if isinstance(self.user_generated_transcript, Unset):
            user_generated_transcript = UNSET
        else:
            user_generated_transcript = self.user_generated_transcript

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        trace_id = self.trace_id

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if duration is not UNSET and _response:
            field_dict["duration"] = duration
        if voice_recording_url is not UNSET and _response:
            field_dict["voice_recording_url"] = voice_recording_url
        if critical_categories is not UNSET and _response:
            field_dict["critical_categories"] = critical_categories
        if transcript_object is not UNSET and _response:
            field_dict["transcript_object"] = transcript_object
        if status is not UNSET:
            field_dict["status"] = status
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if evaluation is not UNSET and _response:
            field_dict["evaluation"] = evaluation
        if metadata is not UNSET and _response:
            field_dict["metadata"] = metadata
        if dynamic_variables is not UNSET and _response:
            field_dict["dynamic_variables"] = dynamic_variables
        if testing_channel_index is not UNSET and _response:
            field_dict["testing_channel_index"] = testing_channel_index
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if success is not UNSET:
            field_dict["success"] = success
        if is_reviewed is not UNSET:
            field_dict["is_reviewed"] = is_reviewed
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if rubric is not UNSET:
            field_dict["rubric"] = rubric
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if call_ended_reason is not UNSET:
            field_dict["call_ended_reason"] = call_ended_reason
        if dropoff_point is not UNSET:
            field_dict["dropoff_point"] = dropoff_point
        if topic is not UNSET:
            field_dict["topic"] = topic
        if customer_number is not UNSET:
            field_dict["customer_number"] = customer_number
        if user_generated_transcript is not UNSET:
            field_dict["user_generated_transcript"] = user_generated_transcript
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("call_id", (None, str(self.call_id).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.timestamp, Unset):
            files.append(("timestamp", (None, self.timestamp.isoformat().encode(), "text/plain")))

        if not isinstance(self.success, Unset):
            if isinstance(self.success, bool):
                files.append(("success", (None, str(self.success).encode(), "text/plain")))
            else:
                files.append(("success", (None, str(self.success).encode(), "text/plain")))

        if not isinstance(self.is_reviewed, Unset):
            files.append(("is_reviewed", (None, str(self.is_reviewed).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.rubric, Unset):
            if isinstance(self.rubric, Any):
                files.append(("rubric", (None, str(self.rubric).encode(), "text/plain")))
            else:
                files.append(("rubric", (None, str(self.rubric).encode(), "text/plain")))

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
                    ("user_generated_transcript", (None, str(self.user_generated_transcript).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("user_generated_transcript", (None, str(self.user_generated_transcript).encode(), "text/plain"))
                )

        if not isinstance(self.error_message, Unset):
            if isinstance(self.error_message, str):
                files.append(("error_message", (None, str(self.error_message).encode(), "text/plain")))
            else:
                files.append(("error_message", (None, str(self.error_message).encode(), "text/plain")))

        if not isinstance(self.trace_id, Unset):
            files.append(("trace_id", (None, str(self.trace_id).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            if isinstance(self.agent, int):
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))
            else:
                files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_log_critical_categories import CallLogCriticalCategories  # noqa: PLC0415
        from ..models.call_log_detail_dynamic_variables import CallLogDetailDynamicVariables  # noqa: PLC0415
        from ..models.call_log_detail_metadata import CallLogDetailMetadata  # noqa: PLC0415
        from ..models.call_log_transcript_object import CallLogTranscriptObject  # noqa: PLC0415
        from ..models.evaluation import Evaluation  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "call_id"
            call_id = d.pop("call_id")
            if not isinstance(call_id, (str,)):
                expect(call_id, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "duration"
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (str, Unset)):
                expect(duration, (str, Unset))

            _field = "voice_recording_url"
            voice_recording_url = d.pop("voice_recording_url", UNSET)
            if not isinstance(voice_recording_url, (str, Unset)):
                expect(voice_recording_url, (str, Unset))

            _field = "critical_categories"
            _critical_categories = d.pop("critical_categories", UNSET)
            critical_categories: list[CallLogCriticalCategories] | Unset = UNSET
            if _critical_categories is not UNSET:
                critical_categories = []
                for critical_categories_item_data in _critical_categories:
                    critical_categories_item = CallLogCriticalCategories.from_dict(critical_categories_item_data)

                    critical_categories.append(critical_categories_item)

            if not isinstance(critical_categories, (list, Unset)):
                expect(critical_categories, (list, Unset))

            _field = "transcript_object"
            _transcript_object = d.pop("transcript_object", UNSET)
            transcript_object: list[CallLogTranscriptObject] | Unset = UNSET
            if _transcript_object is not UNSET:
                transcript_object = []
                for transcript_object_item_data in _transcript_object:
                    transcript_object_item = CallLogTranscriptObject.from_dict(transcript_object_item_data)

                    transcript_object.append(transcript_object_item)

            if not isinstance(transcript_object, (list, Unset)):
                expect(transcript_object, (list, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: CallLogDetailStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CallLogDetailStatus(_status)

            if not isinstance(status, (CallLogDetailStatus, Unset)):
                expect(status, (CallLogDetailStatus, Unset))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (str, Unset)):
                expect(agent_id, (str, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "evaluation"
            _evaluation = d.pop("evaluation", UNSET)
            evaluation: Evaluation | Unset
            if isinstance(_evaluation, Unset):
                evaluation = UNSET
            else:
                evaluation = Evaluation.from_dict(_evaluation)

            if not isinstance(evaluation, (Evaluation, Unset)):
                expect(evaluation, (Evaluation, Unset))

            _field = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: CallLogDetailMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CallLogDetailMetadata.from_dict(_metadata)

            if not isinstance(metadata, (CallLogDetailMetadata, Unset)):
                expect(metadata, (CallLogDetailMetadata, Unset))

            _field = "dynamic_variables"
            _dynamic_variables = d.pop("dynamic_variables", UNSET)
            dynamic_variables: CallLogDetailDynamicVariables | Unset
            if isinstance(_dynamic_variables, Unset):
                dynamic_variables = UNSET
            else:
                dynamic_variables = CallLogDetailDynamicVariables.from_dict(_dynamic_variables)

            if not isinstance(dynamic_variables, (CallLogDetailDynamicVariables, Unset)):
                expect(dynamic_variables, (CallLogDetailDynamicVariables, Unset))

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

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

            _field = "success"

            def _parse_success(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            success = _parse_success(d.pop("success", UNSET))

            if not isinstance(success, (bool, type(None), Unset)):
                expect(success, (bool, type(None), Unset))

            _field = "is_reviewed"
            is_reviewed = d.pop("is_reviewed", UNSET)
            if not isinstance(is_reviewed, (bool, Unset)):
                expect(is_reviewed, (bool, Unset))

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

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

            _field = "call_ended_reason"
            call_ended_reason = d.pop("call_ended_reason", UNSET)
            if not isinstance(call_ended_reason, (str, Unset)):
                expect(call_ended_reason, (str, Unset))

            _field = "dropoff_point"
            dropoff_point = d.pop("dropoff_point", UNSET)
            if not isinstance(dropoff_point, (str, Unset)):
                expect(dropoff_point, (str, Unset))

            _field = "topic"
            topic = d.pop("topic", UNSET)
            if not isinstance(topic, (str, Unset)):
                expect(topic, (str, Unset))

            _field = "customer_number"
            customer_number = d.pop("customer_number", UNSET)
            if not isinstance(customer_number, (str, Unset)):
                expect(customer_number, (str, Unset))

            _field = "user_generated_transcript"

            def _parse_user_generated_transcript(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            user_generated_transcript = _parse_user_generated_transcript(d.pop("user_generated_transcript", UNSET))

            _field = "error_message"

            def _parse_error_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error_message = _parse_error_message(d.pop("error_message", UNSET))

            if not isinstance(error_message, (str, type(None), Unset)):
                expect(error_message, (str, type(None), Unset))

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

            _field = "trace_id"
            trace_id = d.pop("trace_id", UNSET)
            if not isinstance(trace_id, (str, Unset)):
                expect(trace_id, (str, Unset))

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

            call_log_detail = cls(
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

            call_log_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return call_log_detail

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
