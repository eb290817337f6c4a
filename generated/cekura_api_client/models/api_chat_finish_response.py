from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

_PROPERTIES: frozenset[str] = frozenset(
    {
        "run_id",
        "result_id",
        "status",
    }
)

T = TypeVar("T", bound="ApiChatFinishResponse")


@_attrs_define
class ApiChatFinishResponse:
    """Response for POST /runs/{run_id}/end-chat/."""

    run_id: int
    result_id: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "run_id": self.run_id,
            "result_id": self.result_id,
            "status": self.status,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "run_id"
            run_id: Any = src_dict["run_id"]
            if type(run_id) is not int:
                run_id = checked(run_id, (int,))

            _field = "result_id"
            result_id: Any = src_dict["result_id"]
            if type(result_id) is not int:
                result_id = checked(result_id, (int,))

            _field = "status"
            status: Any = src_dict["status"]
            if type(status) is not str:
                status = checked(status, (str,))

            _instance = cls(
                run_id=run_id,
                result_id=result_id,
                status=status,
            )
            if len(src_dict) != 3:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
