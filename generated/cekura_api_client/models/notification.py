from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.notification_severity import NotificationSeverity
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        event_type = self.event_type

        title = self.title

        body = self.body

        deep_link = self.deep_link

        payload = self.payload

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        is_read = self.is_read

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat().replace("+00:00", "Z")
        else:
            read_at = self.read_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if event_type is not UNSET and _response:
            field_dict["event_type"] = event_type
        if title is not UNSET and _response:
            field_dict["title"] = title
        if body is not UNSET and _response:
            field_dict["body"] = body
        if deep_link is not UNSET and _response:
            field_dict["deep_link"] = deep_link
        if payload is not UNSET and _response:
            field_dict["payload"] = payload
        if severity is not UNSET and _response:
            field_dict["severity"] = severity
        if is_read is not UNSET and _response:
            field_dict["is_read"] = is_read
        if read_at is not UNSET and _response:
            field_dict["read_at"] = read_at
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "event_type"
            event_type = d.pop("event_type", UNSET)
            if not isinstance(event_type, (str, Unset)):
                expect(event_type, (str, Unset))

            _field = "title"
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, Unset)):
                expect(title, (str, Unset))

            _field = "body"
            body = d.pop("body", UNSET)
            if not isinstance(body, (str, Unset)):
                expect(body, (str, Unset))

            _field = "deep_link"
            deep_link = d.pop("deep_link", UNSET)
            if not isinstance(deep_link, (str, Unset)):
                expect(deep_link, (str, Unset))

            _field = "payload"
            payload = d.pop("payload", UNSET)

            _field = "severity"
            _severity = d.pop("severity", UNSET)
            severity: NotificationSeverity | Unset
            if isinstance(_severity, Unset):
                severity = UNSET
            else:
                severity = NotificationSeverity(_severity)

            if not isinstance(severity, (NotificationSeverity, Unset)):
                expect(severity, (NotificationSeverity, Unset))

            _field = "is_read"
            is_read = d.pop("is_read", UNSET)
            if not isinstance(is_read, (bool, Unset)):
                expect(is_read, (bool, Unset))

            _field = "read_at"

            def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    read_at_type_0 = parse_datetime(data)

                    return read_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            read_at = _parse_read_at(d.pop("read_at", UNSET))

            if not isinstance(read_at, (datetime.datetime, type(None), Unset)):
                expect(read_at, (datetime.datetime, type(None), Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            notification = cls(
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

            notification.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return notification

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
