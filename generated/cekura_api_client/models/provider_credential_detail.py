from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.provider_credential_detail_provider import ProviderCredentialDetailProvider
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "key",
        "id",
        "organization",
        "project",
        "provider",
        "data",
        "created_at",
    }
)

T = TypeVar("T", bound="ProviderCredentialDetail")


@_attrs_define
class ProviderCredentialDetail:
    key: str
    id: int | Unset = UNSET
    organization: int | None | Unset = UNSET
    project: int | None | Unset = UNSET
    provider: ProviderCredentialDetailProvider | Unset = UNSET
    """ * `vapi` - Vapi
    * `retell` - Retell
    * `synthflow` - Synthflow
    * `elevenlabs` - Elevenlabs
    * `bland` - Bland
    * `livekit` - Livekit
    * `pipecat` - Pipecat
    * `koreai` - Kore
    * `custom` - Custom
    * `agentforce` - Agentforce
    * `genesys` - Genesys
    * `amazon_connect` - Amazon Connect
    * `agora` - Agora
    * `telnyx` - Telnyx
    * `sierra` - Sierra """
    data: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "key": self.key,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.organization, Unset):
            field_dict["organization"] = self.organization
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.provider, Unset):
            field_dict["provider"] = (
                self.provider._value_
                if type(self.provider) is ProviderCredentialDetailProvider
                else enum_value(ProviderCredentialDetailProvider, self.provider, "provider", self)
            )
        if not isinstance(self.data, Unset):
            field_dict["data"] = self.data
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
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

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.organization, Unset):
            if isinstance(self.organization, int):
                files.append(("organization", (None, str(self.organization).encode(), "text/plain")))
            else:
                files.append(("organization", (None, b"", "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.provider, Unset):
            files.append(
                (
                    "provider",
                    (
                        None,
                        str(enum_value(ProviderCredentialDetailProvider, self.provider, "provider")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.data, Unset):
            files.append(("data", (None, form_text(self.data, "data"), "text/plain")))

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
            _present = 1
            _field = "key"
            try:
                key: Any = src_dict["key"]
                if type(key) is not str:
                    key = checked(key, (str,))
            except FIELD_ERRORS as _error:
                key, _found = tolerated(src_dict, "key", _error, _found, "str")

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

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if organization is not None:
                        if type(organization) is not int:
                            organization = checked(organization, (int, type(None)))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int | None")

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

            _field = "provider"
            try:
                if "provider" in src_dict:
                    provider: Any = src_dict["provider"]
                    _present += 1
                    provider = (
                        ProviderCredentialDetailProvider._value2member_map_.get(provider)
                        or ProviderCredentialDetailProvider(provider)
                        if type(provider) is str
                        else checked(provider, (ProviderCredentialDetailProvider,))
                    )
                else:
                    provider = UNSET
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(src_dict, "provider", _error, _found, "ProviderCredentialDetailProvider")

            _field = "data"
            try:
                if "data" in src_dict:
                    data: Any = src_dict["data"]
                    _present += 1

                else:
                    data = UNSET
            except FIELD_ERRORS as _error:
                data, _found = tolerated(src_dict, "data", _error, _found, "Any")

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
                key=key,
                id=id,
                organization=organization,
                project=project,
                provider=provider,
                data=data,
                created_at=created_at,
            )
            _instance._wire_text = (
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
