from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_call_log_redact_fields_item import CreateCallLogRedactFieldsItem
from ..models.create_call_log_transcript_type import CreateCallLogTranscriptType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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
    voice_recording: None | str | Unset = UNSET
    """ Audio recording file of the call.
    Example: Binary data `"recordings/call_123_20240315.mp3"` """
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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        call_id = self.call_id

        id = self.id

        trace_id = self.trace_id

        agent = self.agent

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = self.assistant_id

        voice_recording: None | str | Unset
        if isinstance(self.voice_recording, Unset):
            voice_recording = UNSET
        else:
            voice_recording = self.voice_recording

        voice_recording_url: None | str | Unset
        if isinstance(self.voice_recording_url, Unset):
            voice_recording_url = UNSET
        else:
            voice_recording_url = self.voice_recording_url

        transcript_type: str | Unset = UNSET
        if not isinstance(self.transcript_type, Unset):
            transcript_type = self.transcript_type.value

        transcript_json = self.transcript_json

        call_ended_reason: None | str | Unset
        if isinstance(self.call_ended_reason, Unset):
            call_ended_reason = UNSET
        else:
            call_ended_reason = self.call_ended_reason

        customer_number: None | str | Unset
        if isinstance(self.customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = self.customer_number

        metadata = self.metadata

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        dynamic_variables = self.dynamic_variables

        feedback: None | str | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        else:
            feedback = self.feedback

        redact_fields: list[str] | Unset = UNSET
        if not isinstance(self.redact_fields, Unset):
            redact_fields = []
            for redact_fields_item_data in self.redact_fields:
                redact_fields_item = redact_fields_item_data.value
                redact_fields.append(redact_fields_item)

        metric_ids = self.metric_ids

        main_agent_channel_index: int | None | Unset
        if isinstance(self.main_agent_channel_index, Unset):
            main_agent_channel_index = UNSET
        else:
            main_agent_channel_index = self.main_agent_channel_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if voice_recording is not UNSET:
            field_dict["voice_recording"] = voice_recording
        if voice_recording_url is not UNSET:
            field_dict["voice_recording_url"] = voice_recording_url
        if transcript_type is not UNSET:
            field_dict["transcript_type"] = transcript_type
        if transcript_json is not UNSET:
            field_dict["transcript_json"] = transcript_json
        if call_ended_reason is not UNSET:
            field_dict["call_ended_reason"] = call_ended_reason
        if customer_number is not UNSET:
            field_dict["customer_number"] = customer_number
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if redact_fields is not UNSET:
            field_dict["redact_fields"] = redact_fields
        if metric_ids is not UNSET:
            field_dict["metric_ids"] = metric_ids
        if main_agent_channel_index is not UNSET:
            field_dict["main_agent_channel_index"] = main_agent_channel_index

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("call_id", (None, str(self.call_id).encode(), "text/plain")))

        if not isinstance(self.trace_id, Unset):
            files.append(("trace_id", (None, str(self.trace_id).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            if isinstance(self.assistant_id, str):
                files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))
            else:
                files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.voice_recording, Unset):
            if isinstance(self.voice_recording, str):
                files.append(("voice_recording", (None, str(self.voice_recording).encode(), "text/plain")))
            else:
                files.append(("voice_recording", (None, str(self.voice_recording).encode(), "text/plain")))

        if not isinstance(self.voice_recording_url, Unset):
            if isinstance(self.voice_recording_url, str):
                files.append(("voice_recording_url", (None, str(self.voice_recording_url).encode(), "text/plain")))
            else:
                files.append(("voice_recording_url", (None, str(self.voice_recording_url).encode(), "text/plain")))

        if not isinstance(self.transcript_type, Unset):
            files.append(("transcript_type", (None, str(self.transcript_type.value).encode(), "text/plain")))

        if not isinstance(self.transcript_json, Unset):
            files.append(("transcript_json", (None, str(self.transcript_json).encode(), "text/plain")))

        if not isinstance(self.call_ended_reason, Unset):
            if isinstance(self.call_ended_reason, str):
                files.append(("call_ended_reason", (None, str(self.call_ended_reason).encode(), "text/plain")))
            else:
                files.append(("call_ended_reason", (None, str(self.call_ended_reason).encode(), "text/plain")))

        if not isinstance(self.customer_number, Unset):
            if isinstance(self.customer_number, str):
                files.append(("customer_number", (None, str(self.customer_number).encode(), "text/plain")))
            else:
                files.append(("customer_number", (None, str(self.customer_number).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.timestamp, Unset):
            files.append(("timestamp", (None, self.timestamp.isoformat().encode(), "text/plain")))

        if not isinstance(self.dynamic_variables, Unset):
            files.append(("dynamic_variables", (None, str(self.dynamic_variables).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            if isinstance(self.feedback, str):
                files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))
            else:
                files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        if not isinstance(self.redact_fields, Unset):
            for redact_fields_item_element in self.redact_fields:
                files.append(("redact_fields", (None, str(redact_fields_item_element.value).encode(), "text/plain")))

        if not isinstance(self.metric_ids, Unset):
            files.append(("metric_ids", (None, str(self.metric_ids).encode(), "text/plain")))

        if not isinstance(self.main_agent_channel_index, Unset):
            if isinstance(self.main_agent_channel_index, int):
                files.append(
                    ("main_agent_channel_index", (None, str(self.main_agent_channel_index).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("main_agent_channel_index", (None, str(self.main_agent_channel_index).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

            _field = "trace_id"
            trace_id = d.pop("trace_id", UNSET)
            if not isinstance(trace_id, (str, Unset)):
                expect(trace_id, (str, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "assistant_id"

            def _parse_assistant_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            assistant_id = _parse_assistant_id(d.pop("assistant_id", UNSET))

            if not isinstance(assistant_id, (str, type(None), Unset)):
                expect(assistant_id, (str, type(None), Unset))

            _field = "voice_recording"

            def _parse_voice_recording(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            voice_recording = _parse_voice_recording(d.pop("voice_recording", UNSET))

            if not isinstance(voice_recording, (str, type(None), Unset)):
                expect(voice_recording, (str, type(None), Unset))

            _field = "voice_recording_url"

            def _parse_voice_recording_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            voice_recording_url = _parse_voice_recording_url(d.pop("voice_recording_url", UNSET))

            if not isinstance(voice_recording_url, (str, type(None), Unset)):
                expect(voice_recording_url, (str, type(None), Unset))

            _field = "transcript_type"
            _transcript_type = d.pop("transcript_type", UNSET)
            transcript_type: CreateCallLogTranscriptType | Unset
            if isinstance(_transcript_type, Unset):
                transcript_type = UNSET
            else:
                transcript_type = CreateCallLogTranscriptType(_transcript_type)

            if not isinstance(transcript_type, (CreateCallLogTranscriptType, Unset)):
                expect(transcript_type, (CreateCallLogTranscriptType, Unset))

            _field = "transcript_json"
            transcript_json = d.pop("transcript_json", UNSET)

            _field = "call_ended_reason"

            def _parse_call_ended_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            call_ended_reason = _parse_call_ended_reason(d.pop("call_ended_reason", UNSET))

            if not isinstance(call_ended_reason, (str, type(None), Unset)):
                expect(call_ended_reason, (str, type(None), Unset))

            _field = "customer_number"

            def _parse_customer_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_number = _parse_customer_number(d.pop("customer_number", UNSET))

            if not isinstance(customer_number, (str, type(None), Unset)):
                expect(customer_number, (str, type(None), Unset))

            _field = "metadata"
            metadata = d.pop("metadata", UNSET)

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

            _field = "dynamic_variables"
            dynamic_variables = d.pop("dynamic_variables", UNSET)

            _field = "feedback"

            def _parse_feedback(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            feedback = _parse_feedback(d.pop("feedback", UNSET))

            if not isinstance(feedback, (str, type(None), Unset)):
                expect(feedback, (str, type(None), Unset))

            _field = "redact_fields"
            _redact_fields = d.pop("redact_fields", UNSET)
            redact_fields: list[CreateCallLogRedactFieldsItem] | Unset = UNSET
            if _redact_fields is not UNSET:
                redact_fields = []
                for redact_fields_item_data in _redact_fields:
                    redact_fields_item = CreateCallLogRedactFieldsItem(redact_fields_item_data)

                    redact_fields.append(redact_fields_item)

            if not isinstance(redact_fields, (list, Unset)):
                expect(redact_fields, (list, Unset))

            _field = "metric_ids"
            metric_ids = d.pop("metric_ids", UNSET)
            if not isinstance(metric_ids, (str, Unset)):
                expect(metric_ids, (str, Unset))

            _field = "main_agent_channel_index"

            def _parse_main_agent_channel_index(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            main_agent_channel_index = _parse_main_agent_channel_index(d.pop("main_agent_channel_index", UNSET))

            if not isinstance(main_agent_channel_index, (int, type(None), Unset)) or isinstance(
                main_agent_channel_index, bool
            ):
                expect(main_agent_channel_index, (int, type(None), Unset))

            create_call_log = cls(
                call_id=call_id,
                id=id,
                trace_id=trace_id,
                agent=agent,
                assistant_id=assistant_id,
                voice_recording=voice_recording,
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

            create_call_log.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return create_call_log

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
