from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulate_scenario_transcript_message_role import SimulateScenarioTranscriptMessageRole
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_function_call_data import TranscriptFunctionCallData


T = TypeVar("T", bound="SimulateScenarioTranscriptMessage")


@_attrs_define
class SimulateScenarioTranscriptMessage:
    role: SimulateScenarioTranscriptMessageRole
    """ * `Main Agent` - Main Agent
    * `Testing Agent` - Testing Agent
    * `Function Call` - Function Call
    * `Function Call Result` - Function Call Result """
    time: str | Unset = UNSET
    content: str | Unset = UNSET
    end_time: float | Unset = UNSET
    start_time: float | Unset = UNSET
    data: TranscriptFunctionCallData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        role = self.role.value

        time = self.time

        content = self.content

        end_time = self.end_time

        start_time = self.start_time

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if time is not UNSET and _response:
            field_dict["time"] = time
        if content is not UNSET:
            field_dict["content"] = content
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcript_function_call_data import TranscriptFunctionCallData  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "role"
            role = SimulateScenarioTranscriptMessageRole(d.pop("role"))

            if not isinstance(role, (SimulateScenarioTranscriptMessageRole,)):
                expect(role, (SimulateScenarioTranscriptMessageRole,))

            _field = "time"
            time = d.pop("time", UNSET)
            if not isinstance(time, (str, Unset)):
                expect(time, (str, Unset))

            _field = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (str, Unset)):
                expect(content, (str, Unset))

            _field = "end_time"
            end_time = d.pop("end_time", UNSET)
            if not isinstance(end_time, (float, int, Unset)) or isinstance(end_time, bool):
                expect(end_time, (float, int, Unset))

            _field = "start_time"
            start_time = d.pop("start_time", UNSET)
            if not isinstance(start_time, (float, int, Unset)) or isinstance(start_time, bool):
                expect(start_time, (float, int, Unset))

            _field = "data"
            _data = d.pop("data", UNSET)
            data: TranscriptFunctionCallData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = TranscriptFunctionCallData.from_dict(_data)

            if not isinstance(data, (TranscriptFunctionCallData, Unset)):
                expect(data, (TranscriptFunctionCallData, Unset))

            simulate_scenario_transcript_message = cls(
                role=role,
                time=time,
                content=content,
                end_time=end_time,
                start_time=start_time,
                data=data,
            )

            simulate_scenario_transcript_message.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return simulate_scenario_transcript_message

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
