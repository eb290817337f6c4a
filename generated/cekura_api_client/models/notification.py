from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.notification_severity import NotificationSeverity
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "event_type",
        "title",
        "body",
        "deep_link",
        "payload",
        "severity",
        "is_read",
        "read_at",
        "created_at",
    }
)

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    id: int | Unset = UNSET
    event_type: str | Unset = UNSET
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    deep_link: str | Unset = UNSET
    payload: Any | Unset = UNSET
    severity: NotificationSeverity | Unset = UNSET
    """ * `info` - Info
    * `success` - Success
    * `warning` - Warning
    * `error` - Error """
    is_read: bool | Unset = UNSET
    read_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.event_type, Unset) and _response:
            field_dict["event_type"] = self.event_type
        if not isinstance(self.title, Unset) and _response:
            field_dict["title"] = self.title
        if not isinstance(self.body, Unset) and _response:
            field_dict["body"] = self.body
        if not isinstance(self.deep_link, Unset) and _response:
            field_dict["deep_link"] = self.deep_link
        if not isinstance(self.payload, Unset) and _response:
            field_dict["payload"] = self.payload
        if not isinstance(self.severity, Unset) and _response:
            field_dict["severity"] = (
                self.severity._value_
                if type(self.severity) is NotificationSeverity
                else enum_value(NotificationSeverity, self.severity, "severity", self)
            )
        if not isinstance(self.is_read, Unset) and _response:
            field_dict["is_read"] = self.is_read
        if not isinstance(self.read_at, Unset) and _response:
            field_dict["read_at"] = (
                _wire[1]
                if _wire is not None and self.read_at is _wire[0]
                else None
                if self.read_at is None
                else self.read_at.isoformat().replace("+00:00", "Z")
                if type(self.read_at) is datetime.datetime
                else iso_datetime(self.read_at, "read_at", self)
            )
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[3]
                if _wire is not None and self.created_at is _wire[2]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

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
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "event_type"
            try:
                if "event_type" in src_dict:
                    event_type: Any = src_dict["event_type"]
                    _present += 1
                    if type(event_type) is not str:
                        event_type = checked(event_type, (str,))
                else:
                    event_type = UNSET
            except FIELD_ERRORS as _error:
                event_type, _found = tolerated(src_dict, "event_type", _error, _found, "str")

            _field = "title"
            try:
                if "title" in src_dict:
                    title: Any = src_dict["title"]
                    _present += 1
                    if type(title) is not str:
                        title = checked(title, (str,))
                else:
                    title = UNSET
            except FIELD_ERRORS as _error:
                title, _found = tolerated(src_dict, "title", _error, _found, "str")

            _field = "body"
            try:
                if "body" in src_dict:
                    body: Any = src_dict["body"]
                    _present += 1
                    if type(body) is not str:
                        body = checked(body, (str,))
                else:
                    body = UNSET
            except FIELD_ERRORS as _error:
                body, _found = tolerated(src_dict, "body", _error, _found, "str")

            _field = "deep_link"
            try:
                if "deep_link" in src_dict:
                    deep_link: Any = src_dict["deep_link"]
                    _present += 1
                    if type(deep_link) is not str:
                        deep_link = checked(deep_link, (str,))
                else:
                    deep_link = UNSET
            except FIELD_ERRORS as _error:
                deep_link, _found = tolerated(src_dict, "deep_link", _error, _found, "str")

            _field = "payload"
            try:
                if "payload" in src_dict:
                    payload: Any = src_dict["payload"]
                    _present += 1

                else:
                    payload = UNSET
            except FIELD_ERRORS as _error:
                payload, _found = tolerated(src_dict, "payload", _error, _found, "Any")

            _field = "severity"
            try:
                if "severity" in src_dict:
                    severity: Any = src_dict["severity"]
                    _present += 1
                    severity = (
                        NotificationSeverity._value2member_map_.get(severity) or NotificationSeverity(severity)
                        if type(severity) is str
                        else checked(severity, (NotificationSeverity,))
                    )
                else:
                    severity = UNSET
            except FIELD_ERRORS as _error:
                severity, _found = tolerated(src_dict, "severity", _error, _found, "NotificationSeverity")

            _field = "is_read"
            try:
                if "is_read" in src_dict:
                    is_read: Any = src_dict["is_read"]
                    _present += 1
                    if type(is_read) is not bool:
                        is_read = checked(is_read, (bool,))
                else:
                    is_read = UNSET
            except FIELD_ERRORS as _error:
                is_read, _found = tolerated(src_dict, "is_read", _error, _found, "bool")

            _field = "read_at"
            try:
                if "read_at" in src_dict:
                    read_at: Any = src_dict["read_at"]
                    _read_at_text = read_at
                    _present += 1
                    if read_at is not None:
                        if type(read_at) is str:
                            try:
                                read_at = fromisoformat(read_at)
                            except ValueError:
                                read_at = parse_datetime(read_at)
                        else:
                            read_at = checked(read_at, (datetime.datetime, type(None)))
                            _read_at_text = read_at.isoformat().replace("+00:00", "Z")
                else:
                    read_at = _read_at_text = UNSET
            except FIELD_ERRORS as _error:
                read_at, _found = tolerated(src_dict, "read_at", _error, _found, "datetime.datetime | None")
                _read_at_text = read_at

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _instance = cls(
                id=id,
                event_type=event_type,
                title=title,
                body=body,
                deep_link=deep_link,
                payload=payload,
                severity=severity,
                is_read=is_read,
                read_at=read_at,
                created_at=created_at,
            )
            _instance._wire_text = (
                read_at,
                _read_at_text,
                created_at,
                _created_at_text,
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
