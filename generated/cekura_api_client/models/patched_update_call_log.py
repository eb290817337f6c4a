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
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_update_call_log_dynamic_variables import PatchedUpdateCallLogDynamicVariables
    from ..models.patched_update_call_log_metadata import PatchedUpdateCallLogMetadata


_PROPERTIES: frozenset[str] = frozenset(
    {
        "status",
        "feedback",
        "call_id",
        "transcript_type",
        "transcript_json",
        "timestamp",
        "duration",
        "call_ended_reason",
        "customer_number",
        "metadata",
        "dynamic_variables",
        "reevaluate_metrics",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is PatchedUpdateCallLogStatus
                else enum_value(PatchedUpdateCallLogStatus, self.status, "status", self)
            )
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = self.call_id
        if not isinstance(self.transcript_type, Unset):
            field_dict["transcript_type"] = (
                self.transcript_type._value_
                if type(self.transcript_type) is PatchedUpdateCallLogTranscriptType
                else enum_value(PatchedUpdateCallLogTranscriptType, self.transcript_type, "transcript_type", self)
            )
        if not isinstance(self.transcript_json, Unset):
            field_dict["transcript_json"] = self.transcript_json
        if not isinstance(self.timestamp, Unset):
            field_dict["timestamp"] = (
                _wire[1]
                if _wire is not None and self.timestamp is _wire[0]
                else self.timestamp.isoformat().replace("+00:00", "Z")
                if type(self.timestamp) is datetime.datetime
                else iso_datetime(self.timestamp, "timestamp", self)
            )
        if not isinstance(self.duration, Unset):
            field_dict["duration"] = self.duration
        if not isinstance(self.call_ended_reason, Unset):
            field_dict["call_ended_reason"] = self.call_ended_reason
        if not isinstance(self.customer_number, Unset):
            field_dict["customer_number"] = self.customer_number
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = (
                self.metadata.to_dict()
                if type(self.metadata) is PatchedUpdateCallLogMetadata
                else written(self.metadata, "metadata", self)
            )
        if not isinstance(self.dynamic_variables, Unset):
            field_dict["dynamic_variables"] = (
                self.dynamic_variables.to_dict()
                if type(self.dynamic_variables) is PatchedUpdateCallLogDynamicVariables
                else written(self.dynamic_variables, "dynamic_variables", self)
            )
        if not isinstance(self.reevaluate_metrics, Unset):
            field_dict["reevaluate_metrics"] = self.reevaluate_metrics
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.status, Unset):
            files.append(
                (
                    "status",
                    (None, str(enum_value(PatchedUpdateCallLogStatus, self.status, "status")).encode(), "text/plain"),
                )
            )

        if not isinstance(self.feedback, Unset):
            files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.call_id, Unset):
            files.append(("call_id", (None, str(self.call_id).encode(), "text/plain")))

        if not isinstance(self.transcript_type, Unset):
            files.append(
                (
                    "transcript_type",
                    (
                        None,
                        str(
                            enum_value(PatchedUpdateCallLogTranscriptType, self.transcript_type, "transcript_type")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.transcript_json, Unset):
            files.append(("transcript_json", (None, form_text(self.transcript_json, "transcript_json"), "text/plain")))

        if not isinstance(self.timestamp, Unset):
            files.append(("timestamp", (None, iso_datetime(self.timestamp, "timestamp").encode(), "text/plain")))

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
            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        PatchedUpdateCallLogStatus._value2member_map_.get(status) or PatchedUpdateCallLogStatus(status)
                        if type(status) is str
                        else checked(status, (PatchedUpdateCallLogStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "PatchedUpdateCallLogStatus")

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

            _field = "call_id"
            try:
                if "call_id" in src_dict:
                    call_id: Any = src_dict["call_id"]
                    _present += 1
                    if type(call_id) is not str:
                        call_id = checked(call_id, (str,))
                else:
                    call_id = UNSET
            except FIELD_ERRORS as _error:
                call_id, _found = tolerated(src_dict, "call_id", _error, _found, "str")

            _field = "transcript_type"
            try:
                if "transcript_type" in src_dict:
                    transcript_type: Any = src_dict["transcript_type"]
                    _present += 1
                    transcript_type = (
                        PatchedUpdateCallLogTranscriptType._value2member_map_.get(transcript_type)
                        or PatchedUpdateCallLogTranscriptType(transcript_type)
                        if type(transcript_type) is str
                        else checked(transcript_type, (PatchedUpdateCallLogTranscriptType,))
                    )
                else:
                    transcript_type = UNSET
            except FIELD_ERRORS as _error:
                transcript_type, _found = tolerated(
                    src_dict, "transcript_type", _error, _found, "PatchedUpdateCallLogTranscriptType"
                )

            _field = "transcript_json"
            try:
                if "transcript_json" in src_dict:
                    transcript_json: Any = src_dict["transcript_json"]
                    _present += 1

                else:
                    transcript_json = UNSET
            except FIELD_ERRORS as _error:
                transcript_json, _found = tolerated(src_dict, "transcript_json", _error, _found, "Any")

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

            _field = "duration"
            try:
                if "duration" in src_dict:
                    duration: Any = src_dict["duration"]
                    _present += 1
                    if type(duration) is not float:
                        duration = checked(duration, (float, int))
                else:
                    duration = UNSET
            except FIELD_ERRORS as _error:
                duration, _found = tolerated(src_dict, "duration", _error, _found, "float")

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

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1
                    metadata = PatchedUpdateCallLogMetadata.from_dict(metadata)
                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "PatchedUpdateCallLogMetadata")

            _field = "dynamic_variables"
            try:
                if "dynamic_variables" in src_dict:
                    dynamic_variables: Any = src_dict["dynamic_variables"]
                    _present += 1
                    dynamic_variables = PatchedUpdateCallLogDynamicVariables.from_dict(dynamic_variables)
                else:
                    dynamic_variables = UNSET
            except FIELD_ERRORS as _error:
                dynamic_variables, _found = tolerated(
                    src_dict, "dynamic_variables", _error, _found, "PatchedUpdateCallLogDynamicVariables"
                )

            _field = "reevaluate_metrics"
            try:
                if "reevaluate_metrics" in src_dict:
                    reevaluate_metrics: Any = src_dict["reevaluate_metrics"]
                    _present += 1
                    if type(reevaluate_metrics) is not bool:
                        reevaluate_metrics = checked(reevaluate_metrics, (bool,))
                else:
                    reevaluate_metrics = UNSET
            except FIELD_ERRORS as _error:
                reevaluate_metrics, _found = tolerated(src_dict, "reevaluate_metrics", _error, _found, "bool")

            _instance = cls(
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
            _instance._wire_text = (
                timestamp,
                _timestamp_text,
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
    global _imports_pending, PatchedUpdateCallLogDynamicVariables, PatchedUpdateCallLogMetadata  # noqa: PLW0603
    from ..models.patched_update_call_log_dynamic_variables import PatchedUpdateCallLogDynamicVariables  # noqa: PLC0415
    from ..models.patched_update_call_log_metadata import PatchedUpdateCallLogMetadata  # noqa: PLC0415

    _imports_pending = False
