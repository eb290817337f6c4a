from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_set_detail_source_model import TestSetDetailSourceModel
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_review_inline import MetricReviewInline


T = TypeVar("T", bound="TestSetDetail")


@_attrs_define
class TestSetDetail:
    agent: int
    voice_recording: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """
    Name of the test set
    Example: `"Test Set 1"`
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
    transcript_object: Any | None | Unset = UNSET
    voice_recording_url: str | Unset = UNSET
    """ Audio URL """
    call_end_reason: str | Unset = UNSET
    """ Reason why the call ended.
    Example:
    - `"customer-ended-call"`
    - `"agent-ended-call"`
     """
    duration: str | Unset = UNSET
    """ Call duration in minutes in MM:SS format.
    Example: `01:10` """
    source_model: TestSetDetailSourceModel | Unset = UNSET
    """ * `CallLog` - Call Log
    * `Run` - Run """
    source_id: str | Unset = UNSET
    metric_reviews: list[MetricReviewInline] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        agent = self.agent

        voice_recording: str | Unset = UNSET
        if not isinstance(self.voice_recording, Unset):
            voice_recording = self.voice_recording

        id = self.id

        name = self.name

        transcript = self.transcript

        transcript_object: Any | None | Unset
        if isinstance(self.transcript_object, Unset):
            transcript_object = UNSET
        else:
            transcript_object = self.transcript_object

        voice_recording_url = self.voice_recording_url

        call_end_reason = self.call_end_reason

        duration = self.duration

        source_model: str | Unset = UNSET
        if not isinstance(self.source_model, Unset):
            source_model = self.source_model.value

        source_id = self.source_id

        metric_reviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_reviews, Unset):
            metric_reviews = []
            for metric_reviews_item_data in self.metric_reviews:
                metric_reviews_item = metric_reviews_item_data.to_dict()
                metric_reviews.append(metric_reviews_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
            }
        )
        if voice_recording is not UNSET:
            field_dict["voice_recording"] = voice_recording
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if transcript_object is not UNSET:
            field_dict["transcript_object"] = transcript_object
        if voice_recording_url is not UNSET and _response:
            field_dict["voice_recording_url"] = voice_recording_url
        if call_end_reason is not UNSET:
            field_dict["call_end_reason"] = call_end_reason
        if duration is not UNSET and _response:
            field_dict["duration"] = duration
        if source_model is not UNSET and _response:
            field_dict["source_model"] = source_model
        if source_id is not UNSET and _response:
            field_dict["source_id"] = source_id
        if metric_reviews is not UNSET and _response:
            field_dict["metric_reviews"] = metric_reviews
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_review_inline import MetricReviewInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "voice_recording"
            _voice_recording = d.pop("voice_recording", UNSET)
            voice_recording: str | Unset = UNSET
            if not isinstance(_voice_recording, Unset):
                voice_recording = _voice_recording
            if not isinstance(voice_recording, (str, Unset)):
                expect(voice_recording, (str, Unset))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "transcript"
            transcript = d.pop("transcript", UNSET)
            if not isinstance(transcript, (str, Unset)):
                expect(transcript, (str, Unset))

            _field = "transcript_object"

            def _parse_transcript_object(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            transcript_object = _parse_transcript_object(d.pop("transcript_object", UNSET))

            _field = "voice_recording_url"
            voice_recording_url = d.pop("voice_recording_url", UNSET)
            if not isinstance(voice_recording_url, (str, Unset)):
                expect(voice_recording_url, (str, Unset))

            _field = "call_end_reason"
            call_end_reason = d.pop("call_end_reason", UNSET)
            if not isinstance(call_end_reason, (str, Unset)):
                expect(call_end_reason, (str, Unset))

            _field = "duration"
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (str, Unset)):
                expect(duration, (str, Unset))

            _field = "source_model"
            _source_model = d.pop("source_model", UNSET)
            source_model: TestSetDetailSourceModel | Unset
            if isinstance(_source_model, Unset):
                source_model = UNSET
            else:
                source_model = TestSetDetailSourceModel(_source_model)

            if not isinstance(source_model, (TestSetDetailSourceModel, Unset)):
                expect(source_model, (TestSetDetailSourceModel, Unset))

            _field = "source_id"
            source_id = d.pop("source_id", UNSET)
            if not isinstance(source_id, (str, Unset)):
                expect(source_id, (str, Unset))

            _field = "metric_reviews"
            _metric_reviews = d.pop("metric_reviews", UNSET)
            metric_reviews: list[MetricReviewInline] | Unset = UNSET
            if _metric_reviews is not UNSET:
                metric_reviews = []
                for metric_reviews_item_data in _metric_reviews:
                    metric_reviews_item = MetricReviewInline.from_dict(metric_reviews_item_data)

                    metric_reviews.append(metric_reviews_item)

            if not isinstance(metric_reviews, (list, Unset)):
                expect(metric_reviews, (list, Unset))

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

            test_set_detail = cls(
                agent=agent,
                voice_recording=voice_recording,
                id=id,
                name=name,
                transcript=transcript,
                transcript_object=transcript_object,
                voice_recording_url=voice_recording_url,
                call_end_reason=call_end_reason,
                duration=duration,
                source_model=source_model,
                source_id=source_id,
                metric_reviews=metric_reviews,
                created_at=created_at,
                updated_at=updated_at,
            )

            test_set_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return test_set_detail

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
