from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_update_call_log_status import PatchedUpdateCallLogStatus
from ..models.patched_update_call_log_transcript_type import PatchedUpdateCallLogTranscriptType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_update_call_log_dynamic_variables import PatchedUpdateCallLogDynamicVariables
    from ..models.patched_update_call_log_metadata import PatchedUpdateCallLogMetadata


T = TypeVar("T", bound="PatchedUpdateCallLog")


@_attrs_define
class PatchedUpdateCallLog:
    status: PatchedUpdateCallLogStatus | Unset = UNSET
    """ Human-reviewed call outcome. Use `success`, `failure`, `reviewed_success`, or `reviewed_failure`.

    * `success` - Success
    * `failure` - Failure
    * `reviewed_success` - Reviewed Success
    * `reviewed_failure` - Reviewed Failure """
    feedback: str | Unset = UNSET
    """ Human feedback about the call. """
    call_id: str | Unset = UNSET
    """ Unique identifier for the call.
    Example:
    - `"call_abc123xyz"`
    - `"stereo_audio_session_456"` """
    transcript_type: PatchedUpdateCallLogTranscriptType | Unset = UNSET
    """ Format of the `transcript_json` payload. Tells Cekura how to parse roles and timestamps.

    - `vapi` — Vapi webhook format: `[{"role": "bot"|"user", "message": "...", "time": 0.0}]`
    - `retell` — Retell webhook format
    - `elevenlabs` — ElevenLabs format
    - `livekit` — LiveKit format
    - `pipecat` — Pipecat format
    - `deepgram` — Deepgram format
    - `cekura` (default) — `[{"role": "Testing Agent"|"Main Agent", "content": "...", "start_time": 0.0, "end_time":
    2.5}]`. **Valid roles are `"Testing Agent"` and `"Main Agent"` only** — using `"agent"` or `"user"` will return
    a validation error.

    Omit this field to detect the supported format automatically.

    * `cekura` - cekura
    * `vocera` - vocera
    * `vapi` - vapi
    * `retell` - retell
    * `deepgram` - deepgram
    * `pipecat` - pipecat
    * `livekit` - livekit
    * `elevenlabs` - elevenlabs """
    transcript_json: Any | Unset = UNSET
    """
    Call transcript in supported format (Vapi, Retell, Deepgram, ElevenLabs, Cekura)

    Check the [Transcript Format](/documentation/advanced/transcript-format) documentation for more details.

    Cekura Transcript Format Example:
    ```json
    [
       {
          "role": "Testing Agent",
          "content": "Hello.",
          "end_time": 1.9399999,
          "start_time": 1.4399999
       },
       {
          "role": "Main Agent",
          "content": "Hello. I want to book appointment today. My name is John.",
          "end_time": 7.539999511718751,
          "start_time": 3.1
       },
       {
          "role": "Testing Agent",
          "content": "Well, I mean, sure. What time exactly are we talking about here",
          "end_time": 15.71,
          "start_time": 12.01
       },
       {
          "role": "Main Agent",
          "content": "6 PM.",
          "end_time": 18.269999,
          "start_time": 17.609999
       }
    ]
    ```
     """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the call occurred.
    Example: `2024-03-15T10:15:45Z` """
    duration: float | Unset = UNSET
    """ Call duration in minutes as a non-negative number. For example, use `1.5` for one minute and 30 seconds. """
    call_ended_reason: str | Unset = UNSET
    """
    Reason why the call ended
    Example:
    - `"customer-ended-call"`
    - `"agent-ended-call"`
     """
    customer_number: str | Unset = UNSET
    """
    Customer's phone number or identifier
    Example:
    - `"+1234567890"`
    - `"customer_abc123"`
     """
    metadata: PatchedUpdateCallLogMetadata | Unset = UNSET
    """
    Additional call metadata. Supplied top-level keys are merged with existing metadata; supplied keys overwrite
    matching keys and omitted keys are preserved.
    Example:
    ```json
    {
        "customer_id": "123",
        "order_id": "ORD-12345",
        "name": "John Doe"
    }
    ```
     """
    dynamic_variables: PatchedUpdateCallLogDynamicVariables | Unset = UNSET
    """
    Dynamic variables used to replace {{variables}} in agent description. Supplied top-level keys are merged with
    existing variables; supplied keys overwrite matching keys and omitted keys are preserved.
    Example:
    ```json
    {
        "subscription_id": "SUB-12345",
        "product_type": "premium"
    }
    ```
     """
    reevaluate_metrics: bool | Unset = UNSET
    """ Run metric evaluation on the call log after applying this update. Releases a call that was ingested with
    deferred evaluation, otherwise re-evaluates an already evaluated call. Calls whose evaluation is still running
    are left untouched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        feedback = self.feedback

        call_id = self.call_id

        transcript_type: str | Unset = UNSET
        if not isinstance(self.transcript_type, Unset):
            transcript_type = self.transcript_type.value

        transcript_json = self.transcript_json

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        duration = self.duration

        call_ended_reason = self.call_ended_reason

        customer_number = self.customer_number

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        reevaluate_metrics = self.reevaluate_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if transcript_type is not UNSET:
            field_dict["transcript_type"] = transcript_type
        if transcript_json is not UNSET:
            field_dict["transcript_json"] = transcript_json
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if duration is not UNSET:
            field_dict["duration"] = duration
        if call_ended_reason is not UNSET:
            field_dict["call_ended_reason"] = call_ended_reason
        if customer_number is not UNSET:
            field_dict["customer_number"] = customer_number
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if reevaluate_metrics is not UNSET:
            field_dict["reevaluate_metrics"] = reevaluate_metrics

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.status, Unset):
            files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.call_id, Unset):
            files.append(("call_id", (None, str(self.call_id).encode(), "text/plain")))

        if not isinstance(self.transcript_type, Unset):
            files.append(("transcript_type", (None, str(self.transcript_type.value).encode(), "text/plain")))

        if not isinstance(self.transcript_json, Unset):
            files.append(("transcript_json", (None, str(self.transcript_json).encode(), "text/plain")))

        if not isinstance(self.timestamp, Unset):
            files.append(("timestamp", (None, self.timestamp.isoformat().encode(), "text/plain")))

        if not isinstance(self.duration, Unset):
            files.append(("duration", (None, str(self.duration).encode(), "text/plain")))

        if not isinstance(self.call_ended_reason, Unset):
            files.append(("call_ended_reason", (None, str(self.call_ended_reason).encode(), "text/plain")))

        if not isinstance(self.customer_number, Unset):
            files.append(("customer_number", (None, str(self.customer_number).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, json.dumps(self.metadata.to_dict()).encode(), "application/json")))

        if not isinstance(self.dynamic_variables, Unset):
            files.append(
                ("dynamic_variables", (None, json.dumps(self.dynamic_variables.to_dict()).encode(), "application/json"))
            )

        if not isinstance(self.reevaluate_metrics, Unset):
            files.append(("reevaluate_metrics", (None, str(self.reevaluate_metrics).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_update_call_log_dynamic_variables import PatchedUpdateCallLogDynamicVariables  # noqa: PLC0415
        from ..models.patched_update_call_log_metadata import PatchedUpdateCallLogMetadata  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "status"
            _status = d.pop("status", UNSET)
            status: PatchedUpdateCallLogStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PatchedUpdateCallLogStatus(_status)

            if not isinstance(status, (PatchedUpdateCallLogStatus, Unset)):
                expect(status, (PatchedUpdateCallLogStatus, Unset))

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            _field = "call_id"
            call_id = d.pop("call_id", UNSET)
            if not isinstance(call_id, (str, Unset)):
                expect(call_id, (str, Unset))

            _field = "transcript_type"
            _transcript_type = d.pop("transcript_type", UNSET)
            transcript_type: PatchedUpdateCallLogTranscriptType | Unset
            if isinstance(_transcript_type, Unset):
                transcript_type = UNSET
            else:
                transcript_type = PatchedUpdateCallLogTranscriptType(_transcript_type)

            if not isinstance(transcript_type, (PatchedUpdateCallLogTranscriptType, Unset)):
                expect(transcript_type, (PatchedUpdateCallLogTranscriptType, Unset))

            _field = "transcript_json"
            transcript_json = d.pop("transcript_json", UNSET)

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

            _field = "duration"
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (float, int, Unset)) or isinstance(duration, bool):
                expect(duration, (float, int, Unset))

            _field = "call_ended_reason"
            call_ended_reason = d.pop("call_ended_reason", UNSET)
            if not isinstance(call_ended_reason, (str, Unset)):
                expect(call_ended_reason, (str, Unset))

            _field = "customer_number"
            customer_number = d.pop("customer_number", UNSET)
            if not isinstance(customer_number, (str, Unset)):
                expect(customer_number, (str, Unset))

            _field = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: PatchedUpdateCallLogMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PatchedUpdateCallLogMetadata.from_dict(_metadata)

            if not isinstance(metadata, (PatchedUpdateCallLogMetadata, Unset)):
                expect(metadata, (PatchedUpdateCallLogMetadata, Unset))

            _field = "dynamic_variables"
            _dynamic_variables = d.pop("dynamic_variables", UNSET)
            dynamic_variables: PatchedUpdateCallLogDynamicVariables | Unset
            if isinstance(_dynamic_variables, Unset):
                dynamic_variables = UNSET
            else:
                dynamic_variables = PatchedUpdateCallLogDynamicVariables.from_dict(_dynamic_variables)

            if not isinstance(dynamic_variables, (PatchedUpdateCallLogDynamicVariables, Unset)):
                expect(dynamic_variables, (PatchedUpdateCallLogDynamicVariables, Unset))

            _field = "reevaluate_metrics"
            reevaluate_metrics = d.pop("reevaluate_metrics", UNSET)
            if not isinstance(reevaluate_metrics, (bool, Unset)):
                expect(reevaluate_metrics, (bool, Unset))

            patched_update_call_log = cls(
                status=status,
                feedback=feedback,
                call_id=call_id,
                transcript_type=transcript_type,
                transcript_json=transcript_json,
                timestamp=timestamp,
                duration=duration,
                call_ended_reason=call_ended_reason,
                customer_number=customer_number,
                metadata=metadata,
                dynamic_variables=dynamic_variables,
                reevaluate_metrics=reevaluate_metrics,
            )

            patched_update_call_log.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_update_call_log

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
