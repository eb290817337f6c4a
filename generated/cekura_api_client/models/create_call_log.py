from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_call_log_redact_fields_item import CreateCallLogRedactFieldsItem
from ..models.create_call_log_transcript_type import CreateCallLogTranscriptType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "call_id",
        "id",
        "trace_id",
        "agent",
        "assistant_id",
        "voice_recording_url",
        "transcript_type",
        "transcript_json",
        "call_ended_reason",
        "customer_number",
        "metadata",
        "timestamp",
        "dynamic_variables",
        "feedback",
        "redact_fields",
        "metric_ids",
        "main_agent_channel_index",
    }
)

T = TypeVar("T", bound="CreateCallLog")


@_attrs_define
class CreateCallLog:
    call_id: str
    """ Unique identifier for the call.
    Example:
    - `"call_abc123xyz"`
    - `"stereo_audio_session_456"` """
    id: int | Unset = UNSET
    trace_id: str | Unset = ""
    """ OpenTelemetry trace ID (32-char hex string). Example: "4bf92f3577b34da6a3ce929d0e0e4736" """
    agent: int | Unset = UNSET
    """
    Agent ID, required if assistant_id not provided
    Example: `2421`
     """
    assistant_id: None | str | Unset = UNSET
    """
    Provider's Assistant ID, required if agent not provided
    Example:
    - `"asst_abc123xyz"`
    - `"agent_xyz789"`
     """
    voice_recording_url: None | str | Unset = UNSET
    """
    URL to call recording audio file
    Example: `"https://storage.example.com/recordings/call_123.mp3"`
     """
    transcript_type: CreateCallLogTranscriptType | Unset = UNSET
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
    - `none-mono` — mono audio with no transcript; Cekura generates the transcript automatically.

    Omit this field to use the default Cekura format.

    * `cekura` - cekura
    * `vocera` - vocera
    * `vapi` - vapi
    * `retell` - retell
    * `deepgram` - deepgram
    * `pipecat` - pipecat
    * `livekit` - livekit
    * `elevenlabs` - elevenlabs
    * `none-mono` - none-mono """
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
    call_ended_reason: None | str | Unset = UNSET
    """
    Reason why the call ended
    Example:
    - `"customer-ended-call"`
    - `"agent-ended-call"`
     """
    customer_number: None | str | Unset = UNSET
    """
    Customer's phone number or identifier
    Example:
    - `"+1234567890"`
    - `"customer_abc123"`
     """
    metadata: Any | Unset = UNSET
    """
    Additional call metadata
    Example:
    ```json
    {
        "customer_id": "123",
        "order_id": "ORD-12345",
        "name": "John Doe"
    }
    ```
     """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the call occurred.
    Example: `2024-03-15T10:15:45Z` """
    dynamic_variables: Any | Unset = UNSET
    """
    Dynamic variables used to replace {{variables}} in agent description.
    Example:
    ```json
    {
        "subscription_id": "SUB-12345",
        "product_type": "premium"
    }
    ```
     """
    feedback: None | str | Unset = UNSET
    """
    Feedback about the call
    Example: `"Great call"`
     """
    redact_fields: list[CreateCallLogRedactFieldsItem] | Unset = UNSET
    """
    Optional list of sensitive fields to redact from the transcript and audio. Overrides the agent's configured
    redaction fields for this call; when omitted, the agent's configuration applies.
    Available fields include: phone_number, email_address, credit_card, ssn, dob, healthcare_number, etc.
    Note: Redacting any fields incurs a cost of 0.1 credits per minute by default, regardless of how many fields are
    selected.
    Example: `["phone_number", "email_address", "credit_card"]`
     """
    metric_ids: str | Unset = UNSET
    """ Comma-separated metric IDs to evaluate for this call. Example: "118,119". To run metrics after the call is
    created, use the evaluate_metrics endpoint instead. """
    main_agent_channel_index: int | None | Unset = UNSET
    """ Channel index (0 or 1) of the main agent in stereo recordings. When provided, skips automatic channel
    detection. Example: `0` means channel 0 is the main agent, channel 1 is the customer/testing agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "call_id": self.call_id,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.trace_id, Unset):
            field_dict["trace_id"] = self.trace_id
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.voice_recording_url, Unset):
            field_dict["voice_recording_url"] = self.voice_recording_url
        if not isinstance(self.transcript_type, Unset):
            field_dict["transcript_type"] = (
                self.transcript_type._value_
                if type(self.transcript_type) is CreateCallLogTranscriptType
                else enum_value(CreateCallLogTranscriptType, self.transcript_type, "transcript_type", self)
            )
        if not isinstance(self.transcript_json, Unset):
            field_dict["transcript_json"] = self.transcript_json
        if not isinstance(self.call_ended_reason, Unset):
            field_dict["call_ended_reason"] = self.call_ended_reason
        if not isinstance(self.customer_number, Unset):
            field_dict["customer_number"] = self.customer_number
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = self.metadata
        if not isinstance(self.timestamp, Unset):
            field_dict["timestamp"] = (
                _wire[1]
                if _wire is not None and self.timestamp is _wire[0]
                else self.timestamp.isoformat().replace("+00:00", "Z")
                if type(self.timestamp) is datetime.datetime
                else iso_datetime(self.timestamp, "timestamp", self)
            )
        if not isinstance(self.dynamic_variables, Unset):
            field_dict["dynamic_variables"] = self.dynamic_variables
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if not isinstance(self.redact_fields, Unset):
            field_dict["redact_fields"] = (
                [
                    element._value_
                    if type(element) is CreateCallLogRedactFieldsItem
                    else enum_value(CreateCallLogRedactFieldsItem, element, "redact_fields", self)
                    for element in self.redact_fields
                ]
                if type(self.redact_fields) is list
                else written(self.redact_fields, "redact_fields", self)
            )
        if not isinstance(self.metric_ids, Unset):
            field_dict["metric_ids"] = self.metric_ids
        if not isinstance(self.main_agent_channel_index, Unset):
            field_dict["main_agent_channel_index"] = self.main_agent_channel_index
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
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "assistant_id"
            try:
                if "assistant_id" in src_dict:
                    assistant_id: Any = src_dict["assistant_id"]
                    _present += 1
                    if assistant_id is not None:
                        if type(assistant_id) is not str:
                            assistant_id = checked(assistant_id, (str, type(None)))
                else:
                    assistant_id = UNSET
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "None | str")

            _field = "voice_recording_url"
            try:
                if "voice_recording_url" in src_dict:
                    voice_recording_url: Any = src_dict["voice_recording_url"]
                    _present += 1
                    if voice_recording_url is not None:
                        if type(voice_recording_url) is not str:
                            voice_recording_url = checked(voice_recording_url, (str, type(None)))
                else:
                    voice_recording_url = UNSET
            except FIELD_ERRORS as _error:
                voice_recording_url, _found = tolerated(src_dict, "voice_recording_url", _error, _found, "None | str")

            _field = "transcript_type"
            try:
                if "transcript_type" in src_dict:
                    transcript_type: Any = src_dict["transcript_type"]
                    _present += 1
                    transcript_type = (
                        CreateCallLogTranscriptType._value2member_map_.get(transcript_type)
                        or CreateCallLogTranscriptType(transcript_type)
                        if type(transcript_type) is str
                        else checked(transcript_type, (CreateCallLogTranscriptType,))
                    )
                else:
                    transcript_type = UNSET
            except FIELD_ERRORS as _error:
                transcript_type, _found = tolerated(
                    src_dict, "transcript_type", _error, _found, "CreateCallLogTranscriptType"
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

            _field = "call_ended_reason"
            try:
                if "call_ended_reason" in src_dict:
                    call_ended_reason: Any = src_dict["call_ended_reason"]
                    _present += 1
                    if call_ended_reason is not None:
                        if type(call_ended_reason) is not str:
                            call_ended_reason = checked(call_ended_reason, (str, type(None)))
                else:
                    call_ended_reason = UNSET
            except FIELD_ERRORS as _error:
                call_ended_reason, _found = tolerated(src_dict, "call_ended_reason", _error, _found, "None | str")

            _field = "customer_number"
            try:
                if "customer_number" in src_dict:
                    customer_number: Any = src_dict["customer_number"]
                    _present += 1
                    if customer_number is not None:
                        if type(customer_number) is not str:
                            customer_number = checked(customer_number, (str, type(None)))
                else:
                    customer_number = UNSET
            except FIELD_ERRORS as _error:
                customer_number, _found = tolerated(src_dict, "customer_number", _error, _found, "None | str")

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1

                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "Any")

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

            _field = "dynamic_variables"
            try:
                if "dynamic_variables" in src_dict:
                    dynamic_variables: Any = src_dict["dynamic_variables"]
                    _present += 1

                else:
                    dynamic_variables = UNSET
            except FIELD_ERRORS as _error:
                dynamic_variables, _found = tolerated(src_dict, "dynamic_variables", _error, _found, "Any")

            _field = "feedback"
            try:
                if "feedback" in src_dict:
                    feedback: Any = src_dict["feedback"]
                    _present += 1
                    if feedback is not None:
                        if type(feedback) is not str:
                            feedback = checked(feedback, (str, type(None)))
                else:
                    feedback = UNSET
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "None | str")

            _field = "redact_fields"
            try:
                if "redact_fields" in src_dict:
                    redact_fields: Any = src_dict["redact_fields"]
                    _present += 1
                    if type(redact_fields) is not list:
                        redact_fields = checked(redact_fields, (list,))
                    redact_fields = [
                        (
                            CreateCallLogRedactFieldsItem._value2member_map_.get(element)
                            or CreateCallLogRedactFieldsItem(element)
                        )
                        if type(element) is str
                        else checked(element, (CreateCallLogRedactFieldsItem,))
                        for element in redact_fields
                    ]

                else:
                    redact_fields = UNSET
            except FIELD_ERRORS as _error:
                redact_fields, _found = tolerated(
                    src_dict,
                    "redact_fields",
                    _error,
                    _found,
                    "list[CreateCallLogRedactFieldsItem]",
                    lambda element: (
                        (
                            CreateCallLogRedactFieldsItem._value2member_map_.get(element)
                            or CreateCallLogRedactFieldsItem(element)
                        )
                        if type(element) is str
                        else checked(element, (CreateCallLogRedactFieldsItem,))
                    ),
                )

            _field = "metric_ids"
            try:
                if "metric_ids" in src_dict:
                    metric_ids: Any = src_dict["metric_ids"]
                    _present += 1
                    if type(metric_ids) is not str:
                        metric_ids = checked(metric_ids, (str,))
                else:
                    metric_ids = UNSET
            except FIELD_ERRORS as _error:
                metric_ids, _found = tolerated(src_dict, "metric_ids", _error, _found, "str")

            _field = "main_agent_channel_index"
            try:
                if "main_agent_channel_index" in src_dict:
                    main_agent_channel_index: Any = src_dict["main_agent_channel_index"]
                    _present += 1
                    if main_agent_channel_index is not None:
                        if type(main_agent_channel_index) is not int:
                            main_agent_channel_index = checked(main_agent_channel_index, (int, type(None)))
                else:
                    main_agent_channel_index = UNSET
            except FIELD_ERRORS as _error:
                main_agent_channel_index, _found = tolerated(
                    src_dict, "main_agent_channel_index", _error, _found, "int | None"
                )

            _instance = cls(
                call_id=call_id,
                id=id,
                trace_id=trace_id,
                agent=agent,
                assistant_id=assistant_id,
                voice_recording_url=voice_recording_url,
                transcript_type=transcript_type,
                transcript_json=transcript_json,
                call_ended_reason=call_ended_reason,
                customer_number=customer_number,
                metadata=metadata,
                timestamp=timestamp,
                dynamic_variables=dynamic_variables,
                feedback=feedback,
                redact_fields=redact_fields,
                metric_ids=metric_ids,
                main_agent_channel_index=main_agent_channel_index,
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
