from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.api_chat_turn_role import ApiChatTurnRole
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_chat_turn_data import ApiChatTurnData
    from ..models.api_chat_turn_metadata import ApiChatTurnMetadata


_PROPERTIES: frozenset[str] = frozenset(
    {
        "content",
        "metadata",
        "role",
        "data",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.content, Unset):
            field_dict["content"] = self.content
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = (
                self.metadata.to_dict()
                if type(self.metadata) is ApiChatTurnMetadata
                else written(self.metadata, "metadata", self)
            )
        if not isinstance(self.role, Unset):
            field_dict["role"] = (
                self.role._value_
                if type(self.role) is ApiChatTurnRole
                else enum_value(ApiChatTurnRole, self.role, "role", self)
            )
        if not isinstance(self.data, Unset):
            field_dict["data"] = (
                self.data.to_dict() if type(self.data) is ApiChatTurnData else written(self.data, "data", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, json.dumps(self.metadata.to_dict()).encode(), "application/json")))

        if not isinstance(self.role, Unset):
            files.append(("role", (None, str(enum_value(ApiChatTurnRole, self.role, "role")).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, json.dumps(self.data.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
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

            _field = "metadata"
            try:
                if "metadata" in src_dict:
                    metadata: Any = src_dict["metadata"]
                    _present += 1
                    metadata = ApiChatTurnMetadata.from_dict(metadata)
                else:
                    metadata = UNSET
            except FIELD_ERRORS as _error:
                metadata, _found = tolerated(src_dict, "metadata", _error, _found, "ApiChatTurnMetadata")

            _field = "role"
            try:
                if "role" in src_dict:
                    role: Any = src_dict["role"]
                    _present += 1
                    role = (
                        ApiChatTurnRole._value2member_map_.get(role) or ApiChatTurnRole(role)
                        if type(role) is str
                        else checked(role, (ApiChatTurnRole,))
                    )
                else:
                    role = UNSET
            except FIELD_ERRORS as _error:
                role, _found = tolerated(src_dict, "role", _error, _found, "ApiChatTurnRole")

            _field = "data"
            try:
                if "data" in src_dict:
                    data: Any = src_dict["data"]
                    _present += 1
                    data = ApiChatTurnData.from_dict(data)
                else:
                    data = UNSET
            except FIELD_ERRORS as _error:
                data, _found = tolerated(src_dict, "data", _error, _found, "ApiChatTurnData")

            _instance = cls(
                content=content,
                metadata=metadata,
                role=role,
                data=data,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ApiChatTurnData, ApiChatTurnMetadata  # noqa: PLW0603
    from ..models.api_chat_turn_data import ApiChatTurnData  # noqa: PLC0415
    from ..models.api_chat_turn_metadata import ApiChatTurnMetadata  # noqa: PLC0415

    _imports_pending = False
