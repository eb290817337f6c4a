from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_fetch_progress_response_status import AutoFetchProgressResponseStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value

_PROPERTIES: frozenset[str] = frozenset(
    {
        "status",
        "tools_created",
        "tools_updated",
        "message",
        "error",
    }
)

T = TypeVar("T", bound="AutoFetchProgressResponse")


@_attrs_define
class AutoFetchProgressResponse:
    status: AutoFetchProgressResponseStatus
    """ * `in_progress` - in_progress
    * `completed` - completed
    * `failed` - failed """
    tools_created: int | None
    tools_updated: int | None
    message: None | str
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "status": self.status._value_
            if type(self.status) is AutoFetchProgressResponseStatus
            else enum_value(AutoFetchProgressResponseStatus, self.status, "status", self),
            "tools_created": self.tools_created,
            "tools_updated": self.tools_updated,
            "message": self.message,
            "error": self.error,
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
            _field = "status"
            try:
                status: Any = src_dict["status"]
                status = (
                    AutoFetchProgressResponseStatus._value2member_map_.get(status)
                    or AutoFetchProgressResponseStatus(status)
                    if type(status) is str
                    else checked(status, (AutoFetchProgressResponseStatus,))
                )
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "AutoFetchProgressResponseStatus")

            _field = "tools_created"
            try:
                tools_created: Any = src_dict["tools_created"]
                if tools_created is not None:
                    if type(tools_created) is not int:
                        tools_created = checked(tools_created, (int, type(None)))
            except FIELD_ERRORS as _error:
                tools_created, _found = tolerated(src_dict, "tools_created", _error, _found, "int | None")

            _field = "tools_updated"
            try:
                tools_updated: Any = src_dict["tools_updated"]
                if tools_updated is not None:
                    if type(tools_updated) is not int:
                        tools_updated = checked(tools_updated, (int, type(None)))
            except FIELD_ERRORS as _error:
                tools_updated, _found = tolerated(src_dict, "tools_updated", _error, _found, "int | None")

            _field = "message"
            try:
                message: Any = src_dict["message"]
                if message is not None:
                    if type(message) is not str:
                        message = checked(message, (str, type(None)))
            except FIELD_ERRORS as _error:
                message, _found = tolerated(src_dict, "message", _error, _found, "None | str")

            _field = "error"
            try:
                error: Any = src_dict["error"]
                if error is not None:
                    if type(error) is not str:
                        error = checked(error, (str, type(None)))
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "None | str")

            _instance = cls(
                status=status,
                tools_created=tools_created,
                tools_updated=tools_updated,
                message=message,
                error=error,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 5 or _found is not None:
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
