from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="FailureCategoryCallsResponse")


@_attrs_define
class FailureCategoryCallsResponse:
    count: int
    call_log_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        call_log_ids = self.call_log_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "call_log_ids": call_log_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "count"
            count = d.pop("count")
            if not isinstance(count, (int,)) or isinstance(count, bool):
                expect(count, (int,))

            _field = "call_log_ids"
            call_log_ids = cast(list[int], d.pop("call_log_ids"))

            if not isinstance(call_log_ids, (list,)):
                expect(call_log_ids, (list,))

            failure_category_calls_response = cls(
                count=count,
                call_log_ids=call_log_ids,
            )

            failure_category_calls_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return failure_category_calls_response

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
