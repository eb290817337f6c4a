from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

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

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        result_id = self.result_id

        turn_id = self.turn_id

        status = self.status

        message: None | str
        message = self.message

        ended = self.ended

        ended_reason: None | str
        ended_reason = self.ended_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "result_id": result_id,
                "turn_id": turn_id,
                "status": status,
                "message": message,
                "ended": ended,
                "ended_reason": ended_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "run_id"
            run_id = d.pop("run_id")
            if not isinstance(run_id, (int,)) or isinstance(run_id, bool):
                expect(run_id, (int,))

            _field = "result_id"
            result_id = d.pop("result_id")
            if not isinstance(result_id, (int,)) or isinstance(result_id, bool):
                expect(result_id, (int,))

            _field = "turn_id"
            turn_id = d.pop("turn_id")
            if not isinstance(turn_id, (int,)) or isinstance(turn_id, bool):
                expect(turn_id, (int,))

            _field = "status"
            status = d.pop("status")
            if not isinstance(status, (str,)):
                expect(status, (str,))

            _field = "message"

            def _parse_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            message = _parse_message(d.pop("message"))

            if not isinstance(message, (str, type(None))):
                expect(message, (str, type(None)))

            _field = "ended"
            ended = d.pop("ended")
            if not isinstance(ended, (bool,)):
                expect(ended, (bool,))

            _field = "ended_reason"

            def _parse_ended_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            ended_reason = _parse_ended_reason(d.pop("ended_reason"))

            if not isinstance(ended_reason, (str, type(None))):
                expect(ended_reason, (str, type(None)))

            api_chat_turn_poll_response = cls(
                run_id=run_id,
                result_id=result_id,
                turn_id=turn_id,
                status=status,
                message=message,
                ended=ended,
                ended_reason=ended_reason,
            )

            api_chat_turn_poll_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return api_chat_turn_poll_response

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
