from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulate_scenario_transcript_message_role import SimulateScenarioTranscriptMessageRole
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_function_call_data import TranscriptFunctionCallData


_PROPERTIES: frozenset[str] = frozenset(
    {
        "role",
        "time",
        "content",
        "end_time",
        "start_time",
        "data",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "role": self.role._value_
            if type(self.role) is SimulateScenarioTranscriptMessageRole
            else enum_value(SimulateScenarioTranscriptMessageRole, self.role, "role", self),
        }
        if not isinstance(self.time, Unset) and _response:
            field_dict["time"] = self.time
        if not isinstance(self.content, Unset):
            field_dict["content"] = self.content
        if not isinstance(self.end_time, Unset):
            field_dict["end_time"] = self.end_time
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = self.start_time
        if not isinstance(self.data, Unset):
            field_dict["data"] = (
                self.data.to_dict()
                if type(self.data) is TranscriptFunctionCallData
                else written(self.data, "data", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

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
            _field = "role"
            try:
                role: Any = src_dict["role"]
                role = (
                    SimulateScenarioTranscriptMessageRole._value2member_map_.get(role)
                    or SimulateScenarioTranscriptMessageRole(role)
                    if type(role) is str
                    else checked(role, (SimulateScenarioTranscriptMessageRole,))
                )
            except FIELD_ERRORS as _error:
                role, _found = tolerated(src_dict, "role", _error, _found, "SimulateScenarioTranscriptMessageRole")

            _field = "time"
            try:
                if "time" in src_dict:
                    time: Any = src_dict["time"]
                    _present += 1
                    if type(time) is not str:
                        time = checked(time, (str,))
                else:
                    time = UNSET
            except FIELD_ERRORS as _error:
                time, _found = tolerated(src_dict, "time", _error, _found, "str")

            _field = "content"
            try:
                if "content" in src_dict:
                    content: Any = src_dict["content"]
                    _present += 1
                    if type(content) is not str:
                        content = checked(content, (str,))
                else:
                    content = UNSET
            except FIELD_ERRORS as _error:
                content, _found = tolerated(src_dict, "content", _error, _found, "str")

            _field = "end_time"
            try:
                if "end_time" in src_dict:
                    end_time: Any = src_dict["end_time"]
                    _present += 1
                    if type(end_time) is not float:
                        end_time = checked(end_time, (float, int))
                else:
                    end_time = UNSET
            except FIELD_ERRORS as _error:
                end_time, _found = tolerated(src_dict, "end_time", _error, _found, "float")

            _field = "start_time"
            try:
                if "start_time" in src_dict:
                    start_time: Any = src_dict["start_time"]
                    _present += 1
                    if type(start_time) is not float:
                        start_time = checked(start_time, (float, int))
                else:
                    start_time = UNSET
            except FIELD_ERRORS as _error:
                start_time, _found = tolerated(src_dict, "start_time", _error, _found, "float")

            _field = "data"
            try:
                if "data" in src_dict:
                    data: Any = src_dict["data"]
                    _present += 1
                    data = TranscriptFunctionCallData.from_dict(data)
                else:
                    data = UNSET
            except FIELD_ERRORS as _error:
                data, _found = tolerated(src_dict, "data", _error, _found, "TranscriptFunctionCallData")

            _instance = cls(
                role=role,
                time=time,
                content=content,
                end_time=end_time,
                start_time=start_time,
                data=data,
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
    global _imports_pending, TranscriptFunctionCallData  # noqa: PLW0603
    from ..models.transcript_function_call_data import TranscriptFunctionCallData  # noqa: PLC0415

    _imports_pending = False
