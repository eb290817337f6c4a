from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "server_name",
        "channel_id",
        "organization",
        "project",
        "is_verified",
    }
)

T = TypeVar("T", bound="PatchedDiscordServer")


@_attrs_define
class PatchedDiscordServer:
    id: int | Unset = UNSET
    server_name: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    organization: int | Unset = UNSET
    project: int | None | Unset = UNSET
    is_verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.server_name, Unset):
            field_dict["server_name"] = self.server_name
        if not isinstance(self.channel_id, Unset):
            field_dict["channel_id"] = self.channel_id
        if not isinstance(self.organization, Unset):
            field_dict["organization"] = self.organization
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.is_verified, Unset) and _response:
            field_dict["is_verified"] = self.is_verified
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.server_name, Unset):
            files.append(("server_name", (None, str(self.server_name).encode(), "text/plain")))

        if not isinstance(self.channel_id, Unset):
            files.append(("channel_id", (None, str(self.channel_id).encode(), "text/plain")))

        if not isinstance(self.organization, Unset):
            files.append(("organization", (None, str(self.organization).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

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

            _field = "server_name"
            try:
                if "server_name" in src_dict:
                    server_name: Any = src_dict["server_name"]
                    _present += 1
                    if type(server_name) is not str:
                        server_name = checked(server_name, (str,))
                else:
                    server_name = UNSET
            except FIELD_ERRORS as _error:
                server_name, _found = tolerated(src_dict, "server_name", _error, _found, "str")

            _field = "channel_id"
            try:
                if "channel_id" in src_dict:
                    channel_id: Any = src_dict["channel_id"]
                    _present += 1
                    if type(channel_id) is not str:
                        channel_id = checked(channel_id, (str,))
                else:
                    channel_id = UNSET
            except FIELD_ERRORS as _error:
                channel_id, _found = tolerated(src_dict, "channel_id", _error, _found, "str")

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if type(organization) is not int:
                        organization = checked(organization, (int,))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if project is not None:
                        if type(project) is not int:
                            project = checked(project, (int, type(None)))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int | None")

            _field = "is_verified"
            try:
                if "is_verified" in src_dict:
                    is_verified: Any = src_dict["is_verified"]
                    _present += 1
                    if type(is_verified) is not bool:
                        is_verified = checked(is_verified, (bool,))
                else:
                    is_verified = UNSET
            except FIELD_ERRORS as _error:
                is_verified, _found = tolerated(src_dict, "is_verified", _error, _found, "bool")

            _instance = cls(
                id=id,
                server_name=server_name,
                channel_id=channel_id,
                organization=organization,
                project=project,
                is_verified=is_verified,
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
