from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.api_chat_turn_role import ApiChatTurnRole
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_chat_turn_data import ApiChatTurnData
    from ..models.api_chat_turn_metadata import ApiChatTurnMetadata


T = TypeVar("T", bound="ApiChatTurn")


@_attrs_define
class ApiChatTurn:
    """Request body for POST /runs/{run_id}/chat/ (submit one turn). Same message shape
    as the websocket chat integration: a normal message (`content`), optional `metadata`
    merged into the run, and/or a function call (`role` + `data`).

    """

    content: str | Unset = UNSET
    """ Your agent-under-test's latest message. Submitting it returns a `turn_id`; poll GET
    /runs/{run_id}/chat/{turn_id}/ for the simulated user's reply. """
    metadata: ApiChatTurnMetadata | Unset = UNSET
    """ Optional metadata merged into the run (last-write-wins). Can be sent alone. """
    role: ApiChatTurnRole | Unset = UNSET
    """ Set to record a tool call instead of a message (no reply is generated).

    * `Function Call` - Function Call
    * `Function Call Result` - Function Call Result """
    data: ApiChatTurnData | Unset = UNSET
    """ Function-call payload: {id, name, arguments} for a call, {id, result} for a result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if role is not UNSET:
            field_dict["role"] = role
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, json.dumps(self.metadata.to_dict()).encode(), "application/json")))

        if not isinstance(self.role, Unset):
            files.append(("role", (None, str(self.role.value).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, json.dumps(self.data.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_chat_turn_data import ApiChatTurnData  # noqa: PLC0415
        from ..models.api_chat_turn_metadata import ApiChatTurnMetadata  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (str, Unset)):
                expect(content, (str, Unset))

            _field = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: ApiChatTurnMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ApiChatTurnMetadata.from_dict(_metadata)

            if not isinstance(metadata, (ApiChatTurnMetadata, Unset)):
                expect(metadata, (ApiChatTurnMetadata, Unset))

            _field = "role"
            _role = d.pop("role", UNSET)
            role: ApiChatTurnRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = ApiChatTurnRole(_role)

            if not isinstance(role, (ApiChatTurnRole, Unset)):
                expect(role, (ApiChatTurnRole, Unset))

            _field = "data"
            _data = d.pop("data", UNSET)
            data: ApiChatTurnData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = ApiChatTurnData.from_dict(_data)

            if not isinstance(data, (ApiChatTurnData, Unset)):
                expect(data, (ApiChatTurnData, Unset))

            api_chat_turn = cls(
                content=content,
                metadata=metadata,
                role=role,
                data=data,
            )

            api_chat_turn.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return api_chat_turn

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
