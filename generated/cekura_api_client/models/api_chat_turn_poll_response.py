from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure

_PROPERTIES: frozenset[str] = frozenset(
    {
        "run_id",
        "result_id",
        "turn_id",
        "status",
        "message",
        "ended",
        "ended_reason",
    }
)

T = TypeVar("T", bound="ApiChatTurnPollResponse")


@_attrs_define
class ApiChatTurnPollResponse:
    """Response for GET /runs/{run_id}/chat/{turn_id}/ (poll for the reply)."""

    run_id: int
    result_id: int
    turn_id: int
    status: str
    """ 'generating' until ready, then 'ready' (or 'error'). """
    message: None | str
    """ The simulated user's reply; null until status is 'ready'. """
    ended: bool
    """ True when the conversation has ended. """
    ended_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "run_id": self.run_id,
            "result_id": self.result_id,
            "turn_id": self.turn_id,
            "status": self.status,
            "message": self.message,
            "ended": self.ended,
            "ended_reason": self.ended_reason,
        }
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
            _field = "run_id"
            try:
                run_id: Any = src_dict["run_id"]
                if type(run_id) is not int:
                    run_id = checked(run_id, (int,))
            except FIELD_ERRORS as _error:
                run_id, _found = tolerated(src_dict, "run_id", _error, _found, "int")

            _field = "result_id"
            try:
                result_id: Any = src_dict["result_id"]
                if type(result_id) is not int:
                    result_id = checked(result_id, (int,))
            except FIELD_ERRORS as _error:
                result_id, _found = tolerated(src_dict, "result_id", _error, _found, "int")

            _field = "turn_id"
            try:
                turn_id: Any = src_dict["turn_id"]
                if type(turn_id) is not int:
                    turn_id = checked(turn_id, (int,))
            except FIELD_ERRORS as _error:
                turn_id, _found = tolerated(src_dict, "turn_id", _error, _found, "int")

            _field = "status"
            try:
                status: Any = src_dict["status"]
                if type(status) is not str:
                    status = checked(status, (str,))
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "str")

            _field = "message"
            try:
                message: Any = src_dict["message"]
                if message is not None:
                    if type(message) is not str:
                        message = checked(message, (str, type(None)))
            except FIELD_ERRORS as _error:
                message, _found = tolerated(src_dict, "message", _error, _found, "None | str")

            _field = "ended"
            try:
                ended: Any = src_dict["ended"]
                if type(ended) is not bool:
                    ended = checked(ended, (bool,))
            except FIELD_ERRORS as _error:
                ended, _found = tolerated(src_dict, "ended", _error, _found, "bool")

            _field = "ended_reason"
            try:
                ended_reason: Any = src_dict["ended_reason"]
                if ended_reason is not None:
                    if type(ended_reason) is not str:
                        ended_reason = checked(ended_reason, (str, type(None)))
            except FIELD_ERRORS as _error:
                ended_reason, _found = tolerated(src_dict, "ended_reason", _error, _found, "None | str")

            _instance = cls(
                run_id=run_id,
                result_id=result_id,
                turn_id=turn_id,
                status=status,
                message=message,
                ended=ended,
                ended_reason=ended_reason,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 7 or _found is not None:
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
