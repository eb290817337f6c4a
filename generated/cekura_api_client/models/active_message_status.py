from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_message_status_status import ActiveMessageStatusStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "content",
        "error",
        "updated_at",
    }
)

T = TypeVar("T", bound="ActiveMessageStatus")


@_attrs_define
class ActiveMessageStatus:
    """Slim status view of a conversation's latest assistant message.

    Used by the polling recovery endpoint: carries just enough for the client
    to converge on server truth after a dropped SSE stream — the run status,
    the (possibly partial) content, and any error. Clarification chips are
    surfaced only while the turn is parked awaiting a reply, so routine polls
    of streaming/terminal turns stay small (no tool-call audit trail, etc.).

    """

    id: UUID | Unset = UNSET
    status: ActiveMessageStatusStatus | Unset = UNSET
    """ * `complete` - Complete
    * `streaming` - Streaming
    * `failed` - Failed
    * `cancelled` - Cancelled
    * `needs_clarification` - Needs Clarification """
    content: str | Unset = UNSET
    error: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        if id is not UNSET and _response:
            field_dict["id"] = id
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ActiveMessageStatusStatus
                else enum_value(ActiveMessageStatusStatus, self.status, "status", self)
            )
        if not isinstance(self.content, Unset) and _response:
            field_dict["content"] = self.content
        if not isinstance(self.error, Unset) and _response:
            field_dict["error"] = self.error
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[1]
                if _wire is not None and self.updated_at is _wire[0]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
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
            _present = 0
            _field = "id"
            try:
                _id = src_dict.get("id", UNSET)
                id: UUID | Unset
                if isinstance(_id, Unset):
                    id = UNSET
                else:
                    id = UUID(_id)

                if not isinstance(id, (UUID, Unset)):
                    expect(id, (UUID, Unset))
                if id is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "UUID")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ActiveMessageStatusStatus._value2member_map_.get(status) or ActiveMessageStatusStatus(status)
                        if type(status) is str
                        else checked(status, (ActiveMessageStatusStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "ActiveMessageStatusStatus")

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

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
                id=id,
                status=status,
                content=content,
                error=error,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                updated_at,
                _updated_at_text,
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
