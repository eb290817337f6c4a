from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="ApiChatTurnSubmitResponse")


@_attrs_define
class ApiChatTurnSubmitResponse:
    """Response for POST /runs/{run_id}/chat/ (turn accepted)."""

    run_id: int
    result_id: int
    turn_id: int
    """ Poll this turn for the simulated user's reply. """
    status: str
    """ Turn status; poll for the reply if 'generating'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        result_id = self.result_id

        turn_id = self.turn_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "result_id": result_id,
                "turn_id": turn_id,
                "status": status,
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

            api_chat_turn_submit_response = cls(
                run_id=run_id,
                result_id=result_id,
                turn_id=turn_id,
                status=status,
            )

            api_chat_turn_submit_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return api_chat_turn_submit_response

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
