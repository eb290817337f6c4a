from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateCleanDescriptionProgressResponse")


@_attrs_define
class GenerateCleanDescriptionProgressResponse:
    status: str
    clean_description: str | Unset = UNSET
    thinking: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        clean_description = self.clean_description

        thinking = self.thinking

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if clean_description is not UNSET:
            field_dict["clean_description"] = clean_description
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "status"
            status = d.pop("status")
            if not isinstance(status, (str,)):
                expect(status, (str,))

            _field = "clean_description"
            clean_description = d.pop("clean_description", UNSET)
            if not isinstance(clean_description, (str, Unset)):
                expect(clean_description, (str, Unset))

            _field = "thinking"
            thinking = d.pop("thinking", UNSET)
            if not isinstance(thinking, (str, Unset)):
                expect(thinking, (str, Unset))

            _field = "error"
            error = d.pop("error", UNSET)
            if not isinstance(error, (str, Unset)):
                expect(error, (str, Unset))

            generate_clean_description_progress_response = cls(
                status=status,
                clean_description=clean_description,
                thinking=thinking,
                error=error,
            )

            generate_clean_description_progress_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return generate_clean_description_progress_response

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
