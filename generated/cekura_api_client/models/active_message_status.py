from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_message_status_status import ActiveMessageStatusStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        content = self.content

        error = self.error

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if status is not UNSET and _response:
            field_dict["status"] = status
        if content is not UNSET and _response:
            field_dict["content"] = content
        if error is not UNSET and _response:
            field_dict["error"] = error
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

            if not isinstance(id, (UUID, Unset)):
                expect(id, (UUID, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: ActiveMessageStatusStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ActiveMessageStatusStatus(_status)

            if not isinstance(status, (ActiveMessageStatusStatus, Unset)):
                expect(status, (ActiveMessageStatusStatus, Unset))

            _field = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (str, Unset)):
                expect(content, (str, Unset))

            _field = "error"
            error = d.pop("error", UNSET)
            if not isinstance(error, (str, Unset)):
                expect(error, (str, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            active_message_status = cls(
                id=id,
                status=status,
                content=content,
                error=error,
                updated_at=updated_at,
            )

            active_message_status.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return active_message_status

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
