from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "status",
        "clean_description",
        "thinking",
        "error",
    }
)

T = TypeVar("T", bound="GenerateCleanDescriptionProgressResponse")


@_attrs_define
class GenerateCleanDescriptionProgressResponse:
    status: str
    clean_description: str | Unset = UNSET
    thinking: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "status": self.status,
        }
        if not isinstance(self.clean_description, Unset):
            field_dict["clean_description"] = self.clean_description
        if not isinstance(self.thinking, Unset):
            field_dict["thinking"] = self.thinking
        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error
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
            _present = 1
            _field = "status"
            try:
                status: Any = src_dict["status"]
                if type(status) is not str:
                    status = checked(status, (str,))
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "str")

            _field = "clean_description"
            try:
                if "clean_description" in src_dict:
                    clean_description: Any = src_dict["clean_description"]
                    _present += 1
                    if type(clean_description) is not str:
                        clean_description = checked(clean_description, (str,))
                else:
                    clean_description = UNSET
            except FIELD_ERRORS as _error:
                clean_description, _found = tolerated(src_dict, "clean_description", _error, _found, "str")

            _field = "thinking"
            try:
                if "thinking" in src_dict:
                    thinking: Any = src_dict["thinking"]
                    _present += 1
                    if type(thinking) is not str:
                        thinking = checked(thinking, (str,))
                else:
                    thinking = UNSET
            except FIELD_ERRORS as _error:
                thinking, _found = tolerated(src_dict, "thinking", _error, _found, "str")

            _field = "error"
            try:
                if "error" in src_dict:
                    error: Any = src_dict["error"]
                    _present += 1
                    if type(error) is not str:
                        error = checked(error, (str,))
                else:
                    error = UNSET
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "str")

            _instance = cls(
                status=status,
                clean_description=clean_description,
                thinking=thinking,
                error=error,
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
