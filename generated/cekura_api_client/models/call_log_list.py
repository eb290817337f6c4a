from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_log_list_status import CallLogListStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_log_list_serializer_metrics import CallLogListSerializerMetrics


T = TypeVar("T", bound="CallLogList")


@_attrs_define
class CallLogList:
    call_id: str
    """ Unique identifier for the call.
    Example:
    - `"call_abc123xyz"`
    - `"stereo_audio_session_456"` """
    id: int | Unset = UNSET
    duration: str | Unset = UNSET
    """ Call duration in minutes in MM:SS format.
    Example: `01:10` """
    success: bool | None | Unset = UNSET
    """ Whether the call was successful.
    Example: `true` or `false` """
    is_reviewed: bool | Unset = UNSET
    """ Whether the call has been reviewed.
    Example: `true` or `false` """
    status: CallLogListStatus | Unset = UNSET
    """ Status of the call or conversation.
    Example: `"completed"` or `"failed"`

    * `success` - Success
    * `failure` - Failure
    * `reviewed_success` - Reviewed Success
    * `reviewed_failure` - Reviewed Failure """
    feedback: str | Unset = UNSET
    """ Feedback about the call.
    Example: `"Great Call"` """
    metrics: list[CallLogListSerializerMetrics] | Unset = UNSET
    """ Metrics of the call """
    call_ended_reason: str | Unset = UNSET
    """ Reason why the call ended.
    Example:
    - `"customer-ended-call"`
    - `"agent-ended-call"`
     """
    customer_number: str | Unset = UNSET
    """ Customer's phone number or identifier.
    Example:
    - `"+1234567890"`
    - `"customer_abc123"`
     """
    agent: int | None | Unset = UNSET
    """ Agent ID """
    agent_name: str | Unset = UNSET
    """ Agent name """
    trace_id: str | Unset = UNSET
    """ OpenTelemetry trace ID (32-char hex). Set when OTel tracing is enabled. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the call occurred.
    Example: `2024-03-15T10:15:45Z` """
    error_message: None | str | Unset = UNSET
    dropoff_point: str | Unset = UNSET
    """ Point in conversation where user disengaged.
    Example: `"end of conversation as no queries remaining"` """
    topic: str | Unset = UNSET
    """ Topic of the call.
    Example:
    - `"product_inquiry"`
    - `"technical_support"`
     """
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
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
    transcript_object: str | Unset = UNSET
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
    evaluation: str | Unset = UNSET
    """ Evaluation of the call """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        call_id = self.call_id

        id = self.id

        duration = self.duration

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        is_reviewed = self.is_reviewed

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        feedback = self.feedback

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        call_ended_reason = self.call_ended_reason

        customer_number = self.customer_number

        agent: int | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        else:
            agent = self.agent

        agent_name = self.agent_name

        trace_id = self.trace_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        dropoff_point = self.dropoff_point

        topic = self.topic

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        transcript = self.transcript

        transcript_object = self.transcript_object

        evaluation = self.evaluation

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
        if success is not UNSET:
            field_dict["success"] = success
        if is_reviewed is not UNSET:
            field_dict["is_reviewed"] = is_reviewed
        if status is not UNSET:
            field_dict["status"] = status
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if metrics is not UNSET and _response:
            field_dict["metrics"] = metrics
        if call_ended_reason is not UNSET:
            field_dict["call_ended_reason"] = call_ended_reason
        if customer_number is not UNSET:
            field_dict["customer_number"] = customer_number
        if agent is not UNSET:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if dropoff_point is not UNSET:
            field_dict["dropoff_point"] = dropoff_point
        if topic is not UNSET:
            field_dict["topic"] = topic
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if transcript_object is not UNSET and _response:
            field_dict["transcript_object"] = transcript_object
        if evaluation is not UNSET and _response:
            field_dict["evaluation"] = evaluation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_log_list_serializer_metrics import CallLogListSerializerMetrics  # noqa: PLC0415

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

            _field = "status"
            _status = d.pop("status", UNSET)
            status: CallLogListStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CallLogListStatus(_status)

            if not isinstance(status, (CallLogListStatus, Unset)):
                expect(status, (CallLogListStatus, Unset))

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            _field = "metrics"
            _metrics = d.pop("metrics", UNSET)
            metrics: list[CallLogListSerializerMetrics] | Unset = UNSET
            if _metrics is not UNSET:
                metrics = []
                for metrics_item_data in _metrics:
                    metrics_item = CallLogListSerializerMetrics.from_dict(metrics_item_data)

                    metrics.append(metrics_item)

            if not isinstance(metrics, (list, Unset)):
                expect(metrics, (list, Unset))

            _field = "call_ended_reason"
            call_ended_reason = d.pop("call_ended_reason", UNSET)
            if not isinstance(call_ended_reason, (str, Unset)):
                expect(call_ended_reason, (str, Unset))

            _field = "customer_number"
            customer_number = d.pop("customer_number", UNSET)
            if not isinstance(customer_number, (str, Unset)):
                expect(customer_number, (str, Unset))

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

            _field = "trace_id"
            trace_id = d.pop("trace_id", UNSET)
            if not isinstance(trace_id, (str, Unset)):
                expect(trace_id, (str, Unset))

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

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

            _field = "dropoff_point"
            dropoff_point = d.pop("dropoff_point", UNSET)
            if not isinstance(dropoff_point, (str, Unset)):
                expect(dropoff_point, (str, Unset))

            _field = "topic"
            topic = d.pop("topic", UNSET)
            if not isinstance(topic, (str, Unset)):
                expect(topic, (str, Unset))

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

            _field = "transcript"
            transcript = d.pop("transcript", UNSET)
            if not isinstance(transcript, (str, Unset)):
                expect(transcript, (str, Unset))

            _field = "transcript_object"
            transcript_object = d.pop("transcript_object", UNSET)
            if not isinstance(transcript_object, (str, Unset)):
                expect(transcript_object, (str, Unset))

            _field = "evaluation"
            evaluation = d.pop("evaluation", UNSET)
            if not isinstance(evaluation, (str, Unset)):
                expect(evaluation, (str, Unset))

            call_log_list = cls(
                call_id=call_id,
                id=id,
                duration=duration,
                success=success,
                is_reviewed=is_reviewed,
                status=status,
                feedback=feedback,
                metrics=metrics,
                call_ended_reason=call_ended_reason,
                customer_number=customer_number,
                agent=agent,
                agent_name=agent_name,
                trace_id=trace_id,
                timestamp=timestamp,
                error_message=error_message,
                dropoff_point=dropoff_point,
                topic=topic,
                created_at=created_at,
                updated_at=updated_at,
                transcript=transcript,
                transcript_object=transcript_object,
                evaluation=evaluation,
            )

            call_log_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return call_log_list

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
